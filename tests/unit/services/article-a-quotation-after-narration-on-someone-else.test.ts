// A quotation standing alone after a sentence of narration (no claim of its own) that opened on a person
// other than the one quoted before it is that person's words, not the earlier speaker's; a sentence that
// opens on the same speaker, on a body, or on a phrase put before a pronoun subject leaves the quotation
// with the earlier speaker. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const quoted = (c: ReturnType<typeof propose>, words: string) => c.find((x) => x.quote?.includes(words));

describe('a quotation after narration that opened on someone else', () => {
  it('goes to the person the narration opened on', () => {
    const c = propose([
      '"Prices will rise all winter," said Tomas Ferrow, an economist at the Orlan Bank. Ilden Marsh, a farmer from the valley, disagreed. "We have seen far worse winters than this one."',
    ]);
    expect(quoted(c, 'far worse winters')?.speaker).toBe('Ilden Marsh');
  });

  it('with a title before the name', () => {
    const c = propose([
      'Ana Velt, the party leader, said: "The plan is dead." Transport Secretary Corin Haldane rejected the charge. "The plan is very much alive and funded."',
    ]);
    expect(quoted(c, 'very much alive')?.speaker).toBe('Corin Haldane');
  });

  it('when the narration opens on a relation and names its holder in apposition', () => {
    const c = propose([
      '"Prices will rise all winter," said Tomas Ferrow, an economist. His neighbour, Ilden Marsh, a farmer from the valley, takes a calmer view. "We have seen far worse winters than this one."',
    ]);
    expect(quoted(c, 'far worse winters')?.speaker).toBe('Ilden Marsh');
  });

  it('stays with the earlier speaker after a phrase put before a pronoun subject', () => {
    const c = propose([
      '"We will build the bridge," Ana Velt said. Channelling Corin Haldane, she promised a new era. "It will carry ten thousand cars a day."',
    ]);
    expect(quoted(c, 'ten thousand cars')?.speaker).not.toBe('Corin Haldane');
  });

  it('stays with the earlier speaker when the narration opened on them', () => {
    const c = propose([
      '"We will build the bridge," Ana Velt said. Velt grew up in the town. "It will carry ten thousand cars a day."',
    ]);
    expect(quoted(c, 'ten thousand cars')?.speaker).toBe('Ana Velt');
  });
});
