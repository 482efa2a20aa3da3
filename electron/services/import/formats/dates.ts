// Dates as people write them in reference files, to CSL date-parts at the precision given.
import { daysIn } from '../../../core/partial-date';
import { MONTHS as MONTHS_IN_WORDS } from '../../../core/text';
import type { CslDate } from './types';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janvier: 1,
  januar: 1,
  feb: 2,
  february: 2,
  fevrier: 2,
  februar: 2,
  mar: 3,
  march: 3,
  mars: 3,
  maerz: 3,
  märz: 3,
  apr: 4,
  april: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juin: 6,
  juni: 6,
  jul: 7,
  july: 7,
  juillet: 7,
  juli: 7,
  aug: 8,
  august: 8,
  aout: 8,
  août: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  oktober: 10,
  okt: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  decembre: 12,
  décembre: 12,
  dezember: 12,
  dez: 12,
};
const SEASONS: Record<string, number> = { spring: 1, summer: 2, autumn: 3, fall: 3, winter: 4 };

/** A month written as a number, an English/French/German name or abbreviation; null if it is none. */
export function monthNumber(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  return MONTHS[t] ?? null;
}

type Parts = number[];

/** One EDTF-like date: YYYY, YYYY-MM, YYYY-MM-DD, optionally with ~ (circa) or ? (uncertain); 21–24 are seasons. */
function parsePoint(s: string): { parts: Parts; circa: boolean; season?: number } | null {
  // EDTF's long years, `y` and the digits (`y-123456789`, `y17000002`).
  const long = /^y(-?\d{5,})$/.exec(s.trim());
  if (long) return { parts: [Number(long[1]) <= 0 ? Number(long[1]) - 1 : Number(long[1])], circa: false };
  const m = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.Z+-]*)?\s*([~?%]*)$/.exec(s.trim());
  if (!m) return null;
  // EDTF counts years astronomically (0 = 1 BC); CSL writes 1 BC as -1.
  const year = Number(m[1]) <= 0 ? Number(m[1]) - 1 : Number(m[1]);
  const circa = /[~%?]/.test(m[4] ?? '');
  if (m[2] === undefined) return { parts: [year], circa };
  const month = Number(m[2]);
  if (month >= 21 && month <= 24 && m[3] === undefined) return { parts: [year], circa, season: month - 20 };
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { parts: [year, month], circa };
  const day = Number(m[3]);
  if (day < 1 || day > 31) return null;
  return { parts: [year, month, day], circa };
}

/**
 * EDTF's unspecified digits (X, or u in older EDTF): `199X` is a decade and `19XX` a century (a range,
 * as pandoc reads them); `1999-XX` and `1999-XX-XX` are the year, `1999-01-XX` the month.
 */
function unspecifiedDigits(s: string): CslDate | null {
  const decade = /^(\d{2,3})([Xu]{1,2})$/.exec(s);
  if (decade && s.length === 4) {
    const digits = decade[1]!;
    const pad = (c: string) => Number(digits + c.repeat(4 - digits.length));
    return { 'date-parts': [[pad('0')], [pad('9')]] };
  }
  const part = /^(\d{4})-(?:([Xu]{2})(?:-[Xu]{2})?|(\d{2})-[Xu]{2})$/.exec(s);
  if (!part) return null;
  const month = part[3] === undefined ? undefined : Number(part[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  return { 'date-parts': [month === undefined ? [Number(part[1])] : [Number(part[1]), month]] };
}

/**
 * A date written in words: "December 15--18, 1997" (a range of days), "September 9, 2015",
 * "9 September 2015", "March 2019". Null when the text is not one.
 */
export function parseWordDate(text: string): CslDate | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const monthFirst =
    /^(\p{L}{3,})\.? (\d{1,2})(?:st|nd|rd|th)?(?: ?[–—-]+ ?(\d{1,2})(?:st|nd|rd|th)?)?,? (\d{4})$/u.exec(t);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\.?(?: ?[–—-]+ ?(\d{1,2})\.?)? (\p{L}{3,})\.?,? (\d{4})$/u.exec(
    t,
  );
  const monthYear = /^(\p{L}{3,})\.?,? (\d{4})$/u.exec(t);
  const [name, from, to, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3], monthFirst[4]]
    : dayFirst
      ? [dayFirst[3], dayFirst[1], dayFirst[2], dayFirst[4]]
      : monthYear
        ? [monthYear[1], undefined, undefined, monthYear[2]]
        : [];
  const month = name === undefined ? null : monthNumber(name);
  if (!month || year === undefined) return null;
  const y = Number(year);
  if (from === undefined) return { 'date-parts': [[y, month]] };
  const days = [from, to].filter((d): d is string => d !== undefined).map(Number);
  if (days.some((d) => d < 1 || d > 31)) return null;
  return { 'date-parts': days.map((d) => [y, month, d]) };
}

