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

/** Han, kana: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The most characters of an unspaced script a short title keeps (about four words of Chinese or Japanese). */
const MAX_UNSPACED_CHARS = 15;
/** A document's number: "2024/2754", "No. 42", "S/RES/2722", "A/79/L.2", "1373" — a word with a digit in it. */
const NUMBER = /\d/u;
/** How many words past the fourth a document's number may stand and still be kept with them. */
const NUMBER_REACH = 2;

/**
 * The short title of a title in a script written without spaces (Chinese, Japanese): its first phrase
 * (up to a space or the script's own punctuation), cut at a word boundary (Intl.Segmenter) to at most
 * MAX_UNSPACED_CHARS characters. "商务部公告2024年第42号 关于对原产于欧盟的…" → "商务部公告2024年第42号".
 */
function unspacedShortTitle(main: string): string {
  const phrase = main.split(/[\s：:；;。，、．]+/u).find((p) => p !== '') ?? main;
  if ([...phrase].length <= MAX_UNSPACED_CHARS) return phrase;
  let kept = '';
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(phrase)) {
    if ([...kept].length + [...segment].length > MAX_UNSPACED_CHARS) break;
    kept += segment;
  }
  return kept || [...phrase].slice(0, MAX_UNSPACED_CHARS).join('');
}

/**
 * The short title of a work, as the Chicago Manual derives one for later notes when none is given:
 * the main title (before any subtitle after a colon, a dash or a full stop), without a leading
 * article, and at most four words, not ending on a small function word (in the languages above). Titles already that short
 * come back as they are (less the article). "The Russo-Ukrainian War: The Return of History" →
 * "Russo-Ukrainian War". A document's number just past the fourth word is kept, since it is what tells
 * the document from others of its kind ("Commission Implementing Regulation (EU) 2024/2754"); a title in
 * Chinese or Japanese keeps its first phrase (unspacedShortTitle).
 */
export function deriveShortTitle(title: string): string {
  const whole = title.replace(/\s+/g, ' ').trim();
  // The subtitle starts after a colon, a spaced dash, or a sentence's end ("…talks. Kremlin says").
  const main = whole.split(/\s*[:;]\s+|\s+[–—-]\s+|(?<=[a-z]{2})[.!?]\s+(?=[A-Z])/u)[0] ?? whole;
  if (UNSPACED.test(main.split(' ')[0] ?? '')) return unspacedShortTitle(main);
  const bare = main.replace(LEADING_ARTICLE, '').trim() || main;
  const words = bare.split(' ');
  if (words.length <= MAX_WORDS) return bare.replace(TRAILING, '');
  const number = words.slice(MAX_WORDS, MAX_WORDS + NUMBER_REACH).findIndex((w) => NUMBER.test(w));
  if (number >= 0 && !words.slice(0, MAX_WORDS).some((w) => NUMBER.test(w)))
    return words
      .slice(0, MAX_WORDS + number + 1)
      .join(' ')
      .replace(TRAILING, '');
  let kept = words.slice(0, MAX_WORDS);
  const last = () => kept[kept.length - 1]!.toLowerCase().replace(TRAILING, '');
  while (kept.length > 1 && FUNCTION_WORDS.has(last())) kept = kept.slice(0, -1);
  return kept.join(' ').replace(TRAILING, '');
}
