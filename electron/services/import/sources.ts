import { plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { AppError } from '../../core/errors';
import { SourceInput, type CslName } from '../../core/schemas';
import type { ImportReport } from '../../contract/api';
import type { Store } from '../store/store';
import { ImportBatch, rowError } from './batch';
import { assertImportText } from './limits';

export type SourceFormat = 'csl-json' | 'bibtex' | 'ris';

/** Our schema keys, named as a CSL-JSON, BibTeX or RIS user knows them. */
const CSL_FIELD: Record<string, string> = {
  title: 'title',
  outlet: 'container-title',
  published: 'issued',
  accessed: 'accessed',
  url: 'URL',
  authors: 'author',
  language: 'language',
  type: 'type',
};
const fieldName = (key: string) => {
  const [head, ...rest] = key.split('.');
  return [CSL_FIELD[head ?? ''] ?? head, ...rest].join('.');
};

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || undefined;
  return undefined;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A CSL date as YYYY-MM-DD, only when it names a full day (a year alone is not a publication date here). */
function cslDate(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return cslDate({ raw: v });
  if (typeof v !== 'object') return undefined;
  const d = v as { 'date-parts'?: unknown; raw?: unknown };
  const parts = Array.isArray(d['date-parts']) ? (d['date-parts'][0] as unknown) : undefined;
  if (Array.isArray(parts) && parts.length >= 3) {
    const [y, m, day] = parts.map((p) => Number(p));
    if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(day) && y !== undefined && y > 0)
      return `${String(y).padStart(4, '0')}-${pad(m ?? 0)}-${pad(day ?? 0)}`;
  }
  const raw = typeof d.raw === 'string' ? d.raw.trim() : '';
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(raw);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : undefined;
}

/** CSL names, or RIS-style "Family, Given" strings, as our {family, given} / {literal} names. */
function names(v: unknown): CslName[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.flatMap((n): CslName[] => {
    if (typeof n === 'string') {
      const [family, given] = n.split(',', 2).map((s) => s.trim());
      if (!family) return [];
      return given ? [{ family, given }] : [{ literal: family }];
    }
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      const family = str(o.family);
      const given = str(o.given);
      const literal = str(o.literal);
      if (family) return [given ? { family, given } : { family }];
      if (literal) return [{ literal }];
    }
    return [];
  });
}

/** One citation-js item as our source input (before validation). */
export function cslToSourceInput(item: CslData): Record<string, unknown> {
  const outlet =
    str(item['container-title']) ?? str(item.publisher) ?? str(item['collection-title']) ?? 'Unknown outlet';
  const authors = names(item.author ?? item.reporter ?? item.editor);
  const input: Record<string, unknown> = {
    title: str(item.title) ?? '',
    outlet,
    authors,
    type: str(item.type) ?? 'article-newspaper',
  };
  const published = cslDate(item.issued);
  if (published) input.published = published;
  const accessed = cslDate(item.accessed);
  if (accessed) input.accessed = accessed;
  const url = str(item.URL) ?? str(item.url);
  if (url) input.url = url;
  const language = str(item.language);
  if (language) input.language = language;
  return input;
}

/** Line numbers where each entry starts, so errors can point into the user's file. */
function entryLines(text: string, format: SourceFormat): number[] {
  const pattern = format === 'bibtex' ? /^\s*@(?!comment|preamble|string)\w+\s*[{(]/i : /^TY {2}- /;
  if (format === 'csl-json') return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
}

/** A RIS record runs from "TY  - " to "ER  - "; a missing end tag means a truncated or merged file. */
function assertRisRecordsClosed(text: string): void {
  let open: { record: number; line: number } | undefined;
  let record = 0;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const unclosed = (o: { record: number; line: number }) =>
    new AppError(
      'invalid_file',
      `Record ${o.record} (line ${o.line}) has no end tag "ER  - ": each RIS record ends with an "ER  - " line.`,
      String(o.record - 1),
    );
  lines.forEach((line, i) => {
    if (/^TY {2}-/.test(line)) {
      if (open) throw unclosed(open);
      record++;
      open = { record, line: i + 1 };
    } else if (/^ER {2}-/.test(line)) open = undefined;
  });
  if (open) throw unclosed(open);
}

function parseItems(text: string, format: SourceFormat): CslData[] {
  if (format === 'csl-json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new AppError('invalid_file', `This is not valid CSL-JSON: ${(error as Error).message}.`);
    }
    const list = Array.isArray(data) ? data : [data];
    list.forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item))
        throw new AppError('invalid_file', `Entry ${i + 1} is not a CSL-JSON object.`, `${i}`);
    });
    return list as CslData[];
  }
  if (format === 'ris') assertRisRecordsClosed(text);
  const forceType = format === 'bibtex' ? '@bibtex/text' : '@ris/file';
  let items: CslData[];
  try {
    items = plugins.input.chain(text, { forceType, generateGraph: false });
  } catch (error) {
    const label = format === 'bibtex' ? 'BibTeX' : 'RIS';
    const detail =
      error instanceof RangeError
        ? 'it nests braces or fields too deeply.'
        : ((error as Error).message ?? String(error)).split('\n')[0];
    throw new AppError('invalid_file', `This ${label} file could not be read: ${detail}`);
  }
  if (!Array.isArray(items) || items.length === 0) {
    throw new AppError(
      'invalid_file',
      format === 'bibtex'
        ? 'No BibTeX entries found: each entry starts with @article{…}, @book{…} or similar.'
        : 'No RIS records found: each record starts with a "TY  - " line and ends with "ER  - ".',
    );
  }
  return items;
}

/** Imports sources from CSL-JSON, BibTeX or RIS, in one transaction. */
export function importSources(store: Store, format: SourceFormat, text: string): ImportReport {
  assertImportText(text);
  if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
  const items = parseItems(text, format);
  const lines = entryLines(text, format);
  const label = format === 'ris' ? 'Record' : 'Entry';
  // Validate everything first so a bad entry is reported before anything is written.
  const parsed = items.map((item, i) => {
    const line = lines.length === items.length ? lines[i] : undefined;
    const where = line === undefined ? `${label} ${i + 1}` : `${label} ${i + 1} (line ${line})`;
    const result = SourceInput.safeParse(cslToSourceInput(item));
    if (!result.success) throw rowError(where, result.error, String(i), fieldName);
    return { data: result.data, line: line ?? i + 1, where };
  });
  const batch = new ImportBatch(store);
  return batch.run(() => {
    for (const p of parsed) batch.addSource(p.data, p.line, p.where);
  });
}
