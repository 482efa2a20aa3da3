// A name and the appositives after it: the name speaks, the appositives are its role — a possessive and a
// noun ("Vindo's superior"), or a role and a description of the role's body ("president of Leaf & Page, a
// Tacoma bookstore"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('appositives reach back to the name', () => {
  it('"Morrow, Vindo\'s superior, said" is Tim Morrow, role Vindo\'s superior', () => {
    expect(
      claims([
        'Tim Morrow and Alex Vindo testified on Tuesday.',
        'Morrow, Vindo’s superior, said he did not see a problem.',
      ]).at(-1),
    ).toEqual(['Tim Morrow', 'Vindo’s superior']);
  });

  it('two appositives after a full name: the name speaks, both are its role', () => {
    expect(
      claims(['Jeff Harlan, president of Leaf & Page, a Tacoma bookstore, said sales were up.']),
    ).toEqual([['Jeff Harlan', 'president of Leaf & Page, a Tacoma bookstore']]);
  });

  it('a group after a possessive is no appositive of the name after it', () => {
    const c = propose([
      'Jane Morrow spoke on Monday.',
      'The books were never reissued because of opposition from Ford’s family, Morrow said.',
    ]);
    expect(c.map((x) => x.speakerRole ?? null)).toEqual([null]);
  });
});

describe('a name closing an appositive belongs to it', () => {
  it('"Edmund Vale, the younger brother of the heir to the estate, Charles, has told" is Edmund Vale', () => {
    expect(
      propose([
        'Edmund Vale, the younger brother of the heir to the estate, Charles, has reportedly told friends that the sale went well.',
      ]).map((c) => c.speaker),
    ).toEqual(['Edmund Vale']);
  });

  it('"Her mother, Fiona, said": a role before a name still gives the name', () => {
    expect(propose(['Her mother, Fiona, said the house was sold.']).map((c) => c.speaker)).toEqual(['Fiona']);
  });
});

describe('one word before an appositive', () => {
  it('"Stanmore, a member of the Orion 4 crew, said" is the person named in full before', () => {
    expect(
      claims([
        'Tom Stanmore and Ada Young testified before the panel.',
        'Stanmore, a member of the Orion 4 crew, said the mission worked.',
      ]).at(-1),
    ).toEqual(['Tom Stanmore', 'member of the Orion 4 crew']);
  });

  it('a time before an appositive is no subject ("Yesterday, a spokesman said")', () => {
    expect(
      propose(['Yesterday, a spokesman for the ministry said the talks would resume.']).map((c) => c.speaker),
    ).not.toContain('Yesterday');
  });
});

describe('a role serving a body named by its lower-case head', () => {
  it('"…, Ana Roe, special agent for the attorney general\'s office, said": Ana Roe, the role hers', () => {
    const c = propose([
      'The suspects were arrested on the highway, Ana Roe, special agent for the attorney general’s office, said.',
    ]);
    expect(c[0]!.speaker).toBe('Ana Roe');
    expect(c[0]!.speakerRole).toBe('special agent for the attorney general’s office');
  });
});
