import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../core/errors';
import type { BackupContents } from '../../contract/api';
import type { Db } from './db';
import { keepPrivate } from '../private-files';
import { faultPoint, fsyncDir } from './durable';
import { migrations } from './migrations';
import { addTemplatesToBackup } from './backup-templates';

/**
 * Copies the live store to `file` with SQLite's online backup (consistent while in use), then adds the
 * user's own templates from `templatesDir` to the copy (see backup-templates.ts). The copy is the
 * caller's temporary file: it is not renamed here.
 */
export async function copyStoreWithTemplates(
  db: Db,
  file: string,
  templatesDir: string,
  point = 'backup',
): Promise<void> {
  // SQLite's backup ends by syncing the copy to disk.
  await db.backup(file);
  // A copy of the whole store: as private as the store itself.
  keepPrivate(file);
  faultPoint(`${point}:copied`);
  addTemplatesToBackup(file, templatesDir);
  faultPoint(`${point}:templates-added`);
}

/**
 * Copies the live store and the user's templates (`templatesDir`) to `path` (see
 * {@link copyStoreWithTemplates}). The copy is made under a temporary name beside `path`, flushed, and
 * renamed: a backup killed part-way leaves at most that temporary file (and its journal), never a
 * half-written one under the final name.
 */
export async function backupStore(db: Db, path: string, templatesDir: string): Promise<void> {
  removeDeadPartials(path);
  // The process id in the name lets the next backup to this place tell a dead copy from a live one.
  const tmp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.part`;
  try {
    await copyStoreWithTemplates(db, tmp, templatesDir);
    renameSync(tmp, path);
    faultPoint('backup:renamed');
    fsyncDir(dirname(path));
  } catch (error) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw new AppError('backup_failed', `Could not write the backup to ${path}: ${(error as Error).message}`);
  }
}

/** True while a process with this id runs (a process of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary copies beside `path` that a killed backup to the same place left behind (named
 * `<file>.<pid>-<random>.part`, and its journal, their process gone). Copies of a backup still running are left alone.
 */
function removeDeadPartials(path: string): void {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // The folder does not exist: the backup itself will say so.
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)-[0-9a-f]{12}\.part(?:-journal)?$/.exec(name.slice(prefix.length))?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(dirname(path), name), { force: true });
  }
}

const TABLES = ['sources', 'facts', 'briefings'];

/**
 * Throws a readable AppError unless `file` is an intact Briefing Builder store this version can open;
 * returns what it holds, for the question a restore asks before it replaces anything.
 */
export function verifyStoreFile(file: string): BackupContents {
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
    if (missing.length > 0)
      throw refuse(`it lacks the ${missing.join(', ')} ${missing.length === 1 ? 'table' : 'tables'}`);
    const count = (table: string) => db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    // The newest change to anything in it; a table of an older schema may lack the column.
    const columns = (table: string) =>
      new Set((db!.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name));
    const lastChange =
      TABLES.filter((t) => columns(t).has('updated_at'))
        .map((t) => db!.prepare(`SELECT max(updated_at) FROM ${t}`).pluck().get() as string | null)
        .filter((t): t is string => Boolean(t))
        .sort()
        .at(-1) ?? null;
    return {
      sources: count('sources'),
      facts: count('facts'),
      briefings: count('briefings'),
      ...(lastChange ? { lastChange } : {}),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = (error as Error).message.replace(/\.$/, '');
    // SQLite's words for a file of another kind (a CSV, a document) say nothing of what to do.
    throw refuse(
      /file is not a database|file is encrypted/i.test(message)
        ? 'it is not a database file (a backup is the .sqlite file that “Back up the whole store” or “briefing backup” makes)'
        : /malformed|disk image|corrupt/i.test(message)
          ? `the file is damaged or cut short (a copy that did not finish?); try another backup, such as one of the automatic ones (SQLite: ${message})`
          : message,
    );
  } finally {
    db?.close();
  }
}
