import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Real readers for exported files: pandoc for DOCX, poppler for PDF. */
export const pandocPlain = (file: string) =>
  execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });

/** A DOCX as pandoc Markdown: notes are `[^n]` where they stand, bold is `**word**`. */
export const pandocMarkdown = (file: string) =>
  execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', file], { encoding: 'utf8' });

interface PandocNode {
  t?: string;
  c?: unknown;
}

/** The footnote/endnote texts pandoc finds in a DOCX, in order. */
export function pandocNotes(file: string): string[] {
  const ast = JSON.parse(
    execFileSync('pandoc', ['-f', 'docx', '-t', 'json', file], { encoding: 'utf8' }),
  ) as unknown;
  const notes: string[] = [];
  const text = (node: unknown): string => {
    if (Array.isArray(node)) return node.map(text).join('');
    if (node && typeof node === 'object') {
      const n = node as PandocNode;
      if (n.t === 'Str') return String(n.c);
      if (n.t === 'Space' || n.t === 'SoftBreak') return ' ';
      return text(n.c);
    }
    return '';
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as PandocNode;
      if (n.t === 'Note') notes.push(text(n.c).trim());
      else Object.values(n).forEach(walk);
    }
  };
  walk(ast);
  return notes;
}

export const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Rows of `pdffonts`: font name and whether it is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

/**
 * The web addresses of a PDF's link annotations, page by page, read by pikepdf (the annotations sit in
 * compressed object streams).
 */
export function pdfLinks(file: string): string[] {
  const script = [
    'import json, sys, pikepdf',
    'pdf = pikepdf.open(sys.argv[1])',
    'print(json.dumps([str(a.A.URI) for p in pdf.pages for a in p.get("/Annots", [])',
    '  if "/A" in a and a.A.get("/S") == "/URI"]))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
}

/** A word as poppler places it on its page (points from the top left). */
export interface PdfWord {
  page: number;
  pageWidth: number;
  pageHeight: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF with its box, from `pdftotext -bbox`, page by page (pages from 1). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word ([^>]*)>([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
      pageHeight = Number(m[2]);
      continue;
    }
    const attr = (name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(m[3] ?? '')?.[1]);
    words.push({
      page,
      pageWidth,
      pageHeight,
      text: unescape(m[4] ?? ''),
      xMin: attr('xMin'),
      yMin: attr('yMin'),
      xMax: attr('xMax'),
      yMax: attr('yMax'),
    });
  }
  return words;
}

/** A PDF's text page by page (`pdftotext -layout`, split at form feeds). */
export const pdfPages = (file: string) => pdfText(file).split('\f').slice(0, -1);

/** One part of a DOCX (a zip), as text: `word/styles.xml`, `word/document.xml`. */
export const docxPart = (file: string, part: string) =>
  execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** A structure element of a tagged PDF, as tests/helpers/pdf-structure.py reads it with pikepdf. */
export interface StructElement {
  type: string;
  text?: string;
  alt?: string;
  lang?: string;
  id?: string;
  actualtext?: string;
  scope?: string;
  /** A Layout attribute: how far the content is raised, in points. */
  baselineShift?: number;
  /** Child elements; a link's annotation appears as `{ annotation: 'Link', … }`. */
  children?: StructElement[];
  annotation?: string;
  /** A link annotation's Contents: its alternate text (PDF/UA-1 7.18.5). */
  contents?: string;
}

/** What pikepdf reads of a PDF's tagging: catalog entries, XMP, annotations, the structure tree. */
export interface PdfStructure {
  lang: string;
  marked: boolean;
  displayDocTitle: boolean;
  xmpTitle: string | null;
  pdfuaPart: string | null;
  pdfaPart: string | null;
  pdfaConformance: string | null;
  outputIntents: Array<{ subtype: string; components: number; condition: string }>;
  trailerId: boolean;
  encrypted: boolean;
  version: string;
  tabsStructure: boolean;
  annotations: Array<{ page: number; subtype: string; structParent: boolean; contents: string }>;
  tree: StructElement[];
  /** Painting operators outside both tagged content and artifacts. */
  untagged: Array<{ page: number; operator: string }>;
}

/** Every element of a structure tree (or of elements' subtrees), each before its children. */
export const structElements = (elements: StructElement[]): StructElement[] =>
  elements.flatMap((e) => [e, ...structElements(e.children ?? [])]);

/** A PDF's tagging read by pikepdf (Debian's python3-pikepdf, run by the system Python). */
export const pdfStructure = (file: string): PdfStructure =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [new URL('./pdf-structure.py', import.meta.url).pathname, file], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    }),
  ) as PdfStructure;

