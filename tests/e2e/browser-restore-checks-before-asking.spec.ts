import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';
import { writeBigFactsCsv } from '../helpers/big-csv';
import { briefingCli, makeSampleStore } from './sample-store';

// A restore replaces the whole library: the app checks the chosen file first, refuses one that is not a
// backup of ours without asking anything, and a question it does ask can be declined with nothing changed.
test('a file that is not a backup is refused before any question; a declined restore changes nothing', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-e2e-restore-check-'));
  const notBackup = join(work, 'notes.sqlite');
  writeFileSync(notBackup, 'These are my notes, not a database.\n');
  const csv = join(work, 'facts.csv');
  writeBigFactsCsv(csv, 3);
  briefingCli(['import', 'facts', csv, '--data', join(work, 'other')]);
  const backup = join(work, 'other.backup');
  briefingCli(['backup', '--out', backup, '--data', join(work, 'other')]);
  // The library: the demo's sample (1 source, 7 facts, 1 briefing).
  const data = join(work, 'data');
  makeSampleStore(data);
  const host = await startHost(data);
  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('tab', { name: 'Import & backup' }).click();

    await page.getByLabel('Backup file').setInputFiles(notBackup);
    await expect(page.getByRole('alert')).toContainText('not a Briefing Builder backup this app can restore');
    expect(questions).toEqual([]);

    await page.getByLabel('Backup file').setInputFiles(backup);
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('The backup holds 1 source, 3 facts, 0 briefings, last changed');
    expect(questions[0]).toContain('The library now holds 1 source, 7 facts, 1 briefing');
    await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Library as JSON/ })).toBeEnabled();
    // Declined: nothing was swapped, and the upload is not left behind in the data folder.
    expect(readdirSync(join(data, 'uploads'))).toEqual([]);
    expect(readdirSync(data).filter((n) => n.startsWith('briefing-before-restore'))).toEqual([]);
  } finally {
    await host.stop();
  }
  const db = new Database(join(data, 'briefing.sqlite'), { readonly: true });
  expect(db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(7);
  db.close();
});
