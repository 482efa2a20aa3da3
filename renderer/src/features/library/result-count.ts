/**
 * The line above the results: how many facts (a lower bound, "More than", when a very common term had
 * more matches than the search counts), and — when the order asked for was applied to only the newest
 * matches (`rankedAmongNewest`: event-date order over very many matches) — that these are the newest
 * matches, not the earliest of all of them. A ranked search (words, phrases, prefixes) is the exact best
 * of every match (electron/services/search/exact-rank.ts), with no caveat; the relevance wording stays
 * for an engine that would rank fewer.
 */
export function resultCountText(
  result: { total: number; totalIsExact: boolean; rankedAmongNewest?: number },
  sort: string,
): string {
  const n = result.total.toLocaleString('en');
  const count = result.totalIsExact ? `${n} fact${result.total === 1 ? '' : 's'}` : `More than ${n} facts`;
  if (result.rankedAmongNewest === undefined || (sort !== 'relevance' && sort !== 'event-date')) return count;
  const among = result.rankedAmongNewest.toLocaleString('en');
  return sort === 'relevance'
    ? `${count}: newest matches — ranked among the newest ${among} only, not the best of all`
    : `${count}: newest matches — dated order among the newest ${among} only`;
}
