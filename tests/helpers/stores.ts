import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, openSync, closeSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { importFacts } from '../../electron/services/import/facts';
import { writeBigFactsCsv } from './big-csv';
import { freshServices, tempDir } from './fixtures';

/** sha256 of each of a store's files that exists (main file, WAL, rollback journal), by suffix. */
export function storeDigests(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const suffix of ['', '-wal', '-journal']) {
    const path = `${file}${suffix}`;
    if (existsSync(path))
      out[suffix || 'main'] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** A data folder whose store holds `rows` generated facts, closed cleanly (WAL folded in). */
export function storeWithFacts(rows: number, dir = tempDir('briefing-store-')): string {
  const csv = join(dir, 'facts.csv');
  writeBigFactsCsv(csv, rows);
  const services = freshServices(dir);
  importFacts(services.store, 'csv', readFileSync(csv, 'utf8'));
  services.close();
  return dir;
}

/**
 * A copy of the store in `fromDir` taken while a connection still had changes in its WAL (as after a
 * crash): the new folder has `briefing.sqlite` and a non-empty `briefing.sqlite-wal`. `change` runs on
 * that connection before the copy.
 */
export function storeWithPendingWal(fromDir: string, change: (db: Database.Database) => void): string {
  const source = join(fromDir, 'briefing.sqlite');
  const db = new Database(source);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  change(db);
  const dir = tempDir('briefing-walcopy-');
  copyFileSync(source, join(dir, 'briefing.sqlite'));
  copyFileSync(`${source}-wal`, join(dir, 'briefing.sqlite-wal'));
  db.close();
  return dir;
}

/** Overwrites page `page` (1-based) of a SQLite file with a byte pattern no b-tree page has. */
export function damagePage(file: string, page: number, pageSize = 4096): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
