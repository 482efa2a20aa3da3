import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RTL, visualOrder, type BidiInline } from './pdf-bidi';
import {
  installTaggedDrawing,
  installTaggedLayout,
  type TaggedDrawingTargets,
  type TaggedLayoutTargets,
} from './pdf-tagging';
import { installFootnoteLayout, type FootnoteTargets } from './pdf-footnotes';
import { installObjectStreams, type ObjectStreamTargets } from './pdf-object-streams';

/**
 * Every change the PDF writer makes to pdfmake and pdfkit, installed and checked here and nowhere else.
 * Each patch wraps methods of the pinned versions (package.json pins pdfmake and, through `overrides`,
 * pdfkit): it names the methods it wraps and the source text it relies on in them, so a version whose
 * internals moved is refused (the patch is left out and the export takes the unpatched path) and fails
 * `tests/unit/services/pdf-patches.test.ts` instead of silently breaking the layout.
 */

const require = createRequire(import.meta.url);

/** The versions the patches were written against (package.json pins the same). */
export const PINNED_VERSIONS = { pdfmake: '0.3.11', pdfkit: '0.19.1', fontkit: '2.0.4' } as const;

/** A module of pdfmake or pdfkit whose code a patch relies on, and the text it relies on in it. */
interface Fingerprint {
  /** Resolved from pdfmake's own folder (pdfkit and fontkit as pdfmake loads them). */
  module: string;
  /** Source text the patch relies on, each exactly as it stands in the module. */
  source: string[];
}

interface Patch {
  name: string;
  fingerprints: Fingerprint[];
  /** Installs the patch; called once, only when every fingerprint is found. */
  install(): void;
}

type Proto<T> = { default?: { prototype: T } };
/** A module as pdfmake itself loads it (pdfkit is pdfmake's dependency, fontkit pdfkit's). */
const resolveModule = (module: string): string =>
  module.startsWith('pdfmake/')
    ? require.resolve(module)
    : createRequire(resolveModule(module === 'fontkit' ? 'pdfkit' : 'pdfmake/js/index.js')).resolve(module);
const prototypeOf = <T>(module: string) => (require(module) as Proto<T>).default?.prototype;

/** What pdfmake's renderer reads from an inline; those alike in everything but text draw as one. */
interface Inline {
  text: string;
  x: number;
  width: number;
  height: number;
  trailingCut?: number;
  [key: string]: unknown;
}
const DRAWN_ALIKE = [
  'font',
  'fontSize',
  'color',
  'opacity',
  'sup',
  'sub',
  'characterSpacing',
  'fontFeatures',
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'alignment',
] as const;

function drawnAlike(a: Inline, b: Inline): boolean {
  for (const key of DRAWN_ALIKE) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * pdfmake lays text out word by word and draws each word on its own (one pdfkit `text` call, with its
 * own colour, font and position operators: most of the drawing time and of the file). Before a line
 * is drawn, neighbouring inlines that draw alike and sit edge to edge are joined into one run: the
 * same glyphs at the same places, far fewer operators.
 *
 * A run must draw exactly as wide as pdfmake measured its inlines, or every later word of it moves
 * (over the next inline, a note marker, and past the right margin). So an inline joins a run only
 * where pdfkit would lay the joined text out in the same pieces as pdfmake measured them: after a space
 * or tab (pdfkit lays text out, and shapes it, one space-ended word at a time), or between plain Latin
 * text, whose width is the sum of its glyphs' advances (`plainLatinLayout`) wherever it is cut. Shaped
 * text cut elsewhere (inside a word of another script, emoji, combining marks) is drawn inline by
 * inline, each where it was measured. (The glyph drawn for a character the font lacks had its own
 * mismatch: see `notdefAdvance`.)
 */
function joinInlinesWhenDrawing(): void {
  const proto = prototypeOf<{ renderLine: (line: { inlines: Inline[] }, ...rest: unknown[]) => unknown }>(
    'pdfmake/js/Renderer.js',
  )!;
  const renderLine = proto.renderLine;
  const joined = function (
    this: { pdfDocument?: { addNamedDestination?(name: string, ...args: unknown[]): void } },
    line: { inlines: Inline[] },
    ...rest: unknown[]
  ) {
    const inlines = line.inlines;
    // Each note marker is the target of its note's back-link (`ref-N`), where it stands: pdfmake gives
    // a line one destination, at its start, so a paragraph's markers on later lines or pages would
    // otherwise lead back to where the paragraph starts.
    const [x, y] = rest;
    if (typeof x === 'number' && typeof y === 'number')
      for (const inline of inlines) {
        const m = /^note-(\d+)$/.exec(String(inline.linkToDestination ?? ''));
        if (m) this.pdfDocument?.addNamedDestination?.(`ref-${m[1]}`, 'XYZ', x + inline.x, y, null);
      }
    if (inlines.length > 1) {
      const out: Inline[] = [];
      let run: Inline | undefined;
      let runPlain = false;
      // Whether `run` is a copy made here: the inlines are not changed, since a table's header row is
      // drawn again on each page from the same inlines (joined into the first inline, its words after
      // the first were drawn a second time over it: "Who said it" in two weights).
      let isCopy = false;
      for (const inline of inlines) {
        if (
          run &&
          inline.alignment !== 'justify' &&
          !inline._pageNodeRef &&
          !run._pageNodeRef &&
          Math.abs(run.x + run.width - inline.x) < 0.01 &&
          drawnAlike(run, inline) &&
          // Right-to-left words are drawn one by one, in the order `bidiLineOrder` gave them.
          !RTL.test(run.text) &&
          !RTL.test(inline.text) &&
          (/[ \t]$/.test(run.text) || (runPlain && PLAIN_LATIN.test(inline.text)))
        ) {
          if (!isCopy) {
            run = out[out.length - 1] = { ...run };
            isCopy = true;
          }
          run.text += inline.text;
          run.width += inline.width;
          run.height = Math.max(run.height, inline.height);
          run.trailingCut = inline.trailingCut ?? 0;
          runPlain = runPlain && PLAIN_LATIN.test(inline.text);
        } else {
          // A line is drawn once: its first inline of a run becomes the run.
          run = inline;
          isCopy = false;
          runPlain = PLAIN_LATIN.test(inline.text);
          out.push(run);
        }
      }
      line.inlines = out;
    }
    return renderLine.call(this, line, ...rest);
  } as typeof renderLine;
  proto.renderLine = joined;
}

/**
 * Text that needs no shaping: Latin letters (precomposed accents included), digits, punctuation, the
 * common typographic quotes and dashes. No combining marks, no zero-width characters, no soft hyphen.
 */
const PLAIN_LATIN = /^[\x20-\x7E\xA0-\xAC\xAE-\u024F\u2010-\u2027\u2030-\u203A\u20AC]*$/;

/** pdfkit's embedded font (0.19, pinned): lays text out with fontkit, one word at a time, cached per word. */
interface EmbeddedFontProto {
  layoutRun: ((this: EmbeddedFontThis, text: string, features?: unknown) => unknown) & { plain?: true };
}
type ProvideFont = (...args: unknown[]) => object;
const pdfDocumentProto = () => prototypeOf<{ provideFont: ProvideFont }>('pdfmake/js/PDFDocument.js')!;
interface EmbeddedFontThis {
  scale: number;
  font: { glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number } };
}

