// The team library's side of `npm run bench:store -- --db postgres://…`: the same corpus loaded into a
// PostgreSQL database, the same queries timed through the same interface the app uses, beside SQLite's.
import { FactQuery } from '../contract/api';
import type { ParsedFact } from '../services/store/bulk';
import { PostgresStore } from '../services/store/postgres/postgres-store';
import { rankEveryMatchPostgres } from '../services/store/postgres/postgres-search';
import { timeSearch, type Timed } from './store-timed';
import { factRow, type SourceRow } from '../services/store/store';
import { randomUUID } from 'node:crypto';

/**
 * A fresh team library in the given (empty, or emptied here) database; with `reuseSize`, one that already
 * holds that many facts (the same seeded corpus, from an earlier run) is kept as it is.
 */
export async function openBenchLibrary(url: string, reuseSize?: number): Promise<PostgresStore> {
  const admin = await PostgresStore.connect(url, { isInitialising: true });
  if (reuseSize !== undefined && (await factCount(admin)) === reuseSize) return admin;
  // Start from nothing, so every run measures the same corpus.
  await admin.sql('TRUNCATE facts, sources, briefings, collections, fact_history');
  return admin;
}

export async function factCount(pg: PostgresStore): Promise<number> {
  return Number((await pg.sql<{ n: string }>('SELECT count(*) AS n FROM facts'))[0]?.n ?? 0);
}

/** Copies sources as they are (same ids, so the facts' source ids hold). */
export async function copySources(pg: PostgresStore, rows: readonly SourceRow[]): Promise<void> {
  await pg.inTransaction(async (tx) => {
    for (const row of rows) await tx.insertSourceRow(row);
  });
}

/** Inserts facts in one transaction, as a team import writes them (search vector and all). */
export async function insertBenchFacts(
  pg: PostgresStore,
  facts: readonly ParsedFact[],
  sourceText: ReadonlyMap<string, string>,
): Promise<void> {
  const t = new Date().toISOString();
  await pg.inTransaction(async (tx) => {
    for (let at = 0; at < facts.length; at += 1000)
      await tx.insertFactRows(
        facts.slice(at, at + 1000).map((f) => ({
          row: factRow(f, randomUUID(), t, t),
          tags: f.tags,
          sourceSearchText: sourceText.get(f.sourceId) ?? '',
        })),
      );
    await tx.sql('ANALYZE facts');
  });
}

/** Times one query as the app runs it: a warm-up, then `repeats` runs; overlap with ts_rank's exact page. */
export const timePostgresQuery = (pg: PostgresStore, query: FactQuery, repeats: number): Promise<Timed> =>
  timeSearch(
    (q) => pg.searchFacts(q),
    (q) => rankEveryMatchPostgres(pg, q),
    query,
    repeats,
  );
