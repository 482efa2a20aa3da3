import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFacts } from '../../../electron/services/import/facts';
import { backupStore, verifyStoreFile } from '../../../electron/services/store/backup';
import { appErrorOfAsync, freshServices, repoRoot, tempDir } from '../../helpers/fixtures';

const csv = () => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', 'facts.csv'), 'utf8');

const refusal = appErrorOfAsync;

describe('backup and restore', () => {
  it('restores exactly what was backed up, keeping the replaced store aside', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    importFacts(services.store, 'csv', csv());
    const backedUpFacts = services.store.listFacts();
    const backedUpSources = services.store.listSources();
    const file = await services.backup();
    expect(file.fileName).toMatch(/^briefing-backup-\d{4}-\d{2}-\d{2}\.sqlite$/);

    // Change the store after the backup: a new fact, an edited one.
    const [first] = backedUpFacts;
    services.store.updateFact(first?.id ?? '', { statement: 'Edited after the backup.' });
    services.store.createFact({ sourceId: first?.sourceId ?? '', statement: 'Added after the backup.' });
    expect(services.store.stats().facts).toBe(4);

    const stats = await services.restore(Buffer.from(file.dataBase64, 'base64'));
    // No templates of the user's in it (the built-in ones are not backed up).
    expect(stats).toEqual({ sources: 2, facts: 3, briefings: 0, kept: expect.any(String), templates: [] });
    expect(services.store.listFacts()).toEqual(backedUpFacts);
    expect(services.store.listSources()).toEqual(backedUpSources);
    // The handler table sees the restored store too (it holds the same Store object).
    expect(await services.handlers()['facts:list']({})).toEqual(backedUpFacts);
    // The replaced store is kept beside it, named with the date of the restore.
    const keptNames = readdirSync(dataDir).filter((n) => n.startsWith('briefing-before-restore-'));
    expect(keptNames).toEqual([
      expect.stringMatching(/^briefing-before-restore-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/),
    ]);
    // …under the name the restore reports (the app and the CLI say it).
    expect(keptNames[0]).toBe(stats.kept);
    const kept = new Database(join(dataDir, keptNames[0] ?? ''), { readonly: true });
    expect(kept.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(4);
    kept.close();
    // The store is writable and consistent after the swap.
    services.store.createFact({ sourceId: first?.sourceId ?? '', statement: 'Written after the restore.' });
    expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    services.close();
  });

  it('refuses garbage, a foreign SQLite file and a newer store, leaving the store unchanged', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    importFacts(services.store, 'csv', csv());
    const before = services.store.listFacts();

    const garbage = await refusal(services.restore(Buffer.from('definitely not a database'.repeat(100))));
    expect(garbage.code).toBe('invalid_backup');
    expect(garbage.message).toMatch(/not a Briefing Builder backup/);
    expect(garbage.message).toContain(
      'it is not a database file (a backup is the .sqlite file that “Back up the whole store” or “briefing backup” makes)',
    );
    expect((await refusal(services.restore(new Uint8Array()))).code).toBe('invalid_backup');

    const other = join(tempDir(), 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    foreign.pragma('user_version = 1');
    foreign.close();
    expect((await refusal(services.restore(readFileSync(other)))).message).toMatch(
      /lacks the sources, facts/,
    );

    const newer = join(tempDir(), 'newer.sqlite');
    await backupStore(services.store.db, newer, join(dataDir, 'templates'));
    const n = new Database(newer);
    n.pragma('journal_mode = DELETE');
    n.pragma('user_version = 999');
    n.close();
    expect((await refusal(services.restore(readFileSync(newer)))).message).toMatch(
      /newer version of the app/,
    );

    // A backup cut short (a copy that did not finish): said in words, SQLite's own after them.
    const whole = join(tempDir(), 'whole.sqlite');
    await backupStore(services.store.db, whole, join(dataDir, 'templates'));
    const bytes = readFileSync(whole);
    const cut = await refusal(services.restore(bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(cut.code).toBe('invalid_backup');
    expect(cut.message).toContain('the file is damaged or cut short');

    expect(services.store.listFacts()).toEqual(before);
    // Nothing was kept aside, and no copy of a refused file is left in the folder.
    expect(readdirSync(dataDir).filter((n) => !n.startsWith('briefing.'))).toEqual([]);
    services.close();
  });

  it('backs up a store that is being written to, consistently', async () => {
    const services = freshServices();
    importFacts(services.store, 'csv', csv());
    const out = join(tempDir(), 'copy.sqlite');
    const pending = backupStore(services.store.db, out, join(tempDir(), 'templates'));
    services.store.createFact({
      sourceId: services.store.listSources()[0]?.id ?? '',
      statement: 'Concurrent.',
    });
    await pending;
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM facts').pluck().get()).toBeGreaterThanOrEqual(3);
    copy.close();
    services.close();
  });

  it('says what a backup holds before a restore, its last change counting sources too', async () => {
    const dataDir = tempDir();
    const services = freshServices(dataDir);
    try {
      importFacts(services.store, 'csv', csv());
      await new Promise((resolve) => setTimeout(resolve, 5));
      // The newest change is a source's: a library grows by its sources as much as by its facts.
      const later = services.store.createSource({ title: 'Added last', outlet: 'Desk' });
      const file = join(dataDir, 'check.sqlite');
      await backupStore(services.store.db, file, join(dataDir, 'templates'));
      const stats = services.store.stats();
      expect(verifyStoreFile(file)).toEqual({ ...stats, lastChange: later.updatedAt });
    } finally {
      services.close();
    }
  });
});
