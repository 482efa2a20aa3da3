// "The zoo said" after "the Cincinnati Zoo": a definite noun of no kind the lexicon lists is the one name
// before it in capitals that ends with it (the fixtures README: "a body referred to by a common noun … is
// that body"); a name in a headline that ends the same way does not make two; a pronoun, a person's noun
// or two different names leave it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a noun named by its head', () => {
  it('"the aquarium said" after "the Lakeshore Aquarium" is the aquarium', () => {
    expect(
      speakers([
        'Seal Pup Rescued At Lakeshore Aquarium',
        'A seal pup was pulled from a net on Sunday at the Lakeshore Aquarium, staff said.',
        'The aquarium said in a statement that the pup was recovering.',
      ]).at(-1),
    ).toBe('Lakeshore Aquarium');
  });

  it('two names that end with the noun leave it', () => {
    expect(
      speakers([
        'Keepers at the Lakeshore Aquarium and the Harbor Aquarium met on Sunday.',
        'The aquarium said the pup was recovering.',
      ]).at(-1),
    ).toBe('aquarium');
  });

  it('a sentence ending on a capitalised word is no name: "Friday. She said"', () => {
    expect(speakers(['Ana Roe was in court on Friday. She said she had seen the car.']).at(-1)).toBe(
      'Ana Roe',
    );
  });
});
