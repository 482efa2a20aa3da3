// A publication noun presents the name next to it as an outlet ("the weekly Harbor Ledger"), except where
// the name is a person's and the noun their trade ("veteran broadcaster Maura Quill"), or the noun is a
// body's own site by its possessive ("according to the Lindenfield Aquarium’s website"): those names speak
// for themselves later ("Quill said", "The Lindenfield Aquarium says"), no relay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('publication nouns that present no outlet', () => {
  it('a broadcaster by trade, named after the noun, is a speaker', () => {
    const c = propose([
      'Tributes were paid to the radio presenter by fellow broadcaster Maura Quill.',
      '"He never once missed a show," Ms Quill said.',
    ]);
    const last = c.at(-1)!;
    expect(last.speaker).toBe('Maura Quill');
    expect(last.relayedBy).toBeUndefined();
  });

  it('a body named by the possessive before "website" speaks for itself later', () => {
    const c = propose([
      'Some 40 otters live in the park, according to the Lindenfield Aquarium’s website.',
      'The Lindenfield Aquarium says it spends $2 million a year on their care.',
    ]);
    const last = c.at(-1)!;
    expect(last.speaker).toBe('Lindenfield Aquarium');
    expect(last.relayedBy).toBeUndefined();
  });
});
