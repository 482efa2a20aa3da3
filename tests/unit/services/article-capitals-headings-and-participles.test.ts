// A section heading set in capitals ("WHAT THEY ARE SAYING:") attributes nothing; neither does a participle
// that is no verb of saying: "with a second floor added" (what was done) and "its 1,200 reported thefts"
// (an adjective between a count and its noun). Sentences written for the test (invented).
import { describe, expect, it } from 'vitest';
import { isCapitalsHeading } from '../../../electron/services/import/article/headline-lists';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('a section heading in capitals', () => {
  it('"WHAT THEY ARE SAYING:" and "PROMISES MADE, PROMISES KEPT" are headings; a capitals sentence is not', () => {
    expect(isCapitalsHeading('WHAT THEY ARE SAYING:')).toBe(true);
    expect(isCapitalsHeading('PROMISES MADE, PROMISES KEPT')).toBe(true);
    expect(isCapitalsHeading('THE COMPANY SAID IT EXPECTS HIGHER SALES.')).toBe(false);
    expect(isCapitalsHeading('What they are saying:')).toBe(false);
  });

  it('proposes nothing for the heading, and keeps the claim after it', () => {
    expect(
      speakers([
        'The mayor opened the new ferry line on Monday.',
        'WHAT THEY ARE SAYING:',
        '“It is a great day for Halden,” said Ann Roe, a ferry captain.',
      ]),
    ).toEqual(['Ann Roe']);
  });
});

describe('participles that say nothing', () => {
  it('"with a second floor added" is what was done', () => {
    expect(
      speakers([
        'The library was built in 1911 and has been changed many times, with a second floor added in 1950.',
      ]),
    ).toEqual([]);
  });

  it('"with the mayor adding …" still says; so does "Vale added that …"', () => {
    expect(
      speakers(['The port will close in May, with Ann Roe adding that the harbour needs repairs.']),
    ).toEqual(['Ann Roe']);
    expect(speakers(['Paul Vale added that the harbour needs repairs.'])).toEqual(['Paul Vale']);
  });

  it('"Out of the town’s 1,200 reported thefts" is an adjective', () => {
    expect(
      speakers([
        'Out of the town’s 1,200 reported thefts this year, arrests have been made in just 9% of them.',
      ]),
    ).toEqual([]);
  });
});
