import type { ExportProgress } from '../../contract/api';
import { checkBriefing } from '../../core/check';
import { AppError } from '../../core/errors';
import { plural } from '../../core/plural';
import { buildRenderModel, type RenderModel } from '../../core/render-model';
import { blockFactIds, type Briefing, type ExportFormat, type Fact, type Source } from '../../core/schemas';
import { citationLocale, type Template } from '../../core/template';
import { builtInStylesDir, cslFormatter } from './csl';

/** What a briefing renders from: the briefing, its template, and the facts and sources it cites. */
export interface RenderInput {
  briefing: Briefing;
  template: Template;
  facts: Fact[];
  sources: Source[];
  /** A release version: paragraphs marked above this classification are left out. */
  release?: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  noteCount: number;
  /** What the file cites, in words: "7 notes", or with author-date citations "3 sources in the source list". */
  citations: string;
}

/** What a brief cites, in words: its notes, or (author-date, which has none) its source list's entries. */
function citationsInWords(model: RenderModel): string {
  return model.placement === 'author-date'
    ? `${plural(model.sourceList?.entries.length ?? 0, 'source')} in the source list`
    : plural(model.notes.length, 'note');
}

const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** File-name-safe version of a title: letters, digits, spaces and dashes. */
export function safeFileName(title: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return base || 'briefing';
}

/** The template's CSL formatter, in its house convention, with titles in italics. */
function formatterFor(input: RenderInput, templatesDir: string) {
  const { citations } = input.template;
  return cslFormatter(citations.style, builtInStylesDir(templatesDir), citationLocale(citations), {
    emphasis: true,
    ...(citations.repeatedNote ? { repeatedNote: citations.repeatedNote } : {}),
  });
}

export function renderModelOf(input: RenderInput, templatesDir: string): RenderModel {
  return buildRenderModel({ ...input, formatter: formatterFor(input, templatesDir) });
}

/** The writers of `formats`, loaded (a first export in a process loads docx or pdfmake and its fonts). */
const writers = async (formats: readonly ExportFormat[]) => ({
  docx: formats.includes('docx') ? await import('./docx') : null,
  pdf: formats.includes('pdf') ? await import('./pdf') : null,
});

/** A progress event as the exporter sends it; the host adds the caller's `exportId`. */
export type ExportProgressUpdate = Omit<ExportProgress, 'exportId'>;
export type OnExportProgress = (update: ExportProgressUpdate) => void;

/** pdfmake reports each drawn item; progress moves on in twentieths of the PDF's write step. */
const DRAW_STEPS = 20;

/**
 * Renders a briefing to DOCX or PDF. Findings the template makes blocking stop the export, each one
 * named. The writer of the other format is not loaded (the CLI's `build` is a whole process per file).
 * `onProgress` hears each stage as it starts (see ExportProgress for what `done` and `total` count).
 */
export async function renderBriefing(
  input: RenderInput,
  format: ExportFormat,
  templatesDir: string,
  onProgress?: OnExportProgress,
): Promise<ExportedFile> {
  const [file] = await renderBriefingFormats(input, [format], templatesDir, onProgress);
  if (!file) throw new AppError('internal', 'The export produced no file.');
  return file;
}

/**
 * Renders a briefing to several formats from one render model: the check runs and the citations are
 * formatted once, then each format is laid out and written in turn. Files come back in `formats` order.
 */
export async function renderBriefingFormats(
  input: RenderInput,
  formats: readonly ExportFormat[],
  templatesDir: string,
  onProgress: OnExportProgress = () => {},
): Promise<ExportedFile[]> {
  // Steps: the check, the citations, then a layout and a write per format.
  const total = 2 + 2 * formats.length;
  onProgress({ stage: 'check', done: 0, total, message: 'Checking the briefing…' });
  const blocking = checkBriefing(input).filter((f) => f.severity === 'block');
  if (blocking.length > 0) {
    throw new AppError(
      'export_blocked',
      `The template does not allow export yet: ${blocking.map((f) => f.message).join(' ')}`,
    );
  }
  const marks = input.briefing.sections.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + blockFactIds(b).length, 0),
    0,
  );
  onProgress({ stage: 'citations', done: 1, total, message: `Formatting ${plural(marks, 'citation')}…` });
  // The writers load while a source-list worker (if any) builds its engine, before the notes are formatted.
  const formatter = formatterFor(input, templatesDir);
  const { docx, pdf } = await writers(formats);
  const model = buildRenderModel({ ...input, formatter });
  const files: ExportedFile[] = [];
  for (const [i, format] of formats.entries()) {
    const done = 2 + 2 * i;
    const label = format.toUpperCase();
    const writing = `Writing the ${label} file…`;
    let bytes: Uint8Array;
    if (format === 'docx') {
      onProgress({ stage: 'layout', format, done, total, message: `Laying out the ${label}…` });
      bytes = await docx!.renderDocx(model, () =>
        onProgress({ stage: 'write', format, done: done + 1, total, message: writing }),
      );
    } else {
      onProgress({ stage: 'layout', format, done, total, message: 'Laying out pages…' });
      // The layout is done when pdfmake draws its first item; from then on, it counts what it drew.
      let drawn = -1;
      bytes = await pdf!.renderPdfWithProgress(model, (fraction) => {
        const step = Math.floor(Math.min(1, fraction) * DRAW_STEPS);
        if (step <= drawn || step >= DRAW_STEPS) return;
        drawn = step;
        onProgress({ stage: 'write', format, done: done + 1 + step / DRAW_STEPS, total, message: writing });
      });
      // A document without a drawn item (none should be) still reports its write step.
      if (drawn < 0) onProgress({ stage: 'write', format, done: done + 1, total, message: writing });
    }
    files.push({
      // A release version is named as one, so it is never taken for the full brief.
      fileName: `${safeFileName(input.briefing.title)}${input.release ? `-release-${safeFileName(input.release)}` : ''}.${format}`,
      mimeType: MIME[format],
      bytes,
      noteCount: model.notes.length,
      citations: citationsInWords(model),
    });
  }
  const names = formats.map((f) => f.toUpperCase()).join(' and ');
  onProgress({
    stage: 'done',
    done: total,
    total,
    message: `Exported ${names} with ${citationsInWords(model)}.`,
  });
  return files;
}
