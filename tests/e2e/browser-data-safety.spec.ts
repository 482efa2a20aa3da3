import { expect, test, type Page } from '@playwright/test';
import { closeSync, mkdtempSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';
import { briefingCli } from './sample-store';
import { writeBigFactsCsv } from '../helpers/big-csv';

// Browser mode takes what the app itself makes and allows: a backup larger than the 16 MB of an
// ordinary request, a 40 MB CSV; and a damaged store opens read-only with the banner.
const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A facts CSV of `rows` long, distinct rows from one source (about 1 KB a row). */
const writeFactsCsv = (path: string, rows: number) =>
  writeBigFactsCsv(
    path,
    rows,
    'Big source,Big outlet',
    'with enough words to make the row about a kilobyte long '.repeat(16).trim(),
  );

/**
 * Records what the page sends: a big file must go as one streamed `PUT /uploads/<id>`, never inside a
 * JSON API call (which the host would hold in memory whole).
 */
function watchRequests(page: Page) {
  const seen = { largestApiBody: 0, uploads: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/'))
      seen.largestApiBody = Math.max(seen.largestApiBody, request.postDataBuffer()?.length ?? 0);
    if (path.startsWith('/uploads/') && request.method() === 'PUT') seen.uploads += 1;
  });
  return seen;
}

test('restores a backup larger than 16 MB in browser mode', async ({ page }) => {
  test.setTimeout(240_000);
  const work = tempDir('briefing-e2e-restore-');
  const csv = join(work, 'facts.csv');
  writeFactsCsv(csv, 20_000);
  const full = join(work, 'full');
  briefingCli(['import', 'facts', csv, '--data', full]);
  const backup = join(work, 'big-backup.sqlite');
  briefingCli(['backup', '--out', backup, '--data', full]);
  expect(statSync(backup).size).toBeGreaterThan(16 * 1024 * 1024);

  const host = await startHost(join(work, 'empty'));
  const sent = watchRequests(page);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('tab', { name: 'Import & backup' }).click();
    await expect(page.getByText('Restore from backup… (up to 256 MB)')).toBeVisible();
    // The question comes after the backup was checked, and names what it holds against what is there.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      }),
    );
    await page.getByLabel('Backup file').setInputFiles(backup);
    const question = await asked;
    expect(question).toContain('The backup holds 1 source, 20,000 facts, 0 briefings');
    expect(question).toContain('The library now holds 0 sources, 0 facts, 0 briefings');
    await expect(page.getByRole('status').filter({ hasText: 'Restored big-backup.sqlite' })).toContainText(
      '20,000 facts',
      { timeout: 120_000 },
    );
    expect(sent).toEqual({ largestApiBody: expect.any(Number), uploads: 1 });
    expect(sent.largestApiBody).toBeLessThan(64 * 1024);
  } finally {
    await host.stop();
  }
});

test('imports a 40 MB CSV in browser mode', async ({ page }) => {
  test.setTimeout(300_000);
  const work = tempDir('briefing-e2e-csv-');
  const csv = join(work, 'facts.csv');
  writeFactsCsv(csv, 42_000);
  expect(statSync(csv).size).toBeGreaterThan(40 * 1000 * 1000);

  const host = await startHost(join(work, 'data'));
  const sent = watchRequests(page);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('tab', { name: 'Import & backup' }).click();
    await expect(page.getByText('Choose file… (up to 50 MB)')).toHaveCount(2);
    await page.getByLabel('Facts file').setInputFiles(csv);
    // Previewed first (from the same upload), then imported.
    await page.getByRole('button', { name: 'Import 42,000 facts' }).click({ timeout: 240_000 });
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported 1 source and 42000 facts' }),
    ).toBeVisible({
      timeout: 240_000,
    });
    expect(sent.uploads).toBe(1);
    expect(sent.largestApiBody).toBeLessThan(64 * 1024);
  } finally {
    await host.stop();
  }
});

test('a damaged store opens read-only, with a banner that says what to do', async ({ page }) => {
  const work = tempDir('briefing-e2e-damaged-');
  const csv = join(work, 'facts.csv');
  writeFactsCsv(csv, 2_000);
  const dataDir = join(work, 'data');
  briefingCli(['import', 'facts', csv, '--data', dataDir]);
  // A page in the middle of the store's tables, overwritten with a pattern no b-tree page has.
  const fd = openSync(join(dataDir, 'briefing.sqlite'), 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 39 * 4096);
  closeSync(fd);

  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    const banner = page.getByTestId('store-banner');
    await expect(banner).toContainText('The store is damaged: read-only');
    await expect(banner).toContainText('restore a backup');
  } finally {
    await host.stop();
  }
});
