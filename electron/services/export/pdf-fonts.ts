import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { isJapanese } from './han-language';

/**
 * The PDF's fonts and the fallback between them. pdfmake draws each run in one font, and Roboto (its
 * own) has no Arabic, Hebrew, CJK, Thai, Indic scripts or emoji: every run is split where its characters need another font,
 * the first of the chain below that has them (docs/export.md, "Fonts and scripts"). All are OFL fonts
 * from npm packages (their licences are in the packages); pdfkit embeds only the glyphs a brief uses.
 */

const require = createRequire(import.meta.url);

type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };

const robotoDir = resolve(dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');
/** A Google Fonts family as packaged by @expo-google-fonts: one TTF per weight (and italic). */
const expo = (pkg: string, family: string, italics: boolean): FontFiles => {
  const dir = dirname(require.resolve(`@expo-google-fonts/${pkg}/package.json`));
  const file = (weight: string) => resolve(dir, weight, `${family}_${weight}.ttf`);
  return {
    normal: file('400Regular'),
    bold: file('700Bold'),
    // Scripts without italics (Arabic, Hebrew, CJK, emoji) are drawn upright, as Word does.
    italics: file(italics ? '400Regular_Italic' : '400Regular'),
    bolditalics: file(italics ? '700Bold_Italic' : '700Bold'),
  };
};

/**
 * A Noto family as packaged by @fontsource: WOFF files split by script (fontkit reads WOFF; pdfkit
 * embeds the glyphs used as TrueType), the script's own piece, regular and bold.
 */
const fontsource = (pkg: string, script: string): FontFiles => {
  const dir = resolve(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files');
  const file = (weight: number) => resolve(dir, `${pkg}-${script}-${weight}-normal.woff`);
  return { normal: file(400), bold: file(700), italics: file(400), bolditalics: file(700) };
};

/** Font family → its four files, as pdfmake's `setFonts` takes them. */
export const PDF_FONTS: Record<string, FontFiles> = {
  Roboto: {
    normal: resolve(robotoDir, 'Roboto-Regular.ttf'),
    bold: resolve(robotoDir, 'Roboto-Medium.ttf'),
    italics: resolve(robotoDir, 'Roboto-Italic.ttf'),
    bolditalics: resolve(robotoDir, 'Roboto-MediumItalic.ttf'),
  },
  'Noto Sans': expo('noto-sans', 'NotoSans', true),
  'Noto Sans Arabic': expo('noto-sans-arabic', 'NotoSansArabic', false),
  'Noto Sans Hebrew': expo('noto-sans-hebrew', 'NotoSansHebrew', false),
  'Noto Sans SC': expo('noto-sans-sc', 'NotoSansSC', false),
  'Noto Sans JP': expo('noto-sans-jp', 'NotoSansJP', false),
  'Noto Sans KR': expo('noto-sans-kr', 'NotoSansKR', false),
  'Noto Sans Thai': expo('noto-sans-thai', 'NotoSansThai', false),
  'Noto Sans Bengali': fontsource('noto-sans-bengali', 'bengali'),
  'Noto Sans Tamil': fontsource('noto-sans-tamil', 'tamil'),
  'Noto Emoji': expo('noto-emoji', 'NotoEmoji', false),
};

/**
 * After the template's font, the fonts tried in turn for a character it lacks. Noto Sans JP is tried
 * only in Japanese text (`isJapanese`), where it comes before Noto Sans SC; elsewhere Han is Chinese.
 */
export const FALLBACK_CHAIN = [
  'Noto Sans',
  'Noto Sans Arabic',
  'Noto Sans Hebrew',
  'Noto Sans JP',
  'Noto Sans SC',
  'Noto Sans KR',
  'Noto Sans Thai',
  'Noto Sans Bengali',
  'Noto Sans Tamil',
  'Noto Emoji',
] as const;

/** The language a run in a script's own font is tagged with (a span in another language, for readers). */
export const FONT_LANGUAGE: Readonly<Record<string, string>> = {
  'Noto Sans Arabic': 'ar',
  'Noto Sans Hebrew': 'he',
  'Noto Sans SC': 'zh',
  'Noto Sans JP': 'ja',
  'Noto Sans KR': 'ko',
  'Noto Sans Thai': 'th',
  'Noto Sans Bengali': 'bn',
  'Noto Sans Tamil': 'ta',
};

/** Every file an export may read: pdfmake's local access policy allows these and nothing else. */
export const fontFiles = new Set(Object.values(PDF_FONTS).flatMap((f) => Object.values(f)));

/** The template's font when it names one we ship ("Noto Sans"), else Roboto (Calibri and the like are not ours to embed). */
export const pdfFontFamily = (family: string | undefined) =>
  family && family !== 'Noto Emoji' && Object.hasOwn(PDF_FONTS, family) ? family : 'Roboto';

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const fontkit = () =>
  createRequire(require.resolve('pdfkit'))('fontkit') as { openSync(path: string): FontkitFont };
const opened = new Map<string, FontkitFont>();
/** A family's regular face, opened once per process to ask which characters it has. */
function face(family: string): FontkitFont {
  let font = opened.get(family);
  if (!font) {
    font = fontkit().openSync(PDF_FONTS[family]!.normal);
    opened.set(family, font);
  }
  return font;
}

/**
 * Text every font we ship as a body font draws: ASCII, Latin-1, Latin Extended-A/B, Greek, Cyrillic
 * and common punctuation (Roboto and Noto Sans both have these). Most text is all of it, and needs no look-up.
 */
const COMMON = /^[\x20-\x7E\xA0-\u024F\u0370-\u03FF\u0400-\u04FF\u2010-\u2027\u2030-\u203A\u20AC]*$/;
/** A cluster drawn as an emoji: a pictograph, a flag's regional indicators, an emoji presentation selector. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
/** Spaces and punctuation belong to the run they stand in, when its font has them. */
const NEUTRAL = /^[\s\p{P}]+$/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The chain outside Japanese text: Han and kana go to Noto Sans SC. */
const CHAIN_NOT_JAPANESE = FALLBACK_CHAIN.filter((family) => family !== 'Noto Sans JP');

/** The font of a character cluster: the first of the template's font and the chain that has it. */
function fontOf(
  cluster: string,
  primary: string,
  current: string | undefined,
  chain: readonly string[],
): string {
  const codePoint = cluster.codePointAt(0)!;
  // Not in emoji runs: Noto Emoji's space is 1.3 em wide.
  if (
    current &&
    current !== 'Noto Emoji' &&
    NEUTRAL.test(cluster) &&
    face(current).hasGlyphForCodePoint(codePoint)
  )
    return current;
  if (EMOJI.test(cluster) && face('Noto Emoji').hasGlyphForCodePoint(codePoint)) return 'Noto Emoji';
  if (face(primary).hasGlyphForCodePoint(codePoint)) return primary;
  return chain.find((family) => face(family).hasGlyphForCodePoint(codePoint)) ?? primary;
}

/** The fonts of Chinese, Japanese and Korean: their quotation marks are full width. */
const CJK_FONTS: ReadonlySet<string> = new Set(['Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR']);
/** Han, kana and Hangul: the letters the CJK fonts draw. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** An opening quotation mark (or corner bracket), which belongs with the letter after it. */
const OPENING_QUOTE = /^[\p{Pi}「『]$/u;
/** A closing quotation mark (or corner bracket), which belongs with the letter before it. */
const CLOSING_QUOTE = /^[\p{Pf}」』]$/u;
const QUOTE = /[\p{Pi}\p{Pf}「」『』]/u;
const LETTER = /\p{L}/u;

/**
 * The font of a quotation mark: the font of the letter it belongs with (an opening mark the next letter,
 * a closing one the letter before; `before` and `after`, the text around this one, count), when that is a
 * CJK font that has the mark, so both marks of a quote in Chinese take the Chinese font, full width, even
 * where one opens the text or follows a note marker ("表示“中方…努力¹”。"), not the template's font for
 * one of them. A mark belonging with a Latin letter inside CJK text ("中国说“peace”") takes the font it
 * would take alone, not the CJK run's. Undefined where no letter decides (fontOf's rule then).
 */
function quoteFont(
  segments: readonly string[],
  at: number,
  context: { before: string; after: string },
  primary: string,
  chain: readonly string[],
): string | undefined {
  const quote = segments[at]!;
  const opening = OPENING_QUOTE.test(quote);
  if (!opening && !CLOSING_QUOTE.test(quote)) return undefined;
  const side = opening
    ? [...segments.slice(at + 1), ...context.after]
    : [...segments.slice(0, at)].reverse().concat([...context.before].reverse());
  const letter = side.find((s) => LETTER.test(s));
  if (letter === undefined) return undefined;
  const font = fontOf(letter, primary, undefined, chain);
  const codePoint = quote.codePointAt(0)!;
  if (CJK_FONTS.has(font)) return face(font).hasGlyphForCodePoint(codePoint) ? font : undefined;
  return fontOf(quote, primary, undefined, chain);
}

/**
 * A text split into runs of one font each, split only where the font must change (spaces and
 * punctuation stay with the run they stand in). `font` is absent where the template's font draws it.
 * `japanese`: whether its Han is Japanese (`isJapanese` of the whole text it stands in; by default, of itself).
 * `context`: the text before and after it in the paragraph it stands in (other inlines: a bold word, a
 * note marker), which decides the font of a quotation mark at its edge (see `quoteFont`).
 */
export function fontRuns(
  text: string,
  primary: string,
  japanese = isJapanese(text),
  context: { before: string; after: string } = { before: '', after: '' },
): Array<{ text: string; font?: string }> {
  const quoted = QUOTE.test(text) && CJK.test(text + context.before + context.after);
  if (COMMON.test(text) && !quoted) return [{ text }];
  const chain = japanese ? FALLBACK_CHAIN : CHAIN_NOT_JAPANESE;
  const runs: Array<{ text: string; font: string }> = [];
  const segments = [...graphemes.segment(text)].map((g) => g.segment);
  for (const [at, segment] of segments.entries()) {
    const last = runs[runs.length - 1];
    const font =
      (quoted && quoteFont(segments, at, context, primary, chain)) ||
      fontOf(segment, primary, last?.font, chain);
    if (last?.font === font) last.text += segment;
    else runs.push({ text: segment, font });
  }
  return runs.map((r) => (r.font === primary ? { text: r.text } : { ...r, text: withWordBreaks(r.text) }));
}

/** Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar). */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]{2,}/gu;
const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Text in a script without spaces between words, with a zero-width space between its words (ICU's
 * dictionary word breaks): pdfmake breaks lines at Unicode line-break opportunities only, which such
 * text has none of, so a Thai sentence was cut wherever the line ran out, inside a syllable. The
 * zero-width space is drawn as nothing, and reads back as U+200B.
 */
export function withWordBreaks(text: string): string {
  if (!UNSPACED.test(text)) return text;
  return text.replace(UNSPACED_RUN, (run) => [...words.segment(run)].map((w) => w.segment).join('\u200B'));
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An inline's pieces: the inline itself when one font draws it, else one copy of it per run. `context`:
 * the paragraph's text before and after it (see `fontRuns`).
 */
function splitInline(
  item: unknown,
  primary: string,
  japanese: boolean,
  context?: { before: string; after: string },
): unknown[] {
  if (typeof item === 'string') {
    const runs = fontRuns(item, primary, japanese, context);
    return runs.length === 1 && !runs[0]!.font ? [item] : runs;
  }
  if (!isNode(item) || typeof item.text !== 'string' || item.font !== undefined) return [item];
  const runs = fontRuns(item.text, primary, japanese, context);
  if (runs.length === 1 && !runs[0]!.font) return [item];
  return runs.map((run) => ({ ...item, ...run }));
}

/** A text node's whole text: its string, or its inlines' texts joined (nested ones too). */
const textOf = (text: unknown): string =>
  typeof text === 'string'
    ? text
    : Array.isArray(text)
      ? text.map((t) => (isNode(t) ? textOf(t.text) : textOf(t))).join('')
      : '';

/**
 * A pdfmake content tree with every text split into runs of the font that draws it (see `fontRuns`).
 * Whether Han is Japanese is decided per text node (a paragraph, a note, a table cell: `isJapanese` of
 * its whole text), before pdfmake splits it into words and lines. Changes nodes in place; a heading's
 * bookmark keeps its text as one string.
 */
export function withFallbackFonts<T>(content: T, primary: string): T {
  const visit = (value: unknown, inJapanese = false): void => {
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v));
      return;
    }
    if (!isNode(value)) return;
    const { text } = value;
    const japanese = inJapanese || isJapanese(textOf(text));
    if (typeof text === 'string') {
      const pieces = splitInline(text, primary, japanese);
      if (pieces.length > 1 || pieces[0] !== text) {
        if (value.outline) value.outlineText ??= text;
        value.text = pieces;
      }
    } else if (Array.isArray(text)) {
      if (text.some((t) => typeof t === 'string' || (isNode(t) && typeof t.text === 'string'))) {
        // Each inline with the paragraph's text around it: a quotation mark after a note marker or a
        // bold word takes the font of the letter it belongs with (see `quoteFont`).
        const texts = text.map((t) => (isNode(t) ? textOf(t.text) : textOf(t)));
        value.text = text.flatMap((t, i) =>
          isNode(t) && Array.isArray(t.text)
            ? (visit(t, japanese), [t])
            : splitInline(
                t,
                primary,
                japanese,
                QUOTE.test(texts[i]!)
                  ? { before: texts.slice(0, i).join(''), after: texts.slice(i + 1).join('') }
                  : undefined,
              ),
        );
      }
    }
    for (const key of ['stack', 'columns', 'ul', 'ol', 'table', 'body'] as const) visit(value[key]);
  };
  visit(content);
  return content;
}
