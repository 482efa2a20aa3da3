import { AppError, factCitedError } from '../../core/errors';
import { BriefingContent, citedFactIds, type BriefingCreate, type Fact } from '../../core/schemas';
import type { Template } from '../../core/template';
import type { CslItem } from '../../core/csl-item';
import type { FactInput, FactPatch, ParsedSourceInput, SourceInput, SourcePatch } from '../../core/schemas';
import type { LibraryEvent, SourceFileFormat } from '../../contract/api';
import type { ArticleImportInput } from '../import/article/saving';
import type { ParsedFactQuery } from '../search/search';
import type {
  DeleteOptions,
  ImportProgressOptions,
  LibraryStore,
  NewBriefing,
  SourceImportOptions,
} from './library-store';
import type { SaveOrder } from './briefing-save-order';
import type { PostgresStore } from './postgres/postgres-store';
import type { SqliteStore } from './sqlite-store';
import { TeamCopies, teamCopyOf, type CopyRow } from './team-copies';

/**
 * A call failed because the team library is out of reach, or was upgraded by a newer app while this one
 * is open (its writes refused from then on): reads come from the local store, as offline.
 */
export const isOffline = (error: unknown): boolean =>
  error instanceof AppError && (error.code === 'team_unreachable' || error.code === 'store_too_new');

/**
 * The offline-first team library (docs/team-library.md, "Offline"): facts, sources, search, saved
 * searches and imports are the team library's; briefings stay in the analyst's local store, with a copy
 * of each team fact they cite (and its source). Reads fall back to the local store when the team library
 * is out of reach, so drafting and exporting go on; writes to the library are refused then. When the live
 * connection comes back, the copies are compared with the team library before the app is told: a fact
 * edited or retracted meanwhile is brought up to date (and pushed as a fact event), one deleted there
 * keeps its copy, marked, and is pushed as `fact-deleted`.
 */
