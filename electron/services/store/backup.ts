import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../core/errors';
import type { Db } from './db';
import { migrations } from './migrations';
import type { Store } from './store';

/** Copies the live store to `path` with SQLite's online backup (consistent while in use). */
export async function backupStore(db: Db, path: string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.part`;
  try {
    await db.backup(tmp);
    // A half-written backup must never carry the final name.
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new AppError('backup_failed', `Could not write the backup to ${path}: ${(error as Error).message}`);
  }
}

const TABLES = ['sources', 'facts', 'briefings'];

/** Throws a readable AppError unless `file` is an intact Briefing Builder store this version can open. */
export function verifyStoreFile(file: string): void {
  const refuse = (why: string) =>
    new AppError(
      'invalid_backup',
      `This file is not a Briefing Builder backup this app can restore: ${why}.`,
    );
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw refuse(`SQLite reports it damaged (${String(check)})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (version < 1) throw refuse('it has no Briefing Builder schema');
    if (version > latest)
      throw refuse(
        `it was written by a newer version of the app (schema ${version}; this one knows ${latest})`,
      );
    const names = new Set(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
    );
    const missing = TABLES.filter((t) => !names.has(t));
    if (missing.length > 0) throw refuse(`it lacks the ${missing.join(', ')} table(s)`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse((error as Error).message.replace(/\.$/, ''));
  } finally {
    db?.close();
  }
}

const removeWithSidecars = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
};

/**
 * Replaces the store's file with the backup `bytes`. The bytes are checked first (an intact SQLite
 * store of ours, not newer than this app); anything else is refused and the store is left as it was.
 * The current store is kept next to it as `briefing.sqlite.before-restore`.
 */
export function restoreStore(store: Store, bytes: Uint8Array): void {
  const file = store.file;
  const dir = dirname(file);
  const incoming = join(dir, `.restore-${randomBytes(6).toString('hex')}.sqlite`);
  const kept = `${file}.before-restore`;
  writeFileSync(incoming, bytes);
  try {
    verifyStoreFile(incoming);
  } catch (error) {
    removeWithSidecars(incoming);
    throw error;
  }
  // Fold the WAL into the main file so the kept copy is complete on its own.
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.replaceFiles(
    () => {
      removeWithSidecars(kept);
      renameSync(file, kept);
      // A -wal or -shm left beside the old file would be replayed into the restored one: remove them.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
      for (const suffix of ['-wal', '-shm']) rmSync(`${incoming}${suffix}`, { force: true });
      renameSync(incoming, file);
    },
    () => {
      if (existsSync(kept)) {
        removeWithSidecars(file);
        renameSync(kept, file);
      }
      removeWithSidecars(incoming);
    },
  );
}
