// CSL-JSON as Zotero, pandoc and citation-js write it → CSL 1.0.2 items. Each item of the top-level array
// is cut out by a scanner (which also gives its line and refuses absurd nesting) and parsed on its own,
// so one broken item is named and skipped instead of refusing the whole file.
import { withoutBom } from '../../../core/decode-text';
import { parseEdtf } from './dates';
import { bodyNameKeptWhole, givenReadsAsBody } from './names';
import { LineIndex } from './bib-split';
import {
  CSL_DATE_VARIABLES,
  CSL_NAME_VARIABLES,
  CSL_TYPES,
  type CslDate,
  type CslItem,
  type CslName,
  type EntryProblem,
  type ParsedFile,
} from './types';

const MAX_DEPTH = 64;
const TYPE_SET = new Set<string>(CSL_TYPES);
/** Spellings other programs use for standard variables. */
const RENAMES: Record<string, string> = {
  doi: 'DOI',
  url: 'URL',
  isbn: 'ISBN',
  issn: 'ISSN',
  pmid: 'PMID',
  pmcid: 'PMCID',
  'container-title-abbreviation': 'container-title-short',
  shortTitle: 'title-short',
  journalAbbreviation: 'container-title-short',
};
/** Types from CSL 1.0.1 and earlier, or other programs, that have a 1.0.2 name. */
const TYPE_RENAMES: Record<string, string> = {
  'journal-article': 'article-journal',
  'book-chapter': 'chapter',
  'proceedings-article': 'paper-conference',
  'conference-paper': 'paper-conference',
  'web-page': 'webpage',
  'blog-post': 'post-weblog',
  journal: 'periodical',
  dissertation: 'thesis',
  'reference-entry': 'entry',
  'posted-content': 'article',
  monograph: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  'book-section': 'chapter',
  'book-part': 'chapter',
};

interface Slice {
  start: number;
  end: number;
  /** The file ends inside this element: it was cut off. */
  isCutOff?: true;
}

/** The top-level elements of a JSON array, by offsets; with the depth check that stops JSON bombs. */
function scanArray(text: string, from: number): { items: Slice[]; error?: { at: number; message: string } } {
  const items: Slice[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      if (depth === 1 && start === -1) start = i;
      continue;
    }
    if (c === 91 || c === 123) {
      if (depth === 1 && start === -1) start = i;
      depth++;
      if (depth > MAX_DEPTH)
        return { items, error: { at: i, message: `nesting deeper than ${MAX_DEPTH} levels` } };
      continue;
    }
    if (c === 93 || c === 125) {
      // A scalar element ([1], ["x"]) ends at the closing bracket of the list.
      if (depth === 1 && start !== -1) {
        items.push({ start, end: i });
        start = -1;
      }
      depth--;
      if (depth === 1 && start !== -1) {
        items.push({ start, end: i + 1 });
        start = -1;
      }
      if (depth === 0) return { items };
      continue;
    }
    if (depth === 1) {
      if (c === 44) {
        if (start !== -1) items.push({ start, end: i });
        start = -1;
      } else if (c > 32 && start === -1) start = i;
    }
  }
  if (start !== -1) items.push({ start, end: text.length, isCutOff: true });
  return {
    items,
    error: { at: text.length, message: 'ends before the list of items is closed: the file may be cut off' },
  };
}

function toNumberIfNumeric(v: unknown): unknown {
  return typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v;
}

