/**
 * Tags as people type them in one field or one CSV cell: separated by commas or semicolons, either or
 * both ("Turkey; Montreux, straits" is three tags). The one rule for the fact form, the article review
 * and the facts import (CSV cells, and JSON that gives tags as one string); a tag holds neither.
 */
export const TAG_SEPARATORS = /[,;]/;

/** The tags in `text`, trimmed, empty ones and repeats left out, in the order written. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(TAG_SEPARATORS)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** What a tags field says it takes (its placeholder). */
export const TAGS_PLACEHOLDER = 'Tags, separated by commas or semicolons';
/** What a tags field's hint says. */
export const TAGS_HINT = 'Separated by commas or semicolons';
