// A surname alone shared by two people is not the one the article named only to place the other by their
// relation: after a relation's "of" ("the younger brother of actress Dana Vell") or with the relation in
// apposition after the name ("Mara Vell, his aunt"). Sentences written for the test.
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
