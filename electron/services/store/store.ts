import { createHash, randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { z } from 'zod';
import {
  AppError,
  briefingConflictError,
  editConflictError,
  factCitedError,
  type CitingBriefing,
} from '../../core/errors';
import {
  BriefingContent,
  BriefingCreate,
  FactInput,
  FactPatch,
  SourceInput,
  SourcePatch,
  patchFields,
  BriefingSection,
  sourceFields,
  type ParsedSourceInput,
  type Briefing,
  type FrontMatter,
  changeAction,
  type Fact,
  type FactChange,
  type Source,
  copyTitle,
} from '../../core/schemas';
import { Template } from '../../core/template';
import { switchedBriefing } from '../../core/section-mapping';
import type { CslItem } from '../../core/csl-item';
import { partialDateBounds } from '../../core/partial-date';
import { foldText } from '../../core/text';
import {
  foldForMatch,
  normaliseIsbn,
  sourceSearchText,
  titleMatchKey,
  titleMatchReason,
  urlMatchKey,
} from '../../core/source-item';
import type { BriefingSummary, StoreStats, StoreStatus } from '../../contract/api';
import Database from 'better-sqlite3';
import { damaged, openStore, type Db } from './db';
import { quickCheckInWorker, type BackgroundCheck } from './integrity';
import { recoverStoreFolder } from './restore';
import { BriefingSaveOrder, type SaveOrder } from './briefing-save-order';
import { citeNeedle, citingOf, type CitingRow } from './citing-briefings';
import type { DeleteOptions } from './library-store';

const SIDECARS = ['-wal', '-shm'];

export interface StoreOptions {
  /**
   * This process is the folder's writer (it holds the writer lock): it may recover leftovers at start
   * and replace the store's files. Without it the store opens read-only, with this status.
   */
  readOnlyBecause?: StoreStatus;
  /**
   * Read-only, but holding the writer lock (a dry run when nothing else has the store open): the empty
   * WAL and index its open made are removed on close, as the writer's are, so the folder is as it was.
   */
  isOnlyReader?: boolean;
  /** A store bigger than this is checked in the background instead of before opening (tests lower it). */
  syncCheckBytes?: number;
}

export interface SourceRow {
  id: string;
  title: string;
  outlet: string;
  csl_type: string;
  authors_json: string;
  published: string | null;
  accessed: string | null;
  url: string | null;
  language: string | null;
  grade: string;
  notes: string | null;
  text: string | null;
  text_sha256: string | null;
  captured_at: string | null;
  /** From 0008 on: the source's protective marking. */
  classification?: string | null;
  created_at: string;
  updated_at: string;
  item_json: string;
  doi: string | null;
  isbn: string | null;
  match_key: string | null;
  /** From 0013 on (SQLite; 0008 on PostgreSQL): the URL as sources are matched on it (core/source-item.ts urlMatchKey). */
  url_key: string | null;
  /** From 0014 on (SQLite; 0010 on PostgreSQL): the outlet folded (core/text.ts foldText), for its filter. */
  outlet_fold: string | null;
  search_text: string;
  issued_start: string | null;
  issued_end: string | null;
}
export interface FactRow {
  id: string;
  source_id: string;
  statement: string;
  quote: string | null;
  speaker: string | null;
  /** From 0014 on (SQLite; 0010 on PostgreSQL): the speaker folded (speakerFold), for its filter. */
  speaker_fold?: string | null;
  speaker_role: string | null;
  relayed_by: string | null;
  event_date: string | null;
  event_start?: string | null;
  event_end?: string | null;
  locator: string | null;
  credibility: number;
  status: string;
  /** From 0008 on: the fact's protective marking. */
  classification?: string | null;
  /** JSON array, from `FACT_SELECT`. */
  tags_json: string;
  created_at: string;
  updated_at: string;
  /** From 0006 on (SQLite) and in every team library; '' for rows written before. */
  created_by?: string;
  updated_by?: string;
  version?: number;
}

/** A row of fact_history. */
export interface FactChangeRow {
  version: number;
  action: FactChange['action'];
  changed_by: string;
  changed_at: string;
  reason: string | null;
  fields_json: string;
}

export const toFactChange = (r: FactChangeRow): FactChange =>
  compact({
    version: r.version,
    action: r.action,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
    reason: r.reason,
    fields: JSON.parse(r.fields_json) as string[],
  }) as FactChange;

/** The fields a save changed, by the values the fact had and has (for its history). */
export function changedFields(before: Fact, after: ParsedFact): string[] {
  return (Object.keys(after) as Array<keyof ParsedFact>).filter(
    (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k as keyof Fact]),
  );
}

/** The system user: who writes to a local store when settings name no one. */
export function systemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local user';
  }
}
export interface BriefingRow {
  id: string;
  template_id: string;
  title: string;
  date: string;
  classification: string;
  front_matter_json: string;
  sections_json: string;
  created_at: string;
  updated_at: string;
}

/** Drops keys whose value is null, so rows map onto schemas with optional fields. */
function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

/** A stored item; its id is the source's id unless the item came with its own (a citation key, a Zotero URI). */
export function storedItem(r: Pick<SourceRow, 'id' | 'item_json' | 'csl_type'>): CslItem {
  const item = JSON.parse(r.item_json) as Partial<CslItem>;
  return {
    ...item,
    id: item.id === undefined || item.id === '' ? r.id : item.id,
    type: item.type ?? r.csl_type,
  };
}

