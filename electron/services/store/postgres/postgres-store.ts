import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  AppError,
  briefingConflictError,
  editConflictError,
  factCitedError,
  factSharedError,
} from '../../../core/errors';
import type { CslItem } from '../../../core/csl-item';
import { titleMatchReason } from '../../../core/source-item';
import {
  BriefingContent,
  BriefingCreate,
  FactInput,
  FactPatch,
  SourceInput,
  SourcePatch,
  patchFields,
  changeAction,
  type Briefing,
  type Fact,
  type FactChange,
  type ParsedSourceInput,
  type Source,
  copyTitle,
} from '../../../core/schemas';
import type { Template } from '../../../core/template';
import { switchedBriefing } from '../../../core/section-mapping';
import {
  FactQuery,
  type BriefingSummary,
  type Collection,
  type ImportPreview,
  type ImportReport,
  type LibraryEvent,
  type SourceFileFormat,
  type StoreStats,
  type StoreStatus,
} from '../../../contract/api';
import { foldText } from '../../../core/text';
import type { ArticleImportInput } from '../../import/article/saving';
import type { ParsedFactQuery } from '../../search/search';
import { factSearchParts, searchWords } from './search-vector';
import type {
  DeleteOptions,
  ImportProgressOptions,
  LibraryStore,
  NewBriefing,
  SourceImportOptions,
} from '../library-store';
import { BriefingSaveOrder, type SaveOrder } from '../briefing-save-order';
import { citeNeedle, citingOf, type CitingRow } from '../citing-briefings';
import {
  changedFields,
  derivedSourceColumns,
  factRow,
  FACT_COLUMNS,
  newBriefingRow,
  nextUpdatedAt,
  FACT_UPDATE_COLUMNS,
  SOURCE_COLUMNS,
  sourceRow,
  speakerFold,
  updatedSourceRow,
  urlMatch,
  toBriefing,
  toFact,
  toFactChange,
  toSource,
  type BriefingRow,
  type FactChangeRow,
  type FactRow,
  type SourceMatch,
  type SourceRow,
  matchSteps,
  type UrlCandidate,
} from '../store';
import { PgListener } from './live';
import { isPostgresUrl, redactUrl } from './url';
import {
  afterMigrations,
  hasFilteredIndex,
  migratePg,
  PG_SCHEMA_VERSION,
  pgSchemaVersion,
  pgTooNew,
  teamNoAccess,
  teamNotOwner,
} from './migrations';
import { importIntoPostgres, previewFactsIntoPostgres, previewIntoPostgres } from './postgres-import';
import { searchPostgres } from './postgres-search';

export { isPostgresUrl, redactUrl };

/** A pool or one checked-out client (inside a transaction): what queries run on. */
type Queryable = pg.Pool | pg.PoolClient;

const now = () => new Date().toISOString();

/** The role a URL logs in as (its user name; the driver's default, the OS user, when it names none). */
function roleOf(url: string): string {
  try {
    const user = decodeURIComponent(new URL(url).username);
    if (user) return user;
  } catch {
    // Not a URL the driver takes either: the message names no role.
  }
  return process.env.PGUSER ?? process.env.USER ?? 'this role';
}

/**
 * Readable errors for what a connection can fail with (unreachable server, refused login, no database,
 * a role without the analysts' grants). `role`: who is logged in, when known (else the URL's user).
 */
export function asPgError(error: unknown, url: string, role?: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const where = redactUrl(url);
  const message = error instanceof Error ? error.message : '';
  if (
    (typeof code === 'string' &&
      /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|ERR_TLS|ERR_SSL/.test(code)) ||
    /does not support SSL|self[- ]signed certificate|certificate/i.test(message)
  )
    return new AppError(
      'team_tls_failed',
      `The team library at ${where} could not be reached securely: its certificate was not accepted (${typeof code === 'string' ? code : message.slice(0, 80)}). Check the CA file, that the host name is the one on the server's certificate, and that the server has TLS turned on.`,
    );
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE'].includes(
      String(code),
    ) ||
    // The driver's words for a connection that dropped or never came (no code on these).
    /^Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      message,
    )
  )
    return new AppError(
      'team_unreachable',
      `The team library at ${where} cannot be reached (${typeof code === 'string' ? code : message.slice(0, 80)}). Check the address and your network; your local library still works.`,
    );
  if (code === '28P01' || code === '28000')
    return new AppError(
      'team_login_failed',
      `The team library at ${where} refused the login: check the user and password.`,
    );
  if (code === '3D000')
    return new AppError(
      'not_found',
      `There is no database at ${where}. Create it, then run: briefing db init --db URL`,
    );
  // insufficient_privilege: the library exists, but this role lacks the grants (never PostgreSQL's words).
  if (code === '42501') return teamNoAccess(where, role || roleOf(url));
  return error;
}

