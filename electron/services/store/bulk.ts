import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { FactInput } from '../../core/schemas';
import { FACT_COLUMNS, factRow, SOURCE_COLUMNS, type SourceRow, type Store } from './store';
import m0005 from './migrations/0005-csl-items.sql';
import m0015 from './migrations/0015-substring-search.sql';
import { statementAfter } from './migrations';
import { syncRankIndex } from '../search/exact-rank';

/** A fact as `FactInput.parse` returns it: validated, defaults applied. */
export type ParsedFact = ReturnType<typeof FactInput.parse>;

/** Page cache during a large import, in KiB (negative: SQLite's unit for a size rather than pages). */
const BULK_CACHE_KIB = -256 * 1024;

/**
 * The search-index rows of every fact, as the latest migration that rebuilt the index (0005-csl-items)
 * computed them for the facts a store held (its triggers compute the same row for each new fact). Taken
 * from the migration's own text, so that the two cannot drift apart; migrations are never edited
 * (stores that ran them keep what they did).
 */
export const INDEX_ALL_FACTS = statementAfter(m0005, '-- Index the facts a store already holds.');

/** The substring index's rows of every fact, as 0015-substring-search indexed a store's facts. */
export const INDEX_ALL_FACTS_TRGM = statementAfter(m0015, '-- Index the facts a store already holds.');

/** The substring index's rows of the facts above a rowid (facts_trgm_rows names the rowid `fact`). */
const INDEX_NEW_FACTS_TRGM = `${INDEX_ALL_FACTS_TRGM} WHERE fact > ?`;

/** The search-index rows of the facts above a rowid: those a bulk insert added. */
const INDEX_NEW_FACTS = `${INDEX_ALL_FACTS}
WHERE f.rowid > ?
ORDER BY f.rowid`;

/**
 * Time-ordered UUIDs (version 7: 48-bit milliseconds, then a 12-bit sequence, then random bits) for a
 * batch. Random version-4 ids land all over the facts and fact_tags key indexes, so a million-row import
 * spends its time reading and rewriting pages; ordered ids append at the right edge. Ids stay opaque
 * strings: the app mixes them with the version-4 ids of single inserts.
 */
export function uuidV7Batch(count: number): string[] {
  const next = uuidV7Sequence();
  return Array.from({ length: count }, next);
}

/** `uuidV7Batch` one id at a time, for a caller that does not know the count up front. */
export function uuidV7Sequence(): () => string {
  let ms = Date.now();
  let seq = 0;
  let random = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (seq > 0xfff) {
      ms += 1;
      seq = 0;
    }
    if (at >= random.length) {
      random = randomBytes(8 * 1024);
      at = 0;
    }
    const r = random.subarray(at, at + 8);
    at += 8;
    const hex =
      ms.toString(16).padStart(12, '0') +
      (0x7000 | seq).toString(16) +
      ((0x80 | (r[0]! & 0x3f)).toString(16) + r.subarray(1).toString('hex'));
    seq += 1;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  };
}

/** A source row as an import plans it: complete but for when it is written and by whom. */
export type PlannedSourceRow = Omit<SourceRow, 'created_at' | 'updated_at'>;

/**
 * Writes source rows an import planned (ids, items and derived columns all computed), one call a row,
 * in the caller's transaction, with one prepared statement.
 */
export function sourceRowWriter(store: Store): (row: PlannedSourceRow) => void {
  const columns = [...SOURCE_COLUMNS, 'created_by', 'updated_by'] as const;
  const insert = store.db.prepare(
    `INSERT INTO sources (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const t = new Date().toISOString();
  const actor = store.actor;
  return (r) =>
    insert.run(
      columns.map((c) => {
        if (c === 'created_at' || c === 'updated_at') return t;
        if (c === 'created_by' || c === 'updated_by') return actor;
        if (c === 'captured_at') return r.text ? t : null;
        return r[c];
      }),
    );
}

/** Batches at least this large are written with the search index's insert triggers dropped. */
const TRIGGERLESS_FACTS = 1000;
const INSERT_TRIGGERS = [
  'facts_fts_insert',
  'fact_tags_fts_insert',
  'facts_trgm_insert',
  'fact_tags_trgm_insert',
  'search_rank_fact_insert',
  'search_rank_tag_insert',
];
/**
 * Batches at least this large, and at least as large as the facts already stored, are written with the
 * facts' and tags' secondary indexes dropped, which are built again (sorted, in one pass) at the end:
 * cheaper than growing them row by row once the batch is most of the table.
 */
const INDEXLESS_FACTS = 10_000;
/** Rows a multi-row INSERT writes at once (18 values a fact; SQLite allows 32,766 values a statement). */
const FACTS_PER_INSERT = 64;
const TAGS_PER_INSERT = 128;
const TAG_VALUES = 2 * TAGS_PER_INSERT;
/** Facts between two calls of an insert's progress listener. */
const PROGRESS_EVERY_FACTS = 2048;

/** A fact row's columns as the store writes them, and who made it. */
const BULK_FACT_COLUMNS = [...FACT_COLUMNS, 'created_by', 'updated_by'] as const;

/** Drops the schema objects named (inside the caller's transaction); returns their SQL to make them again. */
function dropSchemaObjects(
  store: Store,
  type: 'trigger' | 'index',
  where: string,
  ...args: string[]
): string[] {
  const found = store.db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND ${where}`)
    .all(type, ...args) as Array<{ name: string; sql: string }>;
  for (const o of found) store.db.exec(`DROP ${type.toUpperCase()} "${o.name}"`);
  return found.map((o) => o.sql);
}

