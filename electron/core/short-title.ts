/** Words a short title does not end on: "Talks on", "Return of" read as cut off. */
const FUNCTION_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over than the to under upon via with without after before'.split(
    ' ',
  ),
);
/** A leading article is left out of a short title (The Chicago Manual of Style, 14.32). */
const LEADING_ARTICLE = /^(the|an?)\s+/i;
const MAX_WORDS = 4;

/**
 * The short title of a work, as the Chicago Manual derives one for later notes when none is given:
 * the main title (before any subtitle after a colon, a dash or a full stop), without a leading
 * article, and at most four words, not ending on a small function word. Titles already that short
 * come back as they are (less the article). "The Russo-Ukrainian War: The Return of History" →
 * "Russo-Ukrainian War".
 */
export function deriveShortTitle(title: string): string {
  const whole = title.replace(/\s+/g, ' ').trim();
  // The subtitle starts after a colon, a spaced dash, or a sentence's end ("…talks. Kremlin says").
  const main = whole.split(/\s*[:;]\s+|\s+[–—-]\s+|(?<=[a-z]{2})[.!?]\s+(?=[A-Z])/u)[0] ?? whole;
  const bare = main.replace(LEADING_ARTICLE, '').trim() || main;
  const words = bare.split(' ');
  if (words.length <= MAX_WORDS) return bare.replace(/[,;:.]+$/u, '');
  let kept = words.slice(0, MAX_WORDS);
  while (kept.length > 1 && FUNCTION_WORDS.has(kept[kept.length - 1]!.toLowerCase()))
    kept = kept.slice(0, -1);
  return kept.join(' ').replace(/[,;:.]+$/u, '');
}