/** What one text-showing operator of a PDF draws, in which font (its BaseFont without the subset tag). */
export interface PdfFontText {
  page: number;
  font: string;
  text: string;
}
/** The text a PDF draws in each font, in drawing order, as tests/helpers/pdf-font-text.py reads it with pikepdf. */
export const pdfFontText = (file: string): PdfFontText[] =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [new URL('./pdf-font-text.py', import.meta.url).pathname, file], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  ) as PdfFontText[];

/** How a PDF's objects are stored and its link annotations tied to its structure (pikepdf). */
export interface PdfObjects {
  version: string;
  xrefStream: boolean;
  objectStreams: number;
  objectsInStreams: number;
  objects: number;
  linkAnnotations: number;
  annotationsNotInParentTree: number;
  annotationsNotHeldByTheirElement: number;
  objrOnAnotherPage: number;
  objrPageRepeatingItsElements: number;
  linkAltRepeatingContents: number;
  unusedParentTreeKeys: number;
  parentTreeNextKey: number | null;
}
export const pdfObjects = (file: string): PdfObjects =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [new URL('./pdf-objects.py', import.meta.url).pathname, file], {
      encoding: 'utf8',
    }),
  ) as PdfObjects;

/**
 * qpdf's structural check (Debian's qpdf): its exit status and what it says. 0 is clean, 3 warnings,
 * 2 errors.
 */
export function qpdfCheck(file: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** A page (the first by default) in grey at `dpi`, cropped to a box in points: its width, height and one byte a pixel. */
function greyBox(
  file: string,
  box: { xMin: number; yMin: number; xMax: number; yMax: number },
  dpi: number,
  page = 1,
): { width: number; height: number; pixels: Buffer } {
  const px = (v: number) => Math.round((v * dpi) / 72);
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    String(px(box.xMin)),
    '-y',
    String(px(box.yMin)),
    '-W',
    String(Math.max(1, px(box.xMax - box.xMin))),
    '-H',
    String(Math.max(1, px(box.yMax - box.yMin))),
    file,
  ]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

/** A page (the first by default) at 100 dpi in grey, cropped to a box in points: the share of its pixels that are not white. */
export function inked(
  file: string,
  box: { xMin: number; yMin: number; xMax: number; yMax: number },
  page = 1,
): number {
  const { pixels } = greyBox(file, box, 100, page);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}

/**
 * Page 1 at 288 dpi in grey, cropped to a box in points: for each row of pixels from the top, its
 * height on the page (points) and the share of its pixels that are not white.
 */
export function inkedRows(
  file: string,
  box: { xMin: number; yMin: number; xMax: number; yMax: number },
): Array<{ y: number; share: number }> {
  const dpi = 288;
  const { width, height, pixels } = greyBox(file, box, dpi);
  return Array.from({ length: height }, (_, row) => {
    let dark = 0;
    for (let x = 0; x < width; x++) if ((pixels[row * width + x] ?? 255) < 128) dark++;
    return { y: Math.round((box.yMin * dpi) / 72 + row) * (72 / dpi), share: dark / width };
  });
}

/**
 * LibreOffice's PDFs of DOCX files, one `soffice` run for all, written to `outdir` (a new folder by
 * default); `tagged` asks for its tagged PDF. Each run has its own profile: parallel test workers must
 * not share LibreOffice's user installation.
 */
export function libreOfficePdfs(
  docx: string[],
  options: { outdir?: string; tagged?: boolean } = {},
): string[] {
  const outdir = options.outdir ?? mkdtempSync(join(tmpdir(), 'briefing-lo-out-'));
  const profile = `file://${mkdtempSync(join(tmpdir(), 'lo-profile-'))}`;
  const to = options.tagged
    ? 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    : 'pdf';
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outdir, ...docx],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return docx.map((file) => join(outdir, basename(file).replace(/\.docx$/, '.pdf')));
}

/** LibreOffice's PDF of one DOCX (see `libreOfficePdfs`). */
export const libreOfficePdf = (docx: string, options: { outdir?: string; tagged?: boolean } = {}): string =>
  libreOfficePdfs([docx], options)[0] ?? '';
