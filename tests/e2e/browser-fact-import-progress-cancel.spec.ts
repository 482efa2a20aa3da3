import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigFactsCsv } from '../helpers/big-csv';
import { startHost } from './browser-host';
import { cancelImportAndCheckUnchanged } from './import-cancel';
import { waitReady } from './user-flow';

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
    // Previewed first, then confirmed.
    await page.getByRole('button', { name: 'Import 3 facts' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 source and 3 facts' })).toBeVisible();

    // 200,000 rows (20 MB): the bar fills as rows are checked, with a count, and Cancel stops it.
    await factsFile.setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bigFactsCsv(200_000, 'Second source,AP')),
    });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '200,000 facts will be added (1 new source), 0 rows repeat facts already saved, no row is refused.',
      { timeout: 120_000 },
    );
    await page.getByRole('button', { name: 'Import 200,000 facts' }).click();
    const progress = page.getByRole('group', { name: 'Import progress' });
    const count = progress.getByTestId('import-progress-count');
    await expect(count).toHaveText(/^Checked [\d,]+ of 200,000 rows$/, { timeout: 60_000 });
    const bar = progress.getByRole('progressbar', { name: 'Rows imported' });
    await expect(bar).toHaveAttribute('max', '200000');
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    host = await cancelImportAndCheckUnchanged(page, progress, host, dataDir, {
      sourcesTab: 'Sources (1)',
      stats: { sources: 1, facts: 3 },
    });
  } finally {
    await host.stop();
  }
});
