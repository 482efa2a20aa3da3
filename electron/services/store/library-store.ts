import type {
  BriefingContent,
  BriefingCreate,
  FactInput,
  FactPatch,
  ParsedSourceInput,
  SourceInput,
  SourcePatch,
  Briefing,
  Fact,
  FactChange,
  Source,
} from '../../core/schemas';
import type { Template } from '../../core/template';
import type { CslItem } from '../../core/csl-item';
import type {
  BriefingSummary,
  Collection,
  ExportProgress,
  LibraryEvent,
  ImportPreview,
  ImportReport,
  SearchResult,
  SourceFileFormat,
  StoreStats,
  StoreStatus,
} from '../../contract/api';
import type { ArticleImportInput } from '../import/article/saving';
import type { ParsedFactQuery } from '../search/search';
import type { SourceMatch, Store } from './store';
import type { SaveOrder } from './briefing-save-order';

/**
 * A briefing as `insertBriefing` takes it: content already valid (from a template, a copy or a file).
 * `id`: the one a briefing file carries, kept unless a briefing (even one in the bin) has it.
 */
/** `checkOnly`: say whether a delete would be refused (throwing as it would), deleting nothing. */
export interface DeleteOptions {
  checkOnly?: boolean | undefined;
}

export type NewBriefing = Omit<Briefing, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined };

/**
 * The fact library as the services see it: sources, facts, briefings, saved searches, search and
 * imports, whatever holds them. Every engine (the local SQLite file, a team library on PostgreSQL)
 * implements it and passes the same contract tests (tests/helpers/store-contract.ts), so nothing above
 * this interface knows which engine it has. Every method is async: a team library is across a network.
 */
/** An import's progress and Cancel: events go to `progress` under `exportId`, which `import:cancel` names. */
export interface ImportProgressOptions {
  exportId?: string;
  progress?: (event: ExportProgress) => void;
}

export interface SourceImportOptions extends ImportProgressOptions {
  strict?: boolean;
}

export interface LibraryStore {
  /** Whether the library can be written, and why not. */
  readonly status: StoreStatus;
  /**
   * The local SQLite store behind this library, for what only a file can do (copy it as a backup,
   * replace it by one); undefined for a team library, which is backed up by its own database tools.
   */
  readonly local: Store | undefined;
  /** Where the library is, for messages: a file path, or a database URL without its password. */
  readonly location: string;

  /**
   * Calls `listener` with every change to a fact made through this library or, for a team library, by
   * anyone (LISTEN/NOTIFY), and with the live connection's state. Returns the unsubscribe.
   */
  watch(listener: (event: LibraryEvent) => void): () => void;
  /** Who writes from now on (the analyst's name from settings); empty: the system or database user. */
  setActor(name: string): void;
  close(): Promise<void>;
  /**
   * Runs `fn` in one transaction: everything it writes through `tx` is kept together or not at all.
   * Calls through `tx` only; the library itself must not be used inside `fn`.
   */
  transaction<T>(fn: (tx: LibraryStore) => Promise<T>): Promise<T>;

  listSources(options?: { withText?: boolean }): Promise<Source[]>;
  getSource(id: string): Promise<Source | undefined>;
  requireSource(id: string): Promise<Source>;
  /** A stored source that is the same work as `item` (same DOI, else ISBN, else title + first author + year). */
  findDuplicateSource(item: CslItem): Promise<SourceMatch | undefined>;
  createSource(input: SourceInput | ParsedSourceInput): Promise<Source>;
  updateSource(id: string, patch: SourcePatch): Promise<Source>;

  listFacts(): Promise<Fact[]>;
  getFact(id: string): Promise<Fact | undefined>;
  requireFact(id: string): Promise<Fact>;
  /** The facts with these ids that exist, in the order given. */
  getFacts(ids: readonly string[]): Promise<Fact[]>;
  /** The id of a fact of this source with exactly this statement and quote (none: no quote). */
  findFact(sourceId: string, statement: string, quote: string | undefined): Promise<string | undefined>;
  createFact(input: FactInput): Promise<Fact>;
  /** Saves a fact; refused with edit_conflict when `patch.baseVersion` is not its version any more. */
  updateFact(id: string, patch: FactPatch): Promise<Fact>;
  /** The changes made to a fact, oldest first: who edited, retracted or restored it, when and why. */
  factHistory(id: string): Promise<FactChange[]>;
  /**
   * Deletes a fact for good (its history is kept), pushed to watchers as `fact-deleted`. Refused with
   * fact_in_use, in words naming them, when briefings cite it (in the bin too), or, in a team library,
   * when colleagues may (someone else added or changed it): retracting it is the way then. With
   * `checkOnly`, refused or not as a delete would be, and nothing deleted (asked before the question).
   */
  deleteFact(id: string, options?: DeleteOptions): Promise<void>;

  stats(): Promise<StoreStats>;

  listBriefings(): Promise<BriefingSummary[]>;
  getBriefing(id: string): Promise<Briefing>;
  createBriefing(input: BriefingCreate, template: Template): Promise<Briefing>;
  duplicateBriefing(id: string): Promise<Briefing>;
  switchTemplate(id: string, template: Template, classification?: string): Promise<Briefing>;
  deleteBriefing(id: string): Promise<void>;
  restoreBriefing(id: string): Promise<Briefing>;
  insertBriefing(b: NewBriefing): Promise<Briefing>;
  /**
   * Saves a briefing's content. With `baseUpdatedAt` (the version it was made from), refused with
   * edit_conflict when the briefing was saved since: never a silent overwrite. With `order` (its
   * editor and place in that editor's saves), a save older than one already written from the same
   * editor is ignored, not written over it: the briefing as stored is returned.
   */
  updateBriefing(
    id: string,
    content: BriefingContent,
    template: Template,
    baseUpdatedAt?: string,
    order?: SaveOrder,
  ): Promise<Briefing>;

  searchFacts(query: ParsedFactQuery): Promise<SearchResult>;

  listCollections(): Promise<Collection[]>;
  saveCollection(name: string, query: ParsedFactQuery): Promise<Collection>;
  deleteCollection(id: string): Promise<void>;

  previewSources(format: SourceFileFormat, text: string): Promise<ImportPreview>;
  /** What importing this facts file would do; nothing is written. */
  previewFacts(format: 'csv' | 'json', text: string): Promise<ImportPreview>;
  /**
   * `exportId` and `progress`: the import reports on the export progress channel and `import:cancel`
   * stops it before it writes (a team library: also while it writes, its write being one transaction).
   */
  importSources(format: SourceFileFormat, text: string, options?: SourceImportOptions): Promise<ImportReport>;
  importFacts(format: 'csv' | 'json', text: string, options?: ImportProgressOptions): Promise<ImportReport>;
  importArticle(input: ArticleImportInput): Promise<ImportReport>;
}
