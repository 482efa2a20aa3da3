import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../../core/errors';
import { urlMatchKey } from '../../../core/source-item';
import { foldText } from '../../../core/text';
import { substringGrams } from '../../search/substring';
import { factSearchParts, searchWords } from './search-vector';
import m0001 from './migrations/0001-team-library.sql';
import m0002 from './migrations/0002-portion-marks.sql';
import m0003 from './migrations/0003-exact-ranking.sql';
import m0004 from './migrations/0004-query-lists.sql';
import m0005 from './migrations/0005-fact-count.sql';
import m0006 from './migrations/0006-set-based-list-upkeep.sql';
import m0007 from './migrations/0007-volume-match-key.sql';
import m0008 from './migrations/0008-url-match-key.sql';
import m0009 from './migrations/0009-filters-in-search-index.sql';
import m0010 from './migrations/0010-folded-speaker-and-outlet.sql';
import m0011 from './migrations/0011-substring-search.sql';
import filteredSearchIndex from './migrations/filtered-search-index.sql';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
  /**
   * What the app writes after the SQL, in the same transaction: derived columns SQL cannot compute the
   * app's way (the local store fills those when it opens: Store.fillDerivedColumns).
   */
  fill?: (client: PoolClient) => Promise<void>;
}

/** Rows keyed per statement by a migration's fill. */
const FILL_BATCH = 1000;

/** 0008: each source's URL key, as derivedSourceColumns writes it for a new row. */
async function fillUrlKeys(client: PoolClient): Promise<void> {
  const rows = await client.query<{ id: string; url: string }>(
    "SELECT id, url FROM sources WHERE coalesce(url, '') <> '' ORDER BY seq",
  );
  const keyed = rows.rows.flatMap((r) => {
    const key = urlMatchKey(r.url);
    return key === undefined ? [] : [{ id: r.id, key }];
  });
  for (let at = 0; at < keyed.length; at += FILL_BATCH) {
    const batch = keyed.slice(at, at + FILL_BATCH);
    await client.query(
      `UPDATE sources AS s SET url_key = v.key
       FROM unnest($1::text[], $2::text[]) AS v(id, key) WHERE s.id = v.id`,
      [batch.map((r) => r.id), batch.map((r) => r.key)],
    );
  }
}

/**
 * 0010: each fact's speaker and each source's outlet folded (core/text.ts foldText), as factRow and
 * derivedSourceColumns write them for a new row. The facts' change notices are off meanwhile: a derived
 * column is no change to a fact, and a million notices would reach every open app at commit. The search
 * index, which 0010 dropped, is built after the commit (afterMigrations).
 */
async function fillFolded(client: PoolClient): Promise<void> {
  const fill = async (table: 'facts' | 'sources', column: 'speaker' | 'outlet') => {
    const rows = await client.query<{ id: string; value: string }>(
      `SELECT id, ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL ORDER BY seq`,
    );
    for (let at = 0; at < rows.rows.length; at += FILL_BATCH) {
      const batch = rows.rows.slice(at, at + FILL_BATCH);
      await client.query(
        `UPDATE ${table} AS t SET ${column}_fold = v.folded
         FROM unnest($1::text[], $2::text[]) AS v(id, folded) WHERE t.id = v.id`,
        [batch.map((r) => r.id), batch.map((r) => foldText(r.value))],
      );
    }
  };
  await client.query('ALTER TABLE facts DISABLE TRIGGER facts_notify');
  await fill('facts', 'speaker');
  await client.query('ALTER TABLE facts ENABLE TRIGGER facts_notify');
  await fill('sources', 'outlet');
}

/**
 * 0011: the search vector of each fact whose text has a run of an unspaced script or emoji, written
 * again with the grams of those runs (postgres-store.ts searchWords), as a new row gets it. Other facts'
 * vectors are what they were. The facts' change notices are off meanwhile, as in fillFolded.
 */
