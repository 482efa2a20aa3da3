// "the Pentagon chief said", "the Conservative MP said", "the 59-year-old lender said": a description with a
// body's or party's name (or an age) before its noun is the person in view, as "the California Republican"
// is; the age is no part of the role. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const who = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('descriptions with a name before the noun', () => {
  it('"the Pentagon chief said" after the person is named', () => {
    expect(
      who([
        'Robert Vance toured the base on Monday.',
        'The Pentagon chief said the unit had "grown too heavy."',
      ]),
    ).toEqual([['Robert Vance', 'Pentagon chief']]);
  });

  it('"Speaking in the Commons, the Conservative MP said": the participle phrase is no name', () => {
    expect(
      who([
        'Chris Barlow raised the matter on Tuesday.',
        'Speaking in the Commons, the Conservative MP said the list was too long.',
      ]),
    ).toEqual([['Chris Barlow', 'Conservative MP']]);
  });

  it('"the 59-year-old mortgage lender said": the role without the age', () => {
    expect(
      who([
        'Rick Dalton lost his house in the storm.',
        'The 59-year-old mortgage lender said his staff had helped.',
      ]),
    ).toEqual([['Rick Dalton', 'mortgage lender']]);
  });

  it('a masthead ending on such a word stays a name ("the Valley Argus Leader")', () => {
    expect(
      who(['Kristi Lund spent the funds, according to the Valley Argus Leader.']).map((c) => c[0]),
    ).not.toEqual(['Kristi Lund']);
  });
});