/**
 * pdfkit shapes every word with fontkit (OpenType substitution and positioning lookups): most of the
 * time of measuring and drawing text. Plain Latin text needs none of it to look as Word sets it (Word
 * applies neither kerning nor ligatures unless asked): each character's glyph and its advance width,
 * for measuring and drawing alike. Anything else (other scripts, combining marks) is shaped as before.
 */
function plainLatinLayout(): void {
  const proto = pdfDocumentProto();
  const provideFont = proto.provideFont;
  const patch = (font: EmbeddedFontProto) => {
    const layoutRun = font.layoutRun;
    if (typeof layoutRun !== 'function' || layoutRun.plain) return;
    const plain = function (this: EmbeddedFontThis, text: string, features?: unknown) {
      if (features || !PLAIN_LATIN.test(text)) return layoutRun.call(this, text, features);
      const glyphs = [];
      const positions = [];
      let advanceWidth = 0;
      for (let i = 0; i < text.length; i++) {
        const glyph = this.font.glyphForCodePoint(text.charCodeAt(i));
        if (!glyph.id) return layoutRun.call(this, text, features);
        const width = glyph.advanceWidth * this.scale;
        glyphs.push(glyph);
        positions.push({ xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width });
        advanceWidth += width;
      }
      return { glyphs, positions, advanceWidth };
    } as typeof layoutRun;
    plain.plain = true;
    font.layoutRun = plain;
  };
  const patched = function (this: unknown, ...args: unknown[]) {
    const font = provideFont.apply(this, args);
    patch(Object.getPrototypeOf(font) as EmbeddedFontProto);
    return font;
  } as typeof provideFont;
  proto.provideFont = patched;
}

/**
 * pdfkit (0.19) writes the advance of glyph 0, the box drawn for a character the font lacks (Arabic,
 * Hebrew, emoji in Roboto), to the PDF in font units (908 for Roboto) where every other glyph's is
 * scaled to a 1000-unit em (443): measured at 0.44 em, each box was drawn 0.91 em wide, so a word of
 * such characters ran over the words after it and past the margin. The font's glyph 0 advance, scaled
 * as the others, makes the drawn boxes as wide as measured.
 */
function notdefAdvance(): void {
  const proto = pdfDocumentProto();
  const provideFont = proto.provideFont;
  const patched = function (this: unknown, ...args: unknown[]) {
    const font = provideFont.apply(this, args) as {
      widths?: number[];
      scale?: number;
      font?: { getGlyph?(id: number): { advanceWidth: number } };
    };
    const glyph = font?.font?.getGlyph?.(0);
    if (Array.isArray(font?.widths) && typeof font.scale === 'number' && glyph)
      font.widths[0] = glyph.advanceWidth * font.scale;
    return font;
  } as ProvideFont;
  proto.provideFont = patched;
}

/**
 * pdfmake looks up some twenty style properties for every word it measures, each time walking its
 * style stack (and pushing and popping the word itself on it). The stack answers the same while it
 * is unchanged: its answers are kept until its next push or pop, and a word without a named style of
 * its own is not pushed to ask (it can only answer for the properties it sets, read from it first).
 */
