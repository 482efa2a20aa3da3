import { notImplemented } from '../not-implemented';
import type { Db } from './db';

/** Copies the live store to `path` with SQLite's online backup (consistent while in use). */
export async function backupStore(_db: Db, _path: string): Promise<void> {
  notImplemented('Backup');
}
