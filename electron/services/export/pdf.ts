import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';
import type { RenderModel } from '../../core/render-model';
import { definition, pageHeight, pt, type PdfOptions } from './pdf-definition';
import { fontFiles, PDF_FONTS } from './pdf-fonts';
import { Footnotes, notesHeight } from './pdf-footnotes';
import { installPdfPatches } from './pdf-patches';

type PdfMake = typeof import('pdfmake');
/** Loaded on the first PDF export only: a DOCX export (or the app's start) does not pay for pdfmake. */
let pdfmake: PdfMake;
let configured = false;
let hooked = false;
async function configure(): Promise<void> {
  if (configured) return;
  const loaded = (await import('pdfmake')) as PdfMake & { default?: PdfMake };
  pdfmake = loaded.default ?? loaded;
  hooked = installPdfPatches().has('footnote layout');
  pdfmake.setFonts(PDF_FONTS);
  // Exports never fetch anything: no URLs, and local reads only of the bundled fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => fontFiles.has(resolve(path)));
  configured = true;
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
export async function renderPdf(model: RenderModel, options: PdfOptions = {}): Promise<Uint8Array> {
  await configure();
  if (!hooked || model.placement !== 'footnotes' || model.notes.length === 0)
    return toBytes(definition(model, null, options));
  const { style } = model;
  const pageWidth = style.pageSize === 'A4' ? 595.28 : 612;
  const height = pageHeight(style);
  const width = pageWidth - pt(style.marginsMm.left) - pt(style.marginsMm.right);
  const maxReserve = height * 0.45;
  // A note too long for a page's foot (a pasted article as a source title) sends all notes to the end.
  if (model.notes.some((n) => notesHeight([n.text], style.bodySizePt - 1, width) > maxReserve / 2))
    return toBytes(definition(model, null, options));
  const footnotes = new Footnotes(
    width,
    pt(style.marginsMm.left),
    height,
    pt(style.marginsMm.bottom),
    style.bodySizePt * 1.2,
  );
  const bytes = await toBytes(definition(model, footnotes, options));
  // Every note at a page's foot, none crowding out its page: otherwise (notes of one line filling a
  // page) they go to the end.
  const placed = footnotes.placed.size === model.notes.length;
  const crowded = [...footnotes.pages.values()].some((p) => p.height > height * 0.6);
  return placed && !crowded ? bytes : toBytes(definition(model, null, options));
}
