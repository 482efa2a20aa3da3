// "(Photo: Getty/Twitter) Sources close to the inquiry said": a photo credit's closing bracket run into the
// text ends the credit; the subject starts after it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a credit in brackets run into the subject', () => {
  it('"(Image: Ann Lee/Twitter) Sources close to the inquiry said": the sources', () => {
    const c = propose([
      'The tram left the rails at speed. (Image: Ann Lee/Twitter) Sources close to the inquiry said the driver was tired.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Sources close to the inquiry']);
  });
});
