import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { noteSegments, type RenderModel, type Run } from '../../core/render-model';

const require = createRequire(import.meta.url);
const robotoDir = resolve(dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');
const roboto = {
  normal: resolve(robotoDir, 'Roboto-Regular.ttf'),
  bold: resolve(robotoDir, 'Roboto-Medium.ttf'),
  italics: resolve(robotoDir, 'Roboto-Italic.ttf'),
  bolditalics: resolve(robotoDir, 'Roboto-MediumItalic.ttf'),
};

const pt = (mm: number) => mm * 2.8346;
const LINK_COLOUR = '#1155CC';

/** A body line as placed: where it was before pdfmake placed it (to place it again), whether it has notes. */
interface Placed {
  line: LaidNote['lines'][number];
  x: number | undefined;
  y: number | undefined;
  top: number;
  notes: boolean;
  /**
   * Where pdfmake recorded the line (the object it keeps in its node's `positions`, which its
   * `pageBreakBefore` pass reads): updated in place when widow control moves the line to the next page.
   */
  position?: object;
}

/** A note laid out for a page's foot: its lines (pdfmake `Line`s, already broken) and their height. */
interface LaidNote {
  number: number;
  lines: Array<{ x?: number; y?: number; id?: string; getHeight(): number }>;
  height: number;
}

/**
 * Per-page footnotes, laid out in the same pass as the body. pdfmake (0.3, pinned) has no footnotes
 * (upstream issue #2133); its layout is taught three things, only for documents whose margins carry a
 * `Footnotes` (each document its own, so concurrent exports do not mix):
 * - when a body line carrying note markers (inlines linking to `note-N`) is placed, the notes are laid
 *   out (pdfmake's own measuring and line breaking, at the page's text width) and their height is kept
 *   free at the foot of that page; a line whose notes no longer fit there goes to the next page, as in Word;
 * - every body line keeps clear of the notes already kept on its page (table cells restore their
 *   row's starting height, so the limit is checked per line, not only carried);
 * - once the body is laid out, each page's notes are added at its foot under a short rule.
 */
class Footnotes {
  /** Note number → its pdfmake definition (a fresh object per call: pdfmake consumes what it measures). */
  noteNode: (number: number) => Content | undefined = () => undefined;
  constructor(
    readonly width: number,
    readonly left: number,
    readonly pageHeight: number,
    readonly bottom: number,
    /** Space above a page's first note, the short rule in its middle: one body-size line, as Word's separator. */
    readonly rule: number,
  ) {}
  /** Page index (0-based) → notes kept at its foot, and the height they take (rule included). */
  pages = new Map<number, { notes: LaidNote[]; height: number }>();
  placed = new Set<number>();
  /** Notes laid out so far (a line sent on to the next page keeps its notes' layout). */
  laid = new Map<number, LaidNote>();
  /** The layout builder of the pass under way (measures and breaks the notes). */
  builder: unknown = null;
  /** The paragraph being laid out, and its lines on the current page (for widow control). */
  leaf: unknown = null;
  run: { leaf: unknown; page: number; lines: Placed[]; lead?: Placed | undefined } | null = null;
  reset(builder: unknown) {
    this.pages.clear();
    this.placed.clear();
    this.laid.clear();
    this.builder = builder;
    this.leaf = this.run = null;
  }
}

/** Installs the footnote hooks on pdfmake's prototypes; false when its internals are not what we expect. */
function footnoteHooks(): boolean {
  type Ctx = {
    page: number;
    y: number;
    availableHeight: number;
    availableWidth: number;
    pageMargins: { top: number; footnotes?: Footnotes };
    pages: Array<{ items: Array<{ type: string; item: unknown }> }>;
  };
  type TextLine = LaidNote['lines'][number] & {
    inlines: Array<{ linkToDestination?: string | null }>;
    lastLineInParagraph?: boolean;
  };
  type Builder = {
    pageMargins: { footnotes?: Footnotes };
    writer: { context(): Ctx };
    docPreprocessor: { preprocessBlock(node: unknown): unknown };
    docMeasure: { measureBlock(node: unknown): unknown };
    buildNextLine(node: unknown): TextLine | null;
  };
  type Proto<T> = { prototype: T };
  const load = <T>(path: string) => (require(path) as { default?: Proto<T> }).default?.prototype;
  const writer = load<{
    addLine?: ((this: { context(): Ctx }, line: TextLine, ...rest: unknown[]) => unknown) & { notes?: true };
  }>('pdfmake/js/ElementWriter.js');
  const builder = load<{
    tryLayoutDocument?: (this: Builder, ...args: unknown[]) => unknown;
    addHeadersAndFooters?: (this: Builder, ...args: unknown[]) => unknown;
    processLeaf?: (this: Builder, node: unknown) => unknown;
  }>('pdfmake/js/LayoutBuilder.js');
  const { addLine } = writer ?? {};
  const { tryLayoutDocument, addHeadersAndFooters, processLeaf } = builder ?? {};
  if (!writer || !builder || !addLine || !tryLayoutDocument || !addHeadersAndFooters || !processLeaf)
    return false;
  if (addLine.notes) return true;

  const layNote = (b: Builder, f: Footnotes, number: number): LaidNote => {
    const node = b.docMeasure.measureBlock(b.docPreprocessor.preprocessBlock(f.noteNode(number)));
    const ctx = b.writer.context();
    const width = ctx.availableWidth;
    ctx.availableWidth = f.width;
    const lines: LaidNote['lines'] = [];
    try {
      for (let line = b.buildNextLine(node); line; line = b.buildNextLine(node)) lines.push(line);
    } finally {
      ctx.availableWidth = width;
    }
    if (lines[0]) lines[0].id = `note-${number}`;
    const laid = { number, lines, height: lines.reduce((h, l) => h + l.getHeight(), 0) };
    f.laid.set(number, laid);
    return laid;
  };

  const patchedAddLine = function (this: { context(): Ctx }, line: TextLine, ...rest: unknown[]) {
    const ctx = this.context();
    const f = ctx.pageMargins.footnotes;
    if (!f || !f.builder) return addLine.call(this, line, ...rest);
    if (ctx.y <= ctx.pageMargins.top + 0.01) keepTogether.call(this, f, ctx, line, rest);
    const kept = f.pages.get(ctx.page);
    if (kept)
      ctx.availableHeight = Math.min(ctx.availableHeight, f.pageHeight - f.bottom - kept.height - ctx.y);
    const numbers: number[] = [];
    for (const inline of line.inlines ?? []) {
      const m = /^note-(\d+)$/.exec(inline.linkToDestination ?? '');
      if (m && !f.placed.has(Number(m[1]))) numbers.push(Number(m[1]));
    }
    const notes = numbers.map((n) => f.laid.get(n) ?? layNote(f.builder as Builder, f, n));
    const extra = notes.length === 0 ? 0 : notes.reduce((h, n) => h + n.height, kept ? 0 : f.rule);
    // Not enough room for the line and its notes: the next page (unless this one is still empty).
    if (
      notes.length > 0 &&
      ctx.availableHeight < line.getHeight() + extra &&
      ctx.y > ctx.pageMargins.top + 0.01
    )
      return false;
    return place.call(this, f, ctx, line, notes, extra, rest);
  } as typeof addLine;
  /** Adds a line and keeps its notes' room at the page's foot. */
  /** Adds a line and keeps its notes' room at the page's foot. */
  function place(
    this: { context(): Ctx },
    f: Footnotes,
    ctx: Ctx,
    line: TextLine,
    notes: LaidNote[],
    extra: number,
    rest: unknown[],
    recorded?: object,
  ) {
    const placed: Placed = { line, x: line.x, y: line.y, top: ctx.y, notes: notes.length > 0 };
    const position = addLine!.call(this, line, ...rest);
    if (!position) return position;
    if (recorded && typeof position === 'object') Object.assign(recorded, position);
    placed.position = recorded ?? (typeof position === 'object' ? position : undefined);
    const run = f.run;
    if (!f.leaf || rest[0]) f.run = { leaf: null, page: ctx.page, lines: [placed] };
    else if (run?.leaf === f.leaf && run.page === ctx.page) run.lines.push(placed);
    else
      f.run = {
        leaf: f.leaf,
        page: ctx.page,
        lines: [placed],
        // A list item's bullet: added just before its first line, at the same height.
        lead:
          run && !run.leaf && run.page === ctx.page && run.lines[0]?.top === placed.top
            ? run.lines[0]
            : undefined,
      };
    if (notes.length === 0) return position;
    const page = f.pages.get(ctx.page) ?? { notes: [], height: f.rule };
    page.notes.push(...notes);
    page.height += notes.reduce((h, n) => h + n.height, 0);
    f.pages.set(ctx.page, page);
    for (const n of notes) f.placed.add(n.number);
    ctx.availableHeight -= extra;
    return position;
  }
  /**
   * Widow and orphan control, as Word does: a paragraph's first line does not end a page alone, nor
   * does its last line start one alone. Called for a line going first on a fresh page: the paragraph's
   * line before it comes along (the whole start of the paragraph when only two were left behind).
   */
  function keepTogether(this: { context(): Ctx }, f: Footnotes, ctx: Ctx, line: TextLine, rest: unknown[]) {
    const run = f.run;
    if (!run?.leaf || run.leaf !== f.leaf || run.page !== ctx.page - 1) return;
    const n = run.lines.length;
    const whole = n === 1 || (n === 2 && line.lastLineInParagraph);
    if (!whole && !(n >= 3 && line.lastLineInParagraph)) return;
    const moving = whole ? [...(run.lead ? [run.lead] : []), ...run.lines] : run.lines.slice(-1);
    const first = moving[0];
    if (!first || moving.some((p) => p.notes) || (whole && first.top <= ctx.pageMargins.top + 0.01)) return;
    const items = ctx.pages[run.page]?.items ?? [];
    const at = items.length - moving.length;
    if (moving.some((p, i) => items[at + i]?.item !== p.line)) return;
    items.splice(at);
    f.run = null;
    for (const p of moving) {
      p.line.x = p.x;
      p.line.y = p.y;
      place.call(this, f, ctx, p.line as TextLine, [], 0, p === run.lead ? [true] : rest, p.position);
    }
  }
  patchedAddLine.notes = true;
  writer.addLine = patchedAddLine;

  builder.tryLayoutDocument = function (this: Builder, ...args: unknown[]) {
    this.pageMargins?.footnotes?.reset(this);
    return tryLayoutDocument.apply(this, args);
  };
  builder.processLeaf = function (this: Builder, node: unknown) {
    const f = this.pageMargins?.footnotes;
    if (!f) return processLeaf.call(this, node);
    f.leaf = node;
    try {
      return processLeaf.call(this, node);
    } finally {
      f.leaf = null;
    }
  };
  builder.addHeadersAndFooters = function (this: Builder, ...args: unknown[]) {
    const f = this.pageMargins?.footnotes;
    if (f) {
      const pages = this.writer.context().pages;
      for (const [index, { notes, height }] of f.pages) {
        const items = pages[index]?.items;
        if (!items) continue;
        let y = f.pageHeight - f.bottom - height;
        const rule = {
          type: 'line',
          x1: f.left,
          y1: y + f.rule / 2,
          x2: f.left + 120,
          y2: y + f.rule / 2,
        };
        items.push({ type: 'vector', item: { ...rule, lineWidth: 0.5, lineColor: '#888888' } });
        y += f.rule;
        for (const note of notes) {
          for (const line of note.lines) {
            line.x = f.left;
            line.y = y;
            items.push({ type: 'line', item: line });
            y += line.getHeight();
          }
        }
      }
      f.builder = null;
    }
    return addHeadersAndFooters.apply(this, args);
  };
  return true;
}

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
  const proto = (
    require('pdfmake/js/Renderer.js') as {
      default?: {
        prototype: {
          renderLine?: ((line: { inlines: Inline[] }, ...rest: unknown[]) => unknown) & { joins?: true };
        };
      };
    }
  ).default?.prototype;
  const renderLine = proto?.renderLine;
  if (!proto || !renderLine || renderLine.joins) return;
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
      for (const inline of inlines) {
        if (
          run &&
          inline.alignment !== 'justify' &&
          !inline._pageNodeRef &&
          !run._pageNodeRef &&
          Math.abs(run.x + run.width - inline.x) < 0.01 &&
          drawnAlike(run, inline) &&
          (/[ \t]$/.test(run.text) || (runPlain && PLAIN_LATIN.test(inline.text)))
        ) {
          run.text += inline.text;
          run.width += inline.width;
          run.height = Math.max(run.height, inline.height);
          run.trailingCut = inline.trailingCut ?? 0;
          runPlain = runPlain && PLAIN_LATIN.test(inline.text);
        } else {
          // A line is drawn once: its first inline of a run becomes the run.
          run = inline;
          runPlain = PLAIN_LATIN.test(inline.text);
          out.push(run);
        }
      }
      line.inlines = out;
    }
    return renderLine.call(this, line, ...rest);
  } as typeof renderLine;
  joined.joins = true;
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
  const proto = (
    require('pdfmake/js/PDFDocument.js') as {
      default?: { prototype: { provideFont?: ((...args: unknown[]) => object) & { plain?: true } } };
    }
  ).default?.prototype;
  const provideFont = proto?.provideFont;
  if (!proto || !provideFont || provideFont.plain) return;
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
  patched.plain = true;
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
  type Provide = ((...args: unknown[]) => unknown) & { notdef?: true };
  const proto = (
    require('pdfmake/js/PDFDocument.js') as { default?: { prototype: { provideFont?: Provide } } }
  ).default?.prototype;
  const provideFont = proto?.provideFont;
  if (!proto || !provideFont || provideFont.notdef) return;
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
  } as Provide;
  patched.notdef = true;
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
        getStyleProperty?: ((
          item: Record<string, unknown>,
          stack: Stack | undefined,
          property: string,
          fallback: unknown,
        ) => unknown) & {
          cached?: true;
        };
      };
    }
  ).default;
  const getStyleProperty = StackClass?.getStyleProperty;
  if (!StackClass || !getStyleProperty || getStyleProperty.cached) return;
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
  cached.cached = true;
  StackClass.getStyleProperty = cached;
}

