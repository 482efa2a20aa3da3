/**
 * Per-page footnotes for pdfmake, which has none (upstream issue #2133): the layout hooks and what they
 * keep per document. Installed (and checked) with the other pdfmake/pdfkit patches in `pdf-patches.ts`.
 */
import type { Content } from 'pdfmake/interfaces';

/** A body line as placed: where it was before pdfmake placed it (to place it again), whether it has notes. */
interface Placed {
  line: LaidNote['lines'][number];
  x: number | undefined;
  y: number | undefined;
  top: number;
  notes: boolean;
  /** The column it was placed in (the context's x and width then): a heading moved on keeps it. */
  column: { x: number; width: number };
  /**
   * Where pdfmake recorded the line (the object it keeps in its node's `positions`, which its
   * `pageBreakBefore` pass reads): updated in place when widow control moves the line to the next page.
   */
  position?: object;
}

/** A note laid out for a page's foot: its lines (pdfmake `Line`s, already broken) and their height. */
export interface LaidNote {
  number: number;
  lines: Array<{ x?: number; y?: number; id?: string; getHeight(): number; getWidth?(): number }>;
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
export class Footnotes {
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
  /** The heading placed last, while nothing has followed it yet (see `keepHeading`). */
  heading: { leaf: unknown; page: number; lines: Placed[] } | null = null;
  reset(builder: unknown) {
    this.pages.clear();
    this.placed.clear();
    this.laid.clear();
    this.builder = builder;
    this.leaf = this.run = this.heading = null;
  }
}

type Ctx = {
  page: number;
  x: number;
  y: number;
  moveDown(offset: number): unknown;
  availableHeight: number;
  availableWidth: number;
  pageMargins: { top: number; footnotes?: Footnotes };
  pages: Array<{ items: Array<{ type: string; item: unknown }> }>;
};
type TextLine = LaidNote['lines'][number] & {
  inlines: Array<{ linkToDestination?: string | null; alignment?: string }>;
  lastLineInParagraph?: boolean;
};
type Builder = {
  pageMargins: { footnotes?: Footnotes };
  writer: { context(): Ctx };
  docPreprocessor: { preprocessBlock(node: unknown): unknown };
  docMeasure: { measureBlock(node: unknown): unknown };
  buildNextLine(node: unknown): TextLine | null;
};
type AddLine = (this: { context(): Ctx }, line: TextLine, ...rest: unknown[]) => unknown;
type BuilderMethod = (this: Builder, ...args: unknown[]) => unknown;

/** The prototypes the footnote layout hooks into (pdfmake's ElementWriter and LayoutBuilder). */
export interface FootnoteTargets {
  writer: { addLine: AddLine };
  builder: {
    tryLayoutDocument: BuilderMethod;
    addHeadersAndFooters: BuilderMethod;
    processLeaf: (this: Builder, node: unknown) => unknown;
  };
}

/** Installs the footnote hooks on pdfmake's prototypes (once: `pdf-patches.ts` calls it). */
export function installFootnoteLayout({ writer, builder }: FootnoteTargets): void {
  const { addLine } = writer;
  const { tryLayoutDocument, addHeadersAndFooters, processLeaf } = builder;

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
    if (ctx.y <= ctx.pageMargins.top + 0.01) {
      keepTogether.call(this, f, ctx, line, rest);
      keepHeading.call(this, f, ctx, rest);
    }
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
    const placed: Placed = {
      line,
      x: line.x,
      y: line.y,
      top: ctx.y,
      notes: notes.length > 0,
      column: { x: ctx.x, width: ctx.availableWidth },
    };
    const position = addLine!.call(this, line, ...rest);
    if (!position) return position;
    if (recorded && typeof position === 'object') Object.assign(recorded, position);
    placed.position = recorded ?? (typeof position === 'object' ? position : undefined);
    // A heading's lines, until anything else is placed after them.
    const leaf = f.leaf as { headlineLevel?: number } | null;
    if (leaf?.headlineLevel !== undefined && !rest[0]) {
      if (f.heading?.leaf === leaf && f.heading.page === ctx.page) f.heading.lines.push(placed);
      else f.heading = { leaf, page: ctx.page, lines: [placed] };
    } else f.heading = null;
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
  /**
   * Keep with next, in the pass under way: a heading left last on its page (what follows it starting
   * the next page) goes to the next page with it, above the line going first there, spaced as a
   * heading starting a page is. Without this, `keepWithNext` (pdf-definition.ts, pdfmake's
   * `pageBreakBefore`) finds the heading alone and pdfmake lays the whole document out again; it
   * stays as the rule for what this leaves (a source list's later entries, a heading of several pages).
   */
  function keepHeading(this: { context(): Ctx }, f: Footnotes, ctx: Ctx, rest: unknown[]) {
    const heading = f.heading;
    if (!heading || heading.page !== ctx.page - 1 || heading.leaf === f.leaf || rest[0]) return;
    if (heading.lines.some((p) => p.notes)) return;
    const items = ctx.pages[heading.page]?.items ?? [];
    const at = items.length - heading.lines.length;
    // Not a heading that starts its page already (nothing above it there).
    if (at <= 0 || heading.lines.some((p, i) => items[at + i]?.item !== p.line)) return;
    items.splice(at);
    const margin = (node: unknown) => (node as { _margin?: number[] } | null)?._margin;
    const following = f.leaf;
    f.leaf = heading.leaf;
    f.run = f.heading = null;
    ctx.moveDown(margin(heading.leaf)?.[1] ?? 0);
    // What follows may have begun already (a list, its margin set and its first marker waiting for the
    // next line added): the heading goes back in its own column, and pdfmake's listeners (the list's
    // marker) do not take its lines for the first of what follows.
    const column = { x: ctx.x, width: ctx.availableWidth };
    type Emitter = { emit(event: string, ...args: unknown[]): boolean };
    const writer = this as typeof this & Partial<Emitter>;
    const emit = Object.hasOwn(writer, 'emit') ? writer.emit : undefined;
    writer.emit = (event: string, ...args: unknown[]) =>
      event === 'lineAdded'
        ? false
        : (Object.getPrototypeOf(writer) as Emitter).emit.call(writer, event, ...args);
    try {
      for (const p of heading.lines) {
        p.line.x = p.x;
        p.line.y = p.y;
        ctx.x = p.column.x;
        ctx.availableWidth = p.column.width;
        place.call(this, f, ctx, p.line as TextLine, [], 0, [], p.position);
      }
    } finally {
      ctx.x = column.x;
      ctx.availableWidth = column.width;
      if (emit) writer.emit = emit;
      else delete writer.emit;
    }
    f.leaf = following;
    f.run = f.heading = null;
    ctx.moveDown((margin(heading.leaf)?.[3] ?? 0) + (margin(following)?.[1] ?? 0));
  }
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
            // Aligned as pdfmake aligns a body line (its ElementWriter's `alignLine`, which these lines
            // never pass through): a right-to-left note is set from the right margin.
            const align = (line as Partial<TextLine>).inlines?.[0]?.alignment;
            const room = line.getWidth ? f.width - line.getWidth() : 0;
            line.x = f.left + (align === 'right' ? room : align === 'center' ? room / 2 : 0);
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
}
/**
 * A conservative height for a page's notes: greedy line wrapping with Roboto's widest common average
 * advance (≈0.55 em), so the reserved area holds them with a little to spare.
 */
export function notesHeight(texts: string[], fontSize: number, width: number): number {
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
