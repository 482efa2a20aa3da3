// What is no part of a speaker: a quantifier before a group ("Most economists argue"), a possessive
// before a relation in apposition to a name ("according to his aunt, Jane Marl"). Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('quantifiers and possessives', () => {
  it('"Most rural economists, however, argue" is rural economists', () => {
    expect(claims(['Most rural economists, however, argue that the subsidy helps farmers.'])).toEqual([
      ['rural economists', null],
    ]);
  });

  it('"according to his aunt, Jane Marl" is Jane Marl, role aunt', () => {
    expect(claims(['Owen Marl was a shy child, according to his aunt, Jane Marl, who raised him.'])).toEqual([
      ['Jane Marl', 'aunt'],
    ]);
  });
});
