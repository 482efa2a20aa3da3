import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import type { RenderModel, Run } from '../../core/render-model';

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

/**
 * pdfmake has one bottom margin for every page. For per-page footnote areas, its layout context
 * (`DocumentContext`, pdfmake 0.3, pinned) is taught one thing: when it starts a page, it keeps free
 * whatever `pageMargins.footnoteReserve(pageIndex)` asks for, when the document's margins carry that
 * function (only footnoted PDFs do; each document carries its own, so concurrent exports do not mix).
 * Returns false when the internals are not what we expect: the caller then keeps one reserve for all.
 */
function perPageReserve(): boolean {
  type Context = {
    pageMargins?: { footnoteReserve?: (pageIndex: number) => number };
    page: number;
    availableHeight: number;
  };
  const proto = (
    require('pdfmake/js/DocumentContext.js') as {
      default?: { prototype: { initializePage?: (() => void) & { withReserve?: boolean } } };
    }
  ).default?.prototype;
  const original = proto?.initializePage;
  if (!proto || typeof original !== 'function') return false;
  if (original.withReserve) return true;
  const patched = function (this: Context) {
    original.call(this);
    const reserve = this.pageMargins?.footnoteReserve?.(this.page);
    if (reserve) this.availableHeight -= reserve;
  } as (() => void) & { withReserve?: boolean };
  patched.withReserve = true;
  proto.initializePage = patched;
  return true;
}