type PdfMake = typeof import('pdfmake');
/** Loaded on the first PDF export only: a DOCX export (or the app's start) does not pay for pdfmake. */
let pdfmake: PdfMake;
let configured = false;
let hooked = false;
async function configure(): Promise<void> {
  if (configured) return;
  const loaded = (await import('pdfmake')) as PdfMake & { default?: PdfMake };
  pdfmake = loaded.default ?? loaded;
  hooked = footnoteHooks();
  joinInlinesWhenDrawing();
  plainLatinLayout();
  notdefAdvance();
  cachedStyleLookups();
  pdfmake.setFonts({ Roboto: roboto });
  // Exports never fetch anything: no URLs, and local reads only of the bundled fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => resolve(path).startsWith(robotoDir + sep));
  configured = true;
}

/**
 * pdfmake breaks an over-long word one character at a time, which takes seconds for a 10 000-character
 * run without spaces (a pasted hash or URL list): give such runs a zero-width break point every 100.
 */
const breakable = (text: string) =>
  text.length < 200 ? text : text.replace(/\S{200,}/g, (w) => w.replace(/(\S{100})/g, '$1\u200B'));

function definition(model: RenderModel, footnotes: Footnotes | null): TDocumentDefinitions {
  const { style } = model;
  const heading = style.headingColour;
  const content: Content[] = [{ text: model.title, style: 'title' }];
  if (model.subtitle) content.push({ text: model.subtitle, style: 'subtitle' });
  content.push({ text: model.date, italics: true, margin: [0, 0, 0, model.frontMatter.length > 0 ? 4 : 12] });
  for (const { label, value } of model.frontMatter)
    content.push({ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, 2] });
  if (model.frontMatter.length > 0) content.push({ text: '', margin: [0, 0, 0, 8] });
  // Headings carry `tocItem`, so pdfmake lists them here with the page each landed on.
  const toc = style.tableOfContents === true;
  if (toc)
    content.push({
      toc: {
        title: { text: 'Contents', style: 'h1' },
        numberStyle: { color: style.textColour },
        textMargin: [0, 0, 0, 2],
      },
      margin: [0, 0, 0, 8],
    } as Content);
  // `headlineLevel` marks headings for `keepWithNext` (pdfmake's `pageBreakBefore`).
  const h1 = (text: string) =>
    ({
      text,
      style: 'h1',
      headlineLevel: 1,
      outline: true,
      ...(toc ? { tocItem: true } : {}),
    }) as ContentText;

  // Each note's number links back to its marker (`ref-N`, named where the marker is drawn).
  const backTarget = (n: number) => `ref-${n}`;
  // Each run where the block has it: formatted text, a link, a note marker where its chip stands.
  const inline = (runs: Run[], italics = false) =>
    runs.flatMap((run, i) => [
      // Markers side by side are kept apart by a raised comma ("4,5", not "45").
      ...(run.kind === 'note' && runs[i - 1]?.kind === 'note'
        ? [{ text: ',', sup: true, color: heading }]
        : []),
      run.kind === 'text'
        ? {
            text: breakable(run.text),
            italics: italics || run.italic === true,
            ...(run.bold ? { bold: true } : {}),
            ...(run.href ? { link: run.href, color: LINK_COLOUR, decoration: 'underline' as const } : {}),
          }
        : run.kind === 'cite'
          ? { text: ` ${run.text}`, italics }
          : { text: String(run.number), sup: true, color: heading, linkToDestination: `note-${run.number}` },
    ]);
  for (const section of model.sections) {
    content.push(h1(section.heading));
    if (section.table) {
      content.push({
        margin: [0, 0, 0, 8],
        table: {
          headerRows: 1,
          widths: ['*', 'auto', 'auto', 'auto', 'auto'],
          body: [
            section.table.columns.map((c) => ({ text: c, bold: true, fillColor: '#E7ECF5' })),
            ...section.table.rows.map((row) => row.map((cell) => ({ text: inline(cell) }))),
          ],
        },
        layout: { hLineColor: () => '#BFBFBF', vLineColor: () => '#BFBFBF' },
      } as Content);
    }
    // Consecutive bullets form one `ul`, consecutive numbered items one `ol` (numbered from 1).
    let list = null as { kind: 'bullet' | 'numbered'; items: ContentText[] } | null;
    for (const p of section.paragraphs) {
      const paragraph = {
        margin: [0, 0, 0, style.paragraphSpacingPt] as [number, number, number, number],
        text: [
          ...(p.isAssessment ? [{ text: 'Assessment: ', bold: true, italics: true }] : []),
          ...inline(p.runs, p.isAssessment),
        ],
      } as ContentText;
      if (p.kind === 'paragraph') {
        list = null;
        content.push(paragraph);
        continue;
      }
      if (list?.kind !== p.kind) {
        const items: ContentText[] = [];
        list = { kind: p.kind, items };
        const margin = [0, 0, 0, style.paragraphSpacingPt];
        content.push((p.kind === 'bullet' ? { ul: items, margin } : { ol: items, margin }) as Content);
      }
      list.items.push(paragraph);
    }
  }
  // The source's address as a live link where it appears in a note or the source list.
  const urls = new Map(model.sourceList?.entries.map((e) => [e.sourceId, e.url]) ?? []);
  const linked = (entry: Parameters<typeof noteSegments>[0], url: string | undefined) =>
    noteSegments(entry, url).map((seg) => {
      const italics = seg.italic ? { italics: true } : {};
      if (seg.link) return { text: seg.link, link: seg.link, color: LINK_COLOUR, ...italics };
      return seg.italic ? { text: breakable(seg.text), ...italics } : breakable(seg.text);
    });
  if (model.notes.length > 0 && !footnotes) {
    content.push(h1('Notes'));
    for (const n of model.notes) {
      content.push({
        id: `note-${n.number}`,
        fontSize: style.bodySizePt - 1,
        margin: [0, 0, 0, 3],
        text: [
          { text: `${n.number}. `, linkToDestination: backTarget(n.number), color: heading },
          ...linked(n, urls.get(n.sourceId)),
        ],
      } as ContentText);
    }
  }
  if (model.sourceList && model.sourceList.entries.length > 0) {
    content.push(h1(model.sourceList.title));
    for (const e of model.sourceList.entries) {
      content.push({ margin: [0, 0, 0, 3], text: linked(e, e.url) } as ContentText);
    }
  }

  const m = style.marginsMm;
  const banner = { text: model.classification.label, bold: true, color: model.classification.colour };
  const bannerRow = (currentPage: number, pageCount: number) => ({
    columns: [
      style.footer.banner ? banner : { text: '' },
      { text: style.footer.pageNumbers ? `Page ${currentPage} of ${pageCount}` : '', alignment: 'right' },
    ],
  });
  // As the DOCX's Footnote Text: a point smaller than the body, single-spaced, no space between notes.
  const noteSize = style.bodySizePt - 1;
  const notes = new Map(model.notes.map((n) => [n.number, n]));
  if (footnotes)
    footnotes.noteNode = (number) => {
      const n = notes.get(number);
      return n
        ? ({
            fontSize: noteSize,
            lineHeight: 1,
            text: [
              { text: `${n.number}. `, linkToDestination: backTarget(n.number), color: heading },
              ...linked(n, urls.get(n.sourceId)),
            ],
          } as ContentText)
        : undefined;
    };
  const dd: TDocumentDefinitions = {
    pageSize: style.pageSize === 'A4' ? 'A4' : 'LETTER',
    // With footnotes, the margins carry the document's notes: see `footnoteHooks`.
    pageMargins: {
      left: pt(m.left),
      top: pt(m.top),
      right: pt(m.right),
      bottom: pt(m.bottom),
      ...(footnotes ? { footnotes } : {}),
    } as unknown as TDocumentDefinitions['pageMargins'],
    info: {
      title: model.title,
      ...(model.author ? { author: model.author } : {}),
      subject: model.subtitle ?? model.templateName,
      keywords: [model.templateName, model.classification.label].join(', '),
      creator: 'Briefing Builder',
      producer: 'Briefing Builder',
    },
    header: () => ({
      margin: [pt(m.left), Math.max(10, pt(m.top) / 2 - 8), pt(m.right), 0],
      columns: [
        style.logo ? { image: style.logo.dataUri, width: pt(style.logo.widthMm) } : { text: '' },
        style.header.banner ? { ...banner, alignment: 'center' } : { text: '' },
        { text: style.header.reference && model.reference ? model.reference : '', alignment: 'right' },
      ],
    }),
    footer: (currentPage: number, pageCount: number): Content =>
      ({
        margin: [pt(m.left), Math.max(8, pt(m.bottom) / 2 - 8), pt(m.right), 0],
        ...bannerRow(currentPage, pageCount),
      }) as Content,
    content,
    pageBreakBefore: keepWithNext(pt(m.top), pageHeight(style) - pt(m.bottom)),
    defaultStyle: {
      font: 'Roboto',
      fontSize: style.bodySizePt,
      lineHeight: style.lineSpacing,
      color: style.textColour,
    },
    styles: {
      title: { fontSize: style.bodySizePt * 2, bold: true, color: heading, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: style.bodySizePt * 1.2, color: heading, margin: [0, 0, 0, 4] },
      h1: {
        fontSize: style.headingSizePt ?? style.bodySizePt * 1.3,
        bold: true,
        color: heading,
        margin: [0, 12, 0, 6],
      },
    },
  };
  return dd;
}

