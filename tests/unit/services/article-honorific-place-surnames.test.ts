// A place's name after an honorific ("Mr Lisbon", "Ms Devon") is a surname: the person the article named
// in full, not a place speaking for its government. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../../electron/services/import/article/recognition';
import { propose } from '../../helpers/article-candidates';

describe('an honorific and a place’s name', () => {
  it('"Ms Devon", "Mr Lisbon" are people with a surname', () => {
    expect(readPhrase(['Ms Devon'])).toMatchObject({ kind: 'person', name: 'Devon' });
    expect(readPhrase(['Mr Lisbon'])).toMatchObject({ kind: 'person', name: 'Lisbon' });
  });

  it('a place alone still speaks for its government', () => {
    expect(readPhrase(['Lisbon'])?.kind).not.toBe('person');
  });

  it('"said Mr Lisbon" after "Tom Lisbon" is Tom Lisbon', () => {
    const c = propose([
      'The council’s treasurer, Tom Lisbon, said the budget was tight.',
      '“We will manage,” said Mr Lisbon.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Tom Lisbon');
  });
});
