import { AppError } from '../../core/errors';
import type { ImportPreview, ImportProblem, ImportReport, SourceFileFormat } from '../../contract/api';
import type { Store } from '../store/store';
import { ImportBatch } from './batch';
import { PARSERS } from './formats';
import { assertImportText } from './limits';
import { planSourceImport, previewOf, type SourceEntry } from './source-entries';

export type SourceFormat = SourceFileFormat;

const LABEL: Record<SourceFormat, string> = {
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
  biblatex: 'BibLaTeX',
  ris: 'RIS',
  'endnote-xml': 'EndNote XML',
};

const NOTHING_FOUND: Record<SourceFormat, string> = {
  'csl-json': 'No CSL-JSON items found: expected a list of items ([{…}, …]).',
  bibtex: 'No BibTeX entries found: each entry starts with @article{…}, @book{…} or similar.',
  biblatex: 'No BibLaTeX entries found: each entry starts with @article{…}, @book{…} or similar.',
  ris: 'No RIS records found: each record starts with a "TY  - " line and ends with "ER  - ".',
  'endnote-xml': 'No EndNote records found: expected <xml><records><record>…</record></records></xml>.',
};

/** What a reference file holds: every entry (readable or not) with its own line, and file-level warnings. */
export interface SourceFile {
  entries: SourceEntry[];
  /** Warnings that belong to no entry (an unreadable @string, a line outside any RIS record). */
  problems: ImportProblem[];
}

/**
 * The entries of a reference file, read by the format parsers in ./formats (BibTeX and BibLaTeX by
 * @retorquere/bibtex-parser, RIS, CSL-JSON, EndNote XML), each with the line it starts on. An entry
 * the parser could not read is kept as an entry with an error, so the preview names it and counts it
 * as unreadable; the other entries are unaffected.
 */
export function readSourceEntries(text: string, format: SourceFormat): SourceFile {
  const parse = PARSERS[format];
  if (!parse) throw new AppError('invalid_input', `Sources cannot be imported from ${format}.`);
  let parsed;
  try {
    parsed = parse(text);
  } catch (error) {
    // The parsers report problems as values; a throw is a parser bug or a stack blown by nesting.
    const detail =
      error instanceof RangeError
        ? 'it nests braces or fields too deeply.'
        : ((error as Error).message ?? String(error)).split('\n')[0];
    throw new AppError('invalid_file', `This ${LABEL[format]} file could not be read: ${detail}`);
  }
  const entries: SourceEntry[] = parsed.entries.map((e) => ({
    item: e.item,
    line: e.line,
    problems: e.problems,
  }));
  const problems: ImportProblem[] = [];
  for (const p of parsed.problems) {
    if (p.severity === 'error')
      entries.push({
        item: undefined,
        ...(p.line === undefined ? {} : { line: p.line }),
        problems: [{ ...(p.field ? { field: p.field } : {}), message: p.message, severity: 'error' }],
      });
    else problems.push(p);
  }
  if (entries.length === 0) throw new AppError('invalid_file', NOTHING_FOUND[format]);
  // Unreadable entries are reported apart by the parsers: put every entry back in file order.
  entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}

/** Reads a file and plans its import (nothing is written). */
function planFile(store: Store, format: SourceFormat, text: string) {
  assertImportText(text);
  if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
  const file = readSourceEntries(text, format);
  return planSourceImport(store, file.entries, file.problems);
}

/** What importing this file would do: counts, duplicates and the existing sources they match, problems by line. */
export function previewSources(store: Store, format: SourceFormat, text: string): ImportPreview {
  return previewOf(planFile(store, format, text));
}

/** "Line 12, field URL: had no scheme; read as https://www.example.org." */
export const problemText = (p: ImportProblem): string => {
  const where = [p.line === undefined ? '' : `Line ${p.line}`, p.field ? `field ${p.field}` : '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
};

/**
 * Imports sources from a reference file in one transaction: what can be imported is, entries
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
      const created = store.insertSource(p.input);
      batch.report.sourcesCreated++;
      batch.report.sourceIds.push(created.id);
    }
    batch.report.duplicates.push(...plan.duplicates);
    batch.report.problems.push(...plan.problems);
  });
}