/** Options for a team library connection. */
export interface PostgresOptions {
  /** Who writes, recorded on every row and in fact history: a name from settings, else the database user. */
  actor?: string;
  /** Create the schema when the database is empty (`briefing db init`); otherwise an empty one is refused. */
  isInitialising?: boolean;
  /** Return the store even when the server is out of reach (offline-first: it is checked once back). */
  isOfflineAllowed?: boolean;
}

/** Shared by a store and the transaction-bound copies it hands to `transaction()`. */
interface Shared {
  pool: pg.Pool;
  url: string;
  actor: string;
  /** The database user, who writes when settings name no one. */
  dbUser: string;
  /** The LISTEN connection, opened for the first watcher. */
  listener?: PgListener;
  watchers: Set<(event: LibraryEvent) => void>;
  status: StoreStatus;
  /** The last save of each briefing by editor and order (one its editor overtook is ignored). */
  saveOrder: BriefingSaveOrder;
  /**
   * The schema was checked (connect, or `verify()` once a server out of reach came back). Cleared when
   * a call finds the server out of reach: the next call checks the version again before anything else.
   */
  isVerified?: boolean;
  /** The check under way after the server was out of reach (calls at once share it). */
  verifying?: Promise<void> | undefined;
  /** The schema version of a newer app found while open (announced by its upgrade): every call is refused. */
  tooNew?: number;
  /** Work left to run after a call (side lists of search): see inBackground. */
  background?: {
    /** The keys waiting or running. */
    keys: Set<string>;
    /** The tasks, one after another. */
    chain: Promise<void>;
    /** The server process of the task running, which close() cancels. */
    pid?: number | undefined;
    isClosing?: boolean;
  };
}

/** What a task left for after a call may take on the server (inBackground). */
const BACKGROUND_LIMITS = { statementMs: 120_000, lockMs: 2_000 };

const SOURCE_INSERT_COLUMNS = [...SOURCE_COLUMNS, 'created_by', 'updated_by'] as const;

/** The tsvector of a fact: statement A, quote B, speaker/tags C, its source's search text D ($n…$n+3). */
const searchVector = (n: number) =>
  `setweight(to_tsvector('simple', $${n}), 'A') || setweight(to_tsvector('simple', $${n + 1}), 'B') || ` +
  `setweight(to_tsvector('simple', $${n + 2}), 'C') || setweight(to_tsvector('simple', $${n + 3}), 'D')`;

/** Selects fact rows with their tags as JSON text, as toFact reads them. */
export const PG_FACT_SELECT = `SELECT f.id, f.source_id, f.statement, f.quote, f.speaker, f.speaker_role,
  f.relayed_by, f.event_date, f.event_start, f.event_end, f.locator, f.credibility, f.status, f.classification,
  array_to_json(f.tags)::text AS tags_json, f.created_at, f.updated_at, f.version, f.created_by, f.updated_by FROM facts f`;

const normTags = (tags: readonly string[]) => [...new Set(tags)].sort();

/**
 * The team library: the same sources, facts, briefings and saved searches as the local store, in a
 * PostgreSQL 15+ database many analysts share. Search uses a weighted tsvector with a GIN index; imports
 * run the local importers against a staging copy (the same rules, messages and duplicates) and write
 * what they add in one transaction.
 */
export class PostgresStore implements LibraryStore {
  readonly local = undefined;

  private constructor(
    private readonly shared: Shared,
    private readonly db: Queryable,
  ) {}

