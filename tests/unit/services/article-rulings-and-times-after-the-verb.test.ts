// A time phrase between a verb and its object or that-clause ("ruled on Friday that …", "recommended in
// 2004 that …") leaves the verb's frame as it is; and a ruling's content may come with the "that" left out
// ("the judge ruled the contract was void"), or as a finding on its object ("ruled the fire an accident").
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a time phrase after the verb', () => {
  it('a weekday before the that-clause', () => {
    const c = only(
      ['A state appeals court ruled on Thursday that the mill owners must pay for the cleanup.'],
      {
        model: null,
      },
    );
    expect(c.speaker).toBe('state appeals court');
  });

  it('a bare weekday, and "last month"', () => {
    expect(
      only(['The Marrow County tribunal ruled Tuesday that the lease had lapsed.'], { model: null })
        .statement,
    ).toMatch(/lease had lapsed/);
    expect(
      only(['The fisheries board recommended last month that the quota be halved.'], { model: null })
        .statement,
    ).toMatch(/quota be halved/);
  });

  it('a year before the that-clause', () => {
    const c = only(['The Pellam Institute recommended in 2004 that all bridges be inspected yearly.'], {
      model: null,
    });
    expect(c.speaker).toBe('Pellam Institute');
  });

  it('a time and then no frame says nothing', () => {
    expect(
      propose(['The old duke ruled on Monday the whole valley from his castle.'], { model: null }),
    ).toHaveLength(0);
  });
});

describe('what a ruling says', () => {
  it('a clause with the "that" left out', () => {
    const c = only(['Judge Ivo Marsh ruled the contract was void from the start.'], { model: null });
    expect(c.speaker).toBe('Ivo Marsh');
  });

  it('a finding on its object', () => {
    const c = only(['The county coroner ruled the drowning an accident.'], { model: null });
    expect(c.speaker).toBe('county coroner');
  });

  it('a law found unconstitutional', () => {
    expect(propose(['The high court ruled the curfew unconstitutional.'], { model: null }).length).toBe(1);
  });

  it('ruling a land is governing it', () => {
    expect(propose(['The Veran family ruled the island for two centuries.'], { model: null })).toHaveLength(
      0,
    );
  });
});
