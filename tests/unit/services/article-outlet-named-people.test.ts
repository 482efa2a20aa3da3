// A person whose surname is an outlet's name ("Bloomberg" in a story on Michael R. Bloomberg) speaks as a
// person; a person named once with a middle name is named by that fullest form. Sentences written for the
// test (invented first names; the outlet's name is the point).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('an outlet’s name that is a person’s surname', () => {
  it('"Bloomberg said in a statement" after "Ivo P. Bloomberg" is the man, no relay', () => {
    const c = propose([
      'The candidate Ivo P. Bloomberg spent heavily in the spring.',
      'Bloomberg said in a statement that the remarks were old.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Ivo P. Bloomberg');
    expect(c.at(-1)!.relayedBy).toBeUndefined();
  });

  it('with no such person, "Bloomberg reported" relays', () => {
    const c = propose(['Bloomberg reported that the bank would cut jobs.']);
    expect(c[0]!.speaker).toBeUndefined();
    expect(c[0]!.relayedBy).toBe('Bloomberg');
  });
});

describe('a name given with and without its middle name', () => {
  it('"Ana Roe" and "Ana K. Roe": "Roe said" is Ana K. Roe', () => {
    const c = propose([
      'The mayor, Ana K. Roe, opened the bridge.',
      'Ana Roe has led the city since 2019.',
      'Roe said the bridge would carry trams.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Ana K. Roe');
  });
});
