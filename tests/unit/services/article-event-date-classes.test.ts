// Event dates: the classes of dev's date errors counted in session 23, each on sentences invented for the
// test. "today" meaning now; a weekday written out with its date; a weekday in a name; "last <weekday>"
// on the same weekday; a claim in a relative clause and the main clause's date; bounds ("starting",
// "beyond", "between … to"); what is to be held; a month ahead of publication in a clause that looks ahead.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';

/** Published on a Thursday. */
const PUBLISHED = '2024-03-14';
const dateOf = (text: string, published = PUBLISHED) => {
  const c = proposeCandidates(text, 'text', { published, model: null }).candidates;
  expect(c, text).toHaveLength(1);
  return c[0]?.eventDate ?? null;
};

describe('"today" as now, not the day of publication', () => {
  it('a clause that tells of nothing done or to come is about now', () => {
    expect(dateOf('Today, most farmers grow soy instead, said Ann Example, an economist.')).toBeNull();
    expect(dateOf('The firm makes its money today by selling licences, Jan Sample said.')).toBeNull();
  });
  it('the day when its clause tells of something done, or the claim’s verb is beside it', () => {
    expect(dateOf('The agency filed its appeal earlier today, its director said.')).toBe('2024-03-14');
    expect(dateOf('Today, the agency said it would appeal.')).toBe('2024-03-14');
    expect(dateOf('A group of doctors today urges the minister to act.')).toBe('2024-03-14');
  });
});

describe('weekdays', () => {
  it('"on Saturday, May 18": the date written out', () => {
    expect(dateOf('According to the court, the man left the house on Saturday, March 2.')).toBe('2024-03-02');
  });
  it('a weekday in a name dates nothing', () => {
    expect(
      dateOf('A poll in The Mail on Sunday shows most voters back the plan, Ann Example said.'),
    ).toBeNull();
    expect(dateOf('Jan Sample told the Sunday Times that the deal was done.')).toBeNull();
  });
  it('"last Thursday" in a Thursday’s paper is a week back', () => {
    expect(dateOf('The minister announced last Thursday that schools would reopen.')).toBe('2024-03-07');
    expect(dateOf('The minister announced on Thursday that schools would reopen.')).toBe('2024-03-14');
  });
});

describe('a claim in a relative clause, a date in the main clause', () => {
  it('"X, who police said …, was charged Tuesday": the date is not the claim’s', () => {
    expect(
      dateOf('Ann Example, who police said used false names, was charged Tuesday with fraud.'),
    ).toBeNull();
  });
  it('"X, who said Monday …" keeps the claim’s own date', () => {
    expect(dateOf('Ann Example, who said Monday that she would resign, left the party.')).toBe('2024-03-11');
  });
});

describe('bounds and plans', () => {
  it('"starting April 27", "beyond the April 1 start", "between January to March 11"', () => {
    expect(dateOf('Jan Sample said the meeting starting April 27 would decide.')).toBeNull();
    expect(dateOf('The sources said the debate would run beyond April 1.')).toBeNull();
    expect(dateOf('Ann Example said exports between January to March 11 fell.')).toBeNull();
  });
  it('"to be held June 6": what is planned', () => {
    expect(dateOf('Jan Sample said the summit, to be held June 6, would be short.')).toBeNull();
  });
});

describe('the year of a month ahead of publication', () => {
  it('stays this year when the clause looks ahead, goes back a year when it does not', () => {
    expect(dateOf('The chairman said the panel would hold a hearing on the bill June 2.')).toBe('2024-06-02');
    expect(dateOf('The chairman said the panel held a hearing on the bill June 2.')).toBe('2023-06-02');
  });
  it('a January in a December paper that looks ahead is next year’s', () => {
    expect(dateOf('The senator said she will be sworn in on January 3.', '2024-12-10')).toBe('2025-01-03');
  });
});
