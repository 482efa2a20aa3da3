import { isSubstringPiece } from './substring-chars';

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
  // A term in an unspaced script is a substring, whatever its length: no prefix to speak of.
  const found = [...new Set(short)].filter(
    (p) => [...p.replace(/\p{M}/gu, '')].length < MIN_PREFIX_LENGTH && !isSubstringPiece(p),
  );
  if (found.length === 0) return undefined;
  const list = found.map((p) => `${p}*`).join(', ');
  return `A prefix needs ${MIN_PREFIX_LENGTH} letters or more: ${list} was searched as ${found.length === 1 ? 'the word' : 'the words'} ${found.map((p) => `“${p}”`).join(', ')}.`;
}

/**
 * A query whose last word may be a word being typed ("negotiat", "wound"): the same query with that word
 * as a prefix ("negotiat*"), to offer when it found nothing. Undefined when the last word is already a
 * prefix, inside a "phrase", an operator, or too short to be one.
 */
export function asPrefixQuery(text: string): string | undefined {
  const trimmed = text.trimEnd();
  if ((trimmed.match(/"/g) ?? []).length % 2 === 1) return undefined;
  const last = /(?:^|\s)([\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)$/u.exec(trimmed)?.[1];
  if (!last || /^(?:AND|OR|NOT|NEAR)$/.test(last)) return undefined;
  // A term in an unspaced script (北约秘书) is already found inside longer text: its prefix finds nothing more.
  if (isSubstringPiece(last)) return undefined;
  if ([...last.replace(/\p{M}/gu, '')].length < Math.max(3, MIN_PREFIX_LENGTH)) return undefined;
  return `${trimmed}*`;
}
