import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../core/errors';
import { migrations as defaultMigrations, type Migration } from './migrations';

export type Db = Database.Database;

/** How long a statement waits for another process's write lock before giving up (busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;

/** True for SQLite's "database is locked" family (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED…). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** The readable error for a store another process holds locked longer than the busy timeout. */
export function storeBusyError(): AppError {
  return new AppError(
    'store_busy',
    `The store is in use by another Briefing Builder process (the app or a CLI command) and stayed locked for ${BUSY_TIMEOUT_MS / 1000} s. Try again when it has finished.`,
  );
}

/** Maps SQLite lock errors to {@link storeBusyError}; anything else is returned unchanged. */
export function asStoreError(error: unknown): unknown {
  return isBusyError(error) ? storeBusyError() : error;
}

/**
 * Opens (creating if needed) the store and brings its schema up to date. Each migration runs in its
 * own transaction together with the `user_version` bump, so a crash leaves the store at a whole version.
 * A store written by a newer version of the app is refused rather than misread.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = defaultMigrations): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // Refuse a newer store before touching it: switching to WAL rewrites the file header.
    refuseNewer(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Searches with filters look up many fact rows; a memory-mapped file and a 64 MB page cache keep a
    // store of a million facts from re-reading the same pages through read() calls.
    db.pragma('mmap_size = 1073741824');
    db.pragma('cache_size = -65536');
    // Statement journals (every insert into a table with triggers opens one) and sorts stay in memory
    // instead of spilling to temp files: halves the row-writing time of a large import.
    db.pragma('temp_store = MEMORY');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw asStoreError(error);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws when the store was written by a newer version of the app than these migrations know. */
function refuseNewer(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'store_too_new',
      `This store was written by a newer version of Briefing Builder (schema ${current}; this version knows ${latest}). Update the app to open it.`,
    );
  }
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  refuseNewer(db, migrations);
  const current = schemaVersion(db);
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
