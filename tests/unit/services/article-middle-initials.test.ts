// A middle initial ("Sonya A. Zoghlin") is part of the name, not the article "A" cutting it; sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a middle initial inside a name', () => {
  it('"Nora A. Lindqvist, his attorney, told …" names her in full, the appositive her role (without "his")', () => {
    const c = only(['Nora A. Lindqvist, his attorney, told the court that he was sorry.']);
    expect([c.speaker, c.speakerRole]).toEqual(['Nora A. Lindqvist', 'attorney']);
  });

  it('a later surname reaches the full name with its initial', () => {
    const c = propose([
      'Nora A. Lindqvist, his attorney, told the court that he was sorry.',
      'Lindqvist said the sentence was too long.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Nora A. Lindqvist', 'Nora A. Lindqvist']);
  });

  it('the article "A" opening a sentence is still no name', () => {
    expect(only(['A spokesman said the bridge would reopen.']).speaker).not.toMatch(/^A\b/);
  });
});
