import Database from 'better-sqlite3';
import { readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../core/errors';
import { makePrivateDir } from '../private-files';

/**
 * One writer per data folder. The lock is an exclusive SQLite lock (a POSIX `fcntl` lock on Unix,
 * `LockFileEx` on Windows) on `briefing.lock`, held by a connection kept open for the life of the
 * process: the operating system drops it when the process ends, however it ends (SIGKILL, a crash, a
 * power cut), so a stale lock never blocks. better-sqlite3 is already there, so this needs no native
 * addon of its own.
 */
export const LOCK_FILE = 'briefing.lock';
/** Who holds the lock, written by the holder once it has it (the lock itself cannot be read while held). */
export const HOLDER_FILE = 'briefing.lock.json';

export interface LockHolder {
  pid: number;
  /** What holds it, in words: "the desktop app", "browser mode (briefing serve)", "briefing import". */
  command: string;
  startedAt: string;
  host: string;
}

export interface WriterLock {
  readonly dataDir: string;
  release(): void;
}

interface Held {
  db: Database.Database;
  count: number;
}

/**
 * Locks held by this process, by folder. SQLite's locks are per process on Unix (a second connection of
 * the same process would only see SQLITE_BUSY from SQLite's own bookkeeping), and several Services of one
 * process (tests, the CLI's nested calls) are one writer: they share the lock and count references.
 */
const held = new Map<string, Held>();

const folderKey = (dataDir: string) => {
  makePrivateDir(dataDir);
  return realpathSync(dataDir);
};

/** The holder recorded in `dataDir`, if any and readable. */
export function readLockHolder(dataDir: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.command !== 'string') return undefined;
    return {
      pid: parsed.pid,
      command: parsed.command,
      startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '',
      host: typeof parsed.host === 'string' ? parsed.host : '',
    };
  } catch {
    return undefined;
  }
}

/** "browser mode (briefing serve), process 1234, since 09:15" — or a plain phrase when unknown. */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'another Briefing Builder process';
  const since = holder.startedAt ? `, since ${holder.startedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  return `${holder.command} (process ${holder.pid}${since})`;
}

/** The error of a folder some other process writes to. */
export function storeInUseError(dataDir: string, holder: LockHolder | undefined, advice: string): AppError {
  return new AppError(
    'store_in_use',
    `The store in ${dataDir} is in use by ${describeHolder(holder)}. ${advice}`.trim(),
  );
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * Takes the writer lock of `dataDir`, or answers the current holder when another process has it.
 * Never waits: a second writer is told at once.
 */
export function tryWriterLock(
  dataDir: string,
  command: string,
): { lock: WriterLock } | { holder: LockHolder | undefined } {
  const key = folderKey(dataDir);
  const mine = held.get(key);
  if (mine) {
    mine.count += 1;
    return { lock: handle(key, mine) };
  }
  const db = new Database(join(key, LOCK_FILE), { timeout: 0 });
  try {
    // The lock database holds nothing; no journal file is needed to keep it consistent.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    // A write in exclusive locking mode keeps the EXCLUSIVE lock after COMMIT, until the connection closes.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS writer (x); COMMIT');
  } catch (error) {
    db.close();
    if (isBusy(error)) return { holder: readLockHolder(key) };
    throw new AppError(
      'lock_failed',
      `Could not lock the store folder ${dataDir}: ${(error as Error).message}`,
    );
  }
  const entry: Held = { db, count: 1 };
  held.set(key, entry);
  writeHolder(key, command);
  return { lock: handle(key, entry) };
}

/** Takes the writer lock or throws `store_in_use` naming the holder, followed by `advice`. */
export function acquireWriterLock(dataDir: string, command: string, advice = ''): WriterLock {
  const result = tryWriterLock(dataDir, command);
  if ('lock' in result) return result.lock;
  throw storeInUseError(dataDir, result.holder, advice);
}

function writeHolder(key: string, command: string): void {
  const holder: LockHolder = {
    pid: process.pid,
    command,
    startedAt: new Date().toISOString(),
    host: hostname(),
  };
  const tmp = join(key, `.${HOLDER_FILE}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, `${JSON.stringify(holder)}\n`);
    renameSync(tmp, join(key, HOLDER_FILE));
  } catch {
    // Only the refusal message of a second process uses it; the lock holds without it.
    rmSync(tmp, { force: true });
  }
}

function handle(key: string, entry: Held): WriterLock {
  let isReleased = false;
  return {
    dataDir: key,
    release() {
      if (isReleased) return;
      isReleased = true;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(key);
      // The holder file goes first: once the lock is free, a new holder may write its own.
      rmSync(join(key, HOLDER_FILE), { force: true });
      entry.db.close();
    },
  };
}