function normaliseDate(v: unknown, field: string, problems: EntryProblem[]): CslDate | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'string' || typeof v === 'number') {
    const d = parseEdtf(String(v));
    if (d) return d;
    problems.push({
      field,
      severity: 'warning',
      message: `the date "${v}" is not an ISO date: kept as written`,
    });
    return { literal: String(v) };
  }
  if (typeof v !== 'object' || Array.isArray(v)) {
    problems.push({ field, severity: 'warning', message: `${field} is not a date: left out` });
    return undefined;
  }
  const d = { ...(v as Record<string, unknown>) } as CslDate & Record<string, unknown>;
  if (Array.isArray(d['date-parts'])) {
    const parts = (d['date-parts'] as unknown[])
      .filter(Array.isArray)
      .map((p, i) => {
        const all = (p as unknown[]).map(toNumberIfNumeric);
        // An end of [0] is a range open at its end (CSL's way of writing "1987–"): kept.
        if (i === 1 && all.length === 1 && all[0] === 0) return [0];
        const kept = all.filter((x) => x !== '' && x !== null && x !== 0) as (string | number)[];
        // A negative month (or day) is no month: the year stays.
        const bad = kept.findIndex((x, j) => j > 0 && typeof x === 'number' && x < 0);
        return bad === -1 ? kept : kept.slice(0, bad);
      })
      .filter((p) => p.length);
    if (parts.length) d['date-parts'] = parts;
    else delete d['date-parts'];
  } else if (typeof d.raw === 'string' && !d.literal) {
    const parsed = parseEdtf(d.raw);
    if (parsed?.['date-parts']) d['date-parts'] = parsed['date-parts'];
    // Said as BibLaTeX's "Spring 2021" is: the preview may show a year read out of it, but the date
    // itself is only text ("circa 1999").
    else if (d.raw.trim())
      problems.push({
        field,
        severity: 'warning',
        message: `the date "${d.raw.trim().slice(0, 80)}" is not an ISO date: kept as written`,
      });
  }
  if (!d['date-parts'] && !d.literal && !d.raw) {
    problems.push({ field, severity: 'warning', message: `${field} has no date in it: left out` });
    return undefined;
  }
  return d;
}

function normaliseName(v: unknown, field: string, problems: EntryProblem[]): CslName | null {
  if (typeof v === 'string') return v.trim() ? { literal: v.trim() } : null;
  if (!v || typeof v !== 'object') return null;
  const n = { ...(v as Record<string, unknown>) };
  // An organisation split at its comma by the exporting program ({family: "Foreign", given:
  // "Commonwealth & Development Office"}): one name, kept whole as written, and said so.
  if (typeof n.family === 'string' && typeof n.given === 'string' && givenReadsAsBody(n.given)) {
    const whole = `${n.family.trim()}, ${n.given.trim()}`;
    problems.push({ field, severity: 'warning', message: bodyNameKeptWhole(whole) });
    return { literal: whole };
  }
  // CSL test-suite / citeproc-js: isInstitution marks an organisation written in `family`.
  if (n.isInstitution && n.family && !n.given) {
    n.literal = n.family;
    delete n.family;
    delete n.isInstitution;
  }
  if (typeof n.name === 'string' && !n.family && !n.literal) {
    n.literal = n.name;
    delete n.name;
  }
  return n as CslName;
}

function normaliseItem(raw: unknown, index: number, problems: EntryProblem[]): CslItem | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ severity: 'error', message: 'this element is not an item (an object with a type)' });
    return null;
  }
  const src = raw as Record<string, unknown>;
  const item: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) item[RENAMES[k] && !(RENAMES[k]! in src) ? RENAMES[k]! : k] = v;
  if (item.id === undefined || item.id === null || item.id === '') {
    item.id = `csl-${index + 1}`;
  }
  let type = typeof item.type === 'string' ? item.type.trim() : '';
  if (!TYPE_SET.has(type)) {
    const renamed = TYPE_RENAMES[type.toLowerCase()];
    if (renamed) type = renamed;
    else {
      problems.push({
        field: 'type',
        severity: 'warning',
        message: type ? `"${type}" is not a CSL type: read as a document` : 'no type: read as a document',
      });
      if (type) item.custom = { ...((item.custom as object) ?? {}), originalType: type };
      type = 'document';
    }
  }
  item.type = type;
  for (const v of CSL_NAME_VARIABLES) {
    if (item[v] === undefined) continue;
    const list = Array.isArray(item[v]) ? (item[v] as unknown[]) : [item[v]];
    const names = list
      .map((n) => normaliseName(n, v, problems))
      .filter((n): n is CslName => !!n && Object.keys(n).length > 0);
    if (names.length) item[v] = names;
    else delete item[v];
  }
  for (const v of CSL_DATE_VARIABLES) {
    if (item[v] === undefined) continue;
    const d = normaliseDate(item[v], v, problems);
    if (d) item[v] = d;
    else delete item[v];
  }
  if (typeof item.URL === 'string' && item.URL && !/^[a-z][a-z0-9+.-]*:/i.test(item.URL)) {
    const before = item.URL;
    item.URL = before.startsWith('//') ? `https:${before}` : `https://${before}`;
    problems.push({
      field: 'URL',
      severity: 'warning',
      message: `the URL "${before}" has no scheme: read as ${String(item.URL)}`,
    });
  }
  if (typeof item.DOI === 'string')
    item.DOI = item.DOI.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').trim();
  return item as CslItem;
}

