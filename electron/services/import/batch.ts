import type { z } from 'zod';
import { AppError } from '../../core/errors';
import { FactInput, sourceFields, type ParsedSourceInput } from '../../core/schemas';
import type { ImportDuplicate, ImportReport } from '../../contract/api';
import { insertFacts } from '../store/bulk';
import { asStoreError } from '../store/db';
import { count } from './progress';
import type { SourceMatch, Store } from '../store/store';

type ParsedFact = z.output<typeof FactInput>;
type ParsedSource = ParsedSourceInput;

/**
 * A readable error for each problem of one bad row: "Line 4, field event_date: must be a real date…".
 * `where` names the row as the user sees it (CSV line, JSON index, BibTeX entry); `field` maps our schema
 * keys back to the names in the user's file.
 */
export function rowErrors(
  where: string,
  error: z.ZodError,
  pathPrefix: string,
  field: (key: string) => string = (k) => k,
): AppError[] {
  const issues = error.issues.length > 0 ? error.issues : [undefined];
  return issues.map((issue) => {
    const key = issue ? issue.path.map(String).join('.') : '';
    const name = key ? field(key) : '';
    const message = issue?.message ?? 'is invalid.';
    const text = name ? `${where}, field ${name}: ${message}` : `${where}: ${message}`;
    return new AppError('invalid_input', text, [pathPrefix, name].filter(Boolean).join('.'));
  });
}

/** The error for one bad row's first problem (see {@link rowErrors}). */
export function rowError(
  where: string,
  error: z.ZodError,
  pathPrefix: string,
  field: (key: string) => string = (k) => k,
): AppError {
  return rowErrors(where, error, pathPrefix, field)[0] as AppError;
}

/**
 * The refusal of a file whose rows have problems, once every row is checked: the problem itself when
 * there is one; else "Nothing was imported: 5 problems in 3 rows." and each problem on a line of its
 * own (the first `listed` of them), every one also an issue with its path, for a caller to list.
 */
export function rowsRefusal(problems: readonly AppError[], total: number, rows: number): AppError {
  const [first] = problems;
  if (!first) throw new Error('rowsRefusal needs a problem');
  if (total === 1) return first;
  const more = total - problems.length;
  const message = [
    `Nothing was imported: ${count(total)} problems in ${rows === 1 ? 'one row' : `${count(rows)} rows`}.`,
    ...problems.map((p) => p.message),
    ...(more > 0 ? [`…and ${count(more)} more.`] : []),
  ].join('\n');
  const codes = new Set(problems.map((p) => p.code));
  return new AppError(
    codes.size === 1 ? first.code : 'invalid_input',
    message,
    first.path,
    problems.map((p) => ({ path: p.path ?? '', message: p.message })),
  );
}

/**
 * "Entry 3 (line 40) "Title" is already in the library as "Title" (same DOI); not added again." The
 * existing source is named by its title; its id is the duplicate's `match`, for the app, not for reading.
 */
