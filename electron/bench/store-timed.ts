// What bench:store records of one query on either engine, and how a page is compared with the exact ranking.
import { FactQuery, type SearchResult } from '../contract/api';
import type { ParsedFactQuery } from '../services/search/search';

export interface Timed {
  ms: number[];
  /** The untimed first run: what a first search of the query costs before its side list is built. */
  firstMs: number;
  /** What the first run asked to be built after it (a side list) took to finish, when it asked. */
  settleMs: number;
  /** CPU time of this process over the timed runs, per run (PostgreSQL's server work is not in it). */
  cpuMs: number;
  /** CPU time of the database server's processes serving the runs, per run, when it can be read. */
  serverCpuMs?: number;
  total: number;
  exact: boolean;
  /** Of the page's facts, how many are in the exact ranking's page (relevance only). */
  overlap?: number;
  /** The size of the exact ranking's page (fewer than the page size when fewer facts match). */
  of?: number;
  /** The page is the exact ranking's page, in its order. */
  sameOrder?: boolean;
  pageSize: number;
  /** The result said it was ordered among the newest matches only. */
  amongNewest: boolean;
}

/** Overlap of a page with the exact ranking's page (ids, `of` of them), and whether the order is the same. */
export function overlapWith(page: readonly string[], exact: readonly string[]) {
  const wanted = new Set(exact);
  return {
    overlap: page.filter((id) => wanted.has(id)).length,
    of: exact.length,
    sameOrder: page.length === exact.length && page.every((id, i) => id === exact[i]),
  };
}

/**
 * One query timed on an engine: an untimed first run (its counts are printed), `repeats` timed runs
 * (wall and this process's CPU), and for a ranked query the overlap of the first page with the exact
 * ranking of every match.
 */
export async function timeSearch(
  search: (q: ParsedFactQuery) => SearchResult | Promise<SearchResult>,
  rankEveryMatch: (q: ParsedFactQuery) => string[] | Promise<string[]>,
  query: FactQuery,
  repeats: number,
  /** The server's CPU time so far (ms), when the engine is a server on this machine. */
  serverCpu?: () => Promise<number | undefined>,
  /** Waits for what the first run asked to be built off the search's path (SQLite's side lists). */
  settle?: () => Promise<void>,
): Promise<Timed> {
  const parsed = FactQuery.parse(query);
  const started = performance.now();
  const first = await search(parsed);
  const firstMs = performance.now() - started;
  const settleStarted = performance.now();
  await settle?.();
  const settleMs = performance.now() - settleStarted;
  const ms: number[] = [];
  const serverBefore = await serverCpu?.();
  const cpu = process.cpuUsage();
  let last = first;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    last = await search(parsed);
    ms.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const serverAfter = await serverCpu?.();
  const isRanked = parsed.sort === 'relevance' && parsed.text.trim() !== '';
  return {
    ms,
    firstMs,
    settleMs,
    cpuMs: (used.user + used.system) / 1000 / repeats,
    ...(serverBefore !== undefined && serverAfter !== undefined
      ? { serverCpuMs: (serverAfter - serverBefore) / repeats }
      : {}),
    total: last.total,
    exact: last.totalIsExact,
    pageSize: parsed.limit,
    amongNewest: last.rankedAmongNewest !== undefined,
    ...(isRanked
      ? overlapWith(
          // The page of the timed runs (the first may have been ranked otherwise: no list yet).
          last.items.map((h) => h.fact.id),
          await rankEveryMatch(parsed),
        )
      : {}),
  };
}