function positionOf(message: string): number | null {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : null;
}

/** Reads CSL-JSON: an array of items (or one item, or `{ "items": [...] }`). */
export function parseCslJson(source: string): ParsedFile {
  const file: ParsedFile = { entries: [], problems: [] };
  const text = withoutBom(source);
  const lines = new LineIndex(text);
  const first = text.search(/\S/);
  if (first === -1) {
    file.problems.push({ severity: 'error', message: 'The file is empty.' });
    return file;
  }
  if (text[first] === '{') {
    let whole: unknown;
    const scan = scanArray(`[${text.slice(first)}]`, 0);
    if (scan.error && scan.error.message.startsWith('nesting')) {
      file.problems.push({
        line: lines.lineOf(Math.max(0, first + scan.error.at - 1)),
        severity: 'error',
        message: `The JSON has ${scan.error.message}: not a CSL-JSON file.`,
      });
      return file;
    }
    try {
      whole = JSON.parse(text);
    } catch (e) {
      const at = positionOf((e as Error).message);
      file.problems.push({
        ...(at !== null ? { line: lines.lineOf(at) } : {}),
        severity: 'error',
        message: `The file is not valid JSON: ${(e as Error).message}`,
      });
      return file;
    }
    const list =
      whole && typeof whole === 'object' && Array.isArray((whole as { items?: unknown }).items)
        ? (whole as { items: unknown[] }).items
        : [whole];
    list.forEach((raw, i) => {
      const problems: EntryProblem[] = [];
      const item = normaliseItem(raw, i, problems);
      if (item) file.entries.push({ item, line: lines.lineOf(first), problems });
      else file.problems.push({ line: lines.lineOf(first), ...problems[0]! });
    });
    return file;
  }
  if (text[first] !== '[') {
    file.problems.push({
      line: lines.lineOf(first),
      severity: 'error',
      message: 'The file is not CSL-JSON: it does not start with [ or {.',
    });
    return file;
  }
  const scan = scanArray(text, first);
  const isNested = scan.error?.message.startsWith('nesting') === true;
  const cut = isNested ? undefined : scan.items.find((slice) => slice.isCutOff);
  // A file cut off is said once: on the item it cuts (that one item cannot be read, the ones before it
  // are), or, cut between items, as a warning beside the items read.
  if (scan.error && !cut)
    file.problems.push({
      line: lines.lineOf(Math.min(scan.error.at, text.length - 1)),
      severity: isNested ? 'error' : 'warning',
      message: `The JSON ${isNested ? 'has ' : ''}${scan.error.message}${isNested ? '' : `; the ${scan.items.length === 1 ? 'item' : `${scan.items.length} items`} before the end ${scan.items.length === 1 ? 'is' : 'are'} read`}.`,
    });
  if (isNested) return file;
  scan.items.forEach((slice, i) => {
    const line = lines.lineOf(slice.start);
    if (slice.isCutOff) {
      file.problems.push({
        line,
        severity: 'error',
        message: `The file ends inside the item starting on line ${line}: the file is cut off there, so that item cannot be read${i > 0 ? ` (the ${i === 1 ? 'item' : `${i} items`} before it ${i === 1 ? 'is' : 'are'} read)` : ''}.`,
      });
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.slice(slice.start, slice.end));
    } catch (e) {
      const at = positionOf((e as Error).message);
      const where = at !== null ? lines.lineOf(slice.start + at) : line;
      file.problems.push({
        line,
        severity: 'error',
        message: `the item starting on line ${line} is not valid JSON (near line ${where}): ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
      });
      return;
    }
    const problems: EntryProblem[] = [];
    const item = normaliseItem(raw, i, problems);
    if (item)
      file.entries.push({ item, line, ...(typeof item.id === 'string' ? { key: item.id } : {}), problems });
    else file.problems.push({ line, ...problems[0]! });
  });
  return file;
}
