// A surname that fits no name the article gives, one letter off the surname of exactly one person it names
// in full (or that surname without its "al-"), is that person's. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { oneEdit } from '../../../electron/services/import/article/resolution';
import { propose } from '../../helpers/article-candidates';

describe('one letter off', () => {
  it('a letter swapped, added, dropped or changed; never a plural "s" alone', () => {
    expect(oneEdit('quillon', 'qiullon')).toBe(true);
    expect(oneEdit('quillon', 'quilllon')).toBe(true);
    expect(oneEdit('quillon', 'quilon')).toBe(true);
    expect(oneEdit('quillon', 'quillan')).toBe(true);
    expect(oneEdit('quillon', 'quillons')).toBe(false);
    expect(oneEdit('quillon', 'quilnol')).toBe(false);
    expect(oneEdit('quillon', 'quillon')).toBe(false);
  });
});

describe('a misspelt surname is the person named in full', () => {
  it('"Quilon said" after "Mara Quillon"', () => {
    const c = propose([
      'Mara Quillon, the harbour master, said the docks would reopen on Friday.',
      'Quilon said the cranes had been repaired.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Mara Quillon');
  });

  it('"Haddad said" after "Omar Khalil al-Haddad"', () => {
    const c = propose([
      'Omar Khalil al-Haddad, the port director, said traffic was rising.',
      'Haddad said two new berths would open.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Omar Khalil al-Haddad');
  });

  it('two people one letter off leave the surname as written', () => {
    const c = propose([
      'Mara Quillan and Piet Quillen, the two harbour masters, met on Friday.',
      'Quillin said the cranes had been repaired.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Quillin');
  });
});