/**
 * A BibLaTeX `date` (EDTF level 1 subset): a point or a range `a/b`, open ranges `a/` and `/b`, `~` for circa.
 * Returns null when the text is not such a date.
 */
export function parseEdtf(text: string): CslDate | null {
  const s = text.trim();
  if (!s) return null;
  const unspecified = unspecifiedDigits(s);
  if (unspecified) return unspecified;
  const [a, b, ...rest] = s.split('/');
  if (rest.length) return null;
  // EDTF writes every year whole: a range's end of one to three digits (`2005/06`) is no year 6.
  if (b !== undefined && /^\d{1,3}$/.test(b.trim())) return null;
  if (b === undefined) {
    const p = parsePoint(a!);
    if (!p) return null;
    return {
      'date-parts': [p.parts],
      ...(p.circa ? { circa: true } : {}),
      ...(p.season ? { season: p.season } : {}),
    };
  }
  // An open or unknown end: `2006/`, `2006/..`, and the older EDTF drafts' `open` and `unknown`.
  const openEnd = (x: string) => ['', '..', '...', '…', 'open', 'unknown'].includes(x.trim().toLowerCase());
  const from = openEnd(a!) ? null : parsePoint(a!);
  const to = openEnd(b) ? null : parsePoint(b);
  if ((!openEnd(a!) && !from) || (!openEnd(b) && !to) || (!from && !to)) return null;
  // CSL writes a range open at its end with an end year 0 (citeproc-js prints "2006–"; so does pandoc).
  if (from && !to) return { 'date-parts': [from.parts, [0]], ...(from.circa ? { circa: true } : {}) };
  if (!from && to) return { 'date-parts': [to.parts], ...(to.circa ? { circa: true } : {}), raw: s };
  // CSL has one `season` for a whole date: a range of seasons keeps each end's season as a month of 13–16
  // (citeproc-js's convention, which pandoc writes too).
  const ends = [from!, to!].map((p) => (p.season ? [...p.parts, 12 + p.season] : p.parts));
  return { 'date-parts': ends, ...(from!.circa || to!.circa ? { circa: true } : {}) };
}

/** A month field that also gives the day, by the month's name: "2 sep", "July 30th", "OCT 1". */
function withDay(month: string): [number, number] | null {
  const t = month.trim();
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?[\s~.,-]*(\p{L}{3,})\.?$/u.exec(t);
  const monthFirst = /^(\p{L}{3,})\.?[\s~.,-]*(\d{1,2})(?:st|nd|rd|th)?$/u.exec(t);
  const [name, day] = dayFirst
    ? [dayFirst[2]!, dayFirst[1]!]
    : monthFirst
      ? [monthFirst[1]!, monthFirst[2]!]
      : [];
  const m = name === undefined ? null : monthNumber(name);
  const d = Number(day);
  if (m && d >= 1 && d <= 31) return [m, d];
  // `month = nov # "~17"`: the month macro becomes its number, so "11 17"; read only where the
  // second number cannot be a month (else which is the day is anyone's guess).
  const numeric = /^(\d{1,2})[\s~.,-]+(\d{1,2})$/.exec(t);
  if (
    numeric &&
    Number(numeric[1]) >= 1 &&
    Number(numeric[1]) <= 12 &&
    Number(numeric[2]) > 12 &&
    Number(numeric[2]) <= 31
  )
    return [Number(numeric[1]), Number(numeric[2])];
  return null;
}

