/**
 * Right-to-left text in a line, in the Unicode bidirectional algorithm's visual order (UAX #9, rules
 * L1–L2, through bidi-js). pdfmake lays a line's words out left to right in the order they are written;
 * fontkit shapes each word of Arabic or Hebrew and draws its letters right to left, but the words of a
 * right-to-left phrase must also follow each other from right to left, mixed with Latin text in their
 * written order. A line is reordered just before it is drawn, word by word (pdfmake's inlines): the
 * line breaks stay where pdfmake measured them, as the algorithm wants (reordering is per line).
 *
 * A paragraph takes the direction of its first strong letter (`paragraphDirection`, UAX #9 rules
 * P2–P3, citations left out as isolates): a right-to-left paragraph is set right-aligned and each of
 * its lines reordered at paragraph level 1, so it reads from the right, Latin words in it left to
 * right. A citation is an isolate in the direction of its own text (`isolateCitation`), so after an
 * Arabic paragraph its parenthesis, year and locator keep their order, and its right-to-left stretches (a
 * source's Arabic title) are isolated inside it, so the punctuation and year after a title stay outside it;
 * so is each right-to-left field of a note or source-list entry (a name, an outlet, a title: the render
 * model's `isolates`, drawn as pieces marked `bidiField`), so "quoted in", the quote marks and the date
 * around it keep their order. A note marker (and the comma between two) is an isolate too (`bidiNote`):
 * read as a number after an Arabic or Hebrew quote it joined the quote's run with the `".` before it,
 * and stood left of the quote in an English paragraph. The isolate marks are only read by the
 * algorithm, never drawn: the pieces' text is left as it is. Readers that extract text (pdftotext, screen readers) put
 * right-to-left runs back in their written order themselves, as for any PDF: the glyphs are in visual
 * order, each word's with its own text (see `glyphText` in pdf-patches.ts).
 */

import { FSI, isolateCitation, PDI, RLI, RTL } from '../../core/bidi-isolate';
import { bidiJs } from './paragraph-direction';

export { RTL };

/** What the reordering reads of pdfmake's inline (one word and its trailing space, or a part of one). */
export interface BidiInline {
  text: string;
  x: number;
  width: number;
  font?: { widthOfString?(text: string, size: number): number };
  fontSize?: number;
  /** Part of a citation, whose right-to-left stretches are isolated (see `bidiIsolate` in pdf-definition.ts). */
  bidiIsolate?: boolean;
  /**
   * Part of a right-to-left field of a note or source-list entry (its index among the entry's isolates,
   * see `isolateField`): the pieces of one field are isolated together, as written.
   */
  bidiField?: number;
  /** Part of a note marker (its number, or the comma between two): isolated, with the markers beside it. */
  bidiNote?: boolean;
  /** Where the piece stands in the line as written (0 first): set on lines with right-to-left text. */
  _logical?: number;
  [key: string]: unknown;
}

/**
 * An inline's spaces and punctuation at either end as inlines of their own: fontkit draws a
 * right-to-left word's trailing space or closing quote on its left, where the algorithm may want it
 * elsewhere (a quote closing an Arabic quotation in an English sentence stays on the right).
 */
function detachNeutrals(inline: BidiInline): BidiInline[] {
  const m = /^([\s\p{P}\p{S}]*)([\s\S]*?)([\s\p{P}\p{S}]*)$/u.exec(inline.text);
  const [, lead = '', body = '', trail = ''] = m ?? [];
  if ((!lead && !trail) || !body || typeof inline.font?.widthOfString !== 'function') return [inline];
  const size = inline.fontSize ?? 0;
  const leadWidth = lead ? inline.font.widthOfString(lead, size) : 0;
  const trailWidth = trail ? inline.font.widthOfString(trail, size) : 0;
  const bodyWidth = inline.width - leadWidth - trailWidth;
  if (bodyWidth <= 0) return [inline];
  const out: BidiInline[] = [];
  // One piece per character: a comma and the space after it take their places apart (in a
  // right-to-left paragraph the comma stays by its word, the space goes between the words).
  const each = (text: string, x: number, last: boolean) => {
    for (const char of text) {
      const width = inline.font!.widthOfString!(char, size);
      out.push({ ...inline, text: char, x, width, trailingCut: last ? inline.trailingCut : 0 });
      x += width;
    }
  };
  each(lead, inline.x, false);
  out.push({ ...inline, text: body, x: inline.x + leadWidth, width: bodyWidth, trailingCut: 0 });
  each(trail, inline.x + leadWidth + bodyWidth, true);
  return out;
}

