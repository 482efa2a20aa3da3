/**
 * Which characters the fact search finds as substrings rather than as words (services/search/substring.ts
 * has the why): pure, so the library pane can tell such a query from a word being typed.
 */

/**
 * Code point ranges of scripts written without spaces between words — Thai, Lao, Tibetan, Myanmar,
 * Hangul (jamo and syllables), Khmer, CJK (radicals, punctuation, kana, Bopomofo, ideographs and their
 * extensions, compatibility and full-width forms), Yi — then of emoji and pictographic symbols (arrows,
 * technical, dingbats, miscellaneous symbols; the emoji planes). The local store's substring index holds
 * the facts with a character in any of them (0015-substring-search.sql has the same ranges in a GLOB; a
 * test holds the two equal).
 */
export const UNSPACED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0e00, 0x0fff],
  [0x1000, 0x109f],
  [0x1100, 0x11ff],
  [0x1780, 0x17ff],
  [0x19e0, 0x19ff],
  [0x2e80, 0x2fdf],
  [0x3000, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3ffff],
];
export const SYMBOL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2190, 0x2bff],
  [0x1f000, 0x1faff],
];
const rangeClass = (ranges: ReadonlyArray<readonly [number, number]>) =>
  new RegExp(`[${ranges.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`, 'u');
/** Characters of scripts without spaces between words, and CJK punctuation and forms used among them. */
export const UNSPACED = rangeClass(UNSPACED_RANGES);
/** Emoji and other pictographic symbols: no token of the word index holds them. */
export const PICTOGRAPHIC = rangeClass(SYMBOL_RANGES);
/** What the word index keeps as token characters (unicode61: letters, numbers, marks, private use). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;

/**
 * A query piece (a word, or one word of a "phrase") is a substring term when it holds a character of an
 * unspaced script, or when it holds no token character but a pictographic one (🔥, ★). Anything else —
 * "25°C", "fire🔥" — is searched by words as before.
 */
export function isSubstringPiece(piece: string): boolean {
  return UNSPACED.test(piece) || (!TOKEN_CHAR.test(piece) && PICTOGRAPHIC.test(piece));
}