type PdfMake = typeof import('pdfmake');
/** Loaded on the first PDF export only: a DOCX export (or the app's start) does not pay for pdfmake. */
let pdfmake: PdfMake;
let configured = false;
let perPage = false;
async function configure(): Promise<void> {
  if (configured) return;
  const loaded = (await import('pdfmake')) as PdfMake & { default?: PdfMake };
  pdfmake = loaded.default ?? loaded;
  perPage = perPageReserve();
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

/** A paragraph (or table cell) carrying note markers; pdfmake adds `positions` as it lays it out. */
interface Anchor {
  node: { positions?: Array<{ pageNumber: number }> };
  numbers: number[];
}

/** Per-page footnotes: the space kept for each page's notes, and where the markers landed. */
interface FootnoteLayout {
  /** Points kept free above the usual bottom margin of each page (1-based) for its notes. */
  reserveOf: (page: number) => number;
  /** The most any page keeps: the footer area is this much taller than the bottom margin. */
  room: number;
  /** The page count of this layout (known from the previous pass: the banner's "of N"). */
  pageCount: number;
  /** Filled by the definition: the nodes carrying markers, to read their pages after layout. */
  anchors: Anchor[];
  /** Filled by the layout: its page count. */
  laidOut: number;
}

/**
 * Note number → page, from where the layout put each marker's paragraph: its last page. A marker in the
 * middle of a paragraph that breaks across pages may stand on the page before; its note then follows
 * on the next page (pdfmake reports positions per paragraph, not per marker).
 */
function notePages(anchors: Anchor[]): Map<number, number> {
  const pageOf = new Map<number, number>();
  for (const { node, numbers } of anchors) {
    const pages = (node.positions ?? []).map((p) => p.pageNumber);
    if (pages.length > 0) for (const n of numbers) pageOf.set(n, Math.max(...pages));
  }
  return pageOf;
}

function definition(model: RenderModel, footnotes: FootnoteLayout | null): TDocumentDefinitions {
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
  const h1 = (text: string) =>
    ({ text, style: 'h1', outline: true, ...(toc ? { tocItem: true } : {}) }) as ContentText;

  // pdfmake keeps one destination per line, so the back-link target is the paragraph, named after
  // its first note (`ref-3`); every note of that paragraph links back there.
  const backTarget = new Map<number, string>();
  const notesAt = new Map<string, number[]>();
  // Each run where the block has it: formatted text, a link, a note marker where its chip stands.
  const inline = (runs: Run[], italics = false) =>
    runs.map((run) =>
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
    );
  const anchorFor = (runs: Run[]) => {
    const numbers = runs.flatMap((run) => (run.kind === 'note' ? [run.number] : []));
    const anchor = numbers[0] === undefined ? undefined : `ref-${numbers[0]}`;
    if (anchor) for (const n of numbers) backTarget.set(n, anchor);
    if (anchor) notesAt.set(anchor, numbers);
    return anchor ? { id: anchor } : {};
  };

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
            ...section.table.rows.map((row) =>
              row.map((cell, i) => ({ ...(i === 0 ? anchorFor(cell) : {}), text: inline(cell) })),
            ),
          ],
        },
        layout: { hLineColor: () => '#BFBFBF', vLineColor: () => '#BFBFBF' },
      } as Content);
    }
    // Consecutive bullets form one `ul`, consecutive numbered items one `ol` (numbered from 1).
    let list = null as { kind: 'bullet' | 'numbered'; items: ContentText[] } | null;
    for (const p of section.paragraphs) {
      const paragraph = {
        ...anchorFor(p.runs),
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
  if (model.notes.length > 0 && !footnotes) {
    content.push(h1('Notes'));
    for (const n of model.notes) {
      content.push({
        id: `note-${n.number}`,
        fontSize: style.bodySizePt - 1,
        margin: [0, 0, 0, 3],
        text: [
          { text: `${n.number}. `, linkToDestination: backTarget.get(n.number) ?? '', color: heading },
          { text: breakable(n.text) },
        ],
      } as ContentText);
    }
  }
  if (model.sourceList && model.sourceList.entries.length > 0) {
    content.push(h1(model.sourceList.title));
    for (const e of model.sourceList.entries) {
      const at = e.url ? e.text.indexOf(e.url) : -1;
      content.push({
        margin: [0, 0, 0, 3],
        text:
          e.url && at >= 0
            ? [
                breakable(e.text.slice(0, at)),
                { text: e.url, link: e.url, color: LINK_COLOUR },
                e.text.slice(at + e.url.length),
              ]
            : [breakable(e.text)],
      } as ContentText);
    }
  }

  if (footnotes) {
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const numbers = typeof n.id === 'string' ? notesAt.get(n.id) : undefined;
      if (numbers) footnotes.anchors.push({ node: n, numbers });
      if (Array.isArray(n.ul)) collect(n.ul);
      if (Array.isArray(n.ol)) collect(n.ol);
      if (n.table && typeof n.table === 'object') collect((n.table as { body: unknown }).body);
    };
    collect(content);
  }

  const m = style.marginsMm;
  const banner = { text: model.classification.label, bold: true, color: model.classification.colour };
  const pageHeight = style.pageSize === 'A4' ? 841.89 : 792;
  const bannerRow = (currentPage: number, pageCount: number) => ({
    columns: [
      style.footer.banner ? banner : { text: '' },
      { text: style.footer.pageNumbers ? `Page ${currentPage} of ${pageCount}` : '', alignment: 'right' },
    ],
  });
  const noteSize = style.bodySizePt - 1.5;
  const footnoteBlock = (currentPage: number): Content[] => {
    if (!footnotes) return [];
    const pageOf = notePages(footnotes.anchors);
    const here = model.notes.filter((n) => pageOf.get(n.number) === currentPage);
    if (here.length === 0) return [];
    return [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5, lineColor: '#888888' }] },
      ...here.map(
        (n): Content =>
          ({
            id: `note-${n.number}`,
            fontSize: noteSize,
            lineHeight: 1,
            margin: [0, NOTE_GAP, 0, 0],
            text: [
              {
                text: `${n.number}. `,
                linkToDestination: backTarget.get(n.number) ?? '',
                color: heading,
              },
              { text: breakable(n.text) },
            ],
          }) as ContentText,
      ),
    ];
  };
  const dd: TDocumentDefinitions = {
    pageSize: style.pageSize === 'A4' ? 'A4' : 'LETTER',
    pageMargins: footnotes
      ? // pdfmake keeps this object as the document's margins: see `perPageReserve`.
        ({
          left: pt(m.left),
          top: pt(m.top),
          right: pt(m.right),
          bottom: pt(m.bottom) + footnotes.room,
          footnoteReserve: (pageIndex: number) => footnotes.reserveOf(pageIndex + 1) - footnotes.room,
        } as unknown as TDocumentDefinitions['pageMargins'])
      : [pt(m.left), pt(m.top), pt(m.right), pt(m.bottom)],
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
    // With footnotes, the footer area is `room` taller than the bottom margin: it starts where the
    // tallest reserve would, and each page's notes start where its own reserve does. Footers are laid
    // out after the body, so each page draws the notes whose markers this very layout put on it.
    // The banner row stays at its usual height from the page's foot (drawn with the background).
    footer: (currentPage: number, pageCount: number): Content => {
      if (!footnotes)
        return {
          margin: [pt(m.left), Math.max(8, pt(m.bottom) / 2 - 8), pt(m.right), 0],
          ...bannerRow(currentPage, pageCount),
        } as Content;
      footnotes.laidOut = pageCount;
      return {
        margin: [pt(m.left), footnotes.room - footnotes.reserveOf(currentPage) + 4, pt(m.right), 0],
        stack: footnoteBlock(currentPage),
      };
    },
    ...(footnotes
      ? {
          background: (currentPage: number) =>
            ({
              margin: [
                pt(m.left),
                pageHeight - Math.min(pt(m.bottom) / 2 + 8, pt(m.bottom) - 4),
                pt(m.right),
                0,
              ],
              ...bannerRow(currentPage, footnotes.pageCount),
            }) as Content,
        }
      : {}),
    content,
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

const NOTE_GAP = 2;

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
  return lines * fontSize * 1.2 + texts.length * NOTE_GAP + 10;
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

/** Lays the document out without drawing a page (`maxPagesNumber: 0`): a footnote pass needs only where things land. */
async function layOut(dd: TDocumentDefinitions): Promise<void> {
  await pdfmake.createPdf({ ...dd, maxPagesNumber: 0 } as TDocumentDefinitions).getBuffer();
}

/**
 * Lays a render model out as a PDF. pdfmake has no footnotes (upstream issue #2133), so where the
 * template asks for them they are laid out in passes. Each page keeps room above its bottom margin for
 * its own notes (see `perPageReserve`); pdfmake lays footers out after the body, so each page's footer
 * draws the notes whose markers this layout put on that page (read from the paragraphs' positions).
 * A layout is kept once every page's notes fit its room; otherwise the next pass gives each page the
 * room its notes need (never less than before, so the passes settle). Passes only lay out; the kept
 * layout is drawn once. Endnotes (and notes under author-date) stay a list at the end. Markers
 * link to their notes and each note's number links back.
 */
export async function renderPdf(model: RenderModel): Promise<Uint8Array> {
  await configure();
  if (model.placement !== 'footnotes' || model.notes.length === 0) return toBytes(definition(model, null));
  const { style } = model;
  const width =
    (style.pageSize === 'A4' ? 595.28 : 612) - pt(style.marginsMm.left) - pt(style.marginsMm.right);
  const fontSize = style.bodySizePt - 1.5;
  const maxReserve = (style.pageSize === 'A4' ? 841.89 : 792) * 0.45;
  /** Page → the room its notes need. */
  const need = (pageOf: Map<number, number>) => {
    const byPage = new Map<number, string[]>();
    for (const n of model.notes) {
      const page = pageOf.get(n.number) ?? 0;
      byPage.set(page, [...(byPage.get(page) ?? []), `${n.number}. ${n.text}`]);
    }
    return new Map(
      [...byPage].map(([page, texts]) => [page, Math.min(maxReserve, notesHeight(texts, fontSize, width))]),
    );
  };
  // A note too long for a page's foot (a pasted article as a source title) sends all notes to the end.
  if (model.notes.some((n) => notesHeight([n.text], fontSize, width) > maxReserve / 2))
    return toBytes(definition(model, null));
  // Start with room for the first paragraph-worth of notes on every page; later passes keep on each
  // page the room its own notes need (never less than an earlier pass kept, so the passes settle).
  const first = Math.min(
    maxReserve,
    notesHeight(
      model.notes.slice(0, 3).map((n) => n.text),
      fontSize,
      width,
    ),
  );
  let pageCount = 0;
  let reserves = new Map<number, number>();
  let uniform = first;
  // Pages past the last layout's end (content pushed on by bigger reserves) get a typical page's room.
  let typical = first;
  const layout = (): FootnoteLayout => {
    const [kept, all, usual] = [reserves, uniform, typical];
    const perPageKnown = perPage && pageCount > 0;
    return {
      reserveOf: perPageKnown ? (page) => kept.get(page) ?? usual : () => all,
      room: perPageKnown ? maxReserve : all,
      pageCount,
      anchors: [],
      laidOut: 0,
    };
  };
  for (let pass = 0; pass < 8; pass++) {
    const current = layout();
    await layOut(definition(model, current));
    // Each page draws the notes its layout put on it: the layout is right once each fits its room.
    const needed = need(fillGaps(notePages(current.anchors), model));
    if ([...needed].every(([page, h]) => h <= current.reserveOf(page)))
      return toBytes(definition(model, { ...current, pageCount: current.laidOut, anchors: [] }));
    // Pages up to the last with notes keep what their notes need; those after it (the source list, or
    // where the notes' paragraphs will move as pages fill up) get a typical page's room.
    const next = new Map<number, number>();
    const lastWithNotes = Math.max(0, ...[...needed].filter(([, h]) => h > 0).map(([page]) => page));
    for (let page = 1; page <= lastWithNotes; page++)
      next.set(
        page,
        Math.max(needed.get(page) ?? 0, pass > 0 && pageCount > 0 ? current.reserveOf(page) : 0),
      );
    reserves = next;
    uniform = Math.max(uniform, ...needed.values());
    const withNotes = [...needed.values()].filter((h) => h > 0);
    typical = withNotes.reduce((a, b) => a + b, 0) / Math.max(1, withNotes.length);
    pageCount = current.laidOut;
  }
  return toBytes(definition(model, layout()));
}

/** A note whose marker was not seen (none should be) goes on the page of the note before it. */
function fillGaps(pageOf: Map<number, number>, model: RenderModel): Map<number, number> {
  let last = 1;
  for (const n of model.notes) {
    const page = pageOf.get(n.number);
    if (page === undefined) pageOf.set(n.number, last);
    else last = page;
  }
  return pageOf;
}