/** What pdfmake tells `pageBreakBefore` of a node (0.3: `nodeInfo`). */
interface NodeInfo {
  headlineLevel?: number;
  pageNumbers: number[];
  startPosition?: { pageNumber: number; top: number };
}

/**
 * Keeps a heading with the first line of what follows it, as Word's "Keep with next" does: a heading
 * that nothing of the body follows on its page (it would stand alone at the page's foot, what follows
 * starting on the next page) starts the next page instead. pdfmake lays the document out again after
 * each such break (each pass resets the footnote hooks: `tryLayoutDocument`); its node positions are
 * those of the last pass, kept true by widow control when it moves lines on (`Placed.position`).
 * Header and footer (laid out after the body) lie outside the body's band, [top, bottom).
 */
function keepWithNext(top: number, bottom: number) {
  return (
    node: NodeInfo,
    nodes: { getFollowingNodesOnPage(): NodeInfo[]; getNodesOnNextPage(): NodeInfo[] },
  ): boolean => {
    const at = node.startPosition;
    if (node.headlineLevel === undefined || !at || node.pageNumbers.length !== 1) return false;
    const body = (n: NodeInfo) =>
      n.startPosition !== undefined && n.startPosition.top >= top - 0.01 && n.startPosition.top < bottom;
    const followed = nodes
      .getFollowingNodesOnPage()
      .some((n) => body(n) && n.startPosition?.pageNumber === at.pageNumber && n.startPosition.top > at.top);
    // The last heading of a document followed by nothing stays where it is.
    return !followed && nodes.getNodesOnNextPage().some(body) && at.top > top + 0.01;
  };
}

