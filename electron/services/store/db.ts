import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../core/errors';
import type { StoreStatus } from '../../contract/api';
import { migrations as defaultMigrations, type Migration } from './migrations';
import { SYNC_CHECK_BYTES } from './integrity';
import { makePrivateDir, preparePrivateDatabase } from '../private-files';

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

/**
 * Maps SQLite's lock, read-only and damage errors to errors a user can act on (`status` says why the
 * store is read-only); anything else is returned unchanged.
 */
export function asStoreError(error: unknown, status?: StoreStatus): unknown {
  if (isBusyError(error)) return storeBusyError();
  if (isReadOnlyError(error))
    return new AppError(
      'store_read_only',
      `Nothing was changed: the store is open read-only. ${status?.message ?? ''}`.trim(),
    );
  if (isCorruptError(error))
    return new AppError(
      'store_damaged',
      `That part of the store is damaged and cannot be read. Restore a backup (Import & backup → Restore), or export what can still be read first.`,
    );
  return error;
}

/** True for SQLite's "the file is damaged or not a database" errors. */
export function isCorruptError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/** True for a write refused because the connection is read-only. */
export function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** Per-connection settings shared by the writer and read-only connections. */
function tune(db: Db): void {
  db.pragma('foreign_keys = ON');
  // Searches with filters look up many fact rows; a memory-mapped file and a 64 MB page cache keep a
  // store of a million facts from re-reading the same pages through read() calls.
  db.pragma('mmap_size = 1073741824');
  db.pragma('cache_size = -65536');
  // Statement journals (every insert into a table with triggers opens one) and sorts stay in memory
  // instead of spilling to temp files: halves the row-writing time of a large import.
  db.pragma('temp_store = MEMORY');
}

export const WRITABLE: StoreStatus = { isReadOnly: false, reason: 'ok', message: '' };

/**
 * What a look at an existing store file found, through a read-only connection (nothing is written).
 * `isCheckDeferred`: the store is too big to read whole before opening; its check runs in the background.
 */
function inspect(
  file: string,
  latest: number,
  syncCheckBytes: number,
): StoreStatus & { isCheckDeferred?: boolean } {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const version = schemaVersion(probe);
    if (version > latest)
      return {
        isReadOnly: true,
        reason: 'too-new',
        message: `This store was written by a newer version of Briefing Builder (schema ${version}; this version knows ${latest}). It is open read-only and left exactly as it is: update the app to work in it.`,
      };
    if (sizeOf(file) + sizeOf(`${file}-wal`) > syncCheckBytes) return { ...WRITABLE, isCheckDeferred: true };
    // quick_check reads every page but skips the costly index cross-checks of integrity_check.
    const check = probe.pragma('quick_check(5)', { simple: true });
    if (check !== 'ok') return damaged(String(check));
    return WRITABLE;
  } catch (error) {
    if (isCorruptError(error)) return damaged((error as Error).message);
    throw asStoreError(error);
  } finally {
    probe?.close();
  }
}

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

export const damaged = (detail: string): StoreStatus => ({
  isReadOnly: true,
  reason: 'damaged',
  message: `The store is damaged (SQLite's check says: ${detail
    .replace(/\*\*\* in database main \*\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(
      0,
      200,
    )}). It is open read-only so nothing more is lost: restore a backup (Import & backup → Restore; the automatic backups are in the data folder's "backups" folder), or export what can still be read first.`,
});

/**
 * Opens the store for this process. A store that fails its integrity check, or was written by a newer
 * version, is opened read-only and left byte for byte as it is (a read-write open would fold its WAL in
 * on close); `readOnlyBecause` opens it read-only for a reader beside another process's writer.
 */
export function openStore(
  file: string,
  readOnlyBecause?: StoreStatus,
  migrations: readonly Migration[] = defaultMigrations,
  syncCheckBytes = SYNC_CHECK_BYTES,
): { db: Db; status: StoreStatus; isCheckDeferred: boolean } {
  const latest = migrations.at(-1)?.version ?? 0;
  const exists = file !== ':memory:' && existsSync(file) && statSync(file).size > 0;
  const inspected: StoreStatus & { isCheckDeferred?: boolean } = exists
    ? inspect(file, latest, syncCheckBytes)
    : WRITABLE;
  const { isCheckDeferred = false, ...found } = inspected;
  const status = found.isReadOnly ? found : (readOnlyBecause ?? WRITABLE);
  if (!status.isReadOnly) return { db: openDatabase(file, migrations), status, isCheckDeferred };
  if (!exists) throw new AppError('not_found', `There is no store at ${file} yet. ${status.message}`.trim());
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    tune(db);
  } catch (error) {
    // A damaged header can fail even these; the connection still answers what it can.
    if (!isCorruptError(error)) throw error;
  }
  const version = schemaVersion(db);
  if ((status.reason === 'in-use' || status.reason === 'read-only') && version < latest) {
    db.close();
    throw new AppError(
      'store_outdated',
      status.reason === 'read-only'
        ? `The store is from an older version of the app (schema ${version}; this one reads ${latest}): opened only to read, it is not upgraded.`
        : `The store needs an upgrade to this version, which only its writer may do. ${status.message}`,
    );
  }
  return { db, status, isCheckDeferred: false };
}

/**
 * Opens (creating if needed) the store and brings its schema up to date. Each migration runs in its
 * own transaction together with the `user_version` bump, so a crash leaves the store at a whole version.
 * A store written by a newer version of the app is refused rather than misread.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = defaultMigrations): Db {
  if (file !== ':memory:') {
    makePrivateDir(dirname(file));
    preparePrivateDatabase(file);
  }
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // Refuse a newer store before touching it: switching to WAL rewrites the file header.
    refuseNewer(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    tune(db);
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
