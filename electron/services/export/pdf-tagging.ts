import { FONT_LANGUAGE } from './pdf-fonts';

/**
 * A tagged PDF (PDF/UA-1) from pdfmake, which draws no structure: each content node of the document
 * definition says where it stands in the structure (`pdfTag`, a path of structure elements from the
 * document down), its lines carry that path through the layout, and as pdfkit draws each run of a line
 * it is marked as the content of its element (a paragraph, a heading, a table cell, a note, or a link,
 * note reference or foreign-language span inside one). Whatever has no place in the structure (page
 * headers and footers, rules, borders, list bullets, a table header repeated on a later page) is drawn
 * as an artifact. The structure tree is built once the pages are drawn, in reading order: the order
 * in which elements were first drawn, except that a footnote follows the paragraph that cites it.
 *
 * Installed with the other patches in `pdf-patches.ts`, which checks pdfmake's code it relies on.
 */

/** The structure types we write (PDF 1.7 standard structure types). */
export type StructType =
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Note'
  | 'Reference'
  | 'Link'
  | 'Span'
  | 'Em'
  | 'Figure';

/** One element on a content node's path. Elements with the same key are one element. */
export interface TagStep {
  key: string;
  type: StructType;
  alt?: string;
  lang?: string;
  scope?: 'Column' | 'Row';
  /** The element's ID (a note's, for the references to it). */
  id?: string;
  /** A footnote: placed after this element (its parent's child) in reading order, not where drawn. */
  after?: string;
  /** Placed before its siblings (a list item's label, drawn after its first line). */
  first?: boolean;
  /** How far the content is raised above the line's baseline, in points (a note marker, superscript). */
  baselineShift?: number;
}

/** Where a content node stands: its elements from the document down, or drawn as an artifact. */
export type PdfTag = readonly TagStep[] | 'artifact';

/** The key under which a content node of the document definition carries its tag. */
export const TAG = 'pdfTag';

// --- layout: each line keeps its node's tag -----------------------------------------------------

interface TaggedLine {
  _tag?: PdfTag;
  inlines: DrawnInline[];
}
type BuildNextLine = (this: unknown, node: Record<string, unknown>) => TaggedLine | null;
type AddLine = (this: { _lastTag?: PdfTag }, line: TaggedLine, ...rest: unknown[]) => unknown;

/** The prototypes the tagged layout hooks into (pdfmake's LayoutBuilder and ElementWriter). */
export interface TaggedLayoutTargets {
  builder: { buildNextLine: BuildNextLine };
  writer: { addLine: AddLine };
}

/**
 * Every line pdfmake breaks from a text node carries the node's tag (notes laid out at a page's foot
 * too: they are broken by the same function). A numbered list's number, added as a line of its own
 * just after the item's first line, is the item's label.
 */
export function installTaggedLayout({ builder, writer }: TaggedLayoutTargets): void {
  const { buildNextLine } = builder;
  builder.buildNextLine = function (node) {
    const line = buildNextLine.call(this, node);
    const tag = node[TAG] as PdfTag | undefined;
    if (line && tag) line._tag = tag;
    return line;
  };
  const { addLine } = writer;
  writer.addLine = function (line, ...rest) {
    if (!line._tag && rest[0] === true && Array.isArray(this._lastTag)) {
      const path = this._lastTag as readonly TagStep[];
      const item = path.findLastIndex((s) => s.type === 'LI');
      if (item >= 0)
        line._tag = [...path.slice(0, item + 1), { key: `${path[item]!.key}|lbl`, type: 'Lbl', first: true }];
    } else if (line._tag) this._lastTag = line._tag;
    return addLine.call(this, line, ...rest);
  };
}

// --- drawing: marked content, and the structure tree ---------------------------------------------

