// "A woman in Tokyo, Ana Roe, said": a noun for a person and where they are, then the person's name in
// apposition — the name speaks, the description is the role. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a person noun with a place, then the name', () => {
  it('"A woman in Lisbon, Ilse Marrow, also said": Ilse Marrow, and "she" after', () => {
    const c = propose([
      'A woman in Lisbon, Ilse Marrow, also said she had heard the siren at dawn.',
      '“It was frightening,” she said.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Ilse Marrow', 'Ilse Marrow']);
    expect(c[0]!.speakerRole).toBe('woman in Lisbon');
  });

  it('"A man from Orvale" with no name after stays the description', () => {
    const c = propose(['A man from Orvale said the road had flooded twice.']);
    expect(c.map((x) => x.speaker)).toEqual(['man from Orvale']);
  });
});
