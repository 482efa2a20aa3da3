// A zoo is a body of its kind, as a hospital or a museum is: "zoo officials said" and "the zoo said" after the
// article names the zoo are that zoo speaking (the fixtures README: "agency officials" in a NASA story → NASA;
// "the company said" is the company). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) =>
  propose(paragraphs, { model: null }).find((x) => x.statement.includes(words))?.speaker;

describe('a zoo and its people', () => {
  it('"Zoo officials said" after the zoo is named is the zoo', () => {
    expect(
      speakerOf(
        [
          'A tiger escaped its enclosure at the Marlow Zoo on Sunday.',
          'Zoo officials said the animal was recaptured within an hour.',
        ],
        'recaptured',
      ),
    ).toBe('Marlow Zoo');
  });

  it('"the zoo said" after the zoo is named is the zoo', () => {
    expect(
      speakerOf(
        [
          'A tiger escaped its enclosure at the Marlow Zoo on Sunday.',
          'The zoo said the animal was recaptured within an hour.',
        ],
        'recaptured',
      ),
    ).toBe('Marlow Zoo');
  });
});