/** A structure element as it is collected while the pages are drawn. */
interface Elem {
  type: StructType | 'Document';
  key: string;
  step?: TagStep;
  children: Array<Elem | { content: unknown } | { annotation: AnnotationReference }>;
  /** The page its content starts on. */
  page?: unknown;
  /** A right-to-left span's words as drawn, to say them as written (ActualText). */
  words?: Array<{ line: number; logical: number; text: string }>;
  /** The Link element whose annotations this element's runs make (itself, or the Link it is in). */
  link?: Elem;
}
/** pdfkit's reference to a link annotation, as it hands it to the link's structure element. */
interface AnnotationReference {
  annotationRef: { data: Record<string, unknown> };
  /** The page the annotation is on (ours: pdfkit reads the page being drawn when the tree is written). */
  pageRef?: unknown;
}

/** pdfkit's structure element (0.19), the two methods that place a link annotation in the tree. */
interface StructProto {
  document: { page: unknown; getStructParentTree(): { add(key: number, value: unknown): void } };
  dictionary: { data: { Pg?: unknown; K?: Array<{ Type?: string; Pg?: unknown }> } };
  _addAnnotationToParentTree(annotRef: { data: Record<string, unknown> }): void;
  _flushChild(child: unknown): void;
  _briefingPatched?: true;
}

/**
 * The link annotations are made as the pages are drawn, their elements once all are: pdfkit (meant to
 * tie an annotation to an element as it is made) gave each annotation a second parent-tree key when
 * its element was written (the first, which the annotation carries, must be set before pdfkit writes
 * it), and gave every annotation's OBJR the last page as its page. Each keeps the key and page it got
 * when drawn. The source text relied on is checked with the tagged drawing (`pdf-patches.ts`).
 */
function annotationsOnTheirPages(proto: StructProto): void {
  if (proto._briefingPatched) return;
  proto._briefingPatched = true;
  const { _addAnnotationToParentTree: addToTree, _flushChild: flushChild } = proto;
  proto._addAnnotationToParentTree = function (this: StructProto, annotRef) {
    const key = annotRef.data.StructParent;
    if (typeof key !== 'number') return addToTree.call(this, annotRef);
    this.document.getStructParentTree().add(key, this.dictionary);
  };
  proto._flushChild = function (this: StructProto, child) {
    const page = (child as Partial<AnnotationReference> | null)?.pageRef;
    if (page === undefined) return flushChild.call(this, child);
    const doc = this.document;
    const drawing = doc.page;
    doc.page = { dictionary: page };
    try {
      flushChild.call(this, child);
    } finally {
      doc.page = drawing;
    }
    // An OBJR's page defaults to its element's (ISO 32000-1, table 325): written only where it differs.
    const data = this.dictionary.data;
    const objr = data.K?.at(-1);
    if (objr?.Type === 'OBJR' && objr.Pg === data.Pg) delete objr.Pg;
  };
}

/** What a drawn run reads of pdfmake's inline. */
export interface DrawnInline {
  text: string;
  /** Its place in the line as written, where the line has right-to-left text (see pdf-bidi.ts). */
  _logical?: number;
  link?: string;
  linkToDestination?: string;
  font?: { name?: string };
  fontSize?: number;
  sup?: boolean;
}

