/**
 * The line above the results: how many facts, and — when a very common term had more matches than the
 * search ranks — that the order is the best among the newest matches, not over all of them. The search
 * counts and ranks only the newest matches of such a term (`CANDIDATE_WINDOW` in
 * electron/services/search/search.ts; `total` is then that many and `totalIsExact` false), so "Best match"
 * must not claim more than that.
 */
export function resultCountText(result: { total: number; totalIsExact: boolean }, sort: string): string {
  const n = result.total.toLocaleString('en');
  if (result.totalIsExact) return `${n} fact${result.total === 1 ? '' : 's'}`;
  const more = `More than ${n} facts`;
  return sort === 'relevance' ? `${more}: the best matches among the newest ${n} come first` : more;
}