const pageHeight = (style: RenderModel['style']) => (style.pageSize === 'A4' ? 841.89 : 792);

/**
 * A conservative height for a page's notes: greedy line wrapping with Roboto's widest common average
 * advance (≈0.55 em), so the reserved area holds them with a little to spare.
 */
function notesHeight(texts: string[], fontSize: number, width: number): number {
  if (texts.length === 0) return 0;
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
  let lines = 0;
  for (const text of texts) {
    let line = 0;
    lines += 1;
    for (const word of text.split(/\s+/)) {
      const w = [...word].length + 1;
      if (line + w > perLine && line > 0) {
        lines += 1 + Math.floor(Math.max(0, w - 1) / perLine);
        line = w % perLine;
      } else line += w;
    }
  }
  return lines * fontSize * 1.2 + 10;
}

/** Who hears how much of the final document pdfmake has drawn (0–1); see renderPdfWithProgress. */
const drawProgress = new AsyncLocalStorage<(fraction: number) => void>();

async function toBytes(dd: TDocumentDefinitions): Promise<Uint8Array> {
  // pdfmake reads its (global) progress callback as a document is created: set it for this one only.
  const onDrawn = drawProgress.getStore();
  if (onDrawn) pdfmake.setProgressCallback(onDrawn);
  const pdf = pdfmake.createPdf(dd);
  if (onDrawn) pdfmake.setProgressCallback(undefined as unknown as (fraction: number) => void);
  return new Uint8Array(await pdf.getBuffer());
}

