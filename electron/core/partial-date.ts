import { z } from 'zod';
import type { CslDate } from './csl-item';
import { MONTHS } from './text';

/**
 * Dates as people write them, stored as an EDTF (ISO 8601-2) subset string:
 *   `2019` (year), `2019-03` (month), `2019-03-05` (day), `2019-21` (spring; 22 summer, 23 autumn,
 *   24 winter), `1990~` (approximate), `2019-03/2019-05` (range).
 * One string, so it sorts, indexes and travels as text; `partialDateBounds` gives the first and last
 * day it covers, which is what filters, sorting and the stale-fact rule compare.
 */

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

/** One end of a date: a year, optionally a month or a season (21–24), optionally a day. */
export interface DatePoint {
  year: number;
  month?: number;
  season?: 1 | 2 | 3 | 4;
  day?: number;
}
export interface ParsedPartialDate {
  start: DatePoint;
  /** Present for a range. */
  end?: DatePoint;
  isApproximate: boolean;
}

/** How many days the month has (month 1–12), leap years counted. */
export const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function parsePoint(text: string): DatePoint | undefined {
  const m = POINT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const mm = Number(m[2]);
  if (mm >= 21 && mm <= 24) {
    if (m[3] !== undefined) return undefined;
    return { year, season: (mm - 20) as 1 | 2 | 3 | 4 };
  }
  if (mm < 1 || mm > 12) return undefined;
  if (m[3] === undefined) return { year, month: mm };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, mm)) return undefined;
  return { year, month: mm, day };
}

/** Reads a partial date string; undefined when it is not one. */
export function parsePartialDate(text: string): ParsedPartialDate | undefined {
  const trimmed = text.trim();
  const isApproximate = trimmed.endsWith('~');
  const body = isApproximate ? trimmed.slice(0, -1) : trimmed;
  const [a, b, ...rest] = body.split('/');
  if (a === undefined || rest.length > 0) return undefined;
  const start = parsePoint(a);
  if (!start) return undefined;
  if (b === undefined) return { start, isApproximate };
  const end = parsePoint(b);
  if (!end || pointBounds(end)[1] < pointBounds(start)[0]) return undefined;
  return { start, end, isApproximate };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** First and last day a point covers, as YYYY-MM-DD. Winter runs December to February. */
function pointBounds(p: DatePoint): [string, string] {
  if (p.day !== undefined && p.month !== undefined) {
    const d = iso(p.year, p.month, p.day);
    return [d, d];
  }
  if (p.month !== undefined) return [iso(p.year, p.month, 1), iso(p.year, p.month, daysIn(p.year, p.month))];
  if (p.season !== undefined) {
    const first = p.season * 3; // spring March, summer June, autumn September, winter December
    const lastMonth = p.season === 4 ? 2 : first + 2;
    const lastYear = p.season === 4 ? p.year + 1 : p.year;
    return [iso(p.year, first, 1), iso(lastYear, lastMonth, daysIn(lastYear, lastMonth))];
  }
  return [iso(p.year, 1, 1), iso(p.year, 12, 31)];
}

/**
 * The first and last day a partial date covers (YYYY-MM-DD): `2019` → 2019-01-01…2019-12-31. An
 * approximate date covers what it says; filters treat "circa" as the date written.
 */
export function partialDateBounds(text: string): { start: string; end: string } | undefined {
  const d = parsePartialDate(text);
  if (!d) return undefined;
  return { start: pointBounds(d.start)[0], end: pointBounds(d.end ?? d.start)[1] };
}

/** A date for the zod boundaries: any partial date (a full YYYY-MM-DD day is one). */
const PARTIAL_DATE_MESSAGE =
  'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-12 or 2025-12-15); a range as 2019/2020, approximate as 1990~.';
/** What is wrong with a date written in the right shape ("2025-02-30"), in words; else the shapes. */
export function partialDateProblem(text: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    const isSeason = day === undefined && month >= 21 && month <= 24;
    if (!isSeason && (month < 1 || month > 12)) return `must have a month from 01 to 12 (not ${m[2]}).`;
    if (day !== undefined && (day < 1 || day > daysIn(year, month)))
      return `must be a day that exists: ${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days (not ${m[3]}).`;
  }
  return PARTIAL_DATE_MESSAGE;
}

export const PartialDate = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v) !== undefined, {
    error: (issue) =>
      typeof issue.input === 'string' ? partialDateProblem(issue.input) : PARTIAL_DATE_MESSAGE,
  });

/** Optional partial date: an empty string becomes undefined. */
export const optionalPartialDate = z
  .union([z.literal(''), PartialDate], { error: PARTIAL_DATE_MESSAGE })
  .transform((v) => (v === '' ? undefined : v))
  .optional();

function formatPoint(p: DatePoint, withYear = true): string {
  const year = withYear ? ` ${p.year}` : '';
  if (p.season !== undefined) return `${SEASONS[p.season - 1]}${year}`;
  if (p.month === undefined) return String(p.year);
  const month = MONTHS[p.month - 1] ?? '';
  return p.day === undefined ? `${month}${year}` : `${p.day} ${month}${year}`;
}

