// A surname alone shared by two people is not the one the article named only to place the other by their
// relation: after a relation's "of" ("the younger brother of actress Dana Vell") or with the relation in
// apposition after the name ("Mara Vell, his aunt"), or named in passing with an indefinite article
// ("a Lyle Danvers"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { Referents } from '../../../electron/services/import/article/resolution';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a surname shared with a relative named by the relation', () => {
  it('is not the relative named after a relation’s "of"', () => {
    expect(
      speakers([
        'Owen Vell, the younger brother of actress Dana Vell, has been fined for a fight at a nightclub.',
        'The fight broke out in March, police said.',
        'Vell told the court he had been provoked.',
      ]).at(-1),
    ).toBe('Owen Vell');
  });

  it('is not the relative named with the relation in apposition after the name', () => {
    const units = [
      { text: 'Samuel Ortega described his nephew as a quiet boy.', paragraph: 0 },
      { text: 'He loved football and his family, wrote Mara Ortega, his aunt.', paragraph: 1 },
    ];
    const referents = new Referents(units);
    referents.advance('Ortega said the family would ask for an inquiry.', 2, 200);
    expect(referents.fullName('Ortega')).toBe('Samuel Ortega');
  });
});

describe('a surname shared with someone named in passing', () => {
  it('is not the one named with an indefinite article ("a Lyle Danvers")', () => {
    const units = [
      { text: 'Senator Ruth Danvers announced her retirement on Monday.', paragraph: 0 },
      { text: 'The website was registered by a Lyle Danvers, who appears to be her cousin.', paragraph: 1 },
    ];
    const referents = new Referents(units);
    referents.advance('Danvers said she had planned to leave for years.', 2, 200);
    expect(referents.fullName('Danvers')).toBe('Ruth Danvers');
  });
});