function cachedStyleLookups(): void {
  type Stack = {
    push(item: unknown): unknown;
    pop(count?: number): unknown;
    getProperty(property: string): unknown;
    answers?: Map<string, unknown> | undefined;
  };
  const StackClass = (
    require('pdfmake/js/StyleContextStack.js') as {
      default?: {
        prototype: Stack;
        getStyleProperty?: (
          item: Record<string, unknown>,
          stack: Stack | undefined,
          property: string,
          fallback: unknown,
        ) => unknown;
      };
    }
  ).default!;
  const getStyleProperty = StackClass.getStyleProperty!;
  const { push, pop, getProperty } = StackClass.prototype;
  StackClass.prototype.push = function (this: Stack, item: unknown) {
    this.answers = undefined;
    return push.call(this, item);
  };
  StackClass.prototype.pop = function (this: Stack, count?: number) {
    this.answers = undefined;
    return pop.call(this, count);
  };
  StackClass.prototype.getProperty = function (this: Stack, property: string) {
    const answers = (this.answers ??= new Map());
    if (answers.has(property)) return answers.get(property);
    const value = getProperty.call(this, property);
    answers.set(property, value);
    return value;
  };
  const cached = function (
    item: Record<string, unknown>,
    stack: Stack | undefined,
    property: string,
    fallback: unknown,
  ) {
    const own = item[property];
    if (own !== undefined && own !== null) return own;
    if (!stack || typeof item !== 'object' || item.style !== undefined || item.section !== undefined)
      return getStyleProperty.call(StackClass, item, stack, property, fallback);
    const value = stack.getProperty(property);
    return value !== undefined && value !== null ? value : fallback;
  } as typeof getStyleProperty;
  StackClass.getStyleProperty = cached;
}

/** Every line drawn with its right-to-left words in visual order (see `pdf-bidi.ts`). */
function bidiLineOrder(): void {
  type Line = { inlines: BidiInline[]; direction?: 'rtl' };
  const proto = prototypeOf<{ renderLine: (line: Line, ...rest: unknown[]) => unknown }>(
    'pdfmake/js/Renderer.js',
  )!;
  const renderLine = proto.renderLine;
  proto.renderLine = function (this: unknown, line: Line, ...rest: unknown[]) {
    line.inlines = visualOrder(line.inlines, line.direction);
    return renderLine.call(this, line, ...rest);
  };
  // A right-to-left paragraph's node says so (`direction`); each line broken from it carries it.
  const builder = prototypeOf<{ buildNextLine: (node: { direction?: string }) => Line | null }>(
    'pdfmake/js/LayoutBuilder.js',
  )!;
  const buildNextLine = builder.buildNextLine;
  builder.buildNextLine = function (this: unknown, node) {
    const line = buildNextLine.call(this, node);
    if (line && node.direction === 'rtl') line.direction = 'rtl';
    return line;
  };
}

/**
 * A right-to-left bullet's marker at its right, beside the text's first word, as a right-to-left reader
 * looks for it: pdfmake draws every marker in the gap left of the item, where an Arabic item's
 * right-aligned text is far away. The item gives up the gap's width at its right for the marker.
 *
 * And a drawn bullet (disc, circle, square) on its item's first line as a number is: pdfmake places it
 * from the top of the line by the list font's ascender (Roboto), so on a line set in a taller font (Noto
 * Sans Arabic, CJK, emoji) it stood above the text's middle. It is moved down by what the line's ascender
 * exceeds the list font's, as pdfmake already does for a number (`line.getAscenderHeight()`).
 */
