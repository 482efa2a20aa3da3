import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CslItemSchema, type CslItem } from '../../../core/csl-item';
import { AppError } from '../../../core/errors';
import type { ExportProgress, ImportPreview, ImportReport, SourceFileFormat } from '../../../contract/api';
import { importArticle, type ArticleImportInput } from '../../import/article/saving';
import {
  factFileSources,
  factFileSourceUrlKeys,
  importFacts,
  importFactsWithProgress,
  previewFacts,
} from '../../import/facts';
import { cancellableStep } from '../../import/progress';
import {
  importSources,
  importSourcesWithProgress,
  previewSources,
  readSourceEntries,
} from '../../import/sources';
import {
  derivedSourceColumns,
  FACT_SELECT,
  FACT_COLUMNS,
  SOURCE_COLUMNS,
  Store,
  type FactRow,
  type SourceMatch,
  type SourceMatchKeys,
  type SourceRow,
} from '../store';
import type { PostgresStore } from './postgres-store';

/** What to import. */
export type ImportJob =
  | {
      kind: 'sources';
      format: SourceFileFormat;
      strict: boolean;
      /** With progress and Cancel, on the export progress channel (as the local store's import). */
      exportId?: string | undefined;
      progress?: ((event: ExportProgress) => void) | undefined;
    }
  | {
      kind: 'facts';
      format: 'csv' | 'json';
      exportId?: string | undefined;
      progress?: ((event: ExportProgress) => void) | undefined;
    }
  | { kind: 'article'; input: ArticleImportInput };

/** Team imports take this lock for their transaction, so two imports never both add the same work. */
const IMPORT_LOCK = 1_647_100_016;

/** How many times the staging import is re-run with more of the library copied in (see importIntoPostgres). */
const MAX_PASSES = 5;

/** A staging store that records which works the importer looked for, to copy their matches in next pass. */
class StagingStore extends Store {
  /** The dedupe keys looked for, as the library's duplicate rules compare them (`doi:…`, `isbn:…`, `url:…`, `key:…`). */
  readonly lookedFor = new Set<string>();
  override findDuplicateByKeys(keys: SourceMatchKeys, upToRowid?: number): SourceMatch | undefined {
    for (const k of keyList(keys)) this.lookedFor.add(k);
    return super.findDuplicateByKeys(keys, upToRowid);
  }
  // Asked entry by entry, so every key is recorded (a staging store holds only the seed: small).
  override duplicateFinder(): (keys: SourceMatchKeys) => SourceMatch | undefined {
    return super.duplicateFinder(0);
  }
}

/** The duplicate keys of a row, as the staging store records what the importer looked for. */
function keyList(c: SourceMatchKeys): string[] {
  return [
    c.doi && `doi:${c.doi}`,
    c.isbn && `isbn:${c.isbn}`,
    c.url_key && `url:${c.url_key}`,
    c.match_key && `key:${c.match_key}`,
  ].filter((k): k is string => Boolean(k));
}

/** The duplicate keys of an item (see keyList). */
const keysOf = (item: CslItem): string[] => keyList(derivedSourceColumns(item));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

interface Seed {
  sources: SourceRow[];
  facts: FactRow[];
}

/** The library's sources a file can refer to (by id) or match (by key), and their facts. */
async function fetchSeed(
  tx: PostgresStore,
  ids: readonly string[],
  keys: ReadonlySet<string>,
): Promise<Seed> {
  const by = (prefix: string) =>
    [...keys].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  const sources = await tx.sql<SourceRow>(
    `SELECT ${SOURCE_COLUMNS.join(', ')} FROM sources
     WHERE id = ANY($1) OR doi = ANY($2) OR isbn = ANY($3) OR match_key = ANY($4) OR url_key = ANY($5)
     ORDER BY seq`,
    [ids, by('doi:'), by('isbn:'), by('key:'), by('url:')],
  );
  const facts =
    sources.length === 0
      ? []
      : await tx.sql<FactRow>(
          `SELECT id, source_id, statement, quote, speaker, speaker_fold, speaker_role, relayed_by, event_date, event_start,
             event_end, locator, credibility, status, classification, array_to_json(tags)::text AS tags_json, created_at,
             updated_at
           FROM facts WHERE source_id = ANY($1) ORDER BY seq`,
          [sources.map((s) => s.id)],
        );
  return { sources, facts };
}

