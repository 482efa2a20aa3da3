// Pasted or saved plain text → the article's paragraphs. Three layouts are read:
// - paragraphs separated by blank lines (lines inside a paragraph joined);
// - one paragraph a line, with no blank lines (text copied from most web pages);
// - hard-wrapped text: lines broken at a fixed width inside paragraphs, a paragraph starting on an indented
//   line or after a short last line (wire copy kept as plain text, e-mail, text copied out of a PDF).
// Reading a hard-wrapped text one paragraph a line would cut its sentences and quotations at every line end.
import { dropTrailingListings, isBoilerplateParagraph, withoutInlineCaptions } from './boilerplate';

/** A line ending where a sentence, a quotation or a heading may end. */
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/u;
/** The longest wrap width taken for hard wrapping: longer lines are one-paragraph-a-line text. */
const MAX_WRAP_WIDTH = 100;
/** A line shorter than this share of the wrap width is a paragraph's last line. */
const SHORT_LINE = 0.6;

const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;
/**
 * The largest and smallest of many numbers, without spreading them as arguments (`Math.max(...xs)`
 * throws a RangeError past about a hundred thousand, and a pasted listing may have more lines).
 */
const largest = (xs: readonly number[]): number => xs.reduce((m, x) => (x > m ? x : m), -Infinity);
const smallest = (xs: readonly number[]): number => xs.reduce((m, x) => (x < m ? x : m), Infinity);

/**
 * Whether the lines of a block are wrapped at a fixed width inside their paragraphs: at least three
 * lines, none longer than a wrap width, most of them near the widest, and many ending mid-sentence.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  const texts = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (texts.length < 3) return false;
  const width = largest(texts.map((t) => t.length));
  if (width > MAX_WRAP_WIDTH) return false;
  const full = texts.filter((t) => t.length >= width * 0.7).length;
  const running = texts.slice(0, -1).filter((t) => !ENDS_SENTENCE.test(t)).length;
  return full >= texts.length / 2 && running >= (texts.length - 1) * 0.3;
}

/** A hard-wrapped block's paragraphs, each one line of text (a hyphen at a line's end is kept, unspaced). */
export function unwrapLines(lines: readonly string[]): string[] {
  const kept = lines.filter((l) => l.trim() !== '');
  const width = largest(kept.map((l) => l.trim().length));
  const indents = kept.map(indentOf);
  // Indentation marks paragraphs only when some lines are indented more than others.
  const base = smallest(indents);
  const usesIndent = base < largest(indents);
  const paragraphs: string[] = [];
  let current = '';
  kept.forEach((line, i) => {
    const text = line.trim();
    const startsParagraph =
      i === 0 ||
      (usesIndent && (indents[i] as number) > base) ||
      (kept[i - 1] as string).trim().length < width * SHORT_LINE;
    if (startsParagraph) {
      if (current !== '') paragraphs.push(current);
      current = text;
    } else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(text)) current += text;
    else current += ` ${text}`;
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/**
 * A crosshead in single quotes run into the text after a sentence (a page copied as one paragraph: "… the
 * blast. 'Massive damage' A Nato spokesman said …"): a short phrase, no stop or comma in it, followed by a
 * capital. A quotation in prose ends on its own stop or comma (‘We won,’ he said), so is not taken.
 */
const RUN_IN_HEADING = /(?<=[.!?]["”’]?\s+)['‘](\p{Lu}[^'‘’.!?,;:…"“”]{1,60}?)['’]\s+(?=["“]?\p{Lu})/gu;

/** The paragraph split at its run-in crossheads, each heading a paragraph of its own. */
function withoutRunInHeadings(paragraph: string): string[] {
  return paragraph.split(RUN_IN_HEADING).map((p) => p.trim());
}

/** A text's paragraphs twice over, from one reading of its layout: as written, and as the story is read. */
export interface TextParagraphs {
  /** Every paragraph as written, its furniture (byline, credits, captions) still in them. */
  asWritten: string[];
  /** The story's paragraphs: the furniture, the captions run into the text and the trailing listings dropped. */
  read: string[];
}

/** The text's paragraphs as written and as read (above), its layout read once for both. */
export function textParagraphs(text: string): TextParagraphs {
  const asWritten = textParagraphsAsWritten(text);
  const read = dropTrailingListings(asWritten)
    .filter((p) => !isBoilerplateParagraph(p))
    .map(withoutInlineCaptions)
    .flatMap(withoutRunInHeadings)
    .filter((p) => p !== '');
  return { asWritten, read };
}

/** Plain paragraphs of a text: blank-line separated, hard-wrapped, or one paragraph a line (above). */
export function textToParagraphs(text: string): string[] {
  return textParagraphs(text).read;
}

/**
 * The text's paragraphs as written, its furniture (byline, credits, captions) still in them: what the
 * article says about itself above its story is read from these.
 */
function textParagraphsAsWritten(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n'))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
  const oneBlock = blocks.length === 1;
  const paragraphs = blocks.flatMap((lines) => {
    if (isHardWrapped(lines)) return unwrapLines(lines);
    // A text with no blank lines between paragraphs (as pasted from many pages) has one paragraph a line.
    return oneBlock ? lines : [lines.join(' ')];
  });
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}
