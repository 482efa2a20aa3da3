// "today's" and "tomorrow's" in a dated text's own narration (session 27): the day the noun names dates the
// claim, as the bare word does ("said today's signing …" → the text's day, "said tomorrow's figures …" → the
// day after); "today's" meaning now ("in today's world", "today's youth") dates nothing, and "yesterday's"
// still dates another event. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';

/** Published on a Wednesday. */
const PUBLISHED = '1991-05-15';
const dateOf = (text: string, published: string | null = PUBLISHED) => {
  const c = proposeCandidates(text, 'text', { published: published ?? undefined, model: null }).candidates;
  expect(c, text).toHaveLength(1);
  return c[0]?.eventDate ?? null;
};

describe('"today’s" and "tomorrow’s" in narration', () => {
  it('"today’s <noun>" after the verb of saying is the text’s own day', () => {
    expect(dateOf('The treasurer said today’s sale of the bonds was the largest the county had made.')).toBe(
      '1991-05-15',
    );
    expect(dateOf("Dealers said today's drop in the index was driven by selling from abroad.")).toBe(
      '1991-05-15',
    );
  });
  it('a sentence opening on "Today’s …" is dated too', () => {
    expect(dateOf('Today’s rally in grain prices may not last, brokers in the pits said.')).toBe(
      '1991-05-15',
    );
  });
  it('"tomorrow’s <noun>" is the day after', () => {
    expect(dateOf('Traders said tomorrow’s report on housing starts will set the tone for the week.')).toBe(
      '1991-05-16',
    );
  });
  it('"today’s" meaning now dates nothing', () => {
    expect(dateOf('The novelist said that in today’s world nobody writes letters any more.')).toBeNull();
    expect(dateOf('The coach said today’s youth spend too little time outdoors.')).toBeNull();
  });
  it('"yesterday’s <noun>" still dates another event', () => {
    expect(dateOf('The mayor said yesterday’s flooding had closed two bridges.')).toBeNull();
  });
  it('inside quotation marks it is not resolved', () => {
    expect(dateOf('“Today’s sale went well,” the treasurer said.')).toBeNull();
  });
  it('with no publication date nothing is dated', () => {
    expect(dateOf('The treasurer said today’s sale of the bonds was the largest.', null)).toBeNull();
  });
});

describe('a claim in an "after …" clause after the main clause’s date', () => {
  it('the date before "after <speaker> <verb>" is the main clause’s event', () => {
    expect(
      dateOf('Bond prices slipped on Monday after the central bank said it would keep rates unchanged.'),
    ).toBeNull();
    expect(
      dateOf('The council delayed the vote Tuesday, after residents complained that the hall was too small.'),
    ).toBeNull();
  });
  it('a date the claim’s own verb carries still dates it', () => {
    expect(dateOf('Bond prices slipped after the central bank said on Monday it would keep rates.')).toBe(
      '1991-05-13',
    );
  });
  it('an opening date with a comma after the clause still dates the claim', () => {
    expect(dateOf('On Monday, after a long meeting, the treasurer said the sale would go ahead.')).toBe(
      '1991-05-13',
    );
  });
});
