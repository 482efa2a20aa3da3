import { foldTokens } from '../../search/search';
import { substringGrams } from '../../search/substring';
import type { FactRow } from '../store';

/**
 * A column's text for the search vector: its words, as the SQLite index holds them, folded the same
 * way, then the grams of its runs of unspaced scripts and emoji (substring.ts substringGrams), by which
 * a substring of them is found (0011-substring-search.sql).
 */
export function searchWords(text: string | null | undefined): string {
  const words = foldTokens(text ?? '').join(' ');
  const grams = substringGrams(text);
  return grams === '' ? words : words === '' ? grams : `${words} ${grams}`;
}

/** The fact's words for the search vector, as the SQLite index holds them, folded the same way. */
export function factSearchParts(
  f: Pick<FactRow, 'statement' | 'quote' | 'speaker' | 'speaker_role' | 'relayed_by'>,
  tags: readonly string[],
): [string, string, string] {
  const fold = searchWords;
  return [
    fold(f.statement),
    fold(f.quote),
    [fold(f.speaker), fold(f.speaker_role), fold(f.relayed_by), fold(tags.join(' '))]
      .filter(Boolean)
      .join(' '),
  ];
}