async function fillSubstringGrams(client: PoolClient): Promise<void> {
  const rows = await client.query<{
    id: string;
    statement: string;
    quote: string | null;
    speaker: string | null;
    speaker_role: string | null;
    relayed_by: string | null;
    tags: string[];
    source_text: string;
  }>(
    `SELECT f.id, f.statement, f.quote, f.speaker, f.speaker_role, f.relayed_by, f.tags,
       s.search_text AS source_text
     FROM facts f JOIN sources s ON s.id = f.source_id ORDER BY f.seq`,
  );
  const changed = rows.rows.filter((r) =>
    [r.statement, r.quote, r.speaker, r.speaker_role, r.relayed_by, r.source_text, ...r.tags].some(
      (text) => substringGrams(text) !== '',
    ),
  );
  await client.query('ALTER TABLE facts DISABLE TRIGGER facts_notify');
  for (let at = 0; at < changed.length; at += FILL_BATCH) {
    const batch = changed.slice(at, at + FILL_BATCH).map((r) => {
      const [a, b, c] = factSearchParts(r, r.tags);
      return { id: r.id, a, b, c, d: searchWords(r.source_text) };
    });
    await client.query(
      `UPDATE facts AS f SET search =
         setweight(to_tsvector('simple', v.a), 'A') || setweight(to_tsvector('simple', v.b), 'B') ||
         setweight(to_tsvector('simple', v.c), 'C') || setweight(to_tsvector('simple', v.d), 'D')
       FROM jsonb_to_recordset($1::jsonb) AS v(id text, a text, b text, c text, d text) WHERE f.id = v.id`,
      [JSON.stringify(batch)],
    );
  }
  await client.query('ALTER TABLE facts ENABLE TRIGGER facts_notify');
}

/** Whether the search index holds the filter columns (filtered-search-index.sql). */
export async function hasFilteredIndex(client: PoolClient | Pool): Promise<boolean> {
  const { rows } = await client.query<{ def: string | null }>(
    "SELECT indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'facts_search'",
  );
  return rows[0]?.def?.includes('speaker_fold gin_trgm_ops') ?? false;
}

/**
 * What follows applied migrations, outside their transaction (each statement its own): a migration's
 * fill rewrites rows, whose old versions VACUUM clears and whose new values ANALYZE counts, before the
 * search index is built (in the migrations' transaction it took every old version too: 333 MB against
 * 207 MB at a million facts, and slower searches until a REINDEX). Then the index, if a migration
 * dropped it or an earlier run could not make it (the extensions missing then): so each `briefing db
 * init` makes it as soon as it can, and nothing else builds it.
 */
export async function afterMigrations(client: PoolClient, applied: readonly number[]): Promise<void> {
  if (applied.length > 0) await client.query('VACUUM (ANALYZE) facts, sources');
  if (!(await hasFilteredIndex(client))) await client.query(filteredSearchIndex);
}

/** Ordered schema migrations of a team library; the table briefing_schema records the last applied. Append only. */
export const pgMigrations: readonly PgMigration[] = [
  { version: 1, name: '0001-team-library', sql: m0001 },
  { version: 2, name: '0002-portion-marks', sql: m0002 },
  { version: 3, name: '0003-exact-ranking', sql: m0003 },
  { version: 4, name: '0004-query-lists', sql: m0004 },
  { version: 5, name: '0005-fact-count', sql: m0005 },
  { version: 6, name: '0006-set-based-list-upkeep', sql: m0006 },
  { version: 7, name: '0007-volume-match-key', sql: m0007 },
  { version: 8, name: '0008-url-match-key', sql: m0008, fill: fillUrlKeys },
  { version: 9, name: '0009-filters-in-search-index', sql: m0009 },
  { version: 10, name: '0010-folded-speaker-and-outlet', sql: m0010, fill: fillFolded },
  { version: 11, name: '0011-substring-search', sql: m0011, fill: fillSubstringGrams },
];

/**
 * Announces a schema upgrade to every open app on the live channel (delivered at commit): each re-reads
 * the version and stops writing when it is newer than it knows. $1: the new version.
 */
