// Reading a reference file into entries, each with its own line: the part of a source import that
// needs no store, so the read worker (read-worker.ts) bundles it without the database.
import { AppError } from '../../core/errors';
import type { ImportProblem, SourceFileFormat } from '../../contract/api';
import { PARSERS, parseBibtex } from './formats';
import { FORMAT_LABELS } from './formats/types';
import type { ParsedFile } from './formats';
import type { SourceEntry } from './source-entries';

export type SourceFormat = SourceFileFormat;

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

/** Runs a parser; a throw (a parser bug or a stack blown by nesting) becomes a message a user can read. */
function parsing<T>(format: SourceFormat, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const detail =
      error instanceof RangeError
        ? 'it nests braces or fields too deeply.'
        : ((error as Error).message ?? String(error)).split('\n')[0];
    throw new AppError('invalid_file', `This ${FORMAT_LABELS[format]} file could not be read: ${detail}`);
  }
}

/** A problem the parser could not tie to a readable entry: an entry of its own, with the error. */
const errorEntry = (p: ParsedFile['problems'][number]): SourceEntry => ({
  item: undefined,
  ...(p.line === undefined ? {} : { line: p.line }),
  problems: [{ ...(p.field ? { field: p.field } : {}), message: p.message, severity: 'error' }],
});

const entryOf = (e: ParsedFile['entries'][number]): SourceEntry => ({
  item: e.item,
  line: e.line,
  problems: e.problems,
});

/** A parsed file's entries in file order (unreadable ones as entries with an error) and its warnings. */
function sourceFileOf(parsed: ParsedFile): SourceFile {
  const entries = parsed.entries.map(entryOf);
  const problems: ImportProblem[] = [];
  for (const p of parsed.problems) {
    if (p.severity === 'error') entries.push(errorEntry(p));
    else problems.push(p);
  }
  // Unreadable entries are reported apart by the parsers: put every entry back in file order.
  entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
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
  const file = sourceFileOf(parsing(format, () => parse(text)));
  if (file.entries.length === 0) throw new AppError('invalid_file', NOTHING_FOUND[format]);
  return file;
}

/**
 * `readSourceEntries` handing each entry to `take` as soon as it is read, in the same order and the
 * same shape; returns the file-level warnings. A BibTeX/BibLaTeX file without crossref/xdata is read
 * entry by entry (the read worker passes entries on while it reads the rest); other files whole.
 */
export function readSourceEntriesInOrder(
  text: string,
  format: SourceFormat,
  take: (entry: SourceEntry) => void,
): ImportProblem[] {
  if (format !== 'bibtex' && format !== 'biblatex') {
    const file = readSourceEntries(text, format);
    for (const e of file.entries) take(e);
    return file.problems;
  }
  const problems: ImportProblem[] = [];
  let count = 0;
  const rest = parsing(format, () =>
    parseBibtex(text, (read) => {
      if ('entry' in read) {
        count++;
        take(entryOf(read.entry));
      } else if (read.problem.severity === 'error') {
        count++;
        take(errorEntry(read.problem));
      } else problems.push(read.problem);
    }),
  );
  // A file with crossref/xdata comes back whole (a parent can come anywhere in it).
  const file = sourceFileOf(rest);
  for (const e of file.entries) take(e);
  count += file.entries.length;
  if (count === 0) throw new AppError('invalid_file', NOTHING_FOUND[format]);
  return problems.concat(file.problems);
}
