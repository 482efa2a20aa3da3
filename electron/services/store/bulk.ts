import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { FactInput } from '../../core/schemas';
import { SOURCE_COLUMNS, type SourceRow, type Store } from './store';
import { partialDateBounds } from '../../core/partial-date';
import m0005 from './migrations/0005-csl-items.sql';
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
  'search_rank_fact_insert',
  'search_rank_tag_insert',
];

/** Drops the search index's insert triggers (inside the caller's transaction); returns their SQL. */
function dropInsertTriggers(store: Store): string[] {
  const found = store.db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INSERT_TRIGGERS.map(() => '?').join(', ')})`,
    )
    .all(...INSERT_TRIGGERS) as Array<{ name: string; sql: string }>;
  for (const t of found) store.db.exec(`DROP TRIGGER ${t.name}`);
  return found.map((t) => t.sql);
}

/**
 * Inserts many already-validated facts in one transaction and returns their new ids, in order.
 * Nothing is written if any fact is refused (an unknown source, a constraint).
 *
 * The per-row search-index triggers are switched off inside the transaction and the new rows are indexed
 * with one statement at the end (see search_index_control in 0003-search.sql); the switch is back on
 * before the commit, so the store is never seen, or left, with unindexed facts. A large batch drops the
 * two insert triggers instead (a trigger switched off still costs each row its program and its WHEN
 * query: half the time of a 200,000-fact insert) and creates them again, from their own stored SQL,
 * before the same transaction commits: a failure or a crash rolls the drop back with the rows.
 */
export function insertFacts(store: Store, facts: readonly ParsedFact[]): string[] {
  const { db } = store;
  const knownSource = db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck();
  const insertTag = db.prepare('INSERT OR IGNORE INTO fact_tags (fact_id, tag) VALUES (?, ?)');
  const insertFact = db.prepare(
    `INSERT INTO facts (id, source_id, statement, quote, speaker, speaker_role, relayed_by, event_date,
       event_start, event_end, locator, credibility, status, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const setDeferred = db.prepare('UPDATE search_index_control SET deferred = ? WHERE id = 1');
  const checked = new Set<string>();
  const ids: string[] = [];
  // Random UUID keys and the index's segments touch pages all over the file; a larger page cache for the
  // length of the import keeps them from being written out and read back many times.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  if (facts.length > 1000) db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  try {
    db.transaction(() => {
      const lastRowid = db.prepare('SELECT coalesce(max(rowid), 0) FROM facts').pluck().get() as number;
      setDeferred.run(1);
      const triggers = facts.length >= TRIGGERLESS_FACTS ? dropInsertTriggers(store) : [];
      const t = new Date().toISOString();
      const newIds = uuidV7Batch(facts.length);
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
        const bounds = f.eventDate === undefined ? undefined : partialDateBounds(f.eventDate);
        insertFact.run(
          id,
          f.sourceId,
          f.statement,
          f.quote ?? null,
          f.speaker ?? null,
          f.speakerRole ?? null,
          f.relayedBy ?? null,
          f.eventDate ?? null,
          bounds?.start ?? null,
          bounds?.end ?? null,
          f.locator ?? null,
          f.credibility,
          f.status,
          t,
          t,
          store.actor,
          store.actor,
        );
        for (const tag of f.tags) insertTag.run(id, tag);
        ids.push(id);
      });
      db.prepare(INDEX_NEW_FACTS).run(lastRowid);
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