/** Year, month and day fields as BibTeX writes them ("2019", "sep", "5"); null when the year is not a year. */
export function fromYearMonthDay(
  year: string,
  month?: string,
  day?: string,
): { date: CslDate | null; note?: string; original?: CslDate } {
  const y = year.trim();
  // "[2014]": a year the cataloguer supplied (not printed on the work); it is the year.
  const supplied = /^\[(\d{4})\]$/.exec(y);
  if (supplied) return fromYearMonthDay(supplied[1]!, month, day);
  // "[1990] 2002", "2004 [1929]": this edition's year and, in brackets, the original's.
  const bracketed = /^\[(\d{4})\]\s*(\d{4})$/.exec(y) ?? /^(\d{4})\s*\[(\d{4})\]$/.exec(y);
  if (bracketed) {
    const [edition, original] = y.startsWith('[')
      ? [bracketed[2]!, bracketed[1]!]
      : [bracketed[1]!, bracketed[2]!];
    return {
      ...fromYearMonthDay(edition, month, day),
      original: { 'date-parts': [[Number(original)]] },
    };
  }
  // "2009 [Online]", "2009 (accessed)": the year, with a note the file added; the text stays as `raw`.
  const trailing = /^(\d{4})\s*(\[[^\]]*\]|\([^)]*\))$/.exec(y);
  if (trailing) {
    const read = fromYearMonthDay(trailing[1]!, month, day);
    const note = `the year "${y}" has a note after it (${trailing[2]}): read as ${trailing[1]}, the text kept`;
    return {
      ...read,
      date: read.date?.['date-parts'] ? { ...read.date, raw: y } : read.date,
      note: read.note ? `${note}; ${read.note}` : note,
    };
  }
  // "2005/06", "1998/9": a range of years whose end gives only its last digits, in the start's century
  // (the next one when the digits are smaller: "1999/00" ends in 2000). Biber keeps such a `year` as
  // text (it warns that it is not an integer); the range is what the writer meant.
  const abbreviated = /^(\d{4})\s*(?:\/|--?|–)\s*(\d{1,2})$/.exec(y);
  if (abbreviated && !/^\d{4}-\d{2}$/.test(y)) {
    const start = Number(abbreviated[1]);
    const unit = 10 ** abbreviated[2]!.length;
    let end = start - (start % unit) + Number(abbreviated[2]);
    if (end < start) end += unit;
    return { date: { 'date-parts': [[start], [end]] } };
  }
  // "2004-- \\ldots", "2004–…": a range with its end left open (CSL: end year 0).
  const openRange = /^(\d{4})\s*(?:--?|–|\/)\s*(?:…|\.\.\.?)$/.exec(y);
  if (openRange) return { date: { 'date-parts': [[Number(openRange[1])], [0]] } };
  const circa = /^(c\.|ca\.?|circa|~)\s*/i.exec(y);
  const core = circa ? y.slice(circa[0].length) : y;
  const ym = /^(-?\d{1,4})([a-z])?$/i.exec(core);
  if (!ym) {
    // "2019-03-05" in a year field, or a range "1990--1995"
    const edtf = parseEdtf(core.replace(/--?/g, (d, i: number) => (i > 4 ? '/' : d)));
    if (edtf) return { date: edtf };
    const range = /^(\d{4})\s*(?:--?|–|\/)\s*(\d{4})$/.exec(core);
    if (range) return { date: { 'date-parts': [[Number(range[1])], [Number(range[2])]] } };
    const words = parseWordDate(core);
    if (words) return { date: words };
    return {
      date: y ? { literal: y } : null,
      note: y ? `the year "${y}" is not a year: kept as written` : undefined,
    };
  }
  const parts: Parts = [Number(ym[1])];
  let note: string | undefined;
  let season: number | undefined;
  if (month?.trim()) {
    const mo = monthNumber(month);
    const seasonNo = SEASONS[month.trim().toLowerCase()];
    if (mo) {
      parts.push(mo);
      if (day?.trim()) {
        const d = Number(day.trim());
        if (Number.isInteger(d) && d >= 1 && d <= 31) parts.push(d);
        else note = `the day "${day}" is not a day: left out`;
      }
    } else if (seasonNo) season = seasonNo;
    else if (withDay(month) && !day?.trim()) parts.push(...withDay(month)!);
    else {
      // "Sep--Oct", "1~sep" and the like: keep the first month we can read, a month's name before a number.
      const first = /[A-Za-z]{3,}/.exec(month) ?? /\d{1,2}/.exec(month);
      const guess = first ? monthNumber(first[0]) : null;
      if (guess) parts.push(guess);
      note = `the month "${month}" is not one month${guess ? `: read as ${guess}` : ': left out'}`;
    }
  }
  return {
    date: {
      'date-parts': [parts],
      ...(circa ? { circa: true } : {}),
      ...(season ? { season } : {}),
      ...(ym[2] ? { raw: y } : {}),
    },
    note,
  };
}

