// Verbs that give words (shouted, exclaimed, "continued:") and a statement whose words follow it, each on
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('verbs that give words', () => {
  it('"“…,” X shouted" and "exclaimed"', () => {
    expect(
      only(['“This is the end of red tape!” Ortiz, the mayor of Linden, shouted, waving a stamp.']).speaker,
    ).toBe('Ortiz');
    expect(only(['“We did it,” exclaimed coach Maya Lind after the final whistle.']).speaker).toBe(
      'Maya Lind',
    );
  });

  it('"She continued: “…”" gives words; "the talks continued" does not', () => {
    const c = propose([
      'Shadow minister Lena Ford said the plan had failed.',
      'She continued: “We have a better plan and we will publish it next week.”',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Lena Ford', 'Lena Ford']);
    expect(propose(['The talks continued into the night.'])).toEqual([]);
  });

  it('a plea is no claim ("pleaded not guilty")', () => {
    expect(propose(['The driver pleaded not guilty to all four charges on Monday.'])).toEqual([]);
  });
});

describe('a statement, then its words', () => {
  it('"X issued a statement on …. “…”": the quotation after it is X’s, a claim of its own', () => {
    const c = propose([
      'Senator Ruth Okafor issued a statement on the closure of the base. “Like many in this county, I am angry at this decision.”',
    ]);
    expect(c.map((x) => [x.speaker, x.quote ?? null])).toEqual([
      ['Ruth Okafor', null],
      ['Ruth Okafor', 'Like many in this county, I am angry at this decision.'],
    ]);
  });

  it('a bare quotation after a plain paraphrase is the same speaker’s, a claim of its own (the labels’ convention)', () => {
    const c = propose(['Senator Ruth Okafor said the base would close. “Like many here, I am angry.”']);
    expect(c.map((x) => [x.speaker, x.quote ?? null])).toEqual([
      ['Ruth Okafor', null],
      ['Ruth Okafor', 'Like many here, I am angry.'],
    ]);
  });
});
