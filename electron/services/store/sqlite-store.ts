import type { ImportPreview, ImportReport, LibraryEvent, SourceFileFormat } from '../../contract/api';
import type { CslItem } from '../../core/csl-item';
import type {
  BriefingContent,
  BriefingCreate,
  FactInput,
  Fact,
  FactPatch,
  ParsedSourceInput,
  SourceInput,
  SourcePatch,
} from '../../core/schemas';
import type { Template } from '../../core/template';
import { importArticle, type ArticleImportInput } from '../import/article/saving';
import { importFacts, importFactsWithProgress, previewFacts } from '../import/facts';
import { importSources, importSourcesWithProgress, previewSources } from '../import/sources';
import { deleteCollection, listCollections, saveCollection } from '../search/collections';
import { searchFacts, type ParsedFactQuery } from '../search/search';
import type {
  DeleteOptions,
  ImportProgressOptions,
  LibraryStore,
  NewBriefing,
  SourceImportOptions,
} from './library-store';
import type { SaveOrder } from './briefing-save-order';
import { Store, systemUser } from './store';

/**
 * The local library: today's SQLite store (synchronous, better-sqlite3) behind the async interface.
 * Each call runs to completion before its promise settles, so a transaction whose steps await only
 * this store runs without another request's statements interleaving (no I/O wait in between).
 */
export class SqliteStore implements LibraryStore {
  private depth = 0;
  private readonly listeners = new Set<(event: LibraryEvent) => void>();

  constructor(readonly local: Store) {}

  get status() {
    return this.local.status;
  }

  get location(): string {
    return this.local.file;
  }

  watch(listener: (event: LibraryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells watchers a fact was saved here (a local store has no other writer to hear from). */
  private announce(fact: Fact): Fact {
    const event: LibraryEvent = {
      kind: 'fact',
      id: fact.id,
      status: fact.status,
      version: fact.version ?? 1,
      by: fact.updatedBy ?? '',
      at: fact.updatedAt,
    };
    for (const listener of this.listeners) listener(event);
    return fact;
  }

  setActor(name: string): void {
    this.local.actor = name.trim() || systemUser();
  }

  async close(): Promise<void> {
    this.local.close();
  }

  async transaction<T>(fn: (tx: LibraryStore) => Promise<T>): Promise<T> {
    // Nested calls join the outer transaction (as better-sqlite3's own transactions would).
    if (this.depth > 0 || this.local.db.inTransaction) return fn(this);
    this.local.db.exec('BEGIN IMMEDIATE');
    this.depth++;
    try {
      const result = await fn(this);
      this.local.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.local.db.inTransaction) this.local.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.depth--;
    }
  }

  async listSources(options?: { withText?: boolean }) {
    return this.local.listSources(options);
  }
  async getSource(id: string) {
    return this.local.getSource(id);
  }
  async requireSource(id: string) {
    return this.local.requireSource(id);
  }
  async findDuplicateSource(item: CslItem) {
    return this.local.findDuplicateSource(item);
  }
  async createSource(input: SourceInput | ParsedSourceInput) {
    return this.local.createSource(input);
  }
  async updateSource(id: string, patch: SourcePatch) {
    return this.local.updateSource(id, patch);
  }

  async listFacts() {
    return this.local.listFacts();
  }
  async getFact(id: string) {
    return this.local.getFact(id);
  }
  async requireFact(id: string) {
    return this.local.requireFact(id);
  }
  async getFacts(ids: readonly string[]) {
    return this.local.getFacts(ids);
  }
  async findFact(sourceId: string, statement: string, quote: string | undefined) {
    return this.local.db
      .prepare("SELECT id FROM facts WHERE source_id = ? AND statement = ? AND coalesce(quote, '') = ?")
      .pluck()
      .get(sourceId, statement, quote ?? '') as string | undefined;
  }
  async createFact(input: FactInput) {
    return this.local.createFact(input);
  }
  async updateFact(id: string, patch: FactPatch) {
    return this.announce(this.local.updateFact(id, patch));
  }
  async factHistory(id: string) {
    return this.local.factHistory(id);
  }
  async deleteFact(id: string, options: DeleteOptions = {}) {
    this.local.deleteFact(id, options);
    if (options.checkOnly) return;
    const event: LibraryEvent = { kind: 'fact-deleted', id };
    for (const listener of this.listeners) listener(event);
  }

  async stats() {
    return this.local.stats();
  }

  async listBriefings() {
    return this.local.listBriefings();
  }
  async getBriefing(id: string) {
    return this.local.getBriefing(id);
  }
  async createBriefing(input: BriefingCreate, template: Template) {
    return this.local.createBriefing(input, template);
  }
  async duplicateBriefing(id: string) {
    return this.local.duplicateBriefing(id);
  }
  async switchTemplate(id: string, template: Template, classification?: string) {
    return this.local.switchTemplate(id, template, classification);
  }
  async deleteBriefing(id: string) {
    this.local.deleteBriefing(id);
  }
  async restoreBriefing(id: string) {
    return this.local.restoreBriefing(id);
  }
  async insertBriefing(b: NewBriefing) {
    return this.local.insertBriefing(b);
  }
  async updateBriefing(
    id: string,
    content: BriefingContent,
    template: Template,
    baseUpdatedAt?: string,
    order?: SaveOrder,
  ) {
    return this.local.updateBriefing(id, content, template, baseUpdatedAt, order);
  }

  async searchFacts(query: ParsedFactQuery) {
    return searchFacts(this.local.db, query);
  }

  async listCollections() {
    return listCollections(this.local.db);
  }
  async saveCollection(name: string, query: ParsedFactQuery) {
    return saveCollection(this.local.db, name, query);
  }
  async deleteCollection(id: string) {
    deleteCollection(this.local.db, id);
  }

  async previewSources(format: SourceFileFormat, text: string): Promise<ImportPreview> {
    return previewSources(this.local, format, text);
  }
  async previewFacts(format: 'csv' | 'json', text: string): Promise<ImportPreview> {
    return previewFacts(this.local, format, text);
  }
  async importSources(
    format: SourceFileFormat,
    text: string,
    options: SourceImportOptions = {},
  ): Promise<ImportReport> {
    const { exportId, ...rest } = options;
    return exportId
      ? importSourcesWithProgress(this.local, format, text, { ...rest, exportId })
      : importSources(this.local, format, text, rest);
  }
  async importFacts(
    format: 'csv' | 'json',
    text: string,
    options: ImportProgressOptions = {},
  ): Promise<ImportReport> {
    const { exportId, progress } = options;
    return exportId
      ? importFactsWithProgress(this.local, format, text, { exportId, ...(progress ? { progress } : {}) })
      : importFacts(this.local, format, text);
  }
  async importArticle(input: ArticleImportInput): Promise<ImportReport> {
    return importArticle(this.local, input);
  }
}