/**
 * renderPdf, telling `onDrawn` how much of the final document pdfmake has drawn (its progress
 * callback, called per drawn item after the layout; the layout passes themselves report nothing).
 */
export function renderPdfWithProgress(
  model: RenderModel,
  onDrawn: (fraction: number) => void,
): Promise<Uint8Array> {
  return drawProgress.run(onDrawn, () => renderPdf(model));
}

/**
 * Lays a render model out as a PDF. Where the template asks for footnotes, each page carries the notes
 * of the markers on it, laid out in the same pass as the body (see `footnoteHooks`). Endnotes (and
 * notes under author-date) stay a list at the end. Markers link to their notes and each note's number
 * links back.
 */
export async function renderPdf(model: RenderModel): Promise<Uint8Array> {
  await configure();
  if (!hooked || model.placement !== 'footnotes' || model.notes.length === 0)
    return toBytes(definition(model, null));
  const { style } = model;
  const pageWidth = style.pageSize === 'A4' ? 595.28 : 612;
  const height = pageHeight(style);
  const width = pageWidth - pt(style.marginsMm.left) - pt(style.marginsMm.right);
  const maxReserve = height * 0.45;
  // A note too long for a page's foot (a pasted article as a source title) sends all notes to the end.
  if (model.notes.some((n) => notesHeight([n.text], style.bodySizePt - 1, width) > maxReserve / 2))
    return toBytes(definition(model, null));
  const footnotes = new Footnotes(
    width,
    pt(style.marginsMm.left),
    height,
    pt(style.marginsMm.bottom),
    style.bodySizePt * 1.2,
  );
  const bytes = await toBytes(definition(model, footnotes));
  // Every note at a page's foot, none crowding out its page: otherwise (notes of one line filling a
  // page) they go to the end.
  const placed = footnotes.placed.size === model.notes.length;
  const crowded = [...footnotes.pages.values()].some((p) => p.height > height * 0.6);
  return placed && !crowded ? bytes : toBytes(definition(model, null));
}
