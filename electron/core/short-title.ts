/**
 * Words a short title does not end on: "Talks on", "Return of", `استئناف شحنات الحبوب من` ("… from")
 * read as cut off. Prepositions, articles and conjunctions standing as words of their own, in English,
 * Arabic, Hebrew, French, Spanish, German and Russian: those of other languages that are English words
 * too ("die", "den", "am", "mit", "con", "par") are left out, as an English title may end on them.
 */
const FUNCTION_WORDS = new Set(
  [
    // English
    'a an and as at but by for from in into nor of on or over than the to under upon via with without after before',
    // Arabic: from, in, to, on, about, with, and, or, then, after, before, around, at, among, since, until,
    // against, towards, during, across, without, which, who, that
    'من في إلى الى على عن مع و أو او ثم بعد قبل حول عند لدى بين منذ حتى ضد نحو خلال عبر دون التي الذي الذين أن إن',
    // Hebrew: of, with, on, (object marker), to, from, until, or, also, that, before, after, between, against,
    // and the one-letter prepositions, article and conjunction written apart (ב, ל, מ, ה, ו, ש, כ)
    'של עם על את אל מן עד או גם כי אשר לפני אחרי בין נגד ב ל מ ה ו ש כ',
    // French
    'de du des le la les et à au aux pour sur avec dans en vers depuis',
    // Spanish
    'del el los las y e o en por para sobre desde hacia',
    // German
    'der das dem des und von zu zum zur im auf aus für über nach bei vom',
    // Russian
    'в во на с со и к по о об от из для за до при без',
  ]
    .join(' ')
    .split(' '),
);
/** A leading article is left out of a short title (The Chicago Manual of Style, 14.32). */
const LEADING_ARTICLE = /^(the|an?)\s+/i;
const MAX_WORDS = 4;
/** Punctuation a short title does not end on: a comma (Latin or Arabic), semicolon, colon, full stop. */
const TRAILING = /[,;:.،؛]+$/u;

/**
 * The short title of a work, as the Chicago Manual derives one for later notes when none is given:
 * the main title (before any subtitle after a colon, a dash or a full stop), without a leading
 * article, and at most four words, not ending on a small function word (in the languages above). Titles already that short
 * come back as they are (less the article). "The Russo-Ukrainian War: The Return of History" →
 * "Russo-Ukrainian War".
 */
export function deriveShortTitle(title: string): string {
  const whole = title.replace(/\s+/g, ' ').trim();
  // The subtitle starts after a colon, a spaced dash, or a sentence's end ("…talks. Kremlin says").
  const main = whole.split(/\s*[:;]\s+|\s+[–—-]\s+|(?<=[a-z]{2})[.!?]\s+(?=[A-Z])/u)[0] ?? whole;
  const bare = main.replace(LEADING_ARTICLE, '').trim() || main;
  const words = bare.split(' ');
  if (words.length <= MAX_WORDS) return bare.replace(TRAILING, '');
  let kept = words.slice(0, MAX_WORDS);
  const last = () => kept[kept.length - 1]!.toLowerCase().replace(TRAILING, '');
  while (kept.length > 1 && FUNCTION_WORDS.has(last())) kept = kept.slice(0, -1);
  return kept.join(' ').replace(TRAILING, '');
}