/** pdfkit's document, as far as drawing tagged content uses it. */
interface PdfKitDoc {
  options: { tagged?: boolean; subset?: string };
  appendXML(xml: string): void;
  page: { dictionary: unknown; markings: Array<{ structContent?: unknown }> };
  markContent(tag: string, options?: Record<string, unknown>): unknown;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): unknown;
  addContent(data: string): PdfKitDoc;
  struct(type: string, options?: Record<string, unknown>): PdfKitStruct;
  createStructParentTreeNextKey(): number;
  getStructParentTree(): { add(key: number, value: unknown): void };
  addStructure(struct: PdfKitStruct): unknown;
  text: (...args: unknown[]) => unknown;
  annotate: (x: number, y: number, w: number, h: number, options: Record<string, unknown>) => unknown;
  _briefingTags?: StructureTree;
  /** The line being drawn, while a tagged line is (see `installTaggedDrawing`); else null. */
  _briefingLine?: DrawnLine | null;
}
/** What the tagged drawing hooks into pdfkit's document while a line is drawn. */
interface DrawnLine {
  /** Called before each run of the line is drawn: marks it as content of its element. */
  run(): void;
  /** The Link element the run being drawn belongs to: its annotations are its. */
  link: Elem | null;
  /** A run whose text reads in another order than drawn (REORDERED): its text as written. */
  actual: string | null;
}
type DocumentMethod<K extends 'text' | 'annotate' | 'addContent'> = (
  this: PdfKitDoc,
  ...args: Parameters<PdfKitDoc[K]>
) => ReturnType<PdfKitDoc[K]>;
interface PdfKitStruct {
  add(child: unknown): PdfKitStruct;
  end(): void;
  dictionary: { data: Record<string, unknown> };
}

/** The language of a run drawn in a script's own font (pdfkit names a font by its PostScript name). */
const LANGUAGE_BY_FONT = new Map(
  Object.entries(FONT_LANGUAGE).map(([family, lang]) => [family.replace(/ /g, ''), lang]),
);
const languageOf = (inline: DrawnInline) => {
  const name = inline.font?.name;
  return name ? LANGUAGE_BY_FONT.get(name.split('-')[0] ?? '') : undefined;
};

const RTL_LANGUAGES = new Set(['ar', 'he']);

/**
 * Scripts whose shaping draws some vowel signs before the consonant they follow in the text
 * (Devanagari ि, Bengali ে, Tamil ை…): read glyph by glyph, the text comes out in drawn order. Each
 * run in them is drawn inside a `/Span << /ActualText (…) >>` marked-content sequence that says the
 * text as written, which text extraction (poppler, Acrobat) and screen readers read instead.
 */