  /**
   * Connects, checks the schema (creating it with `isInitialising`), and refuses a newer one. With
   * `isOfflineAllowed`, a server out of reach is not an error: the store is returned unchecked, its calls
   * fail with team_unreachable until the server is back, and `verify()` checks it then.
   */
  static async connect(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    // No JIT and no parallel workers: the app's statements are short. A search planned with
    // `enable_seqscan` off (see postgres-search.ts) priced any sequential scan so high that JIT compiled it
    // (~300 ms); and the page of a filtered word read from its side list ran in two workers whose start
    // took 24 of its 36 ms (8 ms in one process, EXPLAIN ANALYZE at a million facts).
    const pool = new pg.Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 10_000,
      options: '-c jit=off -c max_parallel_workers_per_gather=0',
    });
    // An idle client's error (the server restarting) must not crash the app; the next query reports it.
    pool.on('error', (error) => console.error('[team library]', redactUrl(url), error.message));
    const status: StoreStatus = { isReadOnly: false, reason: 'ok', message: '' };
    const shared: Shared = {
      pool,
      url,
      actor: options.actor?.trim() ?? '',
      dbUser: '',
      status,
      watchers: new Set(),
      saveOrder: new BriefingSaveOrder(),
    };
    const store = new PostgresStore(shared, pool);
    try {
      await store.verify(options.isInitialising);
      return store;
    } catch (error) {
      const readable = asPgError(error, url);
      if (options.isOfflineAllowed && (readable as AppError).code === 'team_unreachable') return store;
      await pool.end();
      throw readable;
    }
  }

  /** Checks (or with `isInitialising` creates) the schema and learns the database user; once it has passed. */
  async verify(isInitialising = false): Promise<void> {
    const { shared } = this;
    if (shared.tooNew !== undefined) throw pgTooNew(shared.tooNew, PG_SCHEMA_VERSION);
    if (shared.isVerified) return;
    const { pool, url } = shared;
    const where = redactUrl(url);
    const client = await pool.connect();
    let dbUser: string;
    try {
      dbUser = (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0]?.u ?? '';
      if (isInitialising) {
        const applied = await migratePg(client).catch((error: unknown) => {
          // A role that may not create or change the schema (42501), or sees no schema to create it
          // in (3F000: no USAGE on it): only the owner sets a library up.
          const code = (error as { code?: unknown } | null)?.code;
          throw code === '42501' || code === '3F000' ? teamNotOwner(where, dbUser) : error;
        });
        await afterMigrations(client, applied);
      }
      const version = await pgSchemaVersion(client, where);
      if (version === 0)
        throw new AppError(
          'not_found',
          `${where} is not a team library yet. Set it up with: briefing db init --db URL`,
        );
      if (version > PG_SCHEMA_VERSION) {
        shared.tooNew = version;
        throw pgTooNew(version, PG_SCHEMA_VERSION);
      }
      // Upgrading takes the owner's rights (DDL), which analysts' roles do not have: the owner does it.
      if (version < PG_SCHEMA_VERSION)
        throw new AppError(
          'store_outdated',
          `The team library at ${where} needs an upgrade to this version (schema ${version} → ${PG_SCHEMA_VERSION}). Its owner upgrades it with: briefing db init --db URL`,
        );
    } finally {
      client.release();
    }
    shared.dbUser = dbUser;
    shared.actor ||= dbUser;
    shared.isVerified = true;
  }

  /**
   * A newer app upgraded the schema while this one is open (its NOTIFY, or the version read when the
   * live connection came back): from now on every call is refused with the newer-version message, and
   * the app is told through its events. Returns the message when the version is newer.
   */
  private schemaSeen(version: number): string | undefined {
    if (version <= PG_SCHEMA_VERSION) return undefined;
    this.shared.tooNew = version;
    return pgTooNew(version, PG_SCHEMA_VERSION).message;
  }

  get status(): StoreStatus {
    return this.shared.status;
  }
  get location(): string {
    return redactUrl(this.shared.url);
  }
  /** Who this app writes as. */
  get actor(): string {
    return this.shared.actor;
  }
  /** The pool, for LISTEN (live changes) and the staging import. */
  get pool(): pg.Pool {
    return this.shared.pool;
  }

  watch(listener: (event: LibraryEvent) => void): () => void {
    const { shared } = this;
    shared.watchers.add(listener);
    if (!shared.listener) {
      shared.listener = new PgListener(
        shared.url,
        (event) => {
          for (const watcher of shared.watchers) watcher(event);
        },
        (version) => this.schemaSeen(version),
      );
      shared.listener.start();
    }
    return () => {
      shared.watchers.delete(listener);
    };
  }

  setActor(name: string): void {
    this.shared.actor = name.trim() || this.shared.dbUser;
  }

  /**
   * Runs `task` once the current call is answered, in a transaction of its own on the pool (not the
   * call's connection): what a call leaves to be done, such as a side list of search. Tasks run one at a
   * time (one connection of the pool at most, the others left to the app's calls), each key once while it
   * waits or runs, each under a statement and a lock timeout; one that fails is logged and dropped (the
   * next call asks again). `close()` cancels the one running and drops those waiting.
   */
  inBackground(key: string, task: (tx: PostgresStore) => Promise<void>): void {
    const background = (this.shared.background ??= { keys: new Set(), chain: Promise.resolve() });
    if (background.isClosing || background.keys.has(key)) return;
    background.keys.add(key);
    background.chain = background.chain
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        if (background.isClosing) return;
        const root = new PostgresStore(this.shared, this.shared.pool);
        await root.inTransaction(async (tx) => {
          const [row] = await tx.sql<{ pid: number }>(
            `SELECT pg_backend_pid() AS pid, set_config('statement_timeout', '${BACKGROUND_LIMITS.statementMs}', true),
               set_config('lock_timeout', '${BACKGROUND_LIMITS.lockMs}', true)`,
          );
          background.pid = row?.pid;
          await task(tx);
        });
      })
      .catch((error: unknown) => {
        // Cancelled by close(), or the server gone (the call that needs it says so): not worth a line.
        const code = (error as { code?: string }).code;
        if (background.isClosing || code === 'team_unreachable') return;
        console.error('[team library]', `${key}:`, (error as Error).message);
      })
      .finally(() => {
        background.pid = undefined;
        background.keys.delete(key);
      });
  }

  /** Resolves when every task given to inBackground so far has run. */
  async whenBackgroundDone(): Promise<void> {
    const background = this.shared.background;
    while (background && background.keys.size > 0) await background.chain;
  }

  async close(): Promise<void> {
    if (this.db !== this.shared.pool) return;
    const background = this.shared.background;
    if (background) {
      background.isClosing = true;
      if (background.pid !== undefined)
        await this.shared.pool.query('SELECT pg_cancel_backend($1)', [background.pid]).catch(() => undefined);
      await background.chain;
    }
    await this.shared.listener?.stop();
    await this.shared.pool.end();
  }

  /** Readable errors, and a call that finds the server out of reach makes the next one check the schema. */
  private readable(error: unknown): unknown {
    const readable = asPgError(error, this.shared.url, this.shared.dbUser);
    if ((readable as AppError | null)?.code === 'team_unreachable') this.shared.isVerified = false;
    return readable;
  }

  /**
   * Before any call: refused once a newer schema was announced; after the server was out of reach, the
   * schema is checked again first (a newer app may have upgraded it meanwhile).
   */
  private async ready(): Promise<void> {
    const { shared } = this;
    if (shared.tooNew !== undefined) throw pgTooNew(shared.tooNew, PG_SCHEMA_VERSION);
    // Inside a transaction: it began checked (inTransaction is ready first), and a check here would wait
    // for a second connection while holding one.
    if (shared.isVerified || this.db !== shared.pool) return;
    // One check for the calls that come at once.
    shared.verifying ??= this.verify().finally(() => {
      shared.verifying = undefined;
    });
    try {
      await shared.verifying;
    } catch (error) {
      throw this.readable(error);
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    await this.ready();
    try {
      return (await this.db.query<R>(sql, params)).rows;
    } catch (error) {
      throw this.readable(error);
    }
  }

  async transaction<T>(fn: (tx: LibraryStore) => Promise<T>): Promise<T> {
    return this.inTransaction((tx) => fn(tx));
  }

  /** `transaction` with the PostgreSQL store itself (the import needs its pool-level helpers). */
  async inTransaction<T>(fn: (tx: PostgresStore) => Promise<T>): Promise<T> {
    if (this.db !== this.shared.pool) return fn(this);
    await this.ready();
    let client: pg.PoolClient;
    try {
      client = await this.shared.pool.connect();
    } catch (error) {
      // Out of reach before the first statement: said as every other call says it, so the workspace
      // falls back to the local store (a text search, which runs here, failed with the driver's words).
      throw this.readable(error);
    }
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresStore(this.shared, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw this.readable(error);
    } finally {
      client.release();
    }
  }

  /** Runs raw SQL on this store's connection (inside a transaction: on its client). */
  async sql<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> {
    return this.query<R>(text, params);
  }

  async listSources({ withText = true }: { withText?: boolean } = {}): Promise<Source[]> {
    const columns = withText
      ? '*'
      : 'id, csl_type, item_json, grade, notes, NULL AS text, text_sha256, captured_at, classification, created_at, updated_at';
    return (await this.query<SourceRow>(`SELECT ${columns} FROM sources ORDER BY created_at, seq`)).map(
      toSource,
    );
  }

  async getSource(id: string): Promise<Source | undefined> {
    const [row] = await this.query<SourceRow>('SELECT * FROM sources WHERE id = $1', [id]);
    return row && toSource(row);
  }

  async requireSource(id: string): Promise<Source> {
    const source = await this.getSource(id);
    if (!source)
      throw new AppError('not_found', 'That source does not exist (it may have been deleted).', 'id');
    return source;
  }

  async findDuplicateSource(item: CslItem): Promise<SourceMatch | undefined> {
    const cols = {
      ...derivedSourceColumns(item),
      title: String(item.title ?? ''),
      match_by: titleMatchReason(item),
    };
    const find = async (
      column: 'doi' | 'isbn' | 'match_key',
      value: string | null,
      by: SourceMatch['by'],
    ) => {
      if (!value) return undefined;
      const [row] = await this.query<{ id: string; title: string }>(
        `SELECT id, title FROM sources WHERE ${column} = $1 ORDER BY created_at, seq LIMIT 1`,
        [value],
      );
      return row && { id: row.id, title: row.title, by };
    };
    const findByUrl = async (value: string) =>
      urlMatch(
        cols,
        await this.query<UrlCandidate>(
          'SELECT id, title, doi, isbn FROM sources WHERE url_key = $1 ORDER BY created_at, seq',
          [value],
        ),
      );
    // The local store's rule (store.ts matchSteps), one query at a time.
    for (const step of matchSteps(cols)) {
      const found =
        step.column === 'url_key'
          ? await findByUrl(step.value)
          : await find(step.column, step.value, step.by);
      if (found) return found;
    }
    return undefined;
  }

  async createSource(input: SourceInput | ParsedSourceInput): Promise<Source> {
    const t = now();
    const row = sourceRow(SourceInput.parse(input), randomUUID(), t, t);
    await this.insertSourceRow(row);
    return toSource(row);
  }

  /** Inserts a whole source row as given (a new source, or one copied from a staging import). */
  async insertSourceRow(row: SourceRow): Promise<void> {
    // The folded outlet from the row's outlet, whichever store the row was read from.
    const values = {
      ...row,
      outlet_fold: foldText(row.outlet),
      created_by: this.actor,
      updated_by: this.actor,
    };
    await this.query(
      `INSERT INTO sources (${SOURCE_INSERT_COLUMNS.join(', ')}) VALUES (${SOURCE_INSERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
      SOURCE_INSERT_COLUMNS.map((c) => values[c]),
    );
  }

  async updateSource(id: string, patch: SourcePatch): Promise<Source> {
    const row = updatedSourceRow(await this.requireSource(id), patch, now());
    const columns = SOURCE_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at');
    await this.inTransaction(async (tx) => {
      const [old] = await tx.query<{ search_text: string }>(
        'SELECT search_text FROM sources WHERE id = $1 FOR UPDATE',
        [id],
      );
      await tx.query(
        `UPDATE sources SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')},
           updated_by = $${columns.length + 2}, version = version + 1 WHERE id = $1`,
        [id, ...columns.map((c) => row[c]), tx.actor],
      );
      // The source's words are part of each of its facts' search vectors (weight D).
      if (old && old.search_text !== row.search_text)
        await tx.query(
          `UPDATE facts SET search = ts_filter(search, '{a,b,c}') || setweight(to_tsvector('simple', $2), 'D')
           WHERE source_id = $1`,
          [id, searchWords(row.search_text)],
        );
    });
    return this.requireSource(id);
  }

  async listFacts(): Promise<Fact[]> {
    return (await this.query<FactRow>(`${PG_FACT_SELECT} ORDER BY f.created_at, f.seq`)).map(toFact);
  }

  async getFact(id: string): Promise<Fact | undefined> {
    const [row] = await this.query<FactRow>(`${PG_FACT_SELECT} WHERE f.id = $1`, [id]);
    return row && toFact(row);
  }

  async requireFact(id: string): Promise<Fact> {
    const fact = await this.getFact(id);
    if (!fact) throw new AppError('not_found', 'That fact does not exist (it may have been deleted).', 'id');
    return fact;
  }

  async getFacts(ids: readonly string[]): Promise<Fact[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<FactRow>(`${PG_FACT_SELECT} WHERE f.id = ANY($1)`, [[...ids]]);
    const byId = new Map(rows.map((r) => [r.id, toFact(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findFact(
    sourceId: string,
    statement: string,
    quote: string | undefined,
  ): Promise<string | undefined> {
    const [row] = await this.query<{ id: string }>(
      "SELECT id FROM facts WHERE source_id = $1 AND statement = $2 AND coalesce(quote, '') = $3 LIMIT 1",
      [sourceId, statement, quote ?? ''],
    );
    return row?.id;
  }

  async createFact(input: FactInput): Promise<Fact> {
    const f = FactInput.parse(input);
    const t = now();
    const row = factRow(f, randomUUID(), t, t);
    await this.inTransaction(async (tx) => {
      const [source] = await tx.query<{ search_text: string }>(
        'SELECT search_text FROM sources WHERE id = $1',
        [f.sourceId],
      );
      if (!source) throw unknownSource();
      await tx.insertFactRow(row, f.tags, source.search_text);
    });
    return this.requireFact(row.id);
  }

  /** Inserts a whole fact row as given, its search vector and its first history entry. */
  async insertFactRow(
    row: Omit<FactRow, 'tags_json'>,
    tags: readonly string[],
    sourceSearchText: string,
  ): Promise<void> {
    const sorted = normTags(tags);
    const columns = FACT_COLUMNS;
    const n = columns.length;
    const folded = { ...row, speaker_fold: speakerFold(row.speaker) };
    await this.query(
      `INSERT INTO facts (${columns.join(', ')}, tags, created_by, updated_by, search)
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, $${n + 1}, $${n + 2}, $${n + 2}, ${searchVector(n + 3)})`,
      [
        ...columns.map((c) => folded[c] ?? null),
        sorted,
        this.actor,
        ...factSearchParts(row, sorted),
        searchWords(sourceSearchText),
      ],
    );
  }

  /**
   * Inserts many whole fact rows in one statement (a team import's write): the same rows, tags and
   * search vectors as insertFactRow, without a round trip and a plan per row.
   */
  async insertFactRows(
    rows: ReadonlyArray<{
      row: Omit<FactRow, 'tags_json'>;
      tags: readonly string[];
      sourceSearchText: string;
    }>,
  ): Promise<void> {
    if (rows.length === 0) return;
    const columns = FACT_COLUMNS;
    const records = rows.map(({ row, tags, sourceSearchText }) => {
      const sorted = normTags(tags);
      const [a, b, c] = factSearchParts(row, sorted);
      const folded = { ...row, speaker_fold: speakerFold(row.speaker) };
      return {
        ...Object.fromEntries(columns.map((col) => [col, folded[col] ?? null])),
        tags: sorted,
        search_a: a,
        search_b: b,
        search_c: c,
        search_d: searchWords(sourceSearchText),
      };
    });
    const types = columns.map((c) => `${c} ${c === 'credibility' ? 'integer' : 'text'}`);
    await this.query(
      `INSERT INTO facts (${columns.join(', ')}, tags, created_by, updated_by, search)
       SELECT ${columns.map((c) => `x.${c}`).join(', ')},
         ARRAY(SELECT jsonb_array_elements_text(x.tags)), $2, $2,
         setweight(to_tsvector('simple', x.search_a), 'A') || setweight(to_tsvector('simple', x.search_b), 'B') ||
         setweight(to_tsvector('simple', x.search_c), 'C') || setweight(to_tsvector('simple', x.search_d), 'D')
       FROM jsonb_to_recordset($1::jsonb) AS x(${types.join(', ')}, tags jsonb, search_a text, search_b text,
         search_c text, search_d text)`,
      [JSON.stringify(records), this.actor],
    );
  }

  async updateFact(id: string, patch: FactPatch): Promise<Fact> {
    // Only the fields the patch gives change; a cleared one ('' or null) is removed.
    const { baseVersion, reason, ...parsed } = FactPatch.parse(patch);
    const given = patchFields(parsed);
    await this.inTransaction(async (tx) => {
      // The row lock makes a colleague's save of the same fact wait, then see this one's version.
      const [currentRow] = await tx.query<FactRow>(`${PG_FACT_SELECT} WHERE f.id = $1 FOR UPDATE OF f`, [id]);
      if (!currentRow)
        throw new AppError('not_found', 'That fact does not exist (it may have been deleted).', 'id');
      const current = toFact(currentRow);
      if (baseVersion !== undefined && current.version !== baseVersion)
        throw editConflictError('fact', current.updatedBy ?? '', current.updatedAt);
      const merged = FactInput.parse({ ...current, ...given });
      // As the local store: a save that changes nothing writes nothing (no version, no history, no notice).
      if (changedFields(current, merged).length === 0) return;
      const [source] = await tx.query<{ search_text: string }>(
        'SELECT search_text FROM sources WHERE id = $1',
        [merged.sourceId],
      );
      if (!source) throw unknownSource();
      const t = now();
      const row = factRow(merged, id, current.createdAt, t);
      const tags = normTags(merged.tags);
      const columns = FACT_UPDATE_COLUMNS;
      const n = columns.length;
      const [updated] = await tx.query<{ version: number }>(
        `UPDATE facts SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, tags = $${n + 2},
           updated_by = $${n + 3}, version = version + 1, search = ${searchVector(n + 4)}
         WHERE id = $1 RETURNING version`,
        [
          id,
          ...columns.map((c) => row[c] ?? null),
          tags,
          tx.actor,
          ...factSearchParts(row, tags),
          searchWords(source.search_text),
        ],
      );
      await tx.query(
        `INSERT INTO fact_history (fact_id, version, action, changed_by, changed_at, reason, fields_json)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          updated?.version ?? 0,
          changeAction(current.status, merged.status),
          tx.actor,
          t,
          reason ?? null,
          JSON.stringify(changedFields(current, merged)),
        ],
      );
    });
    return this.requireFact(id);
  }

  /**
   * Deletes a fact for good (its history is kept), announced to every connected app as `fact-deleted`.
   * Refused (fact_in_use) when a briefing here cites it, naming them, and when anyone but this app's
   * analyst added or changed it: colleagues' briefings, in their own stores, may cite it.
   */
  async deleteFact(id: string, options: DeleteOptions = {}): Promise<void> {
    await this.inTransaction(async (tx) => {
      const [row] = await tx.query<FactRow>(`${PG_FACT_SELECT} WHERE f.id = $1 FOR UPDATE OF f`, [id]);
      if (!row) throw new AppError('not_found', 'That fact does not exist (it may have been deleted).', 'id');
      const citing = citingOf(
        await tx.query<CitingRow>(
          `SELECT id, title, sections_json, deleted_at FROM briefings WHERE strpos(sections_json, $1) > 0
           ORDER BY deleted_at IS NOT NULL, title`,
          [citeNeedle(id)],
        ),
        id,
      );
      if (citing.length > 0) throw factCitedError(citing);
      const [other] = await tx.query<{ by: string }>(
        `SELECT by FROM (SELECT $2::text AS by UNION ALL SELECT $3::text
           UNION ALL SELECT changed_by FROM fact_history WHERE fact_id = $1) w WHERE by <> $4 LIMIT 1`,
        [id, row.created_by ?? '', row.updated_by ?? '', tx.actor],
      );
      if (other) throw factSharedError(other.by);
      if (options.checkOnly) return;
      await tx.query('DELETE FROM facts WHERE id = $1', [id]);
      await tx.query(
        "SELECT pg_notify('briefing_changes', json_build_object('kind', 'fact-deleted', 'id', $1::text)::text)",
        [id],
      );
    });
  }

  async factHistory(id: string): Promise<FactChange[]> {
    await this.requireFact(id);
    const rows = await this.query<FactChangeRow>(
      'SELECT version, action, changed_by, changed_at, reason, fields_json FROM fact_history WHERE fact_id = $1 ORDER BY seq',
      [id],
    );
    return rows.map(toFactChange);
  }

  /**
   * Whether the search index holds the filter columns (filtered-search-index.sql: the folded speaker,
   * the status, the tags; 0009's form, with the speaker as written, is not it): false where
   * the extensions it needs could not be created, and filtered searches read every match's row.
   */
  async hasFilteredSearchIndex(): Promise<boolean> {
    try {
      return await hasFilteredIndex(this.db);
    } catch (error) {
      throw this.readable(error);
    }
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.query<{ sources: string; facts: string; briefings: string }>(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM facts) AS facts,
         (SELECT count(*) FROM briefings) AS briefings`,
    );
    return { sources: Number(row?.sources), facts: Number(row?.facts), briefings: Number(row?.briefings) };
  }

  async listBriefings(): Promise<BriefingSummary[]> {
    const rows = await this.query<BriefingRow>(
      `SELECT id, title, template_id, date, classification, updated_at FROM briefings
       WHERE deleted_at IS NULL ORDER BY updated_at DESC`,
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      templateId: r.template_id,
      date: r.date,
      classification: r.classification,
      updatedAt: r.updated_at,
    }));
  }

  async getBriefing(id: string): Promise<Briefing> {
    const [row] = await this.query<BriefingRow>(
      'SELECT * FROM briefings WHERE id = $1 AND deleted_at IS NULL',
      [id],
    );
    if (!row) throw new AppError('not_found', 'That briefing does not exist (it may have been deleted).');
    return toBriefing(row);
  }

  async createBriefing(input: BriefingCreate, template: Template): Promise<Briefing> {
    const b = BriefingCreate.parse(input);
    const classification = b.classification ?? template.defaultClassification;
    checkClassification(classification, template);
    return this.insertBriefing({
      templateId: template.id,
      title: b.title,
      date: b.date,
      classification,
      frontMatter: {},
      sections: template.sections.map((s) => ({ id: s.id, blocks: [] })),
    });
  }

  async duplicateBriefing(id: string): Promise<Briefing> {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = await this.getBriefing(id);
    return this.insertBriefing({ ...rest, title: copyTitle(rest.title) });
  }

  async switchTemplate(id: string, template: Template, classification?: string): Promise<Briefing> {
    const before = await this.getBriefing(id);
    const { sections, classification: marking } = switchedBriefing(
      before,
      undefined,
      template,
      undefined,
      classification,
    );
    await this.query(
      `UPDATE briefings SET template_id = $2, classification = $3, sections_json = $4, updated_at = $5,
         updated_by = $6, version = version + 1 WHERE id = $1`,
      [id, template.id, marking, JSON.stringify(sections), nextUpdatedAt(before.updatedAt), this.actor],
    );
    return this.getBriefing(id);
  }

  async deleteBriefing(id: string): Promise<void> {
    const rows = await this.query(
      'UPDATE briefings SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id',
      [id, now()],
    );
    if (rows.length === 0)
      throw new AppError('not_found', 'That briefing does not exist (it may have been deleted).');
  }

  async restoreBriefing(id: string): Promise<Briefing> {
    const rows = await this.query(
      'UPDATE briefings SET deleted_at = NULL WHERE id = $1 AND deleted_at IS NOT NULL RETURNING id',
      [id],
    );
    if (rows.length === 0) throw new AppError('not_found', 'There is no deleted briefing to restore.');
    return this.getBriefing(id);
  }

  async insertBriefing(b: NewBriefing): Promise<Briefing> {
    const insert = async (row: BriefingRow) =>
      (
        await this.query(
          `INSERT INTO briefings (id, template_id, title, date, classification, front_matter_json, sections_json,
             created_at, updated_at, created_by, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            row.id,
            row.template_id,
            row.title,
            row.date,
            row.classification,
            row.front_matter_json,
            row.sections_json,
            row.created_at,
            row.updated_at,
            this.actor,
          ],
        )
      ).length > 0;
    let row = newBriefingRow(b);
    // The id asked for may be taken (a briefing in the bin): the briefing gets a new one.
    if (!(await insert(row))) {
      row = newBriefingRow(b, true);
      await insert(row);
    }
    return toBriefing(row);
  }

  updateBriefing(
    id: string,
    content: BriefingContent,
    template: Template,
    baseUpdatedAt?: string,
    order?: SaveOrder,
  ): Promise<Briefing> {
    // One save of a briefing at a time here: the order's check and the write are one step.
    return this.shared.saveOrder.inTurn(id, () =>
      this.saveBriefing(id, content, template, baseUpdatedAt, order),
    );
  }

  private async saveBriefing(
    id: string,
    content: BriefingContent,
    template: Template,
    baseUpdatedAt: string | undefined,
    order: SaveOrder | undefined,
  ): Promise<Briefing> {
    const c = BriefingContent.parse(content);
    checkClassification(c.classification, template);
    const cited: Array<{ factId: string; path: string }> = [];
    c.sections.forEach((section, si) =>
      section.blocks.forEach((block, bi) =>
        block.content.forEach((run, ri) => {
          if (run.type === 'cite')
            cited.push({ factId: run.factId, path: `sections[${si}].blocks[${bi}].content[${ri}].factId` });
        }),
      ),
    );
    const known = new Set(
      (
        await this.query<{ id: string }>('SELECT id FROM facts WHERE id = ANY($1)', [
          [...new Set(cited.map((x) => x.factId))],
        ])
      ).map((r) => r.id),
    );
    const missing = cited.find((x) => !known.has(x.factId));
    if (missing)
      throw new AppError(
        'unknown_fact',
        `A paragraph cites a fact that is not in the library (${missing.factId}).`,
        missing.path,
      );
    const current = await this.getBriefing(id);
    // Overtaken by a later save of the same editor (arrived first): that newer content stays.
    if (this.shared.saveOrder.isOvertaken(id, order)) return current;
    if (baseUpdatedAt !== undefined && baseUpdatedAt !== current.updatedAt)
      throw briefingConflictError(current.title, current.updatedAt);
    // Written only over the version just read: a save that came between is not overwritten.
    const rows = await this.query(
      `UPDATE briefings SET title = $2, date = $3, classification = $4, front_matter_json = $5,
         sections_json = $6, updated_at = $7, updated_by = $8, version = version + 1
       WHERE id = $1 AND deleted_at IS NULL AND updated_at = $9 RETURNING id`,
      [
        id,
        c.title,
        c.date,
        c.classification,
        JSON.stringify(c.frontMatter),
        JSON.stringify(c.sections),
        nextUpdatedAt(current.updatedAt),
        this.actor,
        current.updatedAt,
      ],
    );
    if (rows.length === 0) {
      const latest = await this.getBriefing(id);
      throw briefingConflictError(latest.title, latest.updatedAt);
    }
    this.shared.saveOrder.wrote(id, order);
    return this.getBriefing(id);
  }

  async searchFacts(query: ParsedFactQuery) {
    return searchPostgres(this, query);
  }

  async listCollections(): Promise<Collection[]> {
    const rows = await this.query<{ id: string; name: string; query_json: string; created_at: string }>(
      'SELECT id, name, query_json, created_at FROM collections ORDER BY lower(name), created_at',
    );
    return rows.map((r) => {
      const parsed = FactQuery.safeParse(JSON.parse(r.query_json));
      return {
        id: r.id,
        name: r.name,
        query: parsed.success ? parsed.data : FactQuery.parse({}),
        createdAt: r.created_at,
      };
    });
  }

  async saveCollection(name: string, query: ParsedFactQuery): Promise<Collection> {
    const trimmed = name.trim();
    if (trimmed === '') throw new AppError('invalid_input', 'Name is required.', 'name');
    const collection: Collection = {
      id: randomUUID(),
      name: trimmed,
      query: FactQuery.parse({ ...query, offset: 0 }),
      createdAt: now(),
    };
    await this.query(
      'INSERT INTO collections (id, name, query_json, created_at, created_by) VALUES ($1, $2, $3, $4, $5)',
      [collection.id, collection.name, JSON.stringify(collection.query), collection.createdAt, this.actor],
    );
    return collection;
  }

  async deleteCollection(id: string): Promise<void> {
    const rows = await this.query('DELETE FROM collections WHERE id = $1 RETURNING id', [id]);
    if (rows.length === 0)
      throw new AppError('not_found', 'That saved search does not exist (it may have been deleted).', 'id');
  }

  async previewSources(format: SourceFileFormat, text: string): Promise<ImportPreview> {
    return previewIntoPostgres(this, format, text);
  }
  async previewFacts(format: 'csv' | 'json', text: string): Promise<ImportPreview> {
    return previewFactsIntoPostgres(this, format, text);
  }
  async importSources(
    format: SourceFileFormat,
    text: string,
    options: SourceImportOptions = {},
  ): Promise<ImportReport> {
    return importIntoPostgres(this, text, {
      kind: 'sources',
      format,
      strict: options.strict ?? false,
      exportId: options.exportId,
      progress: options.progress,
    });
  }
  async importFacts(
    format: 'csv' | 'json',
    text: string,
    options: ImportProgressOptions = {},
  ): Promise<ImportReport> {
    return importIntoPostgres(this, text, {
      kind: 'facts',
      format,
      exportId: options.exportId,
      progress: options.progress,
    });
  }
  async importArticle(input: ArticleImportInput): Promise<ImportReport> {
    return importIntoPostgres(this, JSON.stringify(input), { kind: 'article', input });
  }
}

const unknownSource = () =>
  new AppError('unknown_source', 'The chosen source does not exist. Pick a saved source.', 'sourceId');

function checkClassification(classification: string, template: Template): void {
  if (!template.classifications.some((c) => c.id === classification)) {
    throw new AppError(
      'invalid_input',
      `Classification must be one of: ${template.classifications.map((c) => c.label).join(', ')}.`,
      'classification',
    );
  }
}
