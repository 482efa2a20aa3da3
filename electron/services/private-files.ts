import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * A store holds an analyst's facts, sources and drafts, some of them marked: its files are the user's
 * alone, whatever the umask (SQLite creates files 0644, so on a shared machine every other account could
 * read them). Folders the app creates for them are 0700, the files 0600. On Windows the modes are ignored
 * (the profile folder's ACL already is the user's).
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and any missing parents) readable by its owner only; an existing folder is left as it is. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Narrows an existing file that others may read or write to its owner only (a store made before this).
 * A file of another account (a store in a folder shared on purpose) is left as it is: only its owner
 * may change its mode, and opening it must not fail for that.
 */
export function keepPrivate(file: string): void {
  if (process.platform === 'win32' || !existsSync(file)) return;
  const { mode, uid } = statSync(file);
  if ((mode & 0o077) === 0 || (process.getuid && uid !== process.getuid())) return;
  chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Makes sure the SQLite database `file` exists with owner-only access before SQLite opens it: SQLite then
 * gives its WAL and shared-memory files the database's own mode. A store from before is narrowed.
 */
export function preparePrivateDatabase(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const suffix of ['', '-wal', '-shm', '-journal']) keepPrivate(`${file}${suffix}`);
}