/** A fresh staging store holding the seed, in a temporary folder. */
function openStaging(seed: Seed): { store: StagingStore; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-staging-'));
  const store = new StagingStore(join(dir, 'briefing.sqlite'));
  const dispose = () => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const insertSource = store.db.prepare(
      `INSERT INTO sources (${SOURCE_COLUMNS.join(', ')}) VALUES (${SOURCE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    const factColumns = FACT_COLUMNS;
    const insertFact = store.db.prepare(
      `INSERT INTO facts (${factColumns.join(', ')}) VALUES (${factColumns.map((c) => `@${c}`).join(', ')})`,
    );
    const insertTag = store.db.prepare('INSERT OR IGNORE INTO fact_tags (fact_id, tag) VALUES (?, ?)');
    store.db.transaction(() => {
      for (const s of seed.sources)
        insertSource.run(Object.fromEntries(SOURCE_COLUMNS.map((c) => [c, s[c]])));
      for (const f of seed.facts) {
        insertFact.run(Object.fromEntries(factColumns.map((c) => [c, f[c] ?? null])));
        for (const tag of JSON.parse(f.tags_json) as string[]) insertTag.run(f.id, tag);
      }
    })();
  } catch (error) {
    dispose();
    throw error;
  }
  return { store, dispose };
}

/**
 * Runs `run` (one of the local importers) against a staging copy of the part of the team library the
 * file can touch, inside one transaction of the team library under the import lock. The importer
 * decides, with exactly the local rules and messages, what is new and what duplicates; what it adds is
 * then written to the team library in the same transaction. Which works to copy in is learnt by
 * running it: each pass records the works the importer looked for, and the next pass copies their
 * matches in, until a pass looks for nothing new.
 */
async function withStaging<T>(
  pg: PostgresStore,
  text: string,
  run: (staging: StagingStore) => T | Promise<T>,
  keep: (tx: PostgresStore, staging: StagingStore, result: T) => Promise<void>,
  firstKeys: Iterable<string> = [],
): Promise<T> {
  const ids = [...new Set(text.match(UUID) ?? [])].map((id) => id.toLowerCase());
  return pg.inTransaction(async (tx) => {
    await tx.sql('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const keys = new Set<string>(firstKeys);
    for (let pass = 1; ; pass++) {
      const { store, dispose } = openStaging(await fetchSeed(tx, ids, keys));
      try {
        let outcome: { value: T } | { error: unknown };
        try {
          outcome = { value: await run(store) };
        } catch (error) {
          outcome = { error };
        }
        // A Cancel is final: no further pass may run the import again.
        if ('error' in outcome && outcome.error instanceof AppError && outcome.error.code === 'cancelled')
          throw outcome.error;
        const before = keys.size;
        for (const k of store.lookedFor) keys.add(k);
        if (keys.size === before || pass === MAX_PASSES) {
          if ('error' in outcome) throw outcome.error;
          await keep(tx, store, outcome.value);
          return outcome.value;
        }
      } finally {
        dispose();
      }
    }
  });
}

/** Rows written between progress events (and chances to cancel) in a team import's write. */
const WRITE_EVERY = 100;

/** Reports a team import's write and stops it (rolling the transaction back) when it is cancelled. */
interface WriteWatch {
  written(done: number, total: number): Promise<void>;
}

/** Copies the sources and facts an import added in staging into the team library. */
async function keepAdded(
  tx: PostgresStore,
  staging: Store,
  report: ImportReport,
  watch?: WriteWatch,
): Promise<void> {
  const total = report.sourceIds.length + report.factIds.length;
  let done = 0;
  const step = async () => {
    done++;
    if (watch && (done % WRITE_EVERY === 0 || done === total)) await watch.written(done, total);
  };
  if (watch) await watch.written(0, total);
  const sourceRows = staging.db.prepare('SELECT * FROM sources WHERE id = ?');
  for (const id of report.sourceIds) {
    await tx.insertSourceRow(sourceRows.get(id) as SourceRow);
    await step();
  }
  const factRows = staging.db.prepare(`${FACT_SELECT} WHERE f.id = ?`);
  const searchText = staging.db.prepare('SELECT search_text FROM sources WHERE id = ?').pluck();
  // Facts go in batches of one statement each (a statement per row was most of a large import's write).
  for (let at = 0; at < report.factIds.length; at += WRITE_EVERY) {
    const batch = report.factIds.slice(at, at + WRITE_EVERY).map((id) => {
      const row = factRows.get(id) as FactRow;
      return {
        row,
        tags: JSON.parse(row.tags_json) as string[],
        sourceSearchText: searchText.get(row.source_id) as string,
      };
    });
    await tx.insertFactRows(batch);
    done += batch.length;
    if (watch) await watch.written(done, total);
  }
}

/** The duplicate keys of the sources a facts file brings or names, to copy their matches in at once. */
function factFileKeys(format: 'csv' | 'json', text: string): string[] {
  try {
    return [
      ...factFileSources(format, text).flatMap((s) => keysOf(s.item)),
      ...factFileSourceUrlKeys(format, text).map((key) => `url:${key}`),
    ];
  } catch {
    // An unreadable file: the importer says why, with its own words.
    return [];
  }
}

/** The duplicate keys of a reference file's entries, to copy their matches into staging at once. */
function fileKeys(format: SourceFileFormat, text: string): string[] {
  try {
    return readSourceEntries(text, format).entries.flatMap((e) => {
      const item = CslItemSchema.safeParse(e.item);
      return item.success ? keysOf(item.data) : [];
    });
  } catch {
    // An unreadable file: the importer says why, with its own words.
    return [];
  }
}

/**
 * A source or fact import into the team library with progress and Cancel: the entries or rows are
 * checked against the staging copy (`read` progress, as locally), then written to the team library in
 * its transaction (`write` progress, still cancellable: a Cancel rolls it back), then `done` once
 * committed.
 */
async function importIntoPostgresWithProgress(
  pg: PostgresStore,
  text: string,
  job: Extract<ImportJob, { kind: 'sources' | 'facts' }> & { exportId: string },
): Promise<ImportReport> {
  const { exportId, progress } = job;
  const send = (event: Omit<ExportProgress, 'exportId'>) => progress?.({ ...event, exportId });
  const cancel = { step: undefined as ReturnType<typeof cancellableStep> | undefined };
  try {
    const report = await withStaging(
      pg,
      text,
      (staging) => {
        // The staging store's own write and "done" are not the library's: only the checking is shown.
        const checking = (event: ExportProgress) => {
          if (event.stage === 'read')
            send({ ...event, message: `${event.message} against the team library` });
        };
        return job.kind === 'sources'
          ? importSourcesWithProgress(staging, job.format, text, {
              strict: job.strict,
              exportId,
              progress: checking,
            })
          : importFactsWithProgress(staging, job.format, text, { exportId, progress: checking });
      },
      (tx, staging, result) => {
        cancel.step ??= cancellableStep(exportId);
        const step = cancel.step;
        return keepAdded(tx, staging, result, {
          async written(done, total) {
            send({
              stage: 'write',
              done: Math.min(done, Math.max(1, total)),
              total: Math.max(1, total),
              message: `Saved ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows to the team library`,
              isCancellable: true,
            });
            await step.stopIfCancelled();
          },
        });
      },
      job.kind === 'sources' ? fileKeys(job.format, text) : factFileKeys(job.format, text),
    );
    send({
      stage: 'done',
      done: 1,
      total: 1,
      message:
        job.kind === 'sources'
          ? `Added ${report.sourcesCreated.toLocaleString('en')} sources`
          : `Added ${report.factsCreated.toLocaleString('en')} facts`,
      isCancellable: false,
    });
    return report;
  } finally {
    cancel.step?.end();
  }
}

/** Imports into the team library with the local importers' rules, in one transaction. */
export function importIntoPostgres(pg: PostgresStore, text: string, job: ImportJob): Promise<ImportReport> {
  if ((job.kind === 'sources' || job.kind === 'facts') && job.exportId)
    return importIntoPostgresWithProgress(pg, text, { ...job, exportId: job.exportId });
  return withStaging(
    pg,
    text,
    (staging) => {
      switch (job.kind) {
        case 'sources':
          return importSources(staging, job.format, text, { strict: job.strict });
        case 'facts':
          return importFacts(staging, job.format, text);
        case 'article':
          return importArticle(staging, job.input);
      }
    },
    (tx, staging, report) => keepAdded(tx, staging, report),
    job.kind === 'sources'
      ? fileKeys(job.format, text)
      : job.kind === 'facts'
        ? factFileKeys(job.format, text)
        : [],
  );
}

/** What importing facts into the team library would do (checked against it in a staging store); nothing is written. */
export function previewFactsIntoPostgres(
  pg: PostgresStore,
  format: 'csv' | 'json',
  text: string,
): Promise<ImportPreview> {
  return withStaging(
    pg,
    text,
    (staging) => previewFacts(staging, format, text),
    async () => undefined,
    factFileKeys(format, text),
  );
}

/** What importing sources into the team library would do; nothing is written. */
export function previewIntoPostgres(
  pg: PostgresStore,
  format: SourceFileFormat,
  text: string,
): Promise<ImportPreview> {
  return withStaging(
    pg,
    text,
    (staging) => previewSources(staging, format, text),
    async () => undefined,
  );
}
