// "dismissed the reports as “…”" rejects them in words: a claim of its subject, also inside a sentence an
// outlet reports ("…, the state news agency reported": the outlet is the relay). "dismissed the case", with
// no "as" and no quotation, says nothing. Names and sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('"dismissed … as"', () => {
  it('is a claim of its subject, the outlet that reports the sentence its relay', () => {
    const c = only([
      'Presidential aide Ivan Orlov dismissed the reports as "pure invention", the state news agency Novosti reported.',
    ]);
    expect(c.speaker).toBe('Ivan Orlov');
    expect(c.relayedBy).toBe('Novosti');
    expect(c.quote).toBe('pure invention');
  });

  it('without a quotation too ("dismissed the claims as baseless")', () => {
    expect(only(['The ministry dismissed the claims as baseless and politically motivated.']).speaker).toBe(
      'ministry',
    );
  });

  it('is no claim where nothing is said ("the judge dismissed the case")', () => {
    expect(
      propose(['The judge dismissed the case on Monday after a short hearing.'], { model: null }),
    ).toEqual([]);
  });
});
