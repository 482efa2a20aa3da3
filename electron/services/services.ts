import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderModel } from '../core/render-model';
import type { ExportFormat } from '../core/schemas';
import type { AppInfo, FilePayload, Handlers, StoreStats } from '../contract/api';
import { exportLibrary } from './export/library';
import { importArticle, proposeCandidates } from './import/article';
import { importFacts } from './import/facts';
import { importSources } from './import/sources';
import { deleteCollection, listCollections, saveCollection } from './search/collections';
import { searchFacts } from './search/search';
import { renderDocx } from './export/docx';
import { renderPdf } from './export/pdf';
import { backupStore, restoreStore } from './store/backup';
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

  /** A consistent copy of the whole store, as a file for the user to keep. */
  async backup(): Promise<FilePayload> {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-backup-'));
    try {
      const file = join(dir, 'briefing.sqlite');
      await backupStore(this.store.db, file);
      return {
        fileName: `briefing-backup-${new Date().toISOString().slice(0, 10)}.sqlite`,
        mimeType: 'application/vnd.sqlite3',
        dataBase64: (await readFile(file)).toString('base64'),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Replaces the store with a backup, after checking it is one. */
  async restore(bytes: Uint8Array): Promise<StoreStats> {
    restoreStore(this.store, bytes);
    return this.store.stats();
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
      'sources:get': ({ id }) => store.requireSource(id),
      'sources:update': ({ id, patch }) => store.updateSource(id, patch),
      'facts:list': () => store.listFacts(),
      'facts:create': (input) => store.createFact(input),
      'facts:get': ({ id }) => store.requireFact(id),
      'facts:update': ({ id, patch }) => store.updateFact(id, patch),
      'facts:search': (query) => searchFacts(store.db, query),
      'collections:list': () => listCollections(store.db),
      'collections:save': ({ name, query }) => saveCollection(store.db, name, query),
      'collections:delete': ({ id }) => {
        deleteCollection(store.db, id);
        return {};
      },
      'import:article-candidates': ({ text, format }) => proposeCandidates(text, format),
      'import:article': (input) => importArticle(store, input),
      'import:sources': ({ format, text }) => importSources(store, format, text),
      'import:facts': ({ format, text }) => importFacts(store, format, text),
      'library:export': ({ format }) => exportLibrary(store, format),
      'store:stats': () => store.stats(),
      'store:backup': async () => this.backup(),
      'store:restore': async ({ dataBase64 }) => this.restore(Buffer.from(dataBase64, 'base64')),
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