export function duplicateMessage(
  label: string,
  s: ParsedSource,
  match: SourceMatch,
  created: ReadonlyMap<string, number | undefined>,
): string {
  const title = sourceFields(s.item).title || 'untitled';
  if (created.has(match.id)) {
    const line = created.get(match.id);
    return `${label} "${title}" repeats an entry earlier in this file${line === undefined ? '' : ` (line ${line})`} (same ${match.by}); not added twice.`;
  }
  return `${label} "${title}" is already in the library as "${match.title || 'untitled'}" (same ${match.by}); not added again.`;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Same quote from the same source, or, for facts without a quote, the same statement. */
const factKey = (f: Pick<ParsedFact, 'quote' | 'statement'>) =>
  f.quote ? `q\u0000${norm(f.quote)}` : `s\u0000${norm(f.statement)}`;

/**
 * One import: everything it writes happens in a single SQLite transaction, so a bad row, a crash or a
 * kill leaves the store as it was. Duplicates are counted and reported, not written.
 */
export class ImportBatch {
  report: ImportReport = {
    sourcesCreated: 0,
    factsCreated: 0,
    duplicates: [],
    problems: [],
    sourceIds: [],
    factIds: [],
  };
  /** Sources this import created, with the line each came from: later matches are in-file duplicates. */
  private readonly created = new Map<string, number | undefined>();
  /** Existing fact keys per source, loaded once per source so big imports stay linear. */
  private readonly factKeys = new Map<string, Set<string>>();
  /** Facts accepted so far; written together by the bulk path at the end of the transaction. */
  private readonly pending: ParsedFact[] = [];

  /** Hears each fact accepted (not a repeat), with its line: a preview lists the first of them. */
  onFact: ((fact: ParsedFact, line: number | undefined) => void) | undefined;

  constructor(private readonly store: Store) {}

  /**
   * Runs `fn` as {@link run} does, in a transaction that is always rolled back: the report says what
   * the import would do (the facts it would write are counted, not written), and nothing is written.
   */
  dryRun(fn: () => void): ImportReport {
    const rollback = new Error('dry run');
    try {
      this.store.db.transaction(() => {
        fn();
        throw rollback;
      })();
    } catch (error) {
      if (error !== rollback) {
        if (error instanceof AppError) throw error;
        throw asStoreError(error);
      }
    }
    return this.report;
  }

  /**
   * Runs `fn` in one transaction; anything it throws rolls everything back and surfaces as an AppError.
   * `onFactsWritten` hears how many of the facts `fn` accepted are written, as they are.
   */
  run(
    fn: () => void,
    options: { onFactsWritten?: (done: number, total: number) => void } = {},
  ): ImportReport {
    try {
      // IMMEDIATE takes the write lock up front, so another process's write makes this wait (busy_timeout)
      // instead of failing at once when a deferred read transaction tries to upgrade to a write.
      this.store.db
        .transaction(() => {
          fn();
          // Not push(...ids): a spread of 200k arguments overflows the stack.
          this.report.factIds = this.report.factIds.concat(
            insertFacts(this.store, this.pending, options.onFactsWritten),
          );
        })
        .immediate();
    } catch (error) {
      if (error instanceof AppError) throw error;
      const mapped = asStoreError(error);
      if (mapped instanceof AppError) throw mapped;
      throw new AppError(
        'import_failed',
        `The import failed and nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return this.report;
  }

  duplicate(message: string, line?: number, extra: Omit<ImportDuplicate, 'line' | 'message'> = {}): void {
    this.report.duplicates.push({ ...(line === undefined ? {} : { line }), message, ...extra });
  }

  /** An existing source that is the same work (same DOI, ISBN, or title + first author + year). */
  findSource(s: ParsedSource): SourceMatch | undefined {
    return this.store.findDuplicateSource(s.item);
  }

  /** The library's sources of exactly this title and outlet (at most two: enough to tell one from several). */
  sourcesNamed(
    title: string,
    outlet: string,
  ): Array<{ id: string; title: string; published: string | null }> {
    return this.store.db
      .prepare(
        'SELECT id, title, published FROM sources WHERE title = ? AND outlet = ? ORDER BY created_at, rowid LIMIT 3',
      )
      .all(title, outlet) as Array<{ id: string; title: string; published: string | null }>;
  }

  /**
   * Saves a parsed source, or returns the id of the one already in the store (reported as a duplicate,
   * naming the source it matched: its title and id; or the earlier line of the same file).
   */
  addSource(s: ParsedSource, line?: number, label = 'Source'): { id: string; isNew: boolean } {
    const match = this.findSource(s);
    if (match) {
      this.duplicate(duplicateMessage(label, s, match, this.created), line, {
        match,
        ...(this.created.has(match.id) ? { isInFile: true } : {}),
      });
      return { id: match.id, isNew: false };
    }
    const created = this.store.createSource(s);
    this.created.set(created.id, line);
    this.report.sourcesCreated++;
    this.report.sourceIds.push(created.id);
    return { id: created.id, isNew: true };
  }

  isDuplicateFact(f: ParsedFact): boolean {
    let keys = this.factKeys.get(f.sourceId);
    if (!keys) {
      const rows = this.store.db
        .prepare('SELECT quote, statement FROM facts WHERE source_id = ?')
        .all(f.sourceId) as Array<{ quote: string | null; statement: string }>;
      keys = new Set(rows.map((r) => factKey({ quote: r.quote ?? undefined, statement: r.statement })));
      this.factKeys.set(f.sourceId, keys);
    }
    return keys.has(factKey(f));
  }

  /** Saves a parsed fact unless it repeats one (same quote, or same statement, from the same source). */
  addFact(f: ParsedFact, line: number | undefined, label: string): void {
    if (this.isDuplicateFact(f)) {
      this.duplicate(`${label} repeats a fact already saved from the same source; not added again.`, line);
      return;
    }
    this.pending.push(f);
    this.factKeys.get(f.sourceId)?.add(factKey(f));
    this.report.factsCreated++;
    this.onFact?.(f, line);
  }
}
