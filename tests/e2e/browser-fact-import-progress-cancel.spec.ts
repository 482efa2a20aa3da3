import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigFactsCsv } from '../helpers/big-csv';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');
const stats = (dataDir: string) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [join(repoRoot, 'bin', 'briefing.mjs'), 'stats', '--json', '--data', dataDir],
      {
        encoding: 'utf8',
      },
    ),
  ) as Record<string, number>;

test('a large facts import shows its progress (a bar and a count) and a Cancel leaves the store as it was', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-fact-cancel-'));
  let host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('tab', { name: 'Import & backup' }).click();
    const factsFile = page.getByLabel('Facts file');

    // A small import first: the store holds something for the Cancel to leave alone.
    await factsFile.setInputFiles({
      name: 'few.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bigFactsCsv(3, 'First source,Reuters')),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 source and 3 facts' })).toBeVisible();

    // 200,000 rows (20 MB): the bar fills as rows are checked, with a count, and Cancel stops it.
    await factsFile.setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bigFactsCsv(200_000, 'Second source,AP')),
    });
    const progress = page.getByRole('group', { name: 'Import progress' });
    const count = progress.getByTestId('import-progress-count');
    await expect(count).toHaveText(/^Checked [\d,]+ of 200,000 rows$/, { timeout: 60_000 });
    const bar = progress.getByRole('progressbar', { name: 'Rows imported' });
    await expect(bar).toHaveAttribute('max', '200000');
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await progress.getByRole('button', { name: 'Cancel import' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The import was cancelled: nothing was written.' }),
    ).toBeVisible();
    await expect(progress).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();

    // Read back from the store itself, by another process, after the app is gone: unchanged.
    await host.stop();
    expect(stats(dataDir)).toMatchObject({ sources: 1, facts: 3 });
    host = await startHost(dataDir);
    await page.goto(host.url);
    await waitReady(page);
    await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();
  } finally {
    await host.stop();
  }
});