/** Date parts as an ISO date at their precision: [2025, 2] → `2025-02`. */
const iso = (parts: Parts) =>
  [String(parts[0]).padStart(4, '0'), ...parts.slice(1).map((n) => String(n).padStart(2, '0'))].join('-');

/** A part of a date left unsaid: blank, `0`/`00`, or a placeholder of one or two letters (`xx`, `MM`, `??`). */
const UNSAID_PART = /^(?:|0{1,2}|[A-Za-z?_-]{1,2})$/;

/**
 * A date given as year, month and day parts (RIS's `YYYY/MM/DD/`, or `YYYY-MM-DD`): the valid part kept
 * (the year, or the year and month), and when a part was left out because it cannot be one (month 13,
 * 30 February, a day without a month), what was left out. Parts left unsaid (see UNSAID_PART) are only a
 * less precise date. Undefined when the month part is no month at all (`2019/2020` is a range, read as
 * EDTF).
 */
function datePartsOf(
  text: string,
  year: number,
  monthText: string | undefined,
  dayText: string | undefined,
): { parts: Parts; problem?: string } | undefined {
  const m = (monthText ?? '').trim();
  const d = (dayText ?? '').trim();
  const parts: Parts = [year];
  const readAs = () => `read as ${iso(parts)}`;
  const dayUnsaid = UNSAID_PART.test(d);
  if (UNSAID_PART.test(m)) {
    if (dayUnsaid) return { parts };
    return { parts, problem: `"${text}" gives a day without a month; ${readAs()}` };
  }
  const month = /^\d{1,2}$/.test(m) ? Number(m) : (monthNumber(m) ?? undefined);
  if (month === undefined && !/^[\dA-Za-z]{1,3}$/.test(m)) return undefined;
  if (month === undefined || month < 1 || month > 12)
    return {
      parts,
      problem: `"${text}" has no month ${/^\d+$/.test(m) ? Number(m) : `"${m}"`}; ${readAs()}`,
    };
  parts.push(month);
  if (dayUnsaid) return { parts };
  const day = /^\d{1,2}$/.test(d) ? Number(d) : undefined;
  const days = daysIn(year, month);
  if (day === undefined || day < 1 || day > days)
    return {
      parts,
      problem: `"${text}": ${MONTHS_IN_WORDS[month - 1]} ${year} has ${days} days (not ${d}); ${readAs()}`,
    };
  parts.push(day);
  return { parts };
}

/** RIS dates: `2019///`, `2019/03/`, `2019/03/05/Spring`, `2019-03-05`, `2019`, `Mar 2019`. */
export function parseRisDate(text: string): CslDate | null {
  return readRisDate(text).date;
}

/**
 * `parseRisDate`, and what it left out: `2025/13/40` is 2025, with "has no month 13" for the entry's
 * warnings; `2025/xx/yy` and `2025///` are 2025 with nothing to say.
 */
