import { parsePartialDate, type DatePoint } from '../../../electron/core/partial-date';

/**
 * Dates as a desktop app shows them: in the user's language and time zone, a medium date and a short time
 * ("25 Nov 2026, 14:05" in British English, "Nov 25, 2026, 2:05 PM" in American). Where one is shown, the
 * exact value goes beside it in a `<time dateTime>` and its tooltip.
 */
export interface DateFormatOptions {
  /** The user's languages when not given (the browser's, or the system's in Electron). */
  locale?: string | readonly string[] | undefined;
  /** The system's time zone when not given. */
  timeZone?: string | undefined;
}

// A formatter per call, not one kept: one kept would go on using the time zone the system had when it
// was made. The lists that show dates are short.
const formatter = (options: Intl.DateTimeFormatOptions, locale: DateFormatOptions['locale']) =>
  new Intl.DateTimeFormat(locale, options);

const dateTimeFormatter = (options: DateFormatOptions) =>
  formatter(
    { dateStyle: 'medium', timeStyle: 'short', ...(options.timeZone ? { timeZone: options.timeZone } : {}) },
    options.locale,
  );

/**
 * An instant (an ISO 8601 timestamp such as a last-edit time) as a medium date and a short time, in the
 * user's time zone. Text that is not a date comes back as it is, never as "Invalid Date".
 */
export function formatDateTime(iso: string, options: DateFormatOptions = {}): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return iso;
  return dateTimeFormatter(options).format(date);
}

/**
 * What formatDateTime shows, cut where the time begins ("25 Nov 2026," and "14:05"): a narrow column can
 * then put the time under the date, and break inside neither.
 */
export function formatDateTimeParts(
  iso: string,
  options: DateFormatOptions = {},
): { date: string; time: string } {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return { date: iso, time: '' };
  const parts = dateTimeFormatter(options).formatToParts(date);
  // The time starts at its hour, or at "AM"/"PM" where a language puts that first.
  const at = parts.findIndex((p) => p.type === 'hour' || p.type === 'dayPeriod');
  const text = (list: Intl.DateTimeFormatPart[]) => list.map((p) => p.value).join('');
  if (at <= 0) return { date: text(parts), time: '' };
  return { date: text(parts.slice(0, at)).trimEnd(), time: text(parts.slice(at)) };
}

/**
 * A calendar day (`YYYY-MM-DD`, such as a briefing's date) as a medium date: the same day in every time
 * zone (it is not an instant). Anything else, or a day that does not exist, comes back as it is.
 */
export function formatDate(day: string, options: Pick<DateFormatOptions, 'locale'> = {}): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  // 2025-02-30 would roll over to March: not a day, so shown as written.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return day;
  return formatter({ dateStyle: 'medium', timeZone: 'UTC' }, options.locale).format(date);
}

const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/** One end of a partial date in the same medium style: "3 Dec 2026", "Dec 2026", "2026", "spring 2026". */
function formatPoint(p: DatePoint, locale: DateFormatOptions['locale']): string {
  const utc = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  // Years before 100 would be read as 19xx by Date.UTC: set the year itself.
  utc.setUTCFullYear(p.year);
  if (p.season !== undefined) return `${SEASONS[p.season - 1]} ${p.year}`;
  if (p.month === undefined) return formatter({ year: 'numeric', timeZone: 'UTC' }, locale).format(utc);
  if (p.day === undefined)
    return formatter({ month: 'short', year: 'numeric', timeZone: 'UTC' }, locale).format(utc);
  return formatter({ dateStyle: 'medium', timeZone: 'UTC' }, locale).format(utc);
}

/**
 * A date as people give it (a fact's event date, a source's publication: `2026-12-03`, `2026-12`,
 * `2026`, `1990~`, `2019-03/2019-05`) in the same medium style as {@link formatDate}: "3 Dec 2026",
 * "Dec 2026", "2026", "c. 1990", "Mar 2019 – May 2019". What is not such a date comes back as it is.
 */
export function formatPartialDateMedium(
  text: string,
  options: Pick<DateFormatOptions, 'locale'> = {},
): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  const start = formatPoint(d.start, options.locale);
  const shown = d.end ? `${start} – ${formatPoint(d.end, options.locale)}` : start;
  return d.isApproximate ? `c. ${shown}` : shown;
}
