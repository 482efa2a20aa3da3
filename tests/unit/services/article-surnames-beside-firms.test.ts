// A surname alone is the person named in full, not a firm whose name it opens ("Cross also said" after
// "Shannon Cross, an analyst at Cross Research"). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a surname that opens a firm’s name too', () => {
  it('"Vance also said" is Karen Vance, not Vance Research', () => {
    const c = propose([
      'Karen Vance, an analyst at Vance Research, said the chief executive was a good choice.',
      '“He has run the company twice before,” she said.',
      'Vance also said the board had planned for the change.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Karen Vance', 'Karen Vance', 'Karen Vance']);
  });

  it('a generational suffix after the surname still ends the person’s name', () => {
    const c = propose([
      'Paul Orrin Jr., who owns Orrin Logistics, said costs were rising.',
      'Orrin said his drivers were tired.',
    ]);
    expect(c.at(-1)!.speaker).toMatch(/^Paul Orrin/);
    expect(c.at(-1)!.speaker).not.toBe('Orrin Logistics');
  });
});
