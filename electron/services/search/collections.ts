import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import { FactQuery, type Collection } from '../../contract/api';
import type { Db } from '../store/db';
import type { ParsedFactQuery } from './search';

interface CollectionRow {
  id: string;
  name: string;
  query_json: string;
  created_at: string;
}

/**
 * A stored row as a collection. The query is parsed again, so a search saved by an older version of the
 * app picks up new defaults; one that no longer parses is shown as an empty search rather than hiding
 * the whole list.
 */
function toCollection(r: CollectionRow): Collection {
  const parsed = FactQuery.safeParse(JSON.parse(r.query_json));
  return {
    id: r.id,
    name: r.name,
    query: parsed.success ? parsed.data : FactQuery.parse({}),
    createdAt: r.created_at,
  };
}

/** Saved searches, by name. */
export function listCollections(db: Db): Collection[] {
  const rows = db
    .prepare('SELECT * FROM collections ORDER BY name COLLATE NOCASE, created_at')
    .all() as CollectionRow[];
  return rows.map(toCollection);
}

/** Saves a search under a name; paging is not part of a saved search. */
export function saveCollection(db: Db, name: string, query: ParsedFactQuery): Collection {
  const trimmed = name.trim();
  if (trimmed === '') throw new AppError('invalid_input', 'Name is required.', 'name');
  const row: CollectionRow = {
    id: randomUUID(),
    name: trimmed,
    query_json: JSON.stringify(FactQuery.parse({ ...query, offset: 0 })),
    created_at: new Date().toISOString(),
  };
  db.prepare(
    'INSERT INTO collections (id, name, query_json, created_at) VALUES (@id, @name, @query_json, @created_at)',
  ).run(row);
  return toCollection(row);
}

export function deleteCollection(db: Db, id: string): void {
  const result = db.prepare('DELETE FROM collections WHERE id = ?').run(id);
  if (result.changes === 0)
    throw new AppError('not_found', 'That saved search does not exist (it may have been deleted).', 'id');
}