export const SCHEMA_NOTIFY_SQL =
  "SELECT pg_notify('briefing_changes', json_build_object('kind', 'schema', 'version', $1::integer)::text)";

/** The schema version this build of the app writes. */
export const PG_SCHEMA_VERSION = pgMigrations.at(-1)?.version ?? 0;

/**
 * The schema version a team library is at (0: not initialised). Whether `briefing_schema` exists is
 * read from `pg_catalog`, which every role sees: `to_regclass` hides a table in a schema the role has
 * no USAGE on, which made a library this role may not read look like an empty database. A library that
 * exists but that this role may not read is refused with `teamNoAccess`.
 */
export async function pgSchemaVersion(client: PoolClient, where = 'this database'): Promise<number> {
  const found = await client.query<{ readable: boolean; role: string }>(
    `SELECT has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') AS readable,
            current_user AS role
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relname = 'briefing_schema' AND c.relkind IN ('r', 'p')
       AND (n.nspname = ANY (current_schemas(false)) OR n.nspname = 'public')
     ORDER BY n.nspname = 'public' LIMIT 1`,
  );
  const table = found.rows[0];
  if (!table) return 0;
  if (!table.readable) throw teamNoAccess(where, table.role);
  const row = await client.query<{ version: number }>('SELECT version FROM briefing_schema');
  return row.rows[0]?.version ?? 0;
}

/** What the owner does for a role without the analysts' grants (docs/team-library.md, step 4). */
const GRANTS_ADVICE =
  'Its owner gives analysts the grants of docs/team-library.md ("Setting one up", step 4: the analysts\' role), then connect again.';

/** The refusal for a role that may not read or write a team library that exists (insufficient privilege). */
export function teamNoAccess(where: string, role: string): AppError {
  return new AppError(
    'team_no_access',
    `The team library at ${where} exists, but the role "${role}" may not read or write it. ${GRANTS_ADVICE}`,
  );
}

/** The refusal for `db init` by a role that does not own the library. */
export function teamNotOwner(where: string, role: string): AppError {
  return new AppError(
    'team_no_access',
    `Only the team library's owner sets up or upgrades it; the role "${role}" at ${where} may not. Run briefing db init --db URL as its owner (docs/team-library.md, "Setting one up", step 3).`,
  );
}

/** The refusal for a team library written by a newer version of the app. */
export function pgTooNew(current: number, latest: number): AppError {
  return new AppError(
    'store_too_new',
    `This team library was set up by a newer version of Briefing Builder (schema ${current}; this version knows ${latest}). Update the app to use it.`,
  );
}

/**
 * Brings a team library's schema up to date: each migration in its own transaction with the version
 * bump, under a lock so two apps starting at once do not both migrate. A library from a newer version
 * is refused untouched. Returns the versions applied.
 */
export async function migratePg(
  client: PoolClient,
  migrations: readonly PgMigration[] = pgMigrations,
): Promise<number[]> {
  const latest = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('CREATE TABLE IF NOT EXISTS briefing_schema (version integer NOT NULL)');
    await client.query('LOCK TABLE briefing_schema IN EXCLUSIVE MODE');
    const rows = await client.query<{ version: number }>('SELECT version FROM briefing_schema');
    if (rows.rows.length === 0) await client.query('INSERT INTO briefing_schema (version) VALUES (0)');
    const current = rows.rows[0]?.version ?? 0;
    if (current > latest) throw pgTooNew(current, latest);
    for (const m of migrations) {
      if (m.version <= current) continue;
      await client.query('SAVEPOINT migration');
      await client.query(m.sql);
      await m.fill?.(client);
      await client.query('UPDATE briefing_schema SET version = $1', [m.version]);
      await client.query('RELEASE SAVEPOINT migration');
      applied.push(m.version);
    }
    // Apps already open learn of the new schema when this commits (live.ts), without polling.
    if (applied.length > 0) await client.query(SCHEMA_NOTIFY_SQL, [applied.at(-1)]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return applied;
}
