import type { SnippetPart } from '../../../../electron/contract/api';

/**
 * Whether a search snippet is cut from the fact's statement (not from its speaker, tags or source title,
 * which also match): only then may it stand in for the statement on the card.
 */
export function snippetOfStatement(parts: SnippetPart[], statement: string): boolean {
  if (!parts.some((p) => p.hit)) return false;
  return parts
    .map((p) => p.text)
    .join('')
    .split('…')
    .every((piece) => statement.includes(piece));
}
