import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AutoBackups } from '../../contract/api';
import { backupStore } from './backup';
import { userTemplatesDir } from './backup-templates';
import type { Db } from './db';
import { linkOrCopy } from './durable';
import { makePrivateDir } from '../private-files';

/**
 * Rolling automatic backups in `<data>/backups/`: one SQLite online backup a day (`daily-YYYY-MM-DD`),
 * the first of each ISO week kept as `weekly-YYYY-Www` (a hard link: no extra space); the newest 7 daily
 * and 4 weekly are kept. A user who never pressed Backup still has yesterday, and last month.
 */
export const BACKUPS_DIR = 'backups';
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

/** ISO 8601 week of `date` (UTC), as `2026-W49`. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  // The Thursday of this week decides the year the week belongs to.
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const DAILY = /^daily-\d{4}-\d{2}-\d{2}\.sqlite$/;
const WEEKLY = /^weekly-\d{4}-W\d{2}\.sqlite$/;

/** Makes today's backup (and this week's) unless there already is one, then drops the oldest beyond the limits. */
export async function runAutoBackup(db: Db, dataDir: string, now = new Date()): Promise<void> {
  const dir = join(dataDir, BACKUPS_DIR);
  makePrivateDir(dir);
  // A backup cut off by a crash left only its temporary file.
  for (const name of readdirSync(dir))
    if (/\.part(-journal)?$/.test(name)) rmSync(join(dir, name), { force: true });
  const daily = join(dir, `daily-${now.toISOString().slice(0, 10)}.sqlite`);
  // The user's own templates go in each backup (backup-templates.ts).
  if (!existsSync(daily)) await backupStore(db, daily, userTemplatesDir(dataDir));
  const weekly = join(dir, `weekly-${isoWeek(now)}.sqlite`);
  if (!existsSync(weekly)) linkOrCopy(daily, weekly);
  const names = readdirSync(dir).sort().reverse();
  for (const [pattern, keep] of [
    [DAILY, KEEP_DAILY],
    [WEEKLY, KEEP_WEEKLY],
  ] as const) {
    for (const name of names.filter((n) => pattern.test(n)).slice(keep)) rmSync(join(dir, name));
  }
}

/** What the automatic backups hold and take on disk (a daily and weekly sharing a file count once). */
export function listAutoBackups(dataDir: string): AutoBackups {
  const folder = join(dataDir, BACKUPS_DIR);
  const names = existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => DAILY.test(n) || WEEKLY.test(n))
        .sort()
        .reverse()
    : [];
  const seen = new Set<string>();
  let totalBytes = 0;
  const files = names.map((name) => {
    const stat = statSync(join(folder, name));
    const inode = `${stat.dev}:${stat.ino}`;
    if (!seen.has(inode) || stat.ino === 0) totalBytes += stat.size;
    seen.add(inode);
    return { name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() };
  });
  return { folder, files, totalBytes, keepDaily: KEEP_DAILY, keepWeekly: KEEP_WEEKLY };
}
