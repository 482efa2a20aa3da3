// Acronyms that are not a name's initials: made of its syllables ("STATIN"), or a name's first words kept
// and the rest cut to initials ("California ISO"). Sentences written for the test (invented bodies).
import { describe, expect, it } from 'vitest';
import { spellsLoosely } from '../../../electron/services/import/article/entities';
import { propose } from '../../helpers/article-candidates';

describe('an acronym made of the name’s syllables', () => {
  it('"the Statistical Bureau of Veloria (STABEV)" … "According to STABEV" is the full name', () => {
    const c = propose([
      'The Statistical Bureau of Veloria (STABEV) released its figures on Monday.',
      'According to STABEV, prices rose by four per cent.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Statistical Bureau of Veloria');
  });

  it('letters in order, from the first two words at least', () => {
    expect(spellsLoosely('STATIN', 'Statistical Institute of Jamaica')).toBe(true);
    expect(spellsLoosely('PETRONOR', 'Petroleum Norte Company')).toBe(true);
    // All from the first word, or not in order, or not opening on its first letter: no.
    expect(spellsLoosely('STAT', 'Statistical Institute')).toBe(false);
    expect(spellsLoosely('NATO', 'Pentagon Office of Plans')).toBe(false);
    expect(spellsLoosely('STIN', 'Statistical Institute')).toBe(true);
    expect(spellsLoosely('TSI', 'Statistical Institute')).toBe(false);
  });
});

describe('a name’s first words and an acronym for the rest', () => {
  it('"Norland ISO said" for the "Norland Independent System Operator" the article names', () => {
    const c = propose([
      'The Norland Independent System Operator manages the grid.',
      'Demand will peak on Tuesday, Norland ISO said.',
      'Demand will fall on Friday, the Norland ISO said.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual([
      'Norland Independent System Operator',
      'Norland Independent System Operator',
    ]);
  });

  it('two names the words could stand for leave it as written', () => {
    const c = propose([
      'The Norland Independent System Operator and the Norland Interstate Service Office met.',
      'Demand will peak on Tuesday, Norland ISO said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Norland ISO');
  });
});
