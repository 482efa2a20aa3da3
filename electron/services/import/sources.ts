import { plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { AppError } from '../../core/errors';
import type { ImportPreview, ImportProblem, ImportReport, SourceFileFormat } from '../../contract/api';
import type { Store } from '../store/store';
import { ImportBatch } from './batch';
import { assertImportText } from './limits';
import { planSourceImport, previewOf, type SourceEntry } from './source-entries';

export type SourceFormat = SourceFileFormat;

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

/**
 * The line where each top-level object of a JSON array starts (1-based), so problems can point into
 * the user's file. A small scanner (strings and nesting), not a second parse.
 */
export function jsonEntryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
    if (expectValue && depth === 1 && !isSpace && c !== 93) {
      lines.push(line);
      expectValue = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1 && c === 91) expectValue = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectValue = true;
  }
  return lines;
}

/** The entries of a CSL-JSON, BibTeX or RIS file, each with the line it starts on. */
export function readSourceEntries(text: string, format: SourceFormat): SourceEntry[] {
  if (format === 'csl-json') {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new AppError('invalid_file', `This is not valid CSL-JSON: ${(error as Error).message}.`);
    }
    if (Array.isArray(data)) {
      const lines = jsonEntryLines(text);
      const linesFit = lines.length === data.length;
      return data.map((item, i) => ({
        item,
        ...(linesFit ? { line: lines[i] } : {}),
        problems: [],
      }));
    }
    if (data && typeof data === 'object') {
      // pandoc's and some tools' {"references": [...]} wrapper.
      const refs = (data as { references?: unknown }).references;
      if (Array.isArray(refs)) return refs.map((item) => ({ item, problems: [] }));
      return [{ item: data, line: 1, problems: [] }];
    }
    throw new AppError('invalid_file', 'This is not CSL-JSON: expected a list of items ([{…}, …]).');
  }
  if (format === 'ris') assertRisRecordsClosed(text);
  const items = parseWithCitationJs(text, format);
  const lines = entryLines(text, format);
  const linesFit = lines.length === items.length;
  return items.map((item, i) => ({ item, ...(linesFit ? { line: lines[i] } : {}), problems: [] }));
}

function parseWithCitationJs(text: string, format: 'bibtex' | 'ris'): CslData[] {
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
  // citation-js gives RIS entries temporary ids; the citation key of BibTeX is kept as the item id.
  return items.map((item) => {
    const { _graph: _g, reporter, ...rest } = item as CslData & { _graph?: unknown; reporter?: unknown };
    // citation-js's RIS reader puts a news item's AU in a non-CSL `reporter` string: it is the author.
    if (reporter !== undefined && rest.author === undefined)
      (rest as Record<string, unknown>).author = Array.isArray(reporter) ? reporter : [reporter];
    else if (reporter !== undefined) (rest as Record<string, unknown>).reporter = reporter;
    return format === 'ris' ? { ...rest, id: '' } : rest;
  });
}

/** Reads a file and plans its import (nothing is written). */
function planFile(store: Store, format: SourceFormat, text: string) {
  assertImportText(text);
  if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
  return planSourceImport(store, readSourceEntries(text, format));
}

/** What importing this file would do: counts, duplicates and the existing sources they match, problems by line. */
export function previewSources(store: Store, format: SourceFormat, text: string): ImportPreview {
  return previewOf(planFile(store, format, text));
}

/** "Line 12, field URL: had no scheme; read as https://www.example.org." */
export const problemText = (p: ImportProblem): string =>
  `${p.line === undefined ? 'Entry' : `Line ${p.line}`}${p.field ? `, field ${p.field}` : ''}: ${p.message}`;

/**
 * Imports sources from CSL-JSON, BibTeX or RIS in one transaction: what can be imported is, entries
 * that cannot be read are left out and reported, duplicates are reported with the source they match.
 * With `strict`, any problem refuses the whole file and nothing is written.
 */
export function importSources(
  store: Store,
  format: SourceFormat,
  text: string,
  options: { strict?: boolean } = {},
): ImportReport {
  const batch = new ImportBatch(store);
  return batch.run(() => {
    // Planned inside the transaction, so the duplicates it found are still true when it writes.
    const plan = planFile(store, format, text);
    if (options.strict && plan.problems.length > 0) {
      const first = plan.problems[0]!;
      throw new AppError(
        'invalid_input',
        `${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} in the file (strict import: nothing was imported). ${problemText(first)}`,
        first.line === undefined ? undefined : String(first.line),
        plan.problems.slice(0, 100).map((p) => ({ path: String(p.line ?? ''), message: problemText(p) })),
      );
    }
    if (plan.toAdd.length === 0 && plan.duplicates.length === 0 && plan.unreadable > 0) {
      const first = plan.problems.find((p) => p.severity === 'error');
      throw new AppError(
        'invalid_file',
        `No entry in this file can be read${first ? `: ${problemText(first)}` : '.'}`,
        first?.line === undefined ? undefined : String(first.line),
      );
    }
    for (const p of plan.toAdd) {
      const created = store.createSource(p.input);
      batch.report.sourcesCreated++;
      batch.report.sourceIds.push(created.id);
    }
    batch.report.duplicates.push(...plan.duplicates);
    batch.report.problems.push(...plan.problems);
  });
}