/** "15 December 2025", "December 2025", "2025", "spring 2019", "c. 1990", "March–May 2019", "2019–2020". */
export function formatPartialDate(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  let out: string;
  if (!d.end) out = formatPoint(d.start);
  else if (d.start.year === d.end.year && d.start.month !== undefined && d.end.month !== undefined)
    out =
      d.start.month === d.end.month && d.start.day !== undefined && d.end.day !== undefined
        ? `${d.start.day}–${formatPoint(d.end)}`
        : `${formatPoint(d.start, false)}–${formatPoint(d.end)}`;
  else out = `${formatPoint(d.start)}–${formatPoint(d.end)}`;
  return d.isApproximate ? `c. ${out}` : out;
}

/** The year a partial date starts in, for "(Reuters, 2019)" and library cards. */
export function partialDateYear(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parsePartialDate(text)?.start.year;
}

/* ------------------------------------------------------------------------------------------------ */
/* CSL dates                                                                                        */

const toInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

function pointFromParts(parts: unknown, season: unknown): string | undefined {
  if (!Array.isArray(parts)) return undefined;
  const [y, m, d] = parts.map(toInt);
  if (y === undefined || y < 0 || y > 9999) return undefined;
  let out = pad(y, 4);
  if (m !== undefined && m >= 1 && m <= 12) {
    out += `-${pad(m)}`;
    if (d !== undefined && d >= 1 && d <= daysIn(y, m)) out += `-${pad(d)}`;
  } else if (m !== undefined && m >= 13 && m <= 16) {
    out += `-${m + 8}`; // citeproc-js's convention: months 13–16 are the seasons
  } else if (m === undefined) {
    const s = seasonNumber(season);
    if (s) out += `-${20 + s}`;
  }
  return parsePoint(out) ? out : undefined;
}

function seasonNumber(season: unknown): number | undefined {
  const n = toInt(season);
  if (n !== undefined && n >= 1 && n <= 4) return n;
  if (typeof season !== 'string') return undefined;
  const word = season.trim().toLowerCase();
  const i = SEASONS.indexOf(word === 'fall' ? 'autumn' : word);
  return i < 0 ? undefined : i + 1;
}

const MONTH_WORDS = new Map(
  MONTHS.flatMap((m, i) => [
    [m.toLowerCase(), i + 1],
    [m.slice(0, 3).toLowerCase(), i + 1],
  ]),
);

/** Reads the `raw` dates tools write: "2019", "2019-03", "2019/03/05", "March 2019", "1990~", "2019/2020". */
function fromRaw(raw: string): string | undefined {
  const text = raw.trim();
  if (parsePartialDate(text)) return text;
  const circa = /^(?:c\.|ca\.?|circa)\s*(.+)$/i.exec(text);
  if (circa?.[1]) {
    const inner = fromRaw(circa[1]);
    return inner && !inner.endsWith('~') ? `${inner}~` : inner;
  }
  const slashed = /^(\d{4})(?:[/.-](\d{1,2})(?:[/.-](\d{1,2}))?)?[/.-]*$/.exec(text);
  if (slashed)
    return pointFromParts(
      [slashed[1], slashed[2], slashed[3]].filter((p) => p !== undefined),
      undefined,
    );
  const worded = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(text);
  if (worded?.[2]) {
    const season = seasonNumber(worded[2]);
    if (season && !worded[1] && !worded[3]) return `${worded[4]}-${20 + season}`;
    const month = MONTH_WORDS.get(worded[2].toLowerCase());
    if (month) return pointFromParts([worded[4], month, worded[1] ?? worded[3]].filter(Boolean), undefined);
  }
  const range = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(text);
  if (range) return `${range[1]}/${range[2]}`;
  return undefined;
}

/**
 * A CSL date (or a bare string) as a partial date string: date-parts (one, or two for a range), a
 * season, circa, or `raw`. Undefined for `literal` dates ("n.d.", "Ming dynasty") and unreadable ones,
 * which stay in the item as they came.
 */
export function cslDateToPartial(value: unknown): string | undefined {
  if (typeof value === 'string') return fromRaw(value);
  if (typeof value === 'number') return fromRaw(String(value));
  if (!value || typeof value !== 'object') return undefined;
  const d = value as CslDate;
  let out: string | undefined;
  const parts = d['date-parts'];
  if (Array.isArray(parts) && parts.length > 0) {
    const start = pointFromParts(parts[0], d.season);
    const end = parts.length > 1 ? pointFromParts(parts[1], undefined) : undefined;
    out = start && end && end !== start ? `${start}/${end}` : start;
    if (out && !parsePartialDate(out)) out = start;
  } else if (typeof d.raw === 'string') out = fromRaw(d.raw);
  if (!out) return undefined;
  const circa = d.circa;
  const isCirca = circa !== undefined && circa !== false && circa !== 0 && circa !== '' && circa !== 'false';
  return isCirca && !out.endsWith('~') ? `${out}~` : out;
}

function pointToParts(p: DatePoint): CslDate['date-parts'] extends (infer T)[] | undefined ? T : never {
  if (p.day !== undefined && p.month !== undefined) return [p.year, p.month, p.day];
  if (p.month !== undefined) return [p.year, p.month];
  return [p.year];
}

/** A partial date as a CSL date: date-parts, with `season` and `circa` where they apply. */
export function partialToCslDate(text: string): CslDate | undefined {
  const d = parsePartialDate(text);
  if (!d) return undefined;
  const out: CslDate = {
    'date-parts': d.end ? [pointToParts(d.start), pointToParts(d.end)] : [pointToParts(d.start)],
  };
  if (d.start.season !== undefined) out.season = d.start.season;
  if (d.isApproximate) out.circa = true;
  return out;
}