function rtlListMarkers(): void {
  type Vector = { type: string; x: number; y: number; r1?: number; w?: number; _writtenY?: number };
  type Line = { getAscenderHeight(): number };
  type Writer = {
    context(): { availableWidth: number };
    addListener(event: 'lineAdded', fn: (line: Line) => void): unknown;
    removeListener(event: 'lineAdded', fn: (line: Line) => void): unknown;
    addVector: (vector: Vector, ...rest: unknown[]) => unknown;
  };
  type Marker = {
    canvas?: Vector[];
    _inlines?: Array<{ width: number; trailingCut?: number }>;
    _minWidth?: number;
    _writtenMinWidth?: number;
  };
  type Item = {
    direction?: string;
    _margin?: number[] | null;
    _writtenMargin?: number[] | null;
    listMarker?: Marker;
  };
  type GapSize = { width: number; height: number; lineHeight: number; descender: number };
  type Builder = {
    writer: Writer;
    processList(ordered: boolean, node: { ul?: Item[]; ol?: Item[]; _gapSize: GapSize }): unknown;
  };
  const proto = prototypeOf<Builder>('pdfmake/js/LayoutBuilder.js')!;
  const processList = proto.processList;
  proto.processList = function (this: Builder, ordered, node) {
    const gap = node._gapSize.width;
    // The items' width once pdfmake has set the gap off at their left.
    const width = this.writer.context().availableWidth - gap;
    for (const item of (ordered ? node.ol : node.ul) ?? []) {
      const marker = item.listMarker;
      if (item.direction !== 'rtl' || !marker) continue;
      // Set, not shifted: the layout may run more than once over the same nodes.
      item._writtenMargin ??= item._margin ?? [0, 0, 0, 0];
      const [left = 0, top = 0, right = 0, bottom = 0] = item._writtenMargin;
      item._margin = [left, top, right + gap, bottom];
      // pdfmake places the marker at -_minWidth from the item's left: its far edge now at the items' right edge.
      marker._writtenMinWidth ??= marker._minWidth ?? 0;
      const vector = marker.canvas?.[0];
      const number = marker._inlines?.[0];
      if (vector) {
        const size = vector.type === 'ellipse' ? 2 * (vector.r1 ?? 0) : (vector.w ?? 0);
        vector.x = width + marker._writtenMinWidth - size + (vector.type === 'ellipse' ? size / 2 : 0);
      } else if (number) marker._minWidth = -(width - (number.width - (number.trailingCut ?? 0)));
    }
    // The list font's ascender, as pdfmake reckons a bullet's height from it (DocMeasure's buildDisc).
    const gapAscender = node._gapSize.height / node._gapSize.lineHeight + node._gapSize.descender;
    const bullets = new Set<Vector>();
    for (const item of (ordered ? node.ol : node.ul) ?? [])
      if (item.listMarker?.canvas?.[0]) bullets.add(item.listMarker.canvas[0]);
    if (bullets.size === 0) return processList.call(this, ordered, node);
    const writer = this.writer;
    let line: Line | undefined;
    // Registered before pdfmake's own listener, so it has the line when pdfmake adds the marker.
    const seen = (added: Line) => (line = added);
    writer.addListener('lineAdded', seen);
    const addVector = writer.addVector;
    writer.addVector = function (this: Writer, vector, ...rest) {
      if (bullets.has(vector) && line) {
        vector._writtenY ??= vector.y;
        vector.y = vector._writtenY + Math.max(0, line.getAscenderHeight() - gapAscender);
      }
      return addVector.call(this, vector, ...rest);
    };
    try {
      return processList.call(this, ordered, node);
    } finally {
      writer.addVector = addVector;
      writer.removeListener('lineAdded', seen);
    }
  };
}

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface EmbeddedFontEncoding {
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: Array<{ xAdvance: number }> };
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  widths: number[];
  unicode: number[][];
  scale: number;
  textCodes?: Map<string, number>;
  /** Each word's codes and positions, as `encode` gave them (see `encodeByWord`). */
  encodedWords?: Map<string, [string[], Array<{ xAdvance: number }>]>;
}
const sameText = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * The text each drawn glyph stands for, in the PDF's ToUnicode map (what text extraction, search and
 * screen readers read). fontkit keeps a glyph's characters from its first look-up, and pdfkit maps a
 * glyph to the characters of its first use: a glyph drawn for other text read back as the first one
 * (Arabic letters that share a shape and differ in their dots, alef with and without hamza, an emoji
 * with and without a skin tone, a missing character's box). Each glyph now carries the characters it
 * was shaped from, and a glyph drawn for other characters than before is embedded again under a code
 * of its own (a few bytes).
 */
function glyphText(): void {
  const proto = pdfDocumentProto();
  const provideFont = proto.provideFont;
  const patched = new WeakSet<object>();
  /**
   * Text without font features, encoded a word at a time (a word and the spaces after it, the pieces
   * pdfkit lays text out in and caches), each word once per font: a line is drawn as one run (see
   * `joinInlinesWhenDrawing`), so its text is new, but its words are not. A word's glyphs and
   * positions are the same wherever it stands, and encoding it again would add nothing to the font.
   */
  function encodeByWord(this: EmbeddedFontEncoding, text: string, features?: unknown) {
    if (features) return encode.call(this, text, features);
    const words = (this.encodedWords ??= new Map());
    const codes: string[] = [];
    const positions: Array<{ xAdvance: number }> = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && i < text.length - 1) continue;
      const word = text.slice(start, i + 1);
      start = i + 1;
      let encoded = words.get(word);
      if (!encoded) words.set(word, (encoded = encode.call(this, word)));
      for (const code of encoded[0]) codes.push(code);
      for (const position of encoded[1]) positions.push(position);
    }
    return [codes, positions];
  }
  function encode(
    this: EmbeddedFontEncoding,
    text: string,
    features?: unknown,
  ): [string[], Array<{ xAdvance: number }>] {
    const { glyphs, positions } = this.layout(text, features);
    const codes: string[] = [];
    const texts = glyphs.map((g) => g.codePoints);
    // A character drawn as a mark and a spacing glyph (Thai ำ: nikhahit, then sara aa) gets its text
    // on the mark, the glyph with the width on none: text extraction saw a gap there, and a space.
    for (let i = 1; i < glyphs.length; i++)
      if (texts[i]!.length === 0 && texts[i - 1]!.length > 0 && positions[i - 1]?.xAdvance === 0) {
        texts[i] = texts[i - 1]!;
        texts[i - 1] = [];
      }
    for (const [i, glyph] of glyphs.entries()) {
      const text = texts[i]!;
      let gid = this.subset.includeGlyph(glyph.id);
      const known = this.unicode[gid];
      if (known != null && !sameText(known, text)) {
        const key = `${glyph.id}:${text.join(',')}`;
        const codes = (this.textCodes ??= new Map());
        let again = codes.get(key);
        if (again === undefined) {
          this.subset.glyphs.push(glyph.id);
          again = this.subset.glyphs.length - 1;
          codes.set(key, again);
        }
        gid = again;
      }
      codes.push(gid.toString(16).padStart(4, '0'));
      this.widths[gid] ??= glyph.advanceWidth * this.scale;
      this.unicode[gid] ??= text;
    }
    return [codes, positions];
  }
  type GetGlyph = (this: unknown, id: number, characters?: number[]) => Glyph | null;
  proto.provideFont = function (this: unknown, ...args: unknown[]) {
    const font = provideFont.apply(this, args) as { font?: object };
    const embedded = Object.getPrototypeOf(font) as { encode?: unknown };
    if (!patched.has(embedded) && typeof embedded.encode === 'function') {
      embedded.encode = encodeByWord;
      patched.add(embedded);
    }
    const fontkitFont = font.font ? (Object.getPrototypeOf(font.font) as { getGlyph?: GetGlyph }) : null;
    const getGlyph = fontkitFont?.getGlyph;
    if (fontkitFont && getGlyph && !patched.has(fontkitFont)) {
      fontkitFont.getGlyph = function (id, ...characters) {
        const glyph = getGlyph.call(this, id, ...characters);
        const text = characters[0];
        // Asked with the characters it was shaped from: a glyph of its own when they differ.
        if (!glyph || !text || sameText(glyph.codePoints, text)) return glyph;
        return Object.assign(Object.create(glyph) as Glyph, { codePoints: text });
      };
      patched.add(fontkitFont);
    }
    return font;
  } as ProvideFont;
}