/** The level of an inline: that of its first letter or digit (else its first character). */
function levelOf(text: string, levels: Uint8Array, at: number[], start: number): number {
  const first = text.search(/[\p{L}\p{N}]/u);
  return levels[at[start + Math.max(0, first)] ?? 0] ?? 0;
}

/**
 * How a piece is isolated: with its citation's (`c`), its field's (`f` and the field), with the note
 * markers beside it (`n`), or not ('').
 */
const isolation = (piece: BidiInline) =>
  piece.bidiField !== undefined
    ? `f${piece.bidiField}`
    : piece.bidiIsolate === true
      ? 'c'
      : piece.bidiNote === true
        ? 'n'
        : '';

/**
 * The text the algorithm reads for a line's pieces: their text, citations' right-to-left stretches
 * and the right-to-left fields of notes and source-list entries between isolate marks; and where each
 * character of the pieces' text stands in it.
 */
function analysed(pieces: BidiInline[]): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < pieces.length;) {
    let end = i + 1;
    const isolate = isolation(pieces[i]!);
    while (end < pieces.length && isolation(pieces[end]!) === isolate) end++;
    const written = pieces
      .slice(i, end)
      .map((p) => p.text)
      .join('');
    const read =
      isolate === 'c'
        ? isolateCitation(written)
        : isolate === 'n'
          ? `${FSI}${written}${PDI}`
          : isolate
            ? `${RLI}${written}${PDI}`
            : written;
    for (const char of read) {
      // Isolate marks take a place in the analysed text, none in the pieces'.
      if (char !== RLI && char !== PDI && char !== FSI)
        for (let k = 0; k < char.length; k++) at.push(text.length + k);
      text += char;
    }
    i = end;
  }
  return { text, at };
}

/**
 * A line's inlines in visual order, placed one after the other from where the line starts, in a
 * paragraph of the given direction: every line of a paragraph is reordered at the paragraph's level,
 * whatever script it starts with or holds (a wrapped line of an Arabic paragraph quoting English may hold
 * no Arabic letter, its closing quote and note marker still at its left). A line of a left-to-right
 * paragraph without right-to-left letters comes back as it is (the same array).
 */
export function visualOrder<T extends BidiInline>(inlines: T[], direction: 'ltr' | 'rtl' = 'ltr'): T[] {
  if (direction === 'ltr' && !inlines.some((i) => RTL.test(i.text))) return inlines;
  const pieces = inlines.flatMap((i) =>
    direction === 'rtl' || RTL.test(i.text) ? detachNeutrals(i) : [i],
  ) as T[];
  const { text, at } = analysed(pieces);
  const { levels } = bidiJs().getEmbeddingLevels(text, direction);
  let start = 0;
  const leveled = pieces.map((piece, logical) => {
    const level = levelOf(piece.text, levels, at, start);
    start += piece.text.length;
    return { piece: { ...piece, _logical: logical }, level };
  });
  // L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.
  const highest = Math.max(...leveled.map((l) => l.level));
  const lowestOdd = Math.min(...leveled.map((l) => (l.level % 2 === 1 ? l.level : Infinity)));
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level--) {
    for (let i = 0; i < leveled.length;) {
      if (leveled[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < leveled.length && leveled[end]!.level >= level) end++;
      leveled.splice(i, end - i, ...leveled.slice(i, end).reverse());
      i = end;
    }
  }
  // pdfmake aligned the line leaving out its last word's trailing space: in a right-to-left paragraph
  // that space is drawn at the left end, so the line starts that much further left.
  const trailing = direction === 'rtl' ? Number(inlines[inlines.length - 1]?.trailingCut ?? 0) : 0;
  let x = (inlines[0]?.x ?? 0) - trailing;
  return leveled.map(({ piece, level }) => {
    const placed: T = { ...piece, x };
    x += piece.width;
    // L4: brackets and quotes between right-to-left words face the other way (fontkit mirrors those it shapes).
    if (level % 2 === 1 && !RTL.test(piece.text))
      placed.text = [...piece.text].map((c) => bidiJs().getMirroredCharacter(c) ?? c).join('');
    return placed;
  });
}