export function readRisDate(text: string): { date: CslDate | null; problem?: string } {
  const s = text.trim();
  if (!s) return { date: null };
  // Year 0000 is how Scopus's RIS export writes "no year".
  if (/^0000(?:\/+)?$/.test(s)) return { date: null };
  const slash = /^(\d{4})(?:\/([^/]*)(?:\/([^/]*)(?:\/(.*))?)?)?$/.exec(s);
  const read = slash && datePartsOf(s, Number(slash[1]), slash[2], slash[3]);
  if (slash && read) {
    const parts = read.parts;
    const other = slash[4]?.trim();
    const season = other ? SEASONS[other.toLowerCase()] : undefined;
    if (other && parts.length === 1 && !read.problem) {
      const mo2 = monthNumber(other.split(/[\s-]/)[0] ?? '');
      if (mo2) parts.push(mo2);
    }
    return {
      date: { 'date-parts': [parts], ...(season ? { season } : {}) },
      ...(read.problem ? { problem: read.problem } : {}),
    };
  }
  const edtf = parseEdtf(s);
  if (edtf) return { date: edtf };
  // `2025-13-01`, `2025-03-xx`: EDTF's shape with a part that is none.
  const dashed = /^(\d{4})-([^-]{1,2})(?:-([^-]{1,2}))?$/.exec(s);
  const dashedRead = dashed && datePartsOf(s, Number(dashed[1]), dashed[2], dashed[3]);
  if (dashedRead)
    return {
      date: { 'date-parts': [dashedRead.parts] },
      ...(dashedRead.problem ? { problem: dashedRead.problem } : {}),
    };
  const numeric = numericDate(s);
  if (numeric) return numeric;
  const words = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(s);
  if (words) {
    const mo = monthNumber(words[2]!);
    const season = SEASONS[words[2]!.toLowerCase()];
    const parts: Parts = [Number(words[4])];
    if (mo) {
      parts.push(mo);
      const d = Number(words[1] ?? words[3] ?? 0);
      if (d >= 1 && d <= 31) parts.push(d);
    }
    return { date: { 'date-parts': [parts], ...(season ? { season } : {}) } };
  }
  const year = /\b(\d{4})\b/.exec(s);
  if (year) return { date: { 'date-parts': [[Number(year[1])]], raw: s } };
  // Kept as written either way; a text that says there is no date yet is not a date misread.
  if (NO_DATE_YET.test(s)) return { date: { literal: s } };
  return {
    date: { literal: s },
    problem: `"${s}" cannot be read as a date: kept as written, the entry has no date to sort or filter by (write it as YYYY or YYYY/MM/DD)`,
  };
}

/** Texts written where a date is not known (yet): "n.d.", "no date", "forthcoming", "in press". */
const NO_DATE_YET =
  /^(?:n\.?\s?d\.?|s\.?\s?d\.?|o\.?\s?J\.?|no date|undated|unknown|forthcoming|in press|in preparation|submitted)$/i;

/** A year given in two digits: this century's unless that is after next year, then the last century's. */
function fullYear(twoDigits: number, now = new Date()): number {
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  return century + twoDigits > now.getUTCFullYear() + 1 ? century - 100 + twoDigits : century + twoDigits;
}

/**
 * Dates written with the numbers in another order than RIS's YYYY/MM/DD:
 * - `25/12/02`: RIS's order with a two-digit year, read as 2025-12-02 and said (the century is a guess,
 *   and the writer may have meant a day-first date);
 * - `02.12.2025`: the dotted European form, always day first: 2 December 2025;
 * - `25/12/2025`, `12/25/2025` (also with `-`): day first or month first where one of the two numbers
 *   cannot be a month; `02/12/2025` could be either, so only its year is read, and said.
 * Null when the text is none of these.
 */
function numericDate(s: string): { date: CslDate; problem?: string } | null {
  const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
  const twoDigitYear = /^(\d{2})\/(\d{1,2})\/(\d{1,2})\/?$/.exec(s);
  if (twoDigitYear) {
    const [y, m, d] = [fullYear(Number(twoDigitYear[1])), Number(twoDigitYear[2]), Number(twoDigitYear[3])];
    if (!valid(y, m, d)) return null;
    return {
      date: { 'date-parts': [[y, m, d]] },
      problem: `"${s}" gives the year in two digits; read in RIS's order (year/month/day) as ${iso([y, m, d])}: write the year in four digits (${y}/${twoDigitYear[2]}/${twoDigitYear[3]}) if that is right`,
    };
  }
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s);
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (valid(y, m, d)) return { date: { 'date-parts': [[y, m, d]] } };
    return {
      date: { 'date-parts': [[y]], raw: s },
      problem: `"${s}" is no day and month (day.month.year); read as ${y}`,
    };
  }
  const slashed = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (!slashed) return null;
  const [a, b, y] = [Number(slashed[1]), Number(slashed[3]), Number(slashed[4])];
  if (a === b && valid(y, a, b)) return { date: { 'date-parts': [[y, a, b]] } };
  if (a > 12 && valid(y, b, a)) return { date: { 'date-parts': [[y, b, a]] } };
  if (b > 12 && valid(y, a, b)) return { date: { 'date-parts': [[y, a, b]] } };
  const why =
    valid(y, b, a) && valid(y, a, b)
      ? `could be day/month or month/day (${a} ${MONTHS_IN_WORDS[b - 1]} or ${MONTHS_IN_WORDS[a - 1]} ${b})`
      : 'is no day and month';
  return {
    date: { 'date-parts': [[y]], raw: s },
    problem: `"${s}" ${why}; read as ${y}: write it as ${y}/MM/DD`,
  };
}