/**
 * pdfmake asks for a word's font each time it measures one (and the patches above wrap that question
 * three times): a document's answer for a family, weight and style is the same font object every
 * time, so it is kept per document after the first. Installed last: outermost.
 */
function fontsProvidedOnce(): void {
  const proto = pdfDocumentProto() as { provideFont: ProvideFont };
  const provideFont = proto.provideFont;
  type Fonts = { _briefingFonts?: Map<string, object> };
  proto.provideFont = function (this: Fonts, familyName: unknown, bold: unknown, italics: unknown) {
    const fonts = (this._briefingFonts ??= new Map());
    // pdfmake tells the four faces apart by the truth of bold and italics (its `typeName`).
    const key = `${String(familyName)}|${bold ? 'b' : ''}${italics ? 'i' : ''}`;
    let font = fonts.get(key);
    if (!font) {
      fonts.set(key, (font = provideFont.call(this, familyName, bold, italics)));
      faces.set(font, [familyName, Boolean(bold), Boolean(italics)] as const);
    }
    return font;
  } as ProvideFont;
}

/** A document's font → the family and face pdfmake asked for it by (see `measuredTextKept`). */
const faces = new WeakMap<object, Face>();

/** The style properties pdfmake reads while it breaks and measures a text node (TextBreaker, TextInlines). */
const TEXT_STYLE = [
  'alignment',
  'background',
  'bold',
  'characterSpacing',
  'color',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'font',
  'fontFeatures',
  'fontSize',
  'italics',
  'leadingIndent',
  'lineHeight',
  'link',
  'linkToDestination',
  'linkToPage',
  'noWrap',
  'opacity',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'sub',
  'sup',
  'wordBreak',
] as const;

/** Measured text nodes kept between documents (an export after an edit measures only what changed). */
const MEASURED_KEPT = 4000;
/** A measured word (pdfmake's inline) as kept: its properties but the font, and the font's face. */
interface KeptInline {
  keys: string[];
  values: unknown[];
  face: Face;
  /** Makes a copy: its values, then its font. */
  make: (values: unknown[], font: object) => Record<string, unknown>;
}
/** Copy makers by key list: measured words share a few shapes (plain, linked, noted…). */
const makers = new Map<string, KeptInline['make']>();
/**
 * A function that makes an object with these keys, in this order, from their values, then its font:
 * one object literal of a fixed shape, ~7× faster than setting the keys one by one in a loop (each
 * warm export copies every kept word; the loop was ~6% of a warm PDF export's CPU).
 */
function makerOf(keys: string[]): KeptInline['make'] {
  const signature = keys.join('\u0000');
  let make = makers.get(signature);
  if (make) return make;
  if (keys.includes('__proto__') || keys.includes('font') || makers.size >= 256)
    make = (values, font) => {
      const inline: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) inline[keys[i]!] = values[i];
      inline.font = font;
      return inline;
    };
  else {
    // Keys are JSON string literals: nothing in them is code.
    const fields = keys.map((k, i) => `${JSON.stringify(k)}: values[${i}]`);
    make = new Function(
      'values',
      'font',
      `return { ${[...fields, 'font'].join(', ')} };`,
    ) as KeptInline['make'];
  }
  makers.set(signature, make);
  return make;
}
/** A font's family and face as pdfmake asks for it, one object per face (see `faceOf`). */
type Face = readonly [unknown, boolean, boolean];
interface MeasuredText {
  items: KeptInline[];
  minWidth: number;
  maxWidth: number;
}
const measuredText = new Map<string, MeasuredText>();
/** Named style sets seen, by their JSON (few: one per template's styles); an id is never given twice. */
const styleSets = new Map<string, number>();
let lastStyleSet = 0;
const styleSetId = (json: string) => {
  let id = styleSets.get(json);
  if (id === undefined) {
    if (styleSets.size >= 64) styleSets.clear();
    styleSets.set(json, (id = ++lastStyleSet));
  }
  return id;
};
/** Forgets the measured text nodes kept (tests compare a document measured afresh with one measured from them). */
export function forgetMeasuredText(): void {
  measuredText.clear();
}

