// Pasted text may set a space before a quotation's closing mark ('He added, " A devaluation is off the
// table. " Reserves …'): the quotation still closes with its stop, and the next sentence is a unit of its
// own; sentences written for the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const OPENING = 'Finance Minister Karl Odum spoke at the harbour forum on Monday.';

describe('a quotation closed after a space', () => {
  it.each([
    'He added, " A devaluation is not on the table. " Reserves, he said, are ample.',
    'He added, “ A devaluation is not on the table. ” Reserves, he said, are ample.',
    'He added, "A devaluation is not on the table. " Reserves, he said, are ample.',
  ])('%s', (sentence) => {
    const claims = propose([OPENING, sentence]);
    expect(claims.map((c) => [c.speaker, c.quote ?? null])).toEqual([
      ['Karl Odum', 'A devaluation is not on the table.'],
      ['Karl Odum', null],
    ]);
  });

  it('a stop inside a quotation that goes on still ends nothing', () => {
    const claims = propose([OPENING, '" We hold the rate. We hold the line, " he said.']);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toMatch(/^We hold the rate\. We hold the line/);
  });
});
