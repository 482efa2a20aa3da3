// Event dates in wire copy (session 24): a date written out with its year after publication is what is
// planned, not when anything was said; a span's end after "from" and a term's end after "expiring" bound a
// period; "last weekend" and "this weekend" are the weekend's Saturday; "in today's <paper>" is the day of
// publication; "that" after a preposition points ("in that city on Monday") and opens no clause; a list of dates
// shares the year written after it. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';

/** Published on a Wednesday. */
const PUBLISHED = '1987-03-25';
const dateOf = (text: string, published = PUBLISHED) => {
  const c = proposeCandidates(text, 'text', { published, model: null }).candidates;
  expect(c, text).toHaveLength(1);
  return c[0]?.eventDate ?? null;
};

describe('a date after publication written with its year', () => {
  it('is what is planned, not the claim’s date', () => {
    expect(
      dateOf('The minister said the country would hand the island back to its neighbour on July 1, 1999.'),
    ).toBeNull();
    expect(dateOf('Under the treaty, the lease would end on May 31, 1992, the envoy said.')).toBeNull();
  });
  it('a date with its year before publication still dates the claim', () => {
    expect(dateOf('In a letter on March 2, 1987, the chairman said the plan had failed.')).toBe('1987-03-02');
  });
  it('a month and day after publication with no year is still taken (the labels’ convention)', () => {
    expect(dateOf('The committee chairman said the panel would hold a hearing on the matter June 2.')).toBe(
      '1987-06-02',
    );
  });
});

describe('the bounds of a period', () => {
  it('"expiring on …" bounds a term', () => {
    expect(
      dateOf('He said the bank had repaid part of the loan under the accord expiring on June 30.'),
    ).toBeNull();
  });
  it('"from … to …": the span’s end is no event date either', () => {
    expect(
      dateOf('The new accord will run from July 1 to December 31, 1988, the treasury official said.'),
    ).toBeNull();
  });
});

describe('"last weekend" and "this weekend"', () => {
  it('the Saturday of the weekend gone by', () => {
    expect(dateOf('The carrier confirmed the outage last weekend, a spokeswoman said.')).toBe('1987-03-21');
    expect(
      dateOf('Protesters marched through the capital this weekend, organisers said.', '1987-03-23'),
    ).toBe('1987-03-21');
  });
  it('in a weekend story, "last weekend" is the one before', () => {
    expect(dateOf('The carrier confirmed the outage last weekend, a spokeswoman said.', '1987-03-22')).toBe(
      '1987-03-14',
    );
  });
  it('"this weekend" looking ahead is the coming one', () => {
    expect(dateOf('The leaders will meet in Geneva this weekend, officials said.')).toBe('1987-03-28');
  });
  it('"last weekend’s" dates its noun, not the claim', () => {
    expect(dateOf('An aide briefed on last weekend’s phone call said the talks had stalled.')).toBeNull();
  });
});

describe('"in today’s <paper>"', () => {
  it('the paper of the day of publication carries what is reported', () => {
    expect(
      dateOf(
        'Shares fell after a study in today’s Northern Journal of Surgery questioned the drug, analysts said.',
      ),
    ).toBe('1987-03-25');
    expect(dateOf('The plan would fail, the minister said in an interview in yesterday’s editions.')).toBe(
      '1987-03-24',
    );
  });
  it('a day’s possessive before anything else still dates nothing', () => {
    expect(dateOf('Shares fell after today’s vote in the assembly, analysts said.')).toBeNull();
  });
});

describe('"that" after a preposition', () => {
  it('points, and the date after it is the claim’s', () => {
    expect(dateOf('The envoy said he met the rebel leaders in that city on Monday.')).toBe('1987-03-23');
  });
  it('a relative clause after a noun still dates something else', () => {
    expect(dateOf('The envoy said the plane that crashed on Monday had been overloaded.')).toBeNull();
  });
});

describe('a list of dates and its year', () => {
  it('each date takes the year written after the list', () => {
    expect(
      dateOf(
        'According to the indictment, the man sold the pills on May 3, May 10, and May 24, in 1986, at a bar.',
      ),
    ).toBe('1986-05-03');
  });
});
