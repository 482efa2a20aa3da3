import { ISOLATE_CLOSE, ISOLATE_OPEN } from './bidi-isolate';

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2025-12-15` → `15 December 2025`; anything else is returned unchanged. */
export function formatLongDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

// Characters XML 1.0 cannot hold: C0 controls except tab/LF/CR, U+FFFE/U+FFFF, and lone surrogates.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that Word, LibreOffice and PDF text layers cannot hold. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Marks around italic text in a formatted note (private-use characters, never in a source's text). */
export const EMPHASIS_OPEN = '\uE000';
export const EMPHASIS_CLOSE = '\uE001';

/**
 * Text with the spans to set in italics and the spans to isolate as right-to-left fields (see
 * `isolateField`), as `[start, end)` offsets into `text`.
 */
export interface EmphasisedText {
  text: string;
  italic: Array<[number, number]>;
  isolates: Array<[number, number]>;
}

/**
 * `text` with its first letter a capital, as CSL begins a note ("diplomats familiar with the talks,
 * cited in …" → "Diplomats …"): only a lower-case first letter (after any opening quote or bracket) is
 * changed, and only where its capital is one character (offsets into the text stay right); the rest
 * keeps its case, names and quotations included.
 */
export function capitaliseFirst(text: string): string {
  const m = /^([\p{Ps}\p{Pi}"'\s]*)(\p{Ll})/u.exec(text);
  if (!m) return text;
  const [whole, lead = '', letter = ''] = m;
  const upper = letter.toUpperCase();
  return upper.length === letter.length ? lead + upper + text.slice(whole.length) : text;
}

/**
 * Text with italics marked (see EMPHASIS_OPEN) and right-to-left fields marked (ISOLATE_OPEN) as plain
 * text and its italic and isolated spans. Italic marks nest (an italic title inside an italic one is set
 * upright, as CSL flips it); an isolate inside another is part of it; unpaired marks are dropped.
 */
export function splitEmphasis(marked: string): EmphasisedText {
  let text = '';
  const italic: Array<[number, number]> = [];
  const isolates: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  let isolating = 0;
  let isolateStart = 0;
  for (const ch of marked) {
    if (ch === EMPHASIS_OPEN || ch === EMPHASIS_CLOSE) {
      const next = Math.max(0, depth + (ch === EMPHASIS_OPEN ? 1 : -1));
      const wasItalic = depth % 2 === 1;
      const isItalic = next % 2 === 1;
      if (!wasItalic && isItalic) start = text.length;
      if (wasItalic && !isItalic && text.length > start) italic.push([start, text.length]);
      depth = next;
    } else if (ch === ISOLATE_OPEN) {
      if (isolating++ === 0) isolateStart = text.length;
    } else if (ch === ISOLATE_CLOSE) {
      if (isolating > 0 && --isolating === 0 && text.length > isolateStart)
        isolates.push([isolateStart, text.length]);
    } else text += ch;
  }
  if (depth % 2 === 1 && text.length > start) italic.push([start, text.length]);
  if (isolating > 0 && text.length > isolateStart) isolates.push([isolateStart, text.length]);
  return { text, italic, isolates };
}

/**
 * Text folded as the search index folds it (SQLite's unicode61 tokenizer with remove_diacritics; the
 * team library's search vector is written from the same folding): decomposed (NFD), accents and other
 * combining marks removed, lower case. "Recep Tayyip Erdoğan" → "recep tayyip erdogan", "Škoda" →
 * "skoda", "ЛАВРОВ" → "лавров". Punctuation and spaces are kept: the speaker and outlet filters compare
 * folded text with this, as a substring and as a whole name.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** CSL's rich-text tags (italics, bold, superscript, subscript, small capitals, `nocase`). */
const CSL_MARKUP =
  /<\/?(?:i|b|sup|sub)>|<span(?: class="nocase"| style="font-variant: ?small-caps;?")>|<\/span>/g;

/**
 * A title as a list or a picker shows it: CSL's markup left out ("The <i>Kursk</i> incident" → "The Kursk
 * incident"). The title keeps its markup (notes and the source list print its italics); this is for
 * places that show plain text.
 */
export const withoutCslMarkup = (s: string): string => (s.includes('<') ? s.replace(CSL_MARKUP, '') : s);

/**
 * Typographic double quotation marks (“…”, „…“, «…», ＂) as the straight quotes a search reads as a phrase:
 * text pasted from a document or a page carries them, and a phrase search must not turn into a search for
 * its words apart.
 */
export const straightQuotes = (text: string): string =>
  text.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\uFF02]/g, '"');