export const toSource = (r: SourceRow): Source => {
  const item = storedItem(r);
  return compact({
    id: r.id,
    item,
    ...sourceFields(item),
    grade: r.grade as Source['grade'],
    notes: r.notes,
    text: r.text,
    textSha256: r.text_sha256,
    capturedAt: r.captured_at,
    classification: r.classification ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }) as Source;
};

export const toFact = (r: FactRow): Fact =>
  compact({
    id: r.id,
    sourceId: r.source_id,
    statement: r.statement,
    quote: r.quote,
    speaker: r.speaker,
    speakerRole: r.speaker_role,
    relayedBy: r.relayed_by,
    eventDate: r.event_date,
    locator: r.locator,
    credibility: r.credibility,
    tags: JSON.parse(r.tags_json) as string[],
    status: r.status as Fact['status'],
    classification: r.classification ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version ?? null,
    createdBy: r.created_by || null,
    updatedBy: r.updated_by || null,
  }) as Fact;

/** Selects fact rows with their tags as a JSON array; append WHERE/ORDER clauses. */
export const FACT_SELECT = `SELECT f.*, (SELECT coalesce(json_group_array(t.tag), '[]') FROM (SELECT tag FROM fact_tags WHERE fact_id = f.id ORDER BY tag) t) AS tags_json FROM facts f`;

/** The columns derived from an item (lists, filters, duplicates, search): rewritten on every write. */
export function derivedSourceColumns(item: CslItem) {
  const f = sourceFields(item);
  const bounds = f.published === undefined ? undefined : partialDateBounds(f.published);
  return {
    title: f.title,
    outlet: f.outlet,
    csl_type: f.type,
    authors_json: JSON.stringify(f.authors),
    published: f.published ?? null,
    accessed: f.accessed ?? null,
    url: f.url ?? null,
    language: f.language ?? null,
    doi: f.doi?.toLowerCase() ?? null,
    isbn: normaliseIsbn(item.ISBN) ?? null,
    match_key: titleMatchKey(item) ?? '',
    url_key: urlMatchKey(f.url) ?? null,
    outlet_fold: foldText(f.outlet),
    search_text: sourceSearchText(item),
    issued_start: bounds?.start ?? null,
    issued_end: bounds?.end ?? null,
  };
}

/**
 * The row of a source after `patch` (both engines): the given fields laid over its item and our own
 * fields, a field given as '' removed; the captured text keeps its capture time unless it changes.
 */
export function updatedSourceRow(current: Source, patch: SourcePatch, updated: string): SourceRow {
  const merged = SourceInput.parse({
    item: current.item,
    grade: current.grade,
    notes: current.notes,
    text: current.text,
    classification: current.classification,
    ...patchFields(SourcePatch.parse(patch)),
  });
  const row = sourceRow(merged, current.id, current.createdAt, updated);
  if (merged.text === current.text) row.captured_at = current.capturedAt ?? null;
  return row;
}

export const sourceRow = (s: ParsedSource, id: string, created: string, updated: string): SourceRow => {
  // The item keeps the id it came with (a citation key); a new item takes the source's id.
  const item: CslItem = { ...s.item, id: s.item.id === '' ? id : s.item.id };
  return {
    id,
    ...derivedSourceColumns(item),
    item_json: JSON.stringify(item),
    grade: s.grade,
    notes: s.notes ?? null,
    text: s.text ?? null,
    text_sha256: s.text ? createHash('sha256').update(s.text).digest('hex') : null,
    captured_at: s.text ? updated : null,
    classification: s.classification ?? null,
    created_at: created,
    updated_at: updated,
  };
};

/** The speaker as its filter compares it: folded as the search index folds text (core/text.ts foldText). */
export const speakerFold = (speaker: string | null | undefined): string | null =>
  speaker === null || speaker === undefined ? null : foldText(speaker);

export const factRow = (
  f: ParsedFact,
  id: string,
  created: string,
  updated: string,
): Omit<FactRow, 'tags_json'> => ({
  id,
  source_id: f.sourceId,
  statement: f.statement,
  quote: f.quote ?? null,
  speaker: f.speaker ?? null,
  speaker_fold: speakerFold(f.speaker),
  speaker_role: f.speakerRole ?? null,
  relayed_by: f.relayedBy ?? null,
  event_date: f.eventDate ?? null,
  ...eventBounds(f.eventDate),
  locator: f.locator ?? null,
  credibility: f.credibility,
  status: f.status,
  classification: f.classification ?? null,
  created_at: created,
  updated_at: updated,
});

type ParsedSource = ParsedSourceInput;

/** The first and last day a fact's event date covers, for filters and sorting. */
export function eventBounds(date: string | undefined): {
  event_start: string | null;
  event_end: string | null;
} {
  const b = date === undefined ? undefined : partialDateBounds(date);
  return { event_start: b?.start ?? null, event_end: b?.end ?? null };
}
type ParsedFact = ReturnType<typeof FactInput.parse>;

/**
 * A stored briefing's sections, parsed: blocks written before inline chips (`text` + `factIds`) come
 * back as content with their chips at the end.
 */
