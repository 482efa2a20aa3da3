// A first name that is also an English word ("Mark", "Grace") tells its bearer's gender as any first name
// does: "she" never goes to Mark, "he" never to Grace. Whether a capitalised word opens a name at all stays
// the lexicon's call: "Will" opening a question is no one. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../../electron/services/import/article/recognition';
import { nameGender } from '../../../electron/services/import/article/resolution';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('first names that are also words', () => {
  it('give their gender when written as a name, for pronouns only', () => {
    expect(nameGender('Mark')).toBe('m');
    expect(nameGender('Grace')).toBe('f');
    expect(nameGender('mark')).toBeUndefined();
    expect(nameGender('Karen')).toBe(firstNameGender('Karen'));
    // The name finder's reading is the lexicon's, unchanged.
    expect(firstNameGender('Will')).toBeUndefined();
  });

  it('keep "she" from a man named Mark, leaving it empty with no woman in view', () => {
    expect(
      speakers([
        'Harbour board chairman Mark Lindell on Tuesday urged the council to repair the pier.',
        'She added that the council should first consult the fishermen.',
      ]),
    ).toEqual(['Mark Lindell', undefined]);
  });

  it('let "she" reach the woman named Grace past a man named nearer', () => {
    expect(
      speakers([
        'Council leader Grace Olsen said the pier would close for the winter.',
        'Harbour master Bill Evans said the boats would moor at the old quay.',
        'She added that repairs would begin in March.',
      ]).at(-1),
    ).toBe('Grace Olsen');
  });
});
