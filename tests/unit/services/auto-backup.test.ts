import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoWeek, listAutoBackups, runAutoBackup } from '../../../electron/services/store/auto-backup';
import { freshServices, tempDir } from '../../helpers/fixtures';

describe('automatic backups', () => {
  it('keeps a backup a day: the newest 7 daily and 4 weekly, each a whole store', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    try {
      const source = services.store.createSource({ title: 'S', outlet: 'O' } as never);
      // Forty days, one new fact each, one backup run each (two on the last day: still one backup).
      for (let day = 0; day < 40; day++) {
        services.store.createFact({ sourceId: source.id, statement: `Day ${day}.` } as never);
        await runAutoBackup(services.store.db, dataDir, new Date(Date.UTC(2026, 9, 1 + day, 9)));
      }
      await runAutoBackup(services.store.db, dataDir, new Date(Date.UTC(2026, 9, 40, 18)));
      const names = readdirSync(join(dataDir, 'backups')).sort();
      expect(names).toEqual([
        'daily-2026-11-03.sqlite',
        'daily-2026-11-04.sqlite',
        'daily-2026-11-05.sqlite',
        'daily-2026-11-06.sqlite',
        'daily-2026-11-07.sqlite',
        'daily-2026-11-08.sqlite',
        'daily-2026-11-09.sqlite',
        'weekly-2026-W43.sqlite',
        'weekly-2026-W44.sqlite',
        'weekly-2026-W45.sqlite',
        // 9 November is a Monday: this week's weekly is today's daily.
        'weekly-2026-W46.sqlite',
      ]);
      // Yesterday's backup holds yesterday's store.
      const yesterday = new Database(join(dataDir, 'backups', 'daily-2026-11-08.sqlite'), { readonly: true });
      expect(yesterday.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(yesterday.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(39);
      yesterday.close();

      const listing = listAutoBackups(dataDir);
      expect(listing.files).toHaveLength(11);
      // This week's weekly is today's daily (one file, two names): its bytes count once.
      const sum = listing.files.reduce((n, f) => n + f.bytes, 0);
      const shared = listing.files.find((f) => f.name === 'daily-2026-11-09.sqlite')?.bytes ?? 0;
      expect(listing.totalBytes).toBe(sum - shared);
    } finally {
      services.close();
    }
  });

  it('names ISO weeks the way ISO 8601 does at the turn of the year', () => {
    expect(isoWeek(new Date(Date.UTC(2026, 11, 3)))).toBe('2026-W49');
    expect(isoWeek(new Date(Date.UTC(2027, 0, 1)))).toBe('2026-W53');
    expect(isoWeek(new Date(Date.UTC(2025, 11, 29)))).toBe('2026-W01');
  });

  it('are made at start by a long-running host, and not by a second look the same day', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    await services.autoBackup(new Date(Date.UTC(2026, 11, 3)));
    await services.autoBackup(new Date(Date.UTC(2026, 11, 3, 23)));
    services.close();
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual([
      'daily-2026-12-03.sqlite',
      'weekly-2026-W49.sqlite',
    ]);
  });
});
