// The date an article gives itself (session 23): a dateline's month and day ("BRUSSELS, Oct 4 (Reuters) -"),
// with the year the dateline or the text writes for that day, is the article's publication date when the
// reader gave none, and "on Monday" in it is read against that; with no year, the month and day are handed
// to the review for the analyst to complete, and nothing is dated. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';
import {
  articleDate,
  datelineDate,
  stripDateline,
} from '../../../electron/services/import/article/segmentation';
import { only, propose } from '../../helpers/article-candidates';

describe('a dateline’s date', () => {
  it('reads the month and day of a wire dateline, and its year when written', () => {
    expect(datelineDate('OSLO, Oct 4 (Reuters) - The ministry said on Monday it would act.')).toEqual({
      month: 10,
      day: 4,
    });
    expect(datelineDate('LISBON, 17 December (AFP) - Officials said the port had closed.')).toEqual({
      month: 12,
      day: 17,
    });
    expect(datelineDate('DENVER, March 3, 2021 - The council said the vote would wait.')).toEqual({
      month: 3,
      day: 3,
      year: 2021,
    });
    expect(datelineDate('The talks, Oct 4 - the day they stalled - went on.')).toBeUndefined();
  });

  it('strips a title-case town and its state with the date ("Fresno, Calif., June 2 - ")', () => {
    expect(stripDateline('Fresno, Calif., June 2 - A judge said he would rule within days.')).toBe(
      'A judge said he would rule within days.',
    );
    expect(datelineDate('Fresno, Calif., June 2 - A judge said he would rule within days.')).toEqual({
      month: 6,
      day: 2,
    });
  });
});

describe('the publication date the text gives', () => {
  it('takes a paragraph that is only a date before a dateline', () => {
    expect(
      articleDate(['Tuesday, 9 May 2023', 'Harbour strike ends', 'OSLO, May 8 - Workers said …']),
    ).toEqual({
      published: '2023-05-09',
    });
  });

  it('gives a dateline’s date the year the text writes for that day', () => {
    expect(
      articleDate([
        'OSLO, March 3 (Reuters) - The union said it would strike.',
        'The vote, held on Tuesday, March 3, 2015, was close.',
      ]),
    ).toEqual({ published: '2015-03-03', dateline: { month: 3, day: 3 } });
  });

  it('leaves the year to the reader when the text gives none', () => {
    expect(articleDate(['OSLO, March 3 (Reuters) - The union said it would strike.'])).toEqual({
      dateline: { month: 3, day: 3 },
    });
    expect(articleDate(['The union said it would strike.'])).toEqual({});
  });
});

describe('event dates read against the dateline', () => {
  it('dates "on Monday" against a dated dateline when no publication date is given', () => {
    const r = proposeCandidates(
      'TALLINN, March 3, 2021 (Reuters) - The union said on Monday that it would strike.',
      'text',
      { model: null },
    );
    // 3 March 2021 was a Wednesday.
    expect(r.candidates[0]?.eventDate).toBe('2021-03-01');
    expect(r.ownDate?.published).toBe('2021-03-03');
  });

  it('a publication date given wins over the dateline’s', () => {
    const r = proposeCandidates(
      'TALLINN, March 3, 2021 (Reuters) - The union said on Monday that it would strike.',
      'text',
      { model: null, published: '2021-03-10' },
    );
    expect(r.candidates[0]?.eventDate).toBe('2021-03-08');
    expect(r.ownDate).toBeUndefined();
  });

  it('with no year anywhere, dates nothing and hands the month and day on', () => {
    const r = proposeCandidates(
      'TALLINN, March 3 (Reuters) - The union said on Monday that it would strike on March 9.',
      'text',
      { model: null },
    );
    expect(r.candidates[0]?.eventDate).toBeUndefined();
    expect(r.ownDate).toEqual({ dateline: { month: 3, day: 3 } });
  });
});

describe('a text with no publication date dates nothing (the labels’ convention, session 21)', () => {
  it('not even a full date', () => {
    expect(only(['Ann Example wrote on 7 March 2003 that the plan was unlawful.']).eventDate).toBeUndefined();
    expect(propose(['The mayor said on Monday that the bridge would close.'])[0]?.eventDate).toBeUndefined();
  });
});
