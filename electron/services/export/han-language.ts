/**
 * Whether Han characters are Japanese or Chinese, for both writers: the PDF draws Japanese in Noto Sans
 * JP and tags it `ja` (pdf-fonts.ts, pdf-tagging.ts), the DOCX marks its runs `w:eastAsia="ja-JP"`
 * (docx.ts), Chinese in Noto Sans SC, `zh`, `zh-CN`. The same character has different glyph forms in
 * the two (直, 骨, 化, 述, 外): a Japanese quote drawn in a Chinese font reads as foreign to a Japanese
 * reader, and a screen reader told it is Chinese reads it in Chinese.
 */

/** Hiragana and Katakana (with their small, halfwidth and phonetic-extension forms). */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether the Han (kanji) of a text is Japanese: Japanese is written in kanji and kana together,
 * Chinese in Han alone, so a text with any Hiragana or Katakana is Japanese; Han with no kana beside
 * it is Chinese. Pass the whole text a run stands in (a paragraph's, a note's): a kanji-only word in a
 * Japanese sentence (外務省 in bold in 外務省の報道官は…) is Japanese too. Japanese of kanji alone (a
 * name, a heading without kana) cannot be told from Chinese this way and is taken as Chinese.
 */
export const isJapanese = (text: string): boolean => KANA.test(text);

/**
 * The language of a run's Han and kana: 'ja' or 'zh' as `isJapanese` says of `context` (the text the run
 * stands in; by default the run itself), undefined where the run has none (Latin, Korean Hangul…).
 */
export function hanLanguage(run: string, context = run): 'ja' | 'zh' | undefined {
  if (!HAN_OR_KANA.test(run)) return undefined;
  return isJapanese(run) || isJapanese(context) ? 'ja' : 'zh';
}