/** `INSERT INTO table (columns) VALUES (…), (…), …` for `rows` rows. */
const insertRows = (table: string, columns: readonly string[], rows: number, or = '') =>
  `INSERT ${or}INTO ${table} (${columns.join(', ')}) VALUES ${Array.from(
    { length: rows },
    () => `(${columns.map(() => '?').join(', ')})`,
  ).join(', ')}`;

/**
 * Inserts many already-validated facts in one transaction and returns their new ids, in order.
 * Nothing is written if any fact is refused (an unknown source, a constraint). `onProgress` hears how
 * many are written, every couple of thousand.
 *
 * The per-row search-index triggers are switched off inside the transaction and the new rows are indexed
 * with one statement at the end (see search_index_control in 0003-search.sql); the switch is back on
 * before the commit, so the store is never seen, or left, with unindexed facts. A large batch drops the
 * two insert triggers instead (a trigger switched off still costs each row its program and its WHEN
 * query: half the time of a 200,000-fact insert) and creates them again, from their own stored SQL,
 * before the same transaction commits: a failure or a crash rolls the drop back with the rows. A batch
 * that is most of the table drops the secondary indexes of facts and tags the same way. Rows go in by
 * many at a statement (a statement's run costs as much again as the row it writes).
 */
export function insertFacts(
  store: Store,
  facts: readonly ParsedFact[],
  onProgress?: (done: number, total: number) => void,
): string[] {
  const { db } = store;
  const knownSource = db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck();
  const setDeferred = db.prepare('UPDATE search_index_control SET deferred = ? WHERE id = 1');
  const insertOne = db.prepare(insertRows('facts', BULK_FACT_COLUMNS, 1));
  const insertMany = db.prepare(insertRows('facts', BULK_FACT_COLUMNS, FACTS_PER_INSERT));
  const tagOne = db.prepare(insertRows('fact_tags', ['fact_id', 'tag'], 1, 'OR IGNORE '));
  const tagMany = db.prepare(insertRows('fact_tags', ['fact_id', 'tag'], TAGS_PER_INSERT, 'OR IGNORE '));
  const checked = new Set<string>();
  const ids: string[] = [];
  // Random UUID keys and the index's segments touch pages all over the file; a larger page cache for the
  // length of the import keeps them from being written out and read back many times.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (facts.length > 1000) db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  try {
    db.transaction(() => {
      const lastRowid = db.prepare('SELECT coalesce(max(rowid), 0) FROM facts').pluck().get() as number;
      const stored = db.prepare('SELECT count(*) FROM facts').pluck().get() as number;
      setDeferred.run(1);
      const triggers =
        facts.length >= TRIGGERLESS_FACTS
          ? dropSchemaObjects(
              store,
              'trigger',
              `name IN (${INSERT_TRIGGERS.map(() => '?').join(', ')})`,
              ...INSERT_TRIGGERS,
            )
          : [];
      const indexes =
        facts.length >= INDEXLESS_FACTS && facts.length >= stored
          ? dropSchemaObjects(store, 'index', "tbl_name IN ('facts', 'fact_tags')")
          : [];
      const t = new Date().toISOString();
      const newIds = uuidV7Batch(facts.length);
      let values: unknown[] = [];
      let tags: unknown[] = [];
      facts.forEach((f, i) => {
        if (!checked.has(f.sourceId)) {
          if (!knownSource.get(f.sourceId)) {
            throw new AppError(
              'unknown_source',
              `Fact ${i + 1} names a source that does not exist (${f.sourceId}). Nothing was imported.`,
              `${i}.sourceId`,
            );
          }
          checked.add(f.sourceId);
        }
        const id = newIds[i]!;
        const row = factRow(f, id, t, t);
        for (const c of FACT_COLUMNS) values.push(row[c]);
        values.push(store.actor, store.actor);
        for (const tag of f.tags) tags.push(id, tag);
        if (values.length === BULK_FACT_COLUMNS.length * FACTS_PER_INSERT) {
          insertMany.run(values);
          values = [];
          // Tags go in once their facts are in (their key refers to the fact).
          let k = 0;
          for (; k + TAG_VALUES <= tags.length; k += TAG_VALUES) tagMany.run(tags.slice(k, k + TAG_VALUES));
          tags = tags.slice(k);
        }
        ids.push(id);
        if (onProgress && (i + 1) % PROGRESS_EVERY_FACTS === 0) onProgress(i + 1, facts.length);
      });
      for (let k = 0; k < values.length; k += BULK_FACT_COLUMNS.length)
        insertOne.run(values.slice(k, k + BULK_FACT_COLUMNS.length));
      let k = 0;
      for (; k + TAG_VALUES <= tags.length; k += TAG_VALUES) tagMany.run(tags.slice(k, k + TAG_VALUES));
      for (; k < tags.length; k += 2) tagOne.run(tags[k], tags[k + 1]);
      onProgress?.(facts.length, facts.length);
      for (const sql of indexes) db.exec(sql);
      db.prepare(INDEX_NEW_FACTS).run(lastRowid);
      db.prepare(INDEX_NEW_FACTS_TRGM).run(lastRowid);
      // What the dropped search_rank_fact_insert trigger would have recorded; then the side lists of
      // exact ranking take the new facts in, in this transaction (exact-rank.ts).
      if (triggers.length > 0)
        db.prepare(
          'INSERT OR IGNORE INTO search_rank_dirty (fact, old) SELECT rowid, NULL FROM facts WHERE rowid > ?',
        ).run(lastRowid);
      syncRankIndex(db);
      for (const sql of triggers) db.exec(sql);
      setDeferred.run(0);
    }).immediate();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return ids;
}
