import { join } from 'node:path';
import { buildRenderModel } from '../core/render-model';
import type { ExportFormat } from '../core/schemas';
import type { AppInfo, Handlers } from '../contract/api';
import { renderDocx } from './export/docx';
import { renderPdf } from './export/pdf';
import { Store } from './store/store';
import { TemplateLibrary } from './templates/library';

export interface ServicesOptions {
  /** Folder holding the store (`briefing.sqlite`). */
  dataDir: string;
  /** Folder of built-in templates. */
  templatesDir: string;
  mode: AppInfo['mode'];
  version: string;
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

/** Every service behind the API, over one store. The Electron shell, browser host and CLI all use this. */
export class Services {
  readonly store: Store;
  readonly templates: TemplateLibrary;

  constructor(readonly options: ServicesOptions) {
    this.store = new Store(join(options.dataDir, 'briefing.sqlite'));
    this.templates = new TemplateLibrary(options.templatesDir);
  }

  close(): void {
    this.store.close();
  }

  async exportBriefing(id: string, format: ExportFormat): Promise<ExportedFile> {
    const briefing = this.store.getBriefing(id);
    const template = this.templates.get(briefing.templateId);
    const factIds = [...new Set(briefing.sections.flatMap((s) => s.blocks.flatMap((b) => b.factIds)))];
    const facts = this.store.getFacts(factIds);
    const sources = [...new Set(facts.map((f) => f.sourceId))].flatMap(
      (sid) => this.store.getSource(sid) ?? [],
    );
    const model = buildRenderModel({ briefing, template, facts, sources });
    const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
    return {
      fileName: `${safeFileName(briefing.title)}.${format}`,
      mimeType: MIME[format],
      bytes,
      noteCount: model.notes.length,
    };
  }

  /** The handler table: one entry per contract channel. */
  handlers(): Handlers {
    const { store, templates } = this;
    return {
      'app:info': () => ({
        version: this.options.version,
        mode: this.options.mode,
        dataDir: this.options.dataDir,
      }),
      'sources:list': () => store.listSources(),
      'sources:create': (input) => store.createSource(input),
      'facts:list': () => store.listFacts(),
      'facts:create': (input) => store.createFact(input),
      'templates:list': () => templates.templates,
      'briefings:list': () => store.listBriefings(),
      'briefings:create': (input) => store.createBriefing(input, templates.get(input.templateId)),
      'briefings:get': ({ id }) => store.getBriefing(id),
      'briefings:update': ({ id, content }) =>
        store.updateBriefing(id, content, templates.get(store.getBriefing(id).templateId)),
      'briefings:export': async ({ id, format }) => {
        const file = await this.exportBriefing(id, format);
        return {
          fileName: file.fileName,
          mimeType: file.mimeType,
          dataBase64: Buffer.from(file.bytes).toString('base64'),
          noteCount: file.noteCount,
        };
      },
    };
  }
}
