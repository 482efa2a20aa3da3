// Two claims in one sentence where the importer proposed one (session 31): a second speaker after
// ", though" or a bare "and", a first clause carried by an outlet alone, a contrasting opening closed by a
// quotation, a first clause whose subject is a definite speaking noun or a name with its appositive, and a
// relative clause of saying before the main verb. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

/** The sentence after a headline and an opening line, so that it is read as body copy. */
const claimsOf = (sentence: string) =>
  propose(['Town council approves new budget', 'The council met on Tuesday evening.', sentence], {
    model: null,
  });

describe('a second speaker in a coordinated clause', () => {
  it('opens a second claim after ", though"', () => {
    const c = claimsOf(
      'Ann Example said the bridge would open in May, though Jan Sample said the work was months behind.',
    );
    expect(c.map((x) => x.speaker)).toEqual(['Ann Example', 'Jan Sample']);
  });

  it('opens a second claim after a bare "and" before a subject and a plain verb of saying', () => {
    const c = claimsOf(
      'Ann Example has said the firm wants to be first to market and some economists predict that the launch will slip to next year.',
    );
    expect(c.map((x) => x.speaker)).toEqual(['Ann Example', 'economists']);
  });

  it('keeps one claim when a bare "and" joins the things done', () => {
    const c = claimsOf(
      'Ann Example said the rebels held the north of the city and the army responded with artillery.',
    );
    expect(c.map((x) => x.speaker)).toEqual(['Ann Example']);
  });

  it('opens a second claim after "and" that follows a quotation, before a lower-case subject', () => {
    const c = claimsOf(
      'The transport ministry called the new fares “a fair deal,” and the drivers’ union said it would strike next week.',
    );
    expect(c).toHaveLength(2);
    expect(c[1]?.speaker).toMatch(/union/);
  });

  it('keeps a first clause that an outlet carries, with no one named', () => {
    const c = claimsOf(
      'A local radio station reported that the fire began in the kitchen, but city police said the cause was still under investigation.',
    );
    expect(c).toHaveLength(2);
    expect(c[0]?.speaker).toBeUndefined();
    expect(c[1]?.speaker).toMatch(/police/);
  });

  it('splits a contrasting opening closed by a quotation', () => {
    const c = claimsOf(
      'Although one resident was quoted by the paper as calling the plan “a disgrace,” others said the new park was overdue.',
    );
    expect(c).toHaveLength(2);
    expect(c[1]?.statement).toMatch(/^Others said the new park/);
  });

  it('reads the first clause alone when the sentence’s frame is in the second', () => {
    const c = claimsOf(
      'The finance ministry called the budget “a careful step,” and Mayor Jan Sample said “it leaves the schools short.”',
    );
    expect(c.map((x) => x.quote)).toEqual(['a careful step', 'it leaves the schools short.']);
  });

  it('keeps one claim when the frame after the boundary only closes the sentence', () => {
    const c = claimsOf(
      'While both towns have ruled out new taxes, the plans center on cutting staff and selling land, council officials said.',
    );
    expect(c).toHaveLength(1);
  });
});

describe('a first clause with a subject that is not a bare name', () => {
  it.each([
    ['The transport ministry called the fares “unfair.”', 'ministry'],
    ['Ann Example, a local activist, called the plan “a disgrace.”', 'Ann Example'],
  ])('reads "called" after a speaking noun or an appositive: %s', (sentence, speaker) => {
    const c = claimsOf(sentence);
    expect(c).toHaveLength(1);
    expect(c[0]?.speaker).toContain(speaker);
  });

  it('still reads "a company called Acme" as a name', () => {
    expect(claimsOf('She founded a company called Acme in 2010.')).toHaveLength(0);
  });
});

describe('a relative clause of saying before the main verb', () => {
  it.each([
    'Ann Example, who has vowed to block the plan, said the vote would be close.',
    'Ann Example, who described the ruling as unfair, said she would appeal the decision next month.',
  ])('makes the relative clause and the main verb two claims: %s', (sentence) => {
    const c = claimsOf(sentence);
    expect(c.map((x) => x.speaker)).toEqual(['Ann Example', 'Ann Example']);
  });
});
