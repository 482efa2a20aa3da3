import { checkBriefing } from '../../core/check';
import { AppError } from '../../core/errors';
import { buildRenderModel, type RenderModel } from '../../core/render-model';
import type { Briefing, ExportFormat, Fact, Source } from '../../core/schemas';
import type { Template } from '../../core/template';
import { builtInStylesDir, cslFormatter } from './csl';

/** What a briefing renders from: the briefing, its template, and the facts and sources it cites. */
export interface RenderInput {
  briefing: Briefing;
  template: Template;
  facts: Fact[];
  sources: Source[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  noteCount: number;
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

/** The render model of a briefing, its citations formatted by the template's CSL style. */
export interface RenderOptions {
  /**
   * Make the source list in a worker thread beside the notes. For a one-shot process (`briefing
   * build`), where every citeproc engine is built cold; a long-running app keeps its engines and is
   * faster in-thread after its first export.
   */
  sourceListInWorker?: boolean;
}

export function renderModelOf(
  input: RenderInput,
  templatesDir: string,
  options: RenderOptions = {},
): RenderModel {
  const { citations } = input.template;
  const formatter = cslFormatter(citations.style, builtInStylesDir(templatesDir), 'en-US', {
    prefetch: options.sourceListInWorker && citations.sourceList ? input.sources : undefined,
  });
  return buildRenderModel({ ...input, formatter });
}

/**
 * Renders a briefing to DOCX or PDF. Findings the template makes blocking stop the export, each one
 * named. The writer of the other format is not loaded (the CLI's `build` is a whole process per file).
 */
export async function renderBriefing(
  input: RenderInput,
  format: ExportFormat,
  templatesDir: string,
  options: RenderOptions = {},
): Promise<ExportedFile> {
  const blocking = checkBriefing(input).filter((f) => f.severity === 'block');
  if (blocking.length > 0) {
    throw new AppError(
      'export_blocked',
      `The template does not allow export yet: ${blocking.map((f) => f.message).join(' ')}`,
    );
  }
  const model = renderModelOf(input, templatesDir, options);
  const bytes =
    format === 'docx'
      ? await (await import('./docx')).renderDocx(model)
      : await (await import('./pdf')).renderPdf(model);
  return {
    fileName: `${safeFileName(input.briefing.title)}.${format}`,
    mimeType: MIME[format],
    bytes,
    noteCount: model.notes.length,
  };
}
