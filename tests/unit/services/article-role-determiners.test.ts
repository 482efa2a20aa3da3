// A role is given without a possessive pronoun or a quantifier before it, as without an article: "His
// public defender said" → public defender, "One witness described …" → witness. Sentences written for the
// test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a possessive or a quantifier before the role words', () => {
  it('"His public defender, Ana Roe, said" → role public defender', () => {
    const c = propose([
      'Tom Vale was convicted.',
      'His public defender, Ana Roe, said Vale was disappointed.',
    ]);
    expect(c.at(-1)!.speakerRole).toBe('public defender');
  });

  it('"One witness, Ana Roe, said" and "Another witness, Ella Moss, said" → role witness', () => {
    const c = propose([
      'One witness, Ana Roe, said she hid under a table.',
      'Another witness, Ella Moss, said the man reloaded.',
    ]);
    expect(c.map((x) => x.speakerRole)).toEqual(['witness', 'witness']);
  });

  it('"One of the founders, Ana Roe, said" keeps "of"', () => {
    const c = propose(['One of the founders, Ana Roe, said the firm would grow.']);
    expect(c[0]!.speakerRole).toBe('One of the founders');
  });
});