const StoredSections = z.array(BriefingSection);
function parseSections(json: string, briefingId: string): BriefingSection[] {
  const parsed = StoredSections.safeParse(JSON.parse(json));
  if (!parsed.success)
    throw new AppError(
      'corrupt_store',
      `The stored content of briefing ${briefingId} cannot be read: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
    );
  return parsed.data;
}

export const toBriefing = (r: BriefingRow): Briefing => ({
  id: r.id,
  templateId: r.template_id,
  title: r.title,
  date: r.date,
  classification: r.classification,
  frontMatter: JSON.parse(r.front_matter_json) as FrontMatter,
  sections: parseSections(r.sections_json, r.id),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const now = () => new Date().toISOString();

/**
 * A briefing's new `updatedAt`: now, or a millisecond after the one it had when the clock says no
 * later. Each save moves it on, so it names the version a save was based on (see `updateBriefing`).
 */
export function nextUpdatedAt(previous: string): string {
  const at = now();
  if (at > previous) return at;
  const after = new Date(Date.parse(previous) + 1);
  return Number.isNaN(after.getTime()) ? at : after.toISOString();
}

/**
 * The row of a briefing about to be inserted, made and changed now (both engines): the id asked for
 * (a briefing file's), else a new one. `isFresh` forces a new id (the asked one is taken).
 */
export function newBriefingRow(
  b: Omit<Briefing, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined },
  isFresh = false,
): BriefingRow {
  const t = now();
  return {
    id: (isFresh ? undefined : b.id) ?? randomUUID(),
    template_id: b.templateId,
    title: b.title,
    date: b.date,
    classification: b.classification,
    front_matter_json: JSON.stringify(b.frontMatter),
    sections_json: JSON.stringify(b.sections),
    created_at: t,
    updated_at: t,
  };
}

/** The columns a fact row is written with (tags, authorship and the search index apart). */
export const FACT_COLUMNS = [
  'id',
  'source_id',
  'statement',
  'quote',
  'speaker',
  'speaker_fold',
  'speaker_role',
  'relayed_by',
  'event_date',
  'event_start',
  'event_end',
  'locator',
  'credibility',
  'status',
  'classification',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof FactRow>;

/** The columns an edit of a fact rewrites: all but its id and when it was made. */
export const FACT_UPDATE_COLUMNS = FACT_COLUMNS.filter(
  (c): c is Exclude<(typeof FACT_COLUMNS)[number], 'id' | 'created_at'> => c !== 'id' && c !== 'created_at',
);

/** The columns a source row is written with. */
export const SOURCE_COLUMNS = [
  'id',
  'title',
  'outlet',
  'csl_type',
  'authors_json',
  'published',
  'accessed',
  'url',
  'language',
  'grade',
  'notes',
  'text',
  'text_sha256',
  'captured_at',
  'classification',
  'created_at',
  'updated_at',
  'item_json',
  'doi',
  'isbn',
  'match_key',
  'url_key',
  'outlet_fold',
  'search_text',
  'issued_start',
  'issued_end',
] as const satisfies ReadonlyArray<keyof SourceRow>;

/** An existing source an item duplicates, and what they share. */
export interface SourceMatch {
  id: string;
  title: string;
  /** 'DOI', 'ISBN', 'URL', or what a title key holds ("title, first author and year", "title"…). */
  by: string;
}

/** The derived columns duplicates are matched on. */
export type SourceMatchKeys = Pick<SourceRow, 'doi' | 'isbn' | 'match_key' | 'url_key'> &
  Partial<Pick<SourceRow, 'title'>> & {
    /** What the item's match key holds, in words (titleMatchReason): the reason a match by it gives. */
    match_by?: string;
  };

/** A source a URL key found, with what can tell it apart from the item matched. */
export type UrlCandidate = { id: string; title: string } & Pick<SourceRow, 'doi' | 'isbn'>;

/** Imports of at least this many entries match duplicates against maps of the library's keys. */
const BULK_MATCH_ENTRIES = 200;

/**
 * Whether a source at the same address is the same work as the item: not when both have a DOI (they
 * differ, else the DOI had matched) or both an ISBN and they differ; nor when both have a title and the
 * titles differ (folded; one may be the other with its subtitle): one address can hold several works —
 * a ministry's news page, a report and its chapters — and a source matched by mistake would have facts
 * and citations moved onto it. A page whose DOI, ISBN or title only one of them records is the same page.
 */
export const isSameWorkAtUrl = (
  keys: Pick<SourceMatchKeys, 'doi' | 'isbn' | 'title'>,
  found: UrlCandidate,
): boolean =>
  !(keys.doi && found.doi && keys.doi !== found.doi) &&
  !(keys.isbn && found.isbn && keys.isbn !== found.isbn) &&
  sameTitleOrUntitled(keys.title, found.title);

function sameTitleOrUntitled(a: string | null | undefined, b: string | null | undefined): boolean {
  const [x, y] = [foldForMatch(a ?? ''), foldForMatch(b ?? '')];
  if (x === '' || y === '') return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return longer === shorter || longer.startsWith(`${shorter} `);
}

/** One lookup of the duplicate rule: a key column and the item's value for it. */
export type MatchStep =
  | { column: 'doi' | 'isbn' | 'match_key'; value: string; by: SourceMatch['by'] }
  | { column: 'url_key'; value: string; by: 'URL' };

/**
 * The duplicate rule, as the lookups to try in order (the first that finds a source wins): the same DOI,
 * else (no DOI) the same ISBN; else the same address (the URL key, with no DOI, ISBN or title that says
 * otherwise: see isSameWorkAtUrl); else (no DOI, no ISBN) the same title key. Two items with different
 * DOIs are different works even when their ISBN, address or titles agree; two addresses may hold one work
 * (a mirror, a moved page), so a different URL still matches by title. One rule for every engine: the
 * local store asks it through `firstMatch`, the team library one query at a time.
 */
export function matchSteps(keys: SourceMatchKeys): MatchStep[] {
  const steps: MatchStep[] = [];
  if (keys.doi) steps.push({ column: 'doi', value: keys.doi, by: 'DOI' });
  else if (keys.isbn) steps.push({ column: 'isbn', value: keys.isbn, by: 'ISBN' });
  if (keys.url_key) steps.push({ column: 'url_key', value: keys.url_key, by: 'URL' });
  if (!keys.doi && !keys.isbn && keys.match_key)
    steps.push({
      column: 'match_key',
      value: keys.match_key,
      by: keys.match_by ?? 'title, first author and year',
    });
  return steps;
}

/** The first source the duplicate rule finds (see `matchSteps`), `find` and `findByUrl` doing the lookups. */
export function firstMatch(
  keys: SourceMatchKeys,
  find: (
    column: 'doi' | 'isbn' | 'match_key',
    value: string | null,
    by: SourceMatch['by'],
  ) => SourceMatch | undefined,
  findByUrl: (value: string) => SourceMatch | undefined,
): SourceMatch | undefined {
  for (const step of matchSteps(keys)) {
    const found = step.column === 'url_key' ? findByUrl(step.value) : find(step.column, step.value, step.by);
    if (found) return found;
  }
  return undefined;
}

/** The oldest of the sources at an address that is the same work as the item (see isSameWorkAtUrl). */
export function urlMatch(keys: SourceMatchKeys, found: readonly UrlCandidate[]): SourceMatch | undefined {
  const row = found.find((r) => isSameWorkAtUrl(keys, r));
  return row && { id: row.id, title: row.title, by: 'URL' };
}

/** The fact store: sources, facts and briefings in one SQLite file. Inputs are parsed here too. */
export class Store {
  // Both set by open(), which the constructor calls.
  private connection!: Db;
  private openStatus!: StoreStatus;
  /** What the start-up recovery did (finished a cut-off restore, removed leftovers), in words. */
  readonly recovered: string[];
  /** Who writes: recorded as created_by/updated_by and in fact history (a name from settings, else the system user). */
  actor = systemUser();
  /** The last save of each briefing by editor and order: one its editor overtook is ignored. */
  private readonly saveOrder = new BriefingSaveOrder();

  constructor(
    readonly file: string,
    private readonly options: StoreOptions = {},
  ) {
    this.recovered = this.ownsFolder ? recoverStoreFolder(file) : [];
    this.absentSidecars = SIDECARS.filter((suffix) => !existsSync(`${file}${suffix}`));
    this.open();
  }

  /** Opens the store's file; a big one starts its integrity check in the background. */
  private open(): void {
    const opened = openStore(this.file, this.options.readOnlyBecause, undefined, this.options.syncCheckBytes);
    ({ db: this.connection, status: this.openStatus } = opened);
    if (!this.openStatus.isReadOnly) this.fillDerivedColumns();
    this.background?.cancel();
    this.background = undefined;
    this.integrityChecked = Promise.resolve();
    if (opened.isCheckDeferred && this.ownsFolder) {
      const check = quickCheckInWorker(this.file);
      this.background = check;
      this.integrityChecked = check.done.then((outcome) => {
        // A restore meanwhile replaced the file (and started its own check): this result is stale.
        if (this.background !== check) return;
        this.background = undefined;
        if (outcome.kind === 'damaged') this.markDamaged(outcome.detail);
        else if (outcome.kind === 'not-run')
          console.error('[store] integrity check did not run:', outcome.detail);
      });
    }
  }

  private background: BackgroundCheck | undefined;
  /**
   * Settles once the store's integrity check is done: at once for a store checked before it opened,
   * later for a big one checked in the background (see integrity.ts). Daily backups wait for it, so a
   * damaged store never rotates a good backup out.
   */
  integrityChecked: Promise<void> = Promise.resolve();

  /**
   * The background check found damage: from now on the store is read-only (writes are refused with
   * what to do), as if the damage had been found at start. Listeners hear of it (the UI shows the banner).
   */
  private markDamaged(detail: string): void {
    this.connection.close();
    this.connection = new Database(this.file, { readonly: true, fileMustExist: true });
    this.openStatus = damaged(detail);
    for (const listener of this.statusListeners) listener(this.openStatus);
  }

  private readonly statusListeners = new Set<(status: StoreStatus) => void>();

  /** Calls `listener` when the store's status changes after opening; returns the unsubscribe. */
  onStatusChange(listener: (status: StoreStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** The WAL and index files that did not exist before this store was opened. */
  private readonly absentSidecars: string[];

  /** Whether the store can be written, and why not. */
  get status(): StoreStatus {
    return this.openStatus;
  }

  /** This process is the folder's writer (even when a damaged or newer store keeps it from writing). */
  get ownsFolder(): boolean {
    return this.options.readOnlyBecause === undefined;
  }

  /** Throws unless this process may replace the store's files. */
  assertOwnsFolder(action: string): void {
    if (!this.ownsFolder)
      throw new AppError('store_in_use', `Cannot ${action} here. ${this.openStatus.message}`);
  }

  /**
   * The open connection. A getter, not a field, because restoring a backup swaps the file under the
   * store: everything holding the Store (handler tables, services) then sees the new connection.
   */
  get db(): Db {
    return this.connection;
  }

  close(): void {
    this.background?.cancel();
    this.background = undefined;
    this.connection.close();
    // A read-only open of a WAL store makes an empty WAL and an index: a damaged or newer store is left
    // exactly as it was found (only its writer may do this; a reader beside the writer leaves them).
    if (this.openStatus.isReadOnly && (this.ownsFolder || this.options.isOnlyReader)) {
      for (const suffix of this.absentSidecars) {
        const path = `${this.file}${suffix}`;
        if (suffix === '-shm' || (existsSync(path) && statSync(path).size === 0))
          rmSync(path, { force: true });
      }
    }
  }

  /**
   * Closes the connection (folding the WAL into the file when it can write), lets `swap` replace the
   * store's files, and reopens (migrating). A swap that fails part-way is finished or undone by the
   * same recovery that runs at start, so the store reopens whole either way.
   */
  replaceFiles(swap: () => void): void {
    this.assertOwnsFolder('replace the store');
    if (!this.openStatus.isReadOnly) this.connection.pragma('wal_checkpoint(TRUNCATE)');
    this.connection.close();
    try {
      swap();
    } catch (error) {
      recoverStoreFolder(this.file);
      throw error;
    } finally {
      this.open();
    }
  }

  /**
   * Every source, oldest first. Without `withText` the captured article texts (up to 5 MB each) are
   * left out: lists and pickers need the metadata only; `getSource` has the whole record.
   */
  listSources({ withText = true }: { withText?: boolean } = {}): Source[] {
    // Named columns, so SQLite never reads the text's overflow pages.
    const columns = withText
      ? '*'
      : 'id, csl_type, item_json, grade, notes, NULL AS text, text_sha256, captured_at, classification, created_at, updated_at';
    return (
      this.db.prepare(`SELECT ${columns} FROM sources ORDER BY created_at, rowid`).all() as SourceRow[]
    ).map(toSource);
  }

  getSource(id: string): Source | undefined {
    const row = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row && toSource(row);
  }

  /**
   * A source already in the store that is the same work as `item`: the same DOI, else the same ISBN,
   * else the same address (URL key: a site's front page is none), else the same normalised title, first
   * author (or outlet) and year (see firstMatch). Imports and opened briefing files match on this
   * instead of duplicating.
   */
  findDuplicateSource(item: CslItem): SourceMatch | undefined {
    return this.findDuplicateByKeys({
      ...derivedSourceColumns(item),
      title: String(item.title ?? ''),
      match_by: titleMatchReason(item),
    });
  }

  /**
   * `findDuplicateSource` for keys already derived (an import derives them once per entry); with
   * `upToRowid`, among the sources that were there before an import started writing.
   */
  findDuplicateByKeys(keys: SourceMatchKeys, upToRowid = Number.MAX_SAFE_INTEGER): SourceMatch | undefined {
    const find = (column: 'doi' | 'isbn' | 'match_key', value: string | null, by: SourceMatch['by']) => {
      if (!value) return undefined;
      const row = this.statement(
        `SELECT id, title FROM sources WHERE ${column} = ? AND rowid <= ? ORDER BY created_at, rowid LIMIT 1`,
      ).get(value, upToRowid) as { id: string; title: string } | undefined;
      return row && { id: row.id, title: row.title, by };
    };
    const findByUrl = (value: string) =>
      urlMatch(
        keys,
        this.statement(
          'SELECT id, title, doi, isbn FROM sources WHERE url_key = ? AND rowid <= ? ORDER BY created_at, rowid',
        ).all(value, upToRowid) as UrlCandidate[],
      );
    return firstMatch(keys, find, findByUrl);
  }

  /**
   * The duplicate lookup for an import of `count` entries, against the library as it is now: sources
   * the import then writes are not matched (its in-file duplicates are its own to find). A large
   * import reads every source's keys once into maps (one query, not one per entry); a small one asks
   * per entry (a few entries into a big library need not read it all).
   */
  duplicateFinder(count: number): (keys: SourceMatchKeys) => SourceMatch | undefined {
    if (count < BULK_MATCH_ENTRIES) {
      const last = this.db.prepare('SELECT coalesce(max(rowid), 0) FROM sources').pluck().get() as number;
      return (keys) => this.findDuplicateByKeys(keys, last);
    }
    const maps = { doi: new Map(), isbn: new Map(), match_key: new Map() } as Record<
      'doi' | 'isbn' | 'match_key',
      Map<string, { id: string; title: string }>
    >;
    // Every source at an address, oldest first: the first may have another DOI than the item's.
    const byUrl = new Map<string, UrlCandidate[]>();
    const rows = this.db
      .prepare('SELECT id, title, doi, isbn, match_key, url_key FROM sources ORDER BY created_at, rowid')
      .iterate() as IterableIterator<{ id: string; title: string } & SourceMatchKeys>;
    for (const r of rows) {
      for (const column of ['doi', 'isbn', 'match_key'] as const) {
        const value = r[column];
        // The oldest source with the key wins, as in the query's ORDER BY.
        if (value && !maps[column].has(value)) maps[column].set(value, { id: r.id, title: r.title });
      }
      if (r.url_key) {
        const found = { id: r.id, title: r.title, doi: r.doi, isbn: r.isbn };
        const list = byUrl.get(r.url_key);
        if (list) list.push(found);
        else byUrl.set(r.url_key, [found]);
      }
    }
    return (keys) =>
      firstMatch(
        keys,
        (column, value, by) => {
          const row = value ? maps[column].get(value) : undefined;
          return row && { id: row.id, title: row.title, by };
        },
        (value) => urlMatch(keys, byUrl.get(value) ?? []),
      );
  }

  requireSource(id: string): Source {
    const source = this.getSource(id);
    if (!source)
      throw new AppError('not_found', 'That source does not exist (it may have been deleted).', 'id');
    return source;
  }

  createSource(input: SourceInput | ParsedSourceInput): Source {
    return this.insertSource(SourceInput.parse(input));
  }

  /** Inserts a source its caller has already parsed with SourceInput (an import's planned entries). */
  insertSource(parsed: ParsedSourceInput): Source {
    const t = now();
    const row = sourceRow(parsed, randomUUID(), t, t);
    this.statement(
      `INSERT INTO sources (${SOURCE_COLUMNS.join(', ')}, created_by, updated_by)
       VALUES (${SOURCE_COLUMNS.map((c) => `@${c}`).join(', ')}, @actor, @actor)`,
    ).run({ ...row, actor: this.actor });
    return toSource(row);
  }

  /**
   * A statement prepared once per connection (a restore swaps it): an import of 80,000 entries would
   * otherwise compile the same SQL 80,000 times per statement.
   */
  private statement(sql: string): Database.Statement<unknown[]> {
    if (this.statements?.db !== this.db) this.statements = { db: this.db, bySql: new Map() };
    let prepared = this.statements.bySql.get(sql);
    if (!prepared) this.statements.bySql.set(sql, (prepared = this.db.prepare<unknown[]>(sql)));
    return prepared;
  }
  private statements?: { db: Db; bySql: Map<string, Database.Statement<unknown[]>> };

  /**
   * Changes the given fields of a source (a field given as '' is removed; `item` replaces the item);
   * the captured text keeps its capture time unless it changes.
   */
  updateSource(id: string, patch: SourcePatch): Source {
    const row = updatedSourceRow(this.requireSource(id), patch, now());
    const assignments = SOURCE_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at').map(
      (c) => `${c} = @${c}`,
    );
    this.db
      .prepare(`UPDATE sources SET ${assignments.join(', ')}, updated_by = @actor WHERE id = @id`)
      .run({ ...row, actor: this.actor });
    return this.requireSource(id);
  }

  /**
   * Fills the columns derived from items where a migration could not (match keys fold accents and
   * punctuation, which SQL cannot do): sources whose match_key is NULL, and the folded speakers and
   * outlets of rows written before 0014, once per store.
   */
  private fillDerivedColumns(): void {
    // Through each partial index (empty once folded): never a read of every row at each opening.
    const foldUnfolded = (table: 'facts' | 'sources', column: 'speaker' | 'outlet', index: string) => {
      const rows = this.db
        .prepare(
          `SELECT id, ${column} AS value FROM ${table} INDEXED BY ${index}
           WHERE ${column}_fold IS NULL AND ${column} IS NOT NULL`,
        )
        .all() as Array<{ id: string; value: string }>;
      if (rows.length === 0) return;
      const fold = this.db.prepare(`UPDATE ${table} SET ${column}_fold = ? WHERE id = ?`);
      this.db
        .transaction(() => {
          for (const r of rows) fold.run(foldText(r.value), r.id);
        })
        .immediate();
    };
    foldUnfolded('facts', 'speaker', 'facts_speaker_unfolded');
    foldUnfolded('sources', 'outlet', 'sources_outlet_unfolded');
    const rows = this.db
      // (An untitled source saved before untitled entries had a key of their own gets one now.)
      .prepare(
        "SELECT id, csl_type, item_json FROM sources WHERE match_key IS NULL OR (match_key = '' AND title = '')",
      )
      .all() as Array<Pick<SourceRow, 'id' | 'csl_type' | 'item_json'>>;
    if (rows.length === 0) return;
    const names = Object.keys(derivedSourceColumns({ id: '', type: 'book' }));
    const update = this.db.prepare(
      `UPDATE sources SET ${names.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    );
    this.db
      .transaction(() => {
        for (const r of rows) update.run({ id: r.id, ...derivedSourceColumns(storedItem(r)) });
      })
      .immediate();
  }

  listFacts(): Fact[] {
    return (this.db.prepare(`${FACT_SELECT} ORDER BY f.created_at, f.rowid`).all() as FactRow[]).map(toFact);
  }

  getFact(id: string): Fact | undefined {
    const row = this.db.prepare(`${FACT_SELECT} WHERE f.id = ?`).get(id) as FactRow | undefined;
    return row && toFact(row);
  }

  requireFact(id: string): Fact {
    const fact = this.getFact(id);
    if (!fact) throw new AppError('not_found', 'That fact does not exist (it may have been deleted).', 'id');
    return fact;
  }

  getFacts(ids: readonly string[]): Fact[] {
    return ids.flatMap((id) => this.getFact(id) ?? []);
  }

  createFact(input: FactInput): Fact {
    const f = FactInput.parse(input);
    this.checkSource(f.sourceId);
    const t = now();
    const row = factRow(f, randomUUID(), t, t);
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO facts (id, source_id, statement, quote, speaker, speaker_fold, speaker_role, relayed_by,
             event_date, event_start, event_end, locator, credibility, status, classification, created_at,
             updated_at, created_by, updated_by)
           VALUES (@id, @source_id, @statement, @quote, @speaker, @speaker_fold, @speaker_role, @relayed_by, @event_date,
             @event_start, @event_end, @locator, @credibility, @status, @classification, @created_at,
             @updated_at, @actor, @actor)`,
          )
          .run({ ...row, actor: this.actor });
        this.writeTags(row.id, f.tags);
      })
      .immediate();
    return this.requireFact(row.id);
  }

  /**
   * Saves the given fields of a fact. With `baseVersion`, a fact saved by someone else since that
   * version is refused (edit_conflict, naming who and when); every save that changes a field bumps the
   * version and is kept in the fact's history, with the reason given (one that changes nothing writes
   * nothing).
   */
  updateFact(id: string, patch: FactPatch): Fact {
    // Only the fields the patch gives change; a cleared one ('' or null) is removed.
    const { baseVersion, reason, ...parsed } = FactPatch.parse(patch);
    const given = patchFields(parsed);
    this.db
      .transaction(() => {
        const current = this.requireFact(id);
        if (baseVersion !== undefined && current.version !== undefined && current.version !== baseVersion)
          throw editConflictError('fact', current.updatedBy ?? '', current.updatedAt);
        const merged = FactInput.parse({ ...current, ...given });
        // A save that changes nothing writes nothing: no new version for colleagues to be told of, no
        // "Edited (no change)" in the history.
        if (changedFields(current, merged).length === 0) return;
        this.checkSource(merged.sourceId);
        const row = factRow(merged, id, current.createdAt, now());
        const version = (current.version ?? 1) + 1;
        this.db
          .prepare(
            `UPDATE facts SET source_id = @source_id, statement = @statement, quote = @quote, speaker = @speaker,
             speaker_fold = @speaker_fold, speaker_role = @speaker_role, relayed_by = @relayed_by, event_date = @event_date,
             event_start = @event_start, event_end = @event_end, locator = @locator,
             credibility = @credibility, status = @status, classification = @classification,
             updated_at = @updated_at, updated_by = @actor, version = @version
           WHERE id = @id`,
          )
          .run({ ...row, actor: this.actor, version });
        this.db.prepare('DELETE FROM fact_tags WHERE fact_id = ?').run(id);
        this.writeTags(id, merged.tags);
        this.db
          .prepare(
            `INSERT INTO fact_history (fact_id, version, action, changed_by, changed_at, reason, fields_json)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            id,
            version,
            changeAction(current.status, merged.status),
            this.actor,
            row.updated_at,
            reason ?? null,
            JSON.stringify(changedFields(current, merged)),
          );
      })
      .immediate();
    return this.requireFact(id);
  }

  /** The briefings that cite a fact, those in the bin too (a restored one would cite it again). */
  briefingsCiting(factId: string): CitingBriefing[] {
    const rows = this.db
      .prepare(
        `SELECT id, title, sections_json, deleted_at FROM briefings WHERE instr(sections_json, ?) > 0
         ORDER BY deleted_at IS NOT NULL, title`,
      )
      .all(citeNeedle(factId)) as CitingRow[];
    return citingOf(rows, factId);
  }

  /**
   * Deletes a fact no briefing cites, for good (its history is kept: append only). One a briefing cites,
   * in the bin too, is refused (fact_in_use), naming them: retracting it is the way.
   */
  deleteFact(id: string, options: DeleteOptions = {}): void {
    this.db
      .transaction(() => {
        this.requireFact(id);
        const citing = this.briefingsCiting(id);
        if (citing.length > 0) throw factCitedError(citing);
        if (options.checkOnly) return;
        this.db.prepare('DELETE FROM facts WHERE id = ?').run(id);
      })
      .immediate();
  }

  /** The changes made to a fact, oldest first (append-only). */
  factHistory(id: string): FactChange[] {
    this.requireFact(id);
    const rows = this.db
      .prepare('SELECT * FROM fact_history WHERE fact_id = ? ORDER BY seq')
      .all(id) as FactChangeRow[];
    return rows.map(toFactChange);
  }

  private writeTags(factId: string, tags: readonly string[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO fact_tags (fact_id, tag) VALUES (?, ?)');
    for (const tag of tags) insert.run(factId, tag);
  }

  private checkSource(sourceId: string): void {
    if (!this.getSource(sourceId)) {
      throw new AppError(
        'unknown_source',
        'The chosen source does not exist. Pick a saved source.',
        'sourceId',
      );
    }
  }

  stats(): StoreStats {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { sources: count('sources'), facts: count('facts'), briefings: count('briefings') };
  }

  listBriefings(): BriefingSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, title, template_id, date, classification, updated_at FROM briefings
         WHERE deleted_at IS NULL ORDER BY updated_at DESC`,
      )
      .all() as BriefingRow[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      templateId: r.template_id,
      date: r.date,
      classification: r.classification,
      updatedAt: r.updated_at,
    }));
  }

  getBriefing(id: string): Briefing {
    const row = this.db.prepare('SELECT * FROM briefings WHERE id = ? AND deleted_at IS NULL').get(id) as
      BriefingRow | undefined;
    if (!row) throw new AppError('not_found', 'That briefing does not exist (it may have been deleted).');
    return toBriefing(row);
  }

  createBriefing(input: BriefingCreate, template: Template): Briefing {
    const b = BriefingCreate.parse(input);
    const classification = b.classification ?? template.defaultClassification;
    this.checkClassification(classification, template);
    return this.insertBriefing({
      templateId: template.id,
      title: b.title,
      date: b.date,
      classification,
      frontMatter: {},
      sections: template.sections.map((s) => ({ id: s.id, blocks: [] })),
    });
  }

  /** A copy of a briefing, citing the same facts, titled as a copy. */
  duplicateBriefing(id: string): Briefing {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = this.getBriefing(id);
    return this.insertBriefing({ ...rest, title: copyTitle(rest.title) });
  }

  /**
   * Puts a briefing on another template. Content is kept: each section's content goes where the core's
   * proposal puts it (same id, same heading, same meaning: `proposeSectionMapping`), the template's
   * other sections start empty, and content that matches nothing is parked (shown apart in the editor,
   * exported after the template's sections) until the writer moves it. The marking is kept when the
   * new template has it, else `classification` (the writer's choice) is required: a switch never
   * lowers a marking on its own.
   */
  switchTemplate(id: string, template: Template, classification?: string): Briefing {
    const { sections, classification: marking } = switchedBriefing(
      this.getBriefing(id),
      undefined,
      template,
      undefined,
      classification,
    );
    this.db
      .prepare(
        `UPDATE briefings SET template_id = ?, classification = ?, sections_json = ?, updated_at = ?,
           updated_by = ?, version = version + 1 WHERE id = ?`,
      )
      .run(
        template.id,
        marking,
        JSON.stringify(sections),
        nextUpdatedAt(this.getBriefing(id).updatedAt),
        this.actor,
        id,
      );
    return this.getBriefing(id);
  }

  /** Moves a briefing to the bin; `restoreBriefing` brings it back (delete with undo). */
  deleteBriefing(id: string): void {
    const r = this.db
      .prepare('UPDATE briefings SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(now(), id);
    if (r.changes === 0)
      throw new AppError('not_found', 'That briefing does not exist (it may have been deleted).');
  }

  restoreBriefing(id: string): Briefing {
    const r = this.db
      .prepare('UPDATE briefings SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
      .run(id);
    if (r.changes === 0) throw new AppError('not_found', 'There is no deleted briefing to restore.');
    return this.getBriefing(id);
  }

  /** Inserts a briefing whose content is already valid (from the template, a copy or a briefing file). */
  insertBriefing(
    b: Omit<Briefing, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined },
  ): Briefing {
    const insert = this.db.prepare(
      `INSERT INTO briefings (id, template_id, title, date, classification, front_matter_json, sections_json,
         created_at, updated_at, created_by, updated_by)
       VALUES (@id, @template_id, @title, @date, @classification, @front_matter_json, @sections_json,
         @created_at, @updated_at, @actor, @actor)
       ON CONFLICT (id) DO NOTHING`,
    );
    let row = newBriefingRow(b);
    // The id asked for may be taken (a briefing in the bin): the briefing gets a new one.
    if (insert.run({ ...row, actor: this.actor }).changes === 0) {
      row = newBriefingRow(b, true);
      insert.run({ ...row, actor: this.actor });
    }
    return toBriefing(row);
  }

  /**
   * Replaces a briefing's content; every cited fact must exist, or nothing is written. With
   * `baseUpdatedAt` (the `updatedAt` of the version the content was made from), a briefing saved since
   * by someone else (another window or tab, the command line) is refused with edit_conflict, never
   * written over.
   */
  updateBriefing(
    id: string,
    content: BriefingContent,
    template: Template,
    baseUpdatedAt?: string,
    order?: SaveOrder,
  ): Briefing {
    const c = BriefingContent.parse(content);
    this.checkClassification(c.classification, template);
    const exists = this.db.prepare('SELECT 1 FROM facts WHERE id = ?').pluck();
    c.sections.forEach((section, si) =>
      section.blocks.forEach((block, bi) =>
        block.content.forEach((run, ri) => {
          if (run.type === 'cite' && !exists.get(run.factId)) {
            throw new AppError(
              'unknown_fact',
              `A paragraph cites a fact that is not in the library (${run.factId}).`,
              `sections[${si}].blocks[${bi}].content[${ri}].factId`,
            );
          }
        }),
      ),
    );
    // The check and the write in one transaction: no other save comes between them.
    return this.db.transaction(() => {
      const current = this.getBriefing(id);
      // Overtaken by a later save of the same editor (arrived first): that newer content stays.
      if (this.saveOrder.isOvertaken(id, order)) return current;
      if (baseUpdatedAt !== undefined && baseUpdatedAt !== current.updatedAt)
        throw briefingConflictError(current.title, current.updatedAt);
      this.db
        .prepare(
          `UPDATE briefings SET title = @title, date = @date, classification = @classification,
             front_matter_json = @front_matter_json, sections_json = @sections_json, updated_at = @updated_at,
             updated_by = @actor, version = version + 1
           WHERE id = @id AND deleted_at IS NULL`,
        )
        .run({
          id,
          title: c.title,
          date: c.date,
          classification: c.classification,
          front_matter_json: JSON.stringify(c.frontMatter),
          sections_json: JSON.stringify(c.sections),
          updated_at: nextUpdatedAt(current.updatedAt),
          actor: this.actor,
        });
      this.saveOrder.wrote(id, order);
      return this.getBriefing(id);
    })();
  }

  private checkClassification(classification: string, template: Template): void {
    if (!template.classifications.some((c) => c.id === classification)) {
      throw new AppError(
        'invalid_input',
        `Classification must be one of: ${template.classifications.map((c) => c.label).join(', ')}.`,
        'classification',
      );
    }
  }
}
