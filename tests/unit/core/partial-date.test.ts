import { describe, expect, it } from 'vitest';
import {
  optionalPartialDate,
  cslDateToPartial,
  formatPartialDate,
  partialDateBounds,
  partialToCslDate,
  PartialDate,
} from '../../../electron/core/partial-date';

describe('partial dates (EDTF subset) as people write them', () => {
  it.each([
    ['2019', '2019-01-01', '2019-12-31', '2019'],
    ['2019-02', '2019-02-01', '2019-02-28', 'February 2019'],
    ['2020-02', '2020-02-01', '2020-02-29', 'February 2020'],
    ['2019-03-05', '2019-03-05', '2019-03-05', '5 March 2019'],
    ['2019-21', '2019-03-01', '2019-05-31', 'spring 2019'],
    ['2019-24', '2019-12-01', '2020-02-29', 'winter 2019'],
    ['1990~', '1990-01-01', '1990-12-31', 'c. 1990'],
    ['2019/2020', '2019-01-01', '2020-12-31', '2019–2020'],
    ['2019-03/2019-05', '2019-03-01', '2019-05-31', 'March–May 2019'],
    ['2019-03-05/2019-03-07', '2019-03-05', '2019-03-07', '5–7 March 2019'],
  ])('%s covers %s to %s and reads "%s"', (text, start, end, words) => {
    expect(PartialDate.safeParse(text).success).toBe(true);
    expect(partialDateBounds(text)).toEqual({ start, end });
    expect(formatPartialDate(text)).toBe(words);
  });

  it.each(['2019-13', '2019-02-30', '19', '2019-3', 'yesterday', '2020/2019', '2019-21-01', ''])(
    'refuses %j',
    (text) => {
      expect(PartialDate.safeParse(text).success).toBe(false);
      expect(partialDateBounds(text)).toBeUndefined();
    },
  );

  it('reads CSL dates: date-parts of any precision, ranges, seasons, circa, raw and strings', () => {
    expect(cslDateToPartial({ 'date-parts': [[2019]] })).toBe('2019');
    expect(cslDateToPartial({ 'date-parts': [['2019', '3']] })).toBe('2019-03');
    expect(cslDateToPartial({ 'date-parts': [[2019, 3, 5]] })).toBe('2019-03-05');
    expect(
      cslDateToPartial({
        'date-parts': [
          [2019, 3],
          [2019, 5],
        ],
      }),
    ).toBe('2019-03/2019-05');
    expect(cslDateToPartial({ 'date-parts': [[2021]], season: 3 })).toBe('2021-23');
    expect(cslDateToPartial({ 'date-parts': [[2021]], season: 'Spring' })).toBe('2021-21');
    expect(cslDateToPartial({ 'date-parts': [[2021, 14]] })).toBe('2021-22'); // citeproc-js month 14 = summer
    expect(cslDateToPartial({ 'date-parts': [[1990]], circa: true })).toBe('1990~');
    expect(cslDateToPartial({ raw: '2019/03/05' })).toBe('2019-03-05');
    expect(cslDateToPartial({ raw: '2019///' })).toBe('2019');
    expect(cslDateToPartial({ raw: '2019/03/' })).toBe('2019-03');
    expect(cslDateToPartial({ raw: 'March 2019' })).toBe('2019-03');
    expect(cslDateToPartial({ raw: 'circa 1990' })).toBe('1990~');
    expect(cslDateToPartial('2019-2020')).toBe('2019/2020');
    expect(cslDateToPartial({ literal: 'Ming dynasty' })).toBeUndefined();
    expect(cslDateToPartial({ 'date-parts': [[2019, 2, 30]] })).toBe('2019-02'); // an impossible day is dropped, not the month
  });

  it('writes partial dates back as CSL dates that read back the same', () => {
    for (const text of [
      '2019',
      '2019-03',
      '2019-03-05',
      '2019-23',
      '1990~',
      '2019/2020',
      '2019-03/2019-05',
    ]) {
      expect(cslDateToPartial(partialToCslDate(text))).toBe(text);
    }
    expect(partialToCslDate('2019-03')).toEqual({ 'date-parts': [[2019, 3]] });
    expect(partialToCslDate('1990~')).toEqual({ 'date-parts': [[1990]], circa: true });
  });
});

describe('a date in the right shape that does not exist', () => {
  it('says which part is wrong, not only the shapes', () => {
    const message = (text: string) => optionalPartialDate.safeParse(text).error?.issues[0]?.message;
    expect(message('2025-02-30')).toBe('must be a day that exists: February 2025 has 28 days (not 30).');
    expect(message('2024-02-30')).toBe('must be a day that exists: February 2024 has 29 days (not 30).');
    expect(message('2025-13')).toBe('must have a month from 01 to 12 (not 13).');
    expect(message('2025-13-01')).toBe('must have a month from 01 to 12 (not 13).');
    expect(message('next week')).toMatch(/^must be a date written as YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(PartialDate.safeParse('2025-21').success).toBe(true); // spring 2025
  });
});