function measuredTextKept(): void {
  type Stack = {
    clone(): Stack;
    push(item: unknown): unknown;
    getProperty(property: string): unknown;
    styleDictionary?: unknown;
  };
  type Measure = {
    styleStack: Stack;
    textInlines: { pdfDocument: { provideFont(family: unknown, bold: boolean, italics: boolean): object } };
    _briefingStyles?: number;
  };
  type Node = Record<string, unknown> & { text?: unknown };
  const proto = prototypeOf<{ measureLeaf(this: Measure, node: Node): Node }>('pdfmake/js/DocMeasure.js')!;
  const measureLeaf = proto.measureLeaf;
  proto.measureLeaf = function (this: Measure, node: Node) {
    if (node._textRef || node._pageRef || node._pageNodeRef || node.pageReference || node.textReference)
      return measureLeaf.call(this, node);
    const text = JSON.stringify(node.text ?? '');
    if (text.includes('"_') || text.includes('"pageReference"') || text.includes('"textReference"'))
      return measureLeaf.call(this, node);
    const stack = this.styleStack.clone();
    stack.push(node);
    // The document's named styles, as a short number (the key is hashed once per text node).
    const styles = (this._briefingStyles ??= styleSetId(
      JSON.stringify(this.styleStack.styleDictionary ?? null),
    ));
    const key = `${styles}\u0000${JSON.stringify(TEXT_STYLE.map((p) => stack.getProperty(p) ?? null))}\u0000${text}`;
    const kept = measuredText.get(key);
    const doc = this.textInlines.pdfDocument as Measure['textInlines']['pdfDocument'] & {
      _briefingFaces?: Map<Face, object>;
    };
    if (kept) {
      // A fresh copy of each word (pdfmake's layout writes into them), with this document's font.
      const fonts = (doc._briefingFaces ??= new Map());
      node._inlines = kept.items.map(({ values, face, make }) => {
        let font = fonts.get(face);
        if (!font) fonts.set(face, (font = doc.provideFont(face[0], face[1], face[2])));
        return make(values, font);
      });
      node._minWidth = kept.minWidth;
      node._maxWidth = kept.maxWidth;
      return node;
    }
    const measured = measureLeaf.call(this, node);
    const items = (measured._inlines ?? []) as Record<string, unknown>[];
    const keptItems: KeptInline[] = [];
    for (const item of items) {
      const face = faces.get(item.font as object);
      if (!face) return measured;
      const keys = Object.keys(item).filter((k) => k !== 'font');
      keptItems.push({ keys, values: keys.map((k) => item[k]), face, make: makerOf(keys) });
    }
    if (measuredText.size >= MEASURED_KEPT) measuredText.delete(measuredText.keys().next().value!);
    measuredText.set(key, {
      items: keptItems,
      minWidth: measured._minWidth as number,
      maxWidth: measured._maxWidth as number,
    });
    return measured;
  };
}

/**
 * pdfkit writes the title, author, subject and keywords into the XMP metadata (which PDF/UA and PDF/A
 * require) as they are, so a title with "&" or "<" made the metadata invalid XML: they are escaped there.
 */
