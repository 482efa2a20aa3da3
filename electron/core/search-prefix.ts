/**
 * The rule for prefix terms (`negot*`), shared by the search and what the app and the CLI say about a
 * query: a prefix needs this many letters or digits, else it is searched as the word it is (a one-letter
 * prefix would expand to a large share of the vocabulary).
 */
export const MIN_PREFIX_LENGTH = 2;

/**
 * What to tell the user when the query has prefixes too short to be prefixes ("r*"): that they were
 * searched as words. Undefined when there are none.
 */
export function shortPrefixNote(text: string): string | undefined {
  const short = [...text.matchAll(/(?:^|[^\p{L}\p{N}\p{M}])([\p{L}\p{N}][\p{M}]*)\*/gu)].map((m) => m[1]!);
  const found = [...new Set(short)].filter((p) => [...p.replace(/\p{M}/gu, '')].length < MIN_PREFIX_LENGTH);
  if (found.length === 0) return undefined;
  const list = found.map((p) => `${p}*`).join(', ');
  return `A prefix needs ${MIN_PREFIX_LENGTH} letters or more: ${list} was searched as ${found.length === 1 ? 'the word' : 'the words'} ${found.map((p) => `“${p}”`).join(', ')}.`;
}
