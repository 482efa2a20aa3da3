// What bench:store records of one query on either engine, and how a page is compared with the exact ranking.

export interface Timed {
  ms: number[];
  /** The untimed first run: it pays what a first search of the query builds (a side list). */
  firstMs: number;
  /** CPU time of this process over the timed runs, per run (PostgreSQL's server work is not in it). */
  cpuMs: number;
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
