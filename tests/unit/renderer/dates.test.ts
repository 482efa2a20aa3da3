import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateTimeParts,
  formatPartialDateMedium,
} from '../../../renderer/src/ui/dates';

// ICU puts a narrow no-break space before AM/PM in some versions: compare words, not space characters.
const spaced = (s: string) => s.replace(/\s/g, ' ');
const savedTz = process.env.TZ;

afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('formatDateTime: an instant as a medium date and a short time', () => {
  const iso = '2026-11-25T14:05:09.123Z';

  it('reads as a desktop app shows it, in the language asked for, without seconds', () => {
    expect(formatDateTime(iso, { locale: 'en-GB', timeZone: 'UTC' })).toBe('25 Nov 2026, 14:05');
    expect(spaced(formatDateTime(iso, { locale: 'en-US', timeZone: 'UTC' }))).toBe('Nov 25, 2026, 2:05 PM');
    expect(formatDateTime(iso, { locale: 'de-DE', timeZone: 'UTC' })).toBe('25.11.2026, 14:05');
  });

  it('is the time where the user is, the day included', () => {
    expect(spaced(formatDateTime(iso, { locale: 'en-US', timeZone: 'America/New_York' }))).toBe(
      'Nov 25, 2026, 9:05 AM',
    );
    // 23:30 in London is already the next morning in Tokyo.
    expect(formatDateTime('2026-11-25T23:30:00Z', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe(
      '26 Nov 2026, 08:30',
    );
  });

  it("takes the system's time zone and the user's language when given none", () => {
    process.env.TZ = 'Asia/Tokyo';
    const shown = formatDateTime('2026-11-25T23:30:00Z', { locale: 'en-GB' });
    expect(shown).toBe('26 Nov 2026, 08:30');
    // And follows the system when its zone changes while the app runs.
    process.env.TZ = 'America/New_York';
    expect(formatDateTime('2026-11-25T23:30:00Z', { locale: 'en-GB' })).toBe('25 Nov 2026, 18:30');
    expect(formatDateTime(iso)).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    );
  });

  it('gives back what is not a date as it is, never "Invalid Date"', () => {
    expect(formatDateTime('not a date', { locale: 'en-GB' })).toBe('not a date');
    expect(formatDateTime('', { locale: 'en-GB' })).toBe('');
  });
});

describe('formatDateTimeParts: the same text, cut where the time begins', () => {
  const iso = '2026-11-25T14:05:09.123Z';

  it('gives the date (with its separator) and the time', () => {
    expect(formatDateTimeParts(iso, { locale: 'en-GB', timeZone: 'UTC' })).toEqual({
      date: '25 Nov 2026,',
      time: '14:05',
    });
    const us = formatDateTimeParts(iso, { locale: 'en-US', timeZone: 'UTC' });
    expect([us.date, spaced(us.time)]).toEqual(['Nov 25, 2026,', '2:05 PM']);
    // Korean puts "PM" (오후) before the hour: it belongs to the time.
    expect(formatDateTimeParts(iso, { locale: 'ko-KR', timeZone: 'UTC' })).toEqual({
      date: '2026. 11. 25.',
      time: '오후 2:05',
    });
  });

  it('reads, put back together, as formatDateTime does, in any language', () => {
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ko-KR', 'zh-CN', 'ar-EG', 'he-IL']) {
      const { date, time } = formatDateTimeParts(iso, { locale, timeZone: 'Europe/Paris' });
      expect(spaced(`${date} ${time}`), locale).toBe(
        spaced(formatDateTime(iso, { locale, timeZone: 'Europe/Paris' })),
      );
    }
  });

  it('gives back what is not a date as it is', () => {
    expect(formatDateTimeParts('soon', { locale: 'en-GB' })).toEqual({ date: 'soon', time: '' });
  });
});

describe('formatDate: a calendar day as a medium date', () => {
  it('reads as a desktop app shows it', () => {
    expect(formatDate('2025-12-16', { locale: 'en-GB' })).toBe('16 Dec 2025');
    expect(formatDate('2025-12-16', { locale: 'en-US' })).toBe('Dec 16, 2025');
    expect(formatDate('2025-12-16', { locale: 'fr-FR' })).toBe('16 déc. 2025');
  });

  it('is the same day in every time zone (a day, not midnight UTC shown in local time)', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(formatDate('2025-12-16', { locale: 'en-GB' }), tz).toBe('16 Dec 2025');
      expect(formatDate('2025-01-01', { locale: 'en-GB' }), tz).toBe('1 Jan 2025');
    }
  });

  it('gives back what is not a day as it is', () => {
    expect(formatDate('2025-02-30', { locale: 'en-GB' })).toBe('2025-02-30');
    expect(formatDate('16/12/2025', { locale: 'en-GB' })).toBe('16/12/2025');
    expect(formatDate('', { locale: 'en-GB' })).toBe('');
  });
});

describe('formatPartialDateMedium: a date as people give it, in the same medium style', () => {
  it('shows a day, a month, a year, a season, an approximate date and a range', () => {
    const gb = { locale: 'en-GB' };
    expect(formatPartialDateMedium('2026-12-03', gb)).toBe('3 Dec 2026');
    expect(formatPartialDateMedium('2026-12-03', gb)).toBe(formatDate('2026-12-03', gb));
    expect(formatPartialDateMedium('2026-12', gb)).toBe('Dec 2026');
    expect(formatPartialDateMedium('2026', gb)).toBe('2026');
    expect(formatPartialDateMedium('2019-21', gb)).toBe('spring 2019');
    expect(formatPartialDateMedium('1990~', gb)).toBe('c. 1990');
    expect(formatPartialDateMedium('2019-03/2019-05', gb)).toBe('Mar 2019 – May 2019');
  });

  it('gives back what is not such a date as it is', () => {
    expect(formatPartialDateMedium('in press', { locale: 'en-GB' })).toBe('in press');
    expect(formatPartialDateMedium('2025-02-30', { locale: 'en-GB' })).toBe('2025-02-30');
  });
});
