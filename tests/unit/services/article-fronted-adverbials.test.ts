// An opening adverbial — a preposition ("Unlike", "Within"), an adverb in -ly ("Shortly"), a participle
// ("Asked") — is no speaker: the name after it is, and a later "he said" is that person's. A title before
// the name ("Retired Gen.", "Managing Editor") is no adverbial. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('fronted adverbials before the subject', () => {
  it('"Shortly before noon, Roe walked in and told …" is Roe’s', () => {
    const c = propose([
      'Shortly before noon on Friday, Dalia Vrenn walked onto the stage and told the crowd she had lost the vote.',
    ]);
    expect(c[0]!.speaker).toBe('Dalia Vrenn');
  });

  it('"Unlike his rivals Roe has stayed … and admits …" with no comma', () => {
    const c = propose([
      'Unlike many of his rivals Tomas Quellberg has stayed in the city and admits he has enjoyed the quiet.',
    ]);
    expect(c[0]!.speaker).toBe('Tomas Quellberg');
  });

  it('"Asked about the plan on Monday Mr Quellberg told …": the name right before the verb', () => {
    const c = propose([
      'Tomas Quellberg runs the port authority.',
      'Asked about the plan on Monday Mr Quellberg told reporters that the port would stay open.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Tomas Quellberg');
  });

  it('a title before the name is no adverbial ("Retired Gen. …")', () => {
    const c = propose(['Retired Gen. Tomas Quellberg said the plan would fail.']);
    expect(c[0]!.speaker).toBe('Tomas Quellberg');
  });
});
