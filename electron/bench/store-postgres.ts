// The team library's side of `npm run bench:store -- --db postgres://…`: the same corpus loaded into a
// PostgreSQL database, the same queries timed through the same interface the app uses, beside SQLite's.
import { FactQuery } from '../contract/api';
import type { ParsedFact } from '../services/store/bulk';
import { PostgresStore } from '../services/store/postgres/postgres-store';
import { rankEveryMatchPostgres } from '../services/store/postgres/postgres-search';
import { timeSearch, type Timed } from './store-timed';
import { factRow, type SourceRow } from '../services/store/store';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

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

/** Clock ticks a second of /proc/PID/stat's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) used so far by this database's client backends, read from /proc: the server's own work
 * for the searches, which the benchmark process's CPU time leaves out. Undefined when the server is not
 * on this machine (or /proc cannot be read); 10 ms granularity per backend.
 */
export async function serverCpuMs(pg: PostgresStore): Promise<number | undefined> {
  const rows = await pg.sql<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`,
  );
  let ticks = 0;
  try {
    for (const { pid } of rows) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return undefined;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Times one query as the app runs it: a warm-up, then `repeats` runs; overlap with ts_rank's exact page. */
export const timePostgresQuery = (pg: PostgresStore, query: FactQuery, repeats: number): Promise<Timed> =>
  timeSearch(
    (q) => pg.searchFacts(q),
    (q) => rankEveryMatchPostgres(pg, q),
    query,
    repeats,
    () => serverCpuMs(pg),
    () => pg.whenBackgroundDone(),
  );