export class TeamWorkspace implements LibraryStore {
  private readonly copies: TeamCopies;
  private readonly listeners = new Set<(event: LibraryEvent) => void>();
  private unwatchTeam: (() => void) | undefined;
  /** Team events are handled one after another (a reconcile finishes before the next event goes out). */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly own: SqliteStore,
    readonly team: PostgresStore,
  ) {
    this.copies = new TeamCopies(own.local, libraryKey(team.location));
  }

  get status() {
    return this.own.status;
  }
  /** The local store: it holds the briefings and the copies, and is backed up as a file. */
  get local() {
    return this.own.local;
  }
  get location(): string {
    return this.team.location;
  }

  watch(listener: (event: LibraryEvent) => void): () => void {
    this.listeners.add(listener);
    this.unwatchTeam ??= this.team.watch((event) => {
      this.queue = this.queue
        .then(() => this.onTeamEvent(event))
        .catch((error: unknown) => {
          console.error('[team library]', (error as Error).message);
        });
    });
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(event: LibraryEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private async onTeamEvent(event: LibraryEvent): Promise<void> {
    if (event.kind === 'connection' && event.isLive) {
      // Announcements sent while away are lost: compare the copies before the app re-reads what it shows.
      for (const change of await this.reconcile().catch(() => [])) this.emit(change);
    } else if (event.kind === 'fact' && this.copies.rows([event.id]).size > 0) {
      await this.getFacts([event.id]).catch(() => undefined);
    }
    this.emit(event);
  }

  /**
   * Compares every copy with the team library and brings it up to date: returns the events to push for
   * the facts edited, retracted or deleted since the copy was last compared. Throws when the team library
   * is out of reach.
   */
  async reconcile(): Promise<LibraryEvent[]> {
    await this.team.verify();
    // Copies recorded under another address of this same library (a relay, another name for its server):
    // a fact's id is a random UUID, so a fact this team library has is its own, and so is the copy.
    const foreign = this.own.status.isReadOnly ? [] : this.copies.foreign();
    if (foreign.length > 0) this.copies.adopt((await this.team.getFacts(foreign)).map((f) => f.id));
    const rows = this.copies.all();
    if (rows.length === 0) return [];
    const current = new Map((await this.team.getFacts(rows.map((r) => r.fact_id))).map((f) => [f.id, f]));
    const events: LibraryEvent[] = [];
    for (const row of rows) {
      const fact = current.get(row.fact_id);
      if (!fact) {
        if (row.is_deleted) continue;
        this.copies.markDeleted(row.fact_id);
        events.push({ kind: 'fact-deleted', id: row.fact_id });
      } else if ((fact.version ?? 1) !== row.team_version || row.is_deleted) {
        await this.refreshCopy(fact);
        events.push({
          kind: 'fact',
          id: fact.id,
          status: fact.status,
          version: fact.version ?? 1,
          by: fact.updatedBy ?? '',
          at: fact.updatedAt,
        });
      }
    }
    return events;
  }

  /** Writes a team fact's copy (with its source); `isCiting`: this version is the one the analyst cites. */
  private async refreshCopy(fact: Fact, isCiting = false): Promise<void> {
    // A read-only local store (damaged, newer) keeps the copies it has; reads go on from the team.
    if (this.own.status.isReadOnly) return;
    const source = await this.team.getSource(fact.sourceId);
    if (source) this.copies.save(fact, source, isCiting);
  }

  /** Copies the team facts these ids name that the local store lacks (a briefing is about to cite them). */
  private async ensureCopies(ids: readonly string[]): Promise<void> {
    const have = this.copies.localIds(ids);
    const missing = [...new Set(ids)].filter((id) => !have.has(id));
    if (missing.length === 0) return;
    for (const fact of await this.team.getFacts(missing)) await this.refreshCopy(fact, true);
  }

  setActor(name: string): void {
    this.own.setActor(name);
    this.team.setActor(name);
  }

  async close(): Promise<void> {
    await this.detach();
    await this.own.close();
  }

  /** Leaves the team library (its connection closed); the local store stays open for what follows. */
  async detach(): Promise<void> {
    this.unwatchTeam?.();
    this.unwatchTeam = undefined;
    this.listeners.clear();
    await this.queue;
    await this.team.close();
  }

  async transaction<T>(fn: (tx: LibraryStore) => Promise<T>): Promise<T> {
    // The team library's writes are one transaction; the local briefing written inside it (a briefing
    // file's import) is written last, so a failure before it leaves neither.
    return this.team.inTransaction((tx) => fn(new TeamWorkspace(this.own, tx)));
  }

  /** Reads from the team library, or when it is out of reach from the local store (its copies). */
  private async read<T>(team: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    try {
      return await team();
    } catch (error) {
      if (isOffline(error)) return local();
      throw error;
    }
  }

  listSources(options?: { withText?: boolean }) {
    return this.read(
      () => this.team.listSources(options),
      () => this.own.listSources(options),
    );
  }
  async getSource(id: string) {
    return this.read(
      async () => (await this.team.getSource(id)) ?? this.own.getSource(id),
      () => this.own.getSource(id),
    );
  }
  async requireSource(id: string) {
    const source = await this.getSource(id);
    if (!source)
      throw new AppError('not_found', 'That source does not exist (it may have been deleted).', 'id');
    return source;
  }
  findDuplicateSource(item: CslItem) {
    return this.team.findDuplicateSource(item);
  }
  createSource(input: SourceInput | ParsedSourceInput) {
    return this.team.createSource(input);
  }
  updateSource(id: string, patch: SourcePatch) {
    return this.team.updateSource(id, patch);
  }

  listFacts() {
    return this.read(
      () => this.team.listFacts(),
      () => this.own.listFacts(),
    );
  }
  async getFact(id: string) {
    return (await this.getFacts([id]))[0];
  }
  async requireFact(id: string) {
    const { facts, offline } = await this.readFacts([id]);
    const fact = facts[0];
    // Out of reach, a fact with no local copy is unknown, not gone: the app must not drop its citations.
    if (!fact && offline) throw offline;
    if (!fact) throw new AppError('not_found', 'That fact does not exist (it may have been deleted).', 'id');
    return fact;
  }

  /**
   * The facts with these ids, in the order given: the team library's, each copied one marked with what
   * its copy knows (and its copy brought up to date); a copied fact the team library no longer has, or
   * any copied fact while it is out of reach, comes from the copy; the analyst's own local facts as they are.
   */
  async getFacts(ids: readonly string[]): Promise<Fact[]> {
    return (await this.readFacts(ids)).facts;
  }

  /** `getFacts`, and the team_unreachable error when the facts came from the local store. */
  private async readFacts(ids: readonly string[]): Promise<{ facts: Fact[]; offline?: unknown }> {
    let team: Fact[];
    try {
      team = await this.team.getFacts(ids);
    } catch (error) {
      if (!isOffline(error)) throw error;
      const rows = this.copies.rows(ids);
      return {
        facts: this.own.local.getFacts(ids).map((f) => withCopy(f, rows.get(f.id), true)),
        offline: error,
      };
    }
    const rows = this.copies.rows(ids);
    const byId = new Map(team.map((f) => [f.id, f]));
    const out: Fact[] = [];
    for (const id of ids) {
      const fact = byId.get(id);
      let row = rows.get(id);
      if (fact) {
        if (row && ((fact.version ?? 1) !== row.team_version || row.is_deleted)) {
          await this.refreshCopy(fact);
          row = this.copies.rows([id]).get(id);
        }
        out.push(withCopy(fact, row, false));
        continue;
      }
      const local = this.own.local.getFact(id);
      if (!local) continue;
      if (row && !row.is_deleted) {
        this.copies.markDeleted(id);
        row = { ...row, is_deleted: 1 };
      }
      out.push(withCopy(local, row, true));
    }
    return { facts: out };
  }
  findFact(sourceId: string, statement: string, quote: string | undefined) {
    return this.team.findFact(sourceId, statement, quote);
  }
  createFact(input: FactInput) {
    return this.team.createFact(input);
  }
  async updateFact(id: string, patch: FactPatch) {
    const saved = await this.team.updateFact(id, patch);
    // The analyst's own save is the version they cite from now on.
    const row = this.copies.rows([id]).get(id);
    if (!row) return saved;
    await this.refreshCopy(saved, true);
    return withCopy(saved, this.copies.rows([id]).get(id), false);
  }
  /** Keeps citing a fact changed in the team library since it was cited: its flag goes. */
  async reviewCopy(id: string): Promise<Fact> {
    this.copies.markReviewed(id);
    return this.requireFact(id);
  }
  factHistory(id: string) {
    return this.team.factHistory(id);
  }
  /**
   * Deletes a team fact no briefing of yours cites (your local store's, in the bin too) and none of the
   * team library's, that no one else added or changed (the team library's check): refused otherwise,
   * naming the briefings. A copy kept of it from an earlier citation goes too.
   */
  async deleteFact(id: string, options: DeleteOptions = {}) {
    const citing = this.own.local.briefingsCiting(id);
    if (citing.length > 0) throw factCitedError(citing);
    await this.team.deleteFact(id, options);
    if (options.checkOnly) return;
    if (this.copies.rows([id]).size > 0) await this.own.deleteFact(id);
  }

  stats() {
    return this.read(
      () => this.team.stats(),
      () => this.own.stats(),
    );
  }

  // Briefings are the analyst's own, in the local store; saving one copies the team facts it cites.
  listBriefings() {
    return this.own.listBriefings();
  }
  getBriefing(id: string) {
    return this.own.getBriefing(id);
  }
  createBriefing(input: BriefingCreate, template: Template) {
    return this.own.createBriefing(input, template);
  }
  duplicateBriefing(id: string) {
    return this.own.duplicateBriefing(id);
  }
  switchTemplate(id: string, template: Template, classification?: string) {
    return this.own.switchTemplate(id, template, classification);
  }
  deleteBriefing(id: string) {
    return this.own.deleteBriefing(id);
  }
  restoreBriefing(id: string) {
    return this.own.restoreBriefing(id);
  }
  async insertBriefing(b: NewBriefing) {
    await this.ensureCopies(citedFactIds(b.sections));
    return this.own.insertBriefing(b);
  }
  async updateBriefing(
    id: string,
    content: BriefingContent,
    template: Template,
    baseUpdatedAt?: string,
    order?: SaveOrder,
  ) {
    await this.read(
      () => this.ensureCopies(citedFactIds(BriefingContent.parse(content).sections)),
      // Out of reach: a fact not copied yet cannot be cited; the local store's check says which.
      async () => undefined,
    );
    return this.own.updateBriefing(id, content, template, baseUpdatedAt, order);
  }

  searchFacts(query: ParsedFactQuery) {
    return this.read(
      () => this.team.searchFacts(query),
      () => this.own.searchFacts(query),
    );
  }

  listCollections() {
    return this.read(
      () => this.team.listCollections(),
      () => this.own.listCollections(),
    );
  }
  saveCollection(name: string, query: ParsedFactQuery) {
    return this.team.saveCollection(name, query);
  }
  deleteCollection(id: string) {
    return this.team.deleteCollection(id);
  }

  previewSources(format: SourceFileFormat, text: string) {
    return this.team.previewSources(format, text);
  }
  previewFacts(format: 'csv' | 'json', text: string) {
    return this.team.previewFacts(format, text);
  }
  importSources(format: SourceFileFormat, text: string, options?: SourceImportOptions) {
    return this.team.importSources(format, text, options);
  }
  importFacts(format: 'csv' | 'json', text: string, options?: ImportProgressOptions) {
    return this.team.importFacts(format, text, options);
  }
  importArticle(input: ArticleImportInput) {
    return this.team.importArticle(input);
  }
}

/** The fact with what its local copy knows, when it has one. */
const withCopy = (fact: Fact, row: CopyRow | undefined, isFromCopy: boolean): Fact =>
  row ? { ...fact, teamCopy: teamCopyOf(fact, row, isFromCopy) } : fact;

/** Which team library copies belong to: host, port and database (not who logs in, nor TLS options). */
function libraryKey(location: string): string {
  try {
    const u = new URL(location);
    return `postgres://${u.host}${u.pathname}`;
  } catch {
    return location;
  }
}
