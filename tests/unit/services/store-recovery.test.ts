import { existsSync, linkSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESTORE_MARKER } from '../../../electron/services/store/restore';
import { freshServices, tempDir } from '../../helpers/fixtures';
import { storeWithFacts } from '../../helpers/stores';

// What the start of the app does with what a cut-off restore or backup left in the data folder.
const facts = (dir: string) => {
  const services = freshServices(dir);
  try {
    return { count: services.store.stats().facts, recovered: services.store.recovered };
  } finally {
    services.close();
  }
};

describe('recovery at start', () => {
  it('brings back a store an older restore left only as briefing.sqlite.before-restore', () => {
    const dir = storeWithFacts(7);
    renameSync(join(dir, 'briefing.sqlite'), join(dir, 'briefing.sqlite.before-restore'));
    const { count, recovered } = facts(dir);
    expect(count).toBe(7);
    expect(recovered.join('\n')).toMatch(/brought back the store/);
    expect(existsSync(join(dir, 'briefing.sqlite.before-restore'))).toBe(false);
  });

  it('finishes a restore cut off after its point of no return', async () => {
    const backupDir = storeWithFacts(3);
    const source = freshServices(backupDir);
    const backup = Buffer.from((await source.backup()).dataBase64, 'base64');
    source.close();
    const dir = storeWithFacts(9);
    // The state after step 3: the incoming file, the old store's second name, the marker.
    writeFileSync(join(dir, '.restore-0123456789ab.sqlite'), backup);
    linkSync(join(dir, 'briefing.sqlite'), join(dir, 'briefing-before-restore-2026-12-03-091500.sqlite'));
    writeFileSync(
      join(dir, RESTORE_MARKER),
      JSON.stringify({
        incoming: '.restore-0123456789ab.sqlite',
        kept: 'briefing-before-restore-2026-12-03-091500.sqlite',
      }),
    );
    const { count, recovered } = facts(dir);
    expect(count).toBe(3);
    expect(recovered.join('\n')).toMatch(/finished restoring a backup/);
    expect(facts(join(dir)).count).toBe(3);
    // The previous store is still there under its dated name, whole.
    const kept = tempDir();
    renameSync(join(dir, 'briefing-before-restore-2026-12-03-091500.sqlite'), join(kept, 'briefing.sqlite'));
    expect(facts(kept).count).toBe(9);
    expect(readdirSync(dir).filter((n) => n.startsWith('.') || n === RESTORE_MARKER)).toEqual([]);
  });

  it('drops the second name of a restore cut off before its point of no return, and temporary files', () => {
    const dir = storeWithFacts(4);
    linkSync(join(dir, 'briefing.sqlite'), join(dir, 'briefing-before-restore-2026-12-03-091500.sqlite'));
    writeFileSync(join(dir, '.restore-0123456789ab.sqlite'), 'half a backup');
    writeFileSync(join(dir, '.backup-0123456789ab.part'), 'half a copy');
    const { count } = facts(dir);
    expect(count).toBe(4);
    expect(readdirSync(dir).filter((n) => !n.startsWith('briefing.') && n !== 'facts.csv')).toEqual([]);
  });
});
