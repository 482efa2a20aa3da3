import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/contract/dispatch';
import { BACKUPS_DIR } from '../../electron/services/store/auto-backup';
import { freshServices, tempDir } from '../helpers/fixtures';
import { storeWithFacts } from '../helpers/stores';

// A store holds an analyst's facts and drafts, some of them marked: on a machine shared by several
// accounts, its files must be the user's alone whatever the umask (SQLite creates files 0644).
const modeOf = (path: string) => statSync(path).mode & 0o777;
const describeUnix = process.platform === 'win32' ? describe.skip : describe;

describeUnix('the store’s files are readable by their owner only', () => {
  it('a new data folder is 0700; the store and its WAL are 0600, with the usual umask 022', async () => {
    const previous = process.umask(0o022);
    const dataDir = join(tempDir(), 'new-data');
    const services = freshServices(dataDir);
    try {
      const created = await dispatch(services.handlers(), 'briefings:create', {
        templateId: 'situation-brief',
        title: 'Private',
        date: '2026-12-04',
      });
      expect(created.ok).toBe(true);
      expect(modeOf(dataDir)).toBe(0o700);
      const file = join(dataDir, 'briefing.sqlite');
      expect(modeOf(file)).toBe(0o600);
      expect(existsSync(`${file}-wal`)).toBe(true);
      expect(modeOf(`${file}-wal`)).toBe(0o600);
      expect(modeOf(`${file}-shm`)).toBe(0o600);
    } finally {
      services.close();
      process.umask(previous);
    }
  });

  it('a store made before (0644) is narrowed when it is opened, and its backups are 0600', async () => {
    const dataDir = storeWithFacts(10);
    const file = join(dataDir, 'briefing.sqlite');
    chmodSync(file, 0o644);
    const services = freshServices(dataDir);
    try {
      expect(modeOf(file)).toBe(0o600);
      await services.autoBackup(new Date(Date.UTC(2026, 11, 4)));
      const backups = join(dataDir, BACKUPS_DIR);
      expect(modeOf(backups)).toBe(0o700);
      const names = readdirSync(backups);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(modeOf(join(backups, name)), name).toBe(0o600);
    } finally {
      services.close();
    }
  });
});
