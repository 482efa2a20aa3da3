// An "as" clause naming who made the sentence's words known: "…, as reported by the X Bureau", "As first
// revealed by the Daily Planet, …". The agent speaks (or, an outlet, relays); "as reported to police" names no
// one. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('"as reported by" and its kin', () => {
  it('a body named after the claim', () => {
    const c = only(
      ['Rents in the valley rose by 9% last year, as reported by the Halden Housing Institute.'],
      {
        model: null,
      },
    );
    expect(c.speaker).toBe('Halden Housing Institute');
  });

  it('a person confirming, with a title', () => {
    const c = only(['The talks will resume in May, as confirmed by Foreign Minister Petra Valk.'], {
      model: null,
    });
    expect(c.speaker).toBe('Petra Valk');
  });

  it('the agent ends before a second passive', () => {
    const c = only(
      ['The lab closed in 2019, as reported by Torven Analytics and denied by the university.'],
      {
        model: null,
      },
    );
    expect(c.speaker).toBe('Torven Analytics');
  });

  it('reported to the police names no agent', () => {
    expect(
      propose(['The theft was recorded as reported to police on Monday.'], { model: null }),
    ).toHaveLength(0);
  });
});
