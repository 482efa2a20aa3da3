// Documents named only by a noun relay what they say, with no speaker (fixtures README, "Documents and their
// issuers", sessions 21, 22 and 25): "court papers say", "the indictment said", "according to the complaint";
// a journalist named with the article's own outlet's possessive is no relay ("told CNN's Ana Roe" on CNN), while
// another outlet's journalist is. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { documentRelay, ownJournalist } from '../../../electron/services/import/article/document-relays';
import { propose } from '../../helpers/article-candidates';

const relays = (paragraphs: string[], outlet = 'The Daily Post') =>
  propose(paragraphs, { outlet, model: null }).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('a document named only by a noun', () => {
  it('is read from a subject or an "according to" as the text names it', () => {
    expect(documentRelay('court papers')).toBe('court papers');
    expect(documentRelay('The complaint filed in Ohio on Monday')).toBe('complaint');
    expect(documentRelay('An unsealed criminal complaint')).toBe('criminal complaint');
    expect(documentRelay('the global cable')).toBe('cable');
    expect(documentRelay('Search warrants')).toBe('search warrants');
    expect(documentRelay('a copy of a police affidavit')).toBe('police affidavit');
  });

  it('is not an issuer’s paper, a name or another noun', () => {
    expect(documentRelay('the governor’s complaint')).toBeUndefined();
    expect(documentRelay('Harbor documents')).toBeUndefined();
    expect(documentRelay('the prosecutors')).toBeUndefined();
    expect(documentRelay('the statement')).toBeUndefined();
    expect(documentRelay('the lawsuit Smith filed against the city')).toBeUndefined();
    expect(documentRelay('court papers signed by Ana Roe')).toBeUndefined();
    expect(documentRelay('reports from The Harbor Times')).toBeUndefined();
  });

  it('relays the claims it carries, with no speaker', () => {
    expect(
      relays([
        'Fraud case',
        'The former mayor hid the payments from auditors, court papers say. ' +
          'He moved the money to a second account, the indictment said.',
      ]),
    ).toEqual([
      [null, 'court papers'],
      [null, 'indictment'],
    ]);
  });
});

describe('a journalist named with an outlet’s possessive', () => {
  const own = (o: string) => o === 'CNN';
  const person = (n: string) => n.startsWith('Ana ');
  it('is no relay when the outlet is the article’s own', () => {
    expect(ownJournalist('CNN’s Ana Roe', own, person)).toBe(true);
    expect(ownJournalist('Fox News’ Ana Roe', own, person)).toBe(false);
    expect(ownJournalist('CNN’s Evening Report Tonight', own, person)).toBe(false);
  });

  it('leaves the claim told to them unrelayed on the outlet’s own page', () => {
    expect(
      relays(
        ['Water deal', 'Interior minister Ben Okafor told CNN’s Ana Roe that the deal was close.'],
        'CNN',
      ),
    ).toEqual([['Ben Okafor', null]]);
  });
});