function xmpEscaped(): void {
  type Info = Record<string, unknown>;
  const base = Object.getPrototypeOf(pdfDocumentProto()) as { _addInfo: (this: { info: Info }) => unknown };
  const addInfo = base._addInfo;
  const xml = (value: unknown) =>
    String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  base._addInfo = function () {
    const info = this.info;
    const escaped: Info = { ...info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'])
      if (info[key] !== undefined) escaped[key] = xml(info[key]);
    this.info = escaped;
    try {
      return addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** The footnote layout's hooks on pdfmake's ElementWriter and LayoutBuilder (see `pdf-footnotes.ts`). */
function footnoteLayout(): void {
  installFootnoteLayout({
    writer: prototypeOf<FootnoteTargets['writer']>('pdfmake/js/ElementWriter.js')!,
    builder: prototypeOf<FootnoteTargets['builder']>('pdfmake/js/LayoutBuilder.js')!,
  });
}

/** Every patch, in the order installed (the later wrap the earlier where they share a method). */
const PATCHES: Patch[] = [
  {
    name: 'tagged layout',
    fingerprints: [
      {
        module: 'pdfmake/js/LayoutBuilder.js',
        source: [
          'buildNextLine(textNode) {',
          'let positions = this.writer.addLine(line);',
          'this.writer.addLine(markerLine, true);',
        ],
      },
      {
        module: 'pdfmake/js/ElementWriter.js',
        source: ['addLine(line, dontUpdateContextPosition, index) {'],
      },
    ],
    install: () =>
      installTaggedLayout({
        builder: prototypeOf<TaggedLayoutTargets['builder']>('pdfmake/js/LayoutBuilder.js')!,
        writer: prototypeOf<TaggedLayoutTargets['writer']>('pdfmake/js/ElementWriter.js')!,
      }),
  },
  {
    // First on renderLine, so innermost: it marks the runs as drawn, after reordering and joining.
    name: 'tagged drawing',
    fingerprints: [
      {
        module: 'pdfmake/js/Renderer.js',
        source: [
          'renderPages(pages) {',
          'this.renderVector(item.item);',
          'this.renderImage(item.item);',
          'this.pdfDocument.text(inline.text, x + inline.x, shiftedY, options);',
          'textDecorator.drawDecorations(line, x, y);',
        ],
      },
      {
        module: 'pdfkit',
        source: [
          'markStructureContent(tag, options = {}) {',
          'const structParent = options.structParent;',
          // The run's methods, hooked on the document's prototype.
          'text(text, x, y, options) {\n    return this._text(text, x, y, options, this._line);',
          'annotate(x, y, w, h, options) {',
          'addContent(data) {',
          'goTo(x, y, w, h, name, options = {}) {',
          'return this.annotate(x, y, w, h, options);',
          // pdf-tagging's annotationsOnTheirPages
          '_addAnnotationToParentTree(annotRef) {\n    const parentTreeKey = this.document.createStructParentTreeNextKey();',
          '_flushChild(child) {',
          'const pageRef = this.document.page.dictionary;\n      const objr = {',
        ],
      },
    ],
    install: () =>
      installTaggedDrawing({
        renderer: prototypeOf<TaggedDrawingTargets['renderer']>('pdfmake/js/Renderer.js')!,
        document: prototypeOf<TaggedDrawingTargets['document']>('pdfmake/js/PDFDocument.js')!,
      }),
  },
  {
    name: 'footnote layout',
    fingerprints: [
      {
        module: 'pdfmake/js/ElementWriter.js',
        source: [
          'addLine(line, dontUpdateContextPosition, index) {',
          "type: 'line',\n      item: line\n    }, index);",
        ],
      },
      {
        module: 'pdfmake/js/LayoutBuilder.js',
        source: [
          'tryLayoutDocument(docStructure, pdfDocument, styleDictionary, defaultStyle, background, header, footer, watermark) {',
          'addHeadersAndFooters(header, footer) {',
          'processLeaf(node) {',
          'let positions = this.writer.addLine(line);',
          'node.positions.push(positions);',
          'buildNextLine(textNode) {',
          'this.pageMargins = pageMargins;',
        ],
      },
    ],
    install: footnoteLayout,
  },
  {
    name: 'join inlines when drawing',
    fingerprints: [
      {
        module: 'pdfmake/js/Renderer.js',
        source: [
          'renderLine(line, x, y) {',
          'this.pdfDocument.text(inline.text, x + inline.x, shiftedY, options);',
          'this.renderLine(item.item, item.item.x, item.item.y);',
        ],
      },
    ],
    install: joinInlinesWhenDrawing,
  },
  {
    // After (so around) the joining of inlines: a line is reordered, then joined.
    name: 'bidi line order',
    fingerprints: [
      {
        module: 'pdfmake/js/Renderer.js',
        source: ['renderLine(line, x, y) {', 'let inline = line.inlines[i];', 'textWidth: inline.width,'],
      },
      {
        module: 'pdfmake/js/LayoutBuilder.js',
        source: ['buildNextLine(textNode) {', 'return line;'],
      },
    ],
    install: bidiLineOrder,
  },
  {
    name: 'list markers: right to left, and on the line',
    fingerprints: [
      {
        module: 'pdfmake/js/LayoutBuilder.js',
        source: [
          'processList(orderedList, node) {',
          '(0, _tools.offsetVector)(vector, -marker._minWidth, 0);',
          'nextMarker = item.listMarker;',
          'markerLine.x = -marker._minWidth;',
          "this.writer.addListener('lineAdded', addMarkerToFirstLeaf);",
          'this.writer.addVector(vector);',
        ],
      },
    ],
    install: rtlListMarkers,
  },
  {
    name: 'plain Latin layout',
    fingerprints: [
      {
        module: 'pdfmake/js/PDFDocument.js',
        source: ['provideFont(familyName, bold, italics) {', 'this.font(...def)._font;'],
      },
      {
        module: 'pdfkit',
        source: [
          'layoutRun(text, features) {\n    const run = this.font.layout(text, features);',
          'const run = this.layoutRun(text);',
          'this.scale = 1000 / this.font.unitsPerEm;',
        ],
      },
    ],
    install: plainLatinLayout,
  },
  {
    name: 'text of each glyph',
    fingerprints: [
      {
        module: 'pdfkit',
        source: [
          'encode(text, features) {\n    const {\n      glyphs,\n      positions\n    } = this.layout(text, features);',
          'const gid = this.subset.includeGlyph(glyph.id);',
          'this.unicode[gid] = glyph.codePoints;',
          'for (let codePoints of this.unicode) {',
        ],
      },
      {
        module: 'fontkit',
        source: [
          'getGlyph(glyph, characters = []) {\n        if (!this._glyphs[glyph]) {',
          'this.font.getGlyph(glyphInfo.id, glyphInfo.codePoints)',
          'this.glyphs.push(glyph);\n            this.mapping[glyph] = this.glyphs.length - 1;',
        ],
      },
    ],
    install: glyphText,
  },
  {
    name: 'XMP text escaped',
    fingerprints: [
      {
        module: 'pdfkit',
        source: ['_addInfo() {', '<rdf:li xml:lang="x-default">${this.info.Title}</rdf:li>'],
      },
    ],
    install: xmpEscaped,
  },
  {
    name: 'glyph 0 advance',
    fingerprints: [
      {
        module: 'pdfkit',
        source: ['this.widths = [this.font.getGlyph(0).advanceWidth];', 'W: [0, this.widths]'],
      },
    ],
    install: notdefAdvance,
  },
  {
    // After the three patches above that wrap provideFont: outermost.
    name: 'fonts provided once',
    fingerprints: [
      {
        module: 'pdfmake/js/PDFDocument.js',
        source: [
          'provideFont(familyName, bold, italics) {',
          'let type = this.getFontType(bold, italics);',
          'return this.fontCache[familyName][type];',
        ],
      },
    ],
    install: fontsProvidedOnce,
  },
  {
    // Needs the faces `fonts provided once` records.
    name: 'measured text kept',
    fingerprints: [
      {
        module: 'pdfmake/js/DocMeasure.js',
        source: [
          'measureLeaf(node) {',
          'let styleStack = this.styleStack.clone();\n    styleStack.push(node);',
          'let data = this.textInlines.buildInlines(node.text, styleStack);',
          'node._inlines = data.items;\n    node._minWidth = data.minWidth;\n    node._maxWidth = data.maxWidth;',
        ],
      },
      {
        module: 'pdfmake/js/TextInlines.js',
        source: ['item.font = this.pdfDocument.provideFont(font, bold, italics);'],
      },
    ],
    install: measuredTextKept,
  },
  {
    name: 'cached style lookups',
    fingerprints: [
      {
        module: 'pdfmake/js/StyleContextStack.js',
        source: [
          'static getStyleProperty(item, styleContextStack, property, defaultValue) {',
          'push(styleNameOrOverride) {',
          'pop(howMany = 1) {',
          'getProperty(property) {',
        ],
      },
    ],
    install: cachedStyleLookups,
  },
  {
    name: 'compressed object streams',
    fingerprints: [
      {
        module: 'pdfkit',
        source: [
          'const ref = new PDFReference(this, this._offsets.length + 1, data);',
          'finalize() {\n    this.offset = this.document._offset;',
          'this.document._write(`${this.id} ${this.gen} obj`);\n    this.document._write(PDFObject.convert(this.data, encryptFn));',
          "this.document._write('endobj');\n    this.document._refEnd(this);",
          'this._offsets[ref.id - 1] = ref.offset;\n    if (--this._waiting === 0 && this._ended) {\n      this._finalize();\n      this._ended = false;',
          '_finalize() {\n    const xRefOffset = this._offset;',
          'ID: [this._id, this._id]',
          // pdf-object-streams' pdfSyntax writes dictionaries as PDFObject.convert does.
          'class PDFReference extends PDFAbstractReference {',
          'static convert(object, encryptFn = null) {',
          "if (typeof object === 'string') {\n      return `/${object}`;",
          "stringBuffer = swapBytes(Buffer.from(`\\ufeff${string}`, 'utf16le'));",
          "stringBuffer = Buffer.from(string.valueOf(), 'ascii');",
          'const escapableRe = /[\\n\\r\\t\\b\\f()\\\\]/g;',
          "return `<${object.toString('hex')}>`;",
          "const items = object.map(e => PDFObject.convert(e, encryptFn)).join(' ');",
          'out.push(`/${key} ${PDFObject.convert(val, encryptFn)}`);',
          "out.push('>>');\n      return out.join('\\n');",
          'return Math.round(n * 1e6) / 1e6;',
          "let string = `D:${pad(object.getUTCFullYear(), 4)}` + pad(object.getUTCMonth() + 1, 2) + pad(object.getUTCDate(), 2) + pad(object.getUTCHours(), 2) + pad(object.getUTCMinutes(), 2) + pad(object.getUTCSeconds(), 2) + 'Z';",
        ],
      },
    ],
    install: () =>
      installObjectStreams({
        document: (require(resolveModule('pdfkit')) as { prototype: ObjectStreamTargets['document'] })
          .prototype,
      }),
  },
];

/** What a patch found in the installed pdfmake/pdfkit: the source text it relies on that is missing. */
export interface PatchCheck {
  name: string;
  missing: string[];
}

const sources = new Map<string, string>();
const sourceOf = (module: string) => {
  let text = sources.get(module);
  if (text === undefined) {
    text = readFileSync(resolveModule(module), 'utf8');
    sources.set(module, text);
  }
  return text;
};

/** Checks every patch against the installed pdfmake and pdfkit, without installing anything. */
export function checkPdfPatches(): PatchCheck[] {
  return PATCHES.map(({ name, fingerprints }) => ({
    name,
    missing: fingerprints.flatMap(({ module, source }) =>
      source.filter((text) => !sourceOf(module).includes(text)).map((text) => `${module}: ${text}`),
    ),
  }));
}

/** A package's version as `from` (a file) would load it: its package.json, found above its entry. */
function versionOf(name: string, from: string | URL): { version: string; file: string } {
  const entry = createRequire(from).resolve(name);
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === name) return { version: pkg.version, file: entry };
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`No package.json for ${name}`);
}

/** The installed versions of pdfmake, pdfkit and fontkit, each as its user loads it. */
export function installedVersions(): Record<keyof typeof PINNED_VERSIONS, string> {
  const pdfmake = versionOf('pdfmake', import.meta.url);
  const pdfkit = versionOf('pdfkit', pdfmake.file);
  const fontkit = versionOf('fontkit', pdfkit.file);
  return { pdfmake: pdfmake.version, pdfkit: pdfkit.version, fontkit: fontkit.version };
}

let installed: ReadonlySet<string> | null = null;

/**
 * Installs every patch whose fingerprints are all found, once per process, and says which are in.
 * Without the footnote layout, footnotes become endnotes; without the others, an export is only slower
 * or larger (or, without `glyph 0 advance`, draws boxes for missing characters too wide).
 */
export function installPdfPatches(): ReadonlySet<string> {
  if (installed) return installed;
  const names = new Set<string>();
  const checks = checkPdfPatches();
  for (const patch of PATCHES) {
    if (checks.find((c) => c.name === patch.name)?.missing.length !== 0) continue;
    patch.install();
    names.add(patch.name);
  }
  installed = names;
  return installed;
}