const REORDERED =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The XMP that declares PDF/UA-1 (as pdfkit writes it for its own PDF/UA subset). */
const PDFUA_XMP = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `;

/** The structure elements of one document, as its pages are drawn. */
class StructureTree {
  readonly root: Elem = { type: 'Document', key: '', children: [] };
  private readonly byKey = new Map<string, Elem>();
  /** Per `after` key, the last element placed after it (notes after one paragraph keep their order). */
  private readonly lastAfter = new Map<string, Elem>();
  private autoKey = 0;
  /** Set while a line every run of which is italic is drawn: its italics are the line's style. */
  wholeItalic = false;
  constructor(private readonly doc: PdfKitDoc) {}

  private child(parent: Elem, step: TagStep): Elem {
    const found = this.byKey.get(step.key);
    if (found) return found;
    const elem: Elem = { type: step.type, key: step.key, step, children: [] };
    this.byKey.set(step.key, elem);
    const siblings = parent.children;
    const anchor = step.after ? (this.lastAfter.get(step.after) ?? this.byKey.get(step.after)) : undefined;
    const at = anchor ? siblings.indexOf(anchor) : -1;
    if (at >= 0) siblings.splice(at + 1, 0, elem);
    else if (step.first) {
      let first = 0;
      while (first < siblings.length && (siblings[first] as Elem).step?.first) first++;
      siblings.splice(first, 0, elem);
    } else siblings.push(elem);
    if (step.after) this.lastAfter.set(step.after, elem);
    return elem;
  }

  /** The element a line's path ends in (created, with its ancestors, when first drawn). */
  element(path: readonly TagStep[]): Elem {
    return path.reduce((parent, step) => this.child(parent, step), this.root);
  }

  /** The element an inline of a line is content of: the line's element, or a link, reference or span in it. */
  elementFor(path: readonly TagStep[], inline: DrawnInline | undefined): Elem {
    const leaf = this.element(path);
    if (!inline) return leaf;
    const target = /^note-(\d+)$/.exec(inline.linkToDestination ?? '');
    if (target) {
      const key = `${leaf.key}|ref|${target[1]}`;
      const reference = this.child(leaf, { key, type: 'Reference' });
      const link = this.child(reference, { key: `${key}|link`, type: 'Link', alt: `Note ${target[1]}` });
      // The marker's number is a Span (as Typst tags a marker) that says how far it is raised: the
      // Layout attribute BaselineShift of ISO 32000-1 (pdfmake raises a superscript by 0.75 of its size).
      const shift = inline.sup && inline.fontSize ? Math.round(inline.fontSize * 75) / 100 : undefined;
      const span = this.child(link, {
        key: `${key}|span`,
        type: 'Span',
        ...(shift ? { baselineShift: shift } : {}),
      });
      span.link = link;
      return span;
    }
    // A note's number is its label, a link back to where it is cited.
    const back = /^ref-(\d+)$/.exec(inline.linkToDestination ?? '');
    if (back)
      return this.child(this.child(leaf, { key: `${leaf.key}|lbl`, type: 'Lbl' }), {
        key: `${leaf.key}|back`,
        type: 'Link',
        alt: `Back to where note ${back[1]} is cited`,
      });
    if (inline.link)
      return this.child(leaf, { key: `${leaf.key}|link|${inline.link}`, type: 'Link', alt: inline.link });
    const lang = languageOf(inline);
    if (lang) {
      // A quote goes on in the same span from one line to the next.
      const last = leaf.children[leaf.children.length - 1];
      if (last && 'type' in last && last.type === 'Span' && last.step?.lang === lang) return last;
      return this.child(leaf, { key: `${leaf.key}|span|${this.autoKey++}`, type: 'Span', lang });
    }
    // Italic text in a paragraph is emphasis (the rich text's italics); a whole italic line (the date) is not.
    if (/Italic/.test(inline.font?.name ?? '') && leaf.type !== 'H1' && !this.wholeItalic) {
      const last = leaf.children[leaf.children.length - 1];
      if (last && 'type' in last && last.type === 'Em') return last;
      return this.child(leaf, { key: `${leaf.key}|em|${this.autoKey++}`, type: 'Em' });
    }
    return leaf;
  }

  /** Starts marking `elem`'s content. */
  open(elem: Elem): void {
    elem.page ??= this.doc.page;
    const content = this.doc.markStructureContent(elem.type);
    elem.children.push({ content });
    this.last = { elem, content };
  }

  /** The content marked last, left open at the end of a line for the next line of the same element. */
  private last: { elem: Elem; content: unknown } | null = null;

  /**
   * The element whose content is still open from the line before, on this page: a paragraph's lines
   * are one marked-content sequence (one MCID, one parent-tree entry) until something else is drawn.
   * pdfkit closes it itself when an artifact or other content is marked, or the page ends.
   */
  stillOpen(): Elem | null {
    const last = this.last;
    const marking = this.doc.page.markings.at(-1);
    return last && marking?.structContent === last.content ? last.elem : null;
  }

  /**
   * Collects the link annotation pdfkit makes for `elem` (a Link): the element owns it. Its entry in
   * the parent tree is made now, while pdfkit has not yet written the annotation.
   */
  linkCollector(elem: Elem) {
    return {
      dictionary: { data: { S: 'Link' } },
      add: (annotation: AnnotationReference) => {
        annotation.annotationRef.data.StructParent = this.doc.createStructParentTreeNextKey();
        annotation.pageRef = this.doc.page.dictionary;
        elem.children.push({ annotation });
      },
    };
  }

  /** A table's header row drawn again at the top of a later page: read once, where it was first drawn. */
  repeated(path: readonly TagStep[]): boolean {
    const leaf = this.byKey.get(path[path.length - 1]?.key ?? '');
    return leaf?.type === 'TH' && leaf.page !== undefined && leaf.page !== this.doc.page;
  }

  /** Notes a right-to-left word drawn as content of `elem`. */
  word(elem: Elem, line: number, inline: DrawnInline): void {
    if (inline._logical === undefined) return;
    (elem.words ??= []).push({ line, logical: inline._logical, text: inline.text });
  }

  /** Writes the structure tree (once every page is drawn). */
  finish(): void {
    const make = (elem: Elem): PdfKitStruct => {
      const step = elem.step;
      // Right-to-left words are drawn in visual order: the span says them as written.
      const actual = elem.words
        ?.sort((a, b) => a.line - b.line || a.logical - b.logical)
        .map((w) => w.text)
        .join('');
      const struct: PdfKitStruct = this.doc.struct(elem.type, {
        ...(actual && RTL_LANGUAGES.has(step?.lang ?? '') ? { actual } : {}),
        // A link's alternate text is its annotation's Contents (PDF/UA-1 7.18.5), not said twice.
        ...(step?.alt && elem.type !== 'Link' ? { alt: step.alt } : {}),
        ...(step?.lang ? { lang: step.lang } : {}),
        ...(step?.scope ? { scope: step.scope } : {}),
      });
      annotationsOnTheirPages(Object.getPrototypeOf(struct) as StructProto);
      if (step?.id) struct.dictionary.data.ID = new String(step.id);
      if (step?.baselineShift) struct.dictionary.data.A = { O: 'Layout', BaselineShift: step.baselineShift };
      for (const child of elem.children) {
        if ('type' in child) struct.add(make(child));
        else if ('content' in child) struct.add(child.content);
        else struct.add(child.annotation);
      }
      return struct;
    };
    const root = make(this.root);
    this.doc.addStructure(root);
    root.end();
  }
}

type RenderLine = (this: { pdfDocument: PdfKitDoc }, line: TaggedLine, ...rest: unknown[]) => unknown;
type RenderItem = (this: { pdfDocument: PdfKitDoc }, item: Record<string, unknown>) => unknown;

/** The prototype the tagged drawing hooks into (pdfmake's Renderer). */
export interface TaggedDrawingTargets {
  renderer: {
    renderPages: (this: { pdfDocument: PdfKitDoc }, pages: unknown[]) => unknown;
    renderLine: RenderLine;
    renderVector: RenderItem;
    renderImage: RenderItem;
  };
  /** pdfmake's PDFDocument (pdfkit's, extended): the methods a run is drawn with. */
  document: {
    text: DocumentMethod<'text'>;
    annotate: DocumentMethod<'annotate'>;
    addContent: DocumentMethod<'addContent'>;
  };
}

/** Draws `draw` as an artifact of the page (pagination, or layout: rules, borders, bullets). */
function asArtifact<T>(doc: PdfKitDoc, type: 'Pagination' | 'Layout', draw: () => T): T {
  doc.markContent('Artifact', { type });
  try {
    return draw();
  } finally {
    doc.endMarkedContent();
  }
}

/**
 * Marks what pdfmake draws: each run of a line as content of its element, vectors as layout
 * artifacts, images as artifacts unless tagged as a figure. Installed innermost on `renderLine`,
 * so it sees the runs as drawn (reordered and joined).
 */
export function installTaggedDrawing({ renderer, document }: TaggedDrawingTargets): void {
  const { renderPages, renderLine, renderVector, renderImage } = renderer;
  // Hooked once, on the prototype, and told by `_briefingLine` which line is drawn: setting and deleting
  // the document's own `text`/`annotate` for each line (as this did) left pdfkit's document in V8's
  // dictionary mode, every property read of it in pdfkit's drawing a hash look-up.
  const { text, annotate, addContent } = document;
  document.text = function (...args) {
    const line = this._briefingLine;
    if (!line) return text.apply(this, args);
    line.run();
    try {
      return text.apply(this, args);
    } finally {
      line.actual = null;
    }
  };
  document.annotate = function (x, y, w, h, options) {
    const link = this._briefingLine?.link;
    // pdfkit ties URI links to their element itself, not links within the document: both here.
    if (link && options.Subtype === 'Link') {
      options.structParent = this._briefingTags!.linkCollector(link);
      options.Contents = new String(link.step?.alt ?? '');
    }
    return annotate.call(this, x, y, w, h, options);
  };
  document.addContent = function (data) {
    const actual = this._briefingLine?.actual;
    if (!actual) return addContent.call(this, data);
    // Inside pdfkit's q … Q, around BT … ET: poppler places the ActualText by the transform in
    // force at its EMC, which outside the q … Q is the page's, not the text's.
    if (data === 'BT') this.markContent('Span', { actual });
    addContent.call(this, data);
    if (data === 'ET') this.endMarkedContent();
    return this;
  };
  renderer.renderPages = function (pages) {
    const doc = this.pdfDocument;
    doc._briefingLine = null;
    if (doc.options.tagged) doc._briefingTags = new StructureTree(doc);
    // pdfkit declares PDF/UA or PDF/A, one standard: a tagged PDF/A declares PDF/UA-1 too.
    if (doc.options.tagged && doc.options.subset?.startsWith('PDF/A')) doc.appendXML(PDFUA_XMP);
    const result = renderPages.call(this, pages);
    doc._briefingTags?.finish();
    return result;
  };
  renderer.renderVector = function (vector) {
    const doc = this.pdfDocument;
    return doc._briefingTags
      ? asArtifact(doc, 'Layout', () => renderVector.call(this, vector))
      : renderVector.call(this, vector);
  };
  renderer.renderImage = function (image) {
    const doc = this.pdfDocument;
    const tags = doc._briefingTags;
    if (!tags) return renderImage.call(this, image);
    const tag = image[TAG] as PdfTag | undefined;
    if (!Array.isArray(tag)) return asArtifact(doc, 'Pagination', () => renderImage.call(this, image));
    const elem = tags.element(tag as readonly TagStep[]);
    tags.open(elem);
    try {
      return renderImage.call(this, image);
    } finally {
      doc.endMarkedContent();
    }
  };
  const drawn = new WeakSet<object>();
  let lines = 0;
  renderer.renderLine = function (line, ...rest) {
    const doc = this.pdfDocument;
    const tags = doc._briefingTags;
    const inlines = line.inlines;
    if (!tags) return renderLine.call(this, line, ...rest);
    // A line drawn again (a table's header rows on each page the table runs to) is read once.
    const again = drawn.has(line);
    drawn.add(line);
    const tag = Array.isArray(line._tag) ? (line._tag as readonly TagStep[]) : null;
    const path = tag && !again && !tags.repeated(tag) ? tag : null;
    if (!path || inlines.length === 0)
      return asArtifact(doc, 'Pagination', () => renderLine.call(this, line, ...rest));

    let open = tags.stillOpen();
    let index = 0;
    const openFor = (inline: DrawnInline | undefined) => {
      const elem = tags.elementFor(path, inline);
      if (elem === open) return;
      if (open) doc.endMarkedContent();
      tags.open(elem);
      open = elem;
    };
    tags.wholeItalic = inlines.every((i) => /Italic/.test(i.font?.name ?? ''));
    const lineNumber = lines++;
    // Before the first run: its background (a highlight) belongs to it.
    openFor(inlines[0]);
    const drawing: DrawnLine = {
      run() {
        const inline = inlines[index++];
        openFor(inline);
        if (inline && open?.type === 'Span') tags.word(open, lineNumber, inline);
        drawing.link = open?.type === 'Link' ? open : (open?.link ?? null);
        drawing.actual = inline && REORDERED.test(inline.text) ? inline.text : null;
      },
      link: null,
      actual: null,
    };
    doc._briefingLine = drawing;
    try {
      return renderLine.call(this, line, ...rest);
    } finally {
      // Left open: the next line may go on with it (see `stillOpen`).
      doc._briefingLine = null;
    }
  };
}
