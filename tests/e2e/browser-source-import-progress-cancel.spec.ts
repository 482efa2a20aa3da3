import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigBib } from '../helpers/big-bib';
import { startHost } from './browser-host';
import { cancelImportAndCheckUnchanged } from './import-cancel';
import { waitReady } from './user-flow';
import { chooseSourcesFile, importSourcesFile } from './sources-import';

const repoRoot = join(import.meta.dirname, '..', '..');
const zotero = readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', 'zotero-library.json'));

test('a large .bib import shows its progress (a bar and a count of entries) and a Cancel leaves the store as it was', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-source-cancel-'));
  let host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    // A small library first: the store holds something for the Cancel to leave alone.
    await importSourcesFile(page, { name: 'My Library.json', buffer: zotero }, 6);

    // 40,000 entries: previewed, then imported with a bar and a count, and cancelled while entries are checked.
    await chooseSourcesFile(page, { name: 'big.bib', buffer: Buffer.from(bigBib(40_000)) });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      /^40,000 sources will be added, 0 are already in the library, 0 entries cannot be read\.$/,
      { timeout: 180_000 },
    );
    await page.getByRole('button', { name: 'Import 40,000 sources' }).click();
    const progress = page.getByRole('group', { name: 'Import progress' });
    const count = progress.getByTestId('import-progress-count');
    await expect(count).toHaveText(/^Checked [\d,]+ of 40,000 entries$/, { timeout: 60_000 });
    const bar = progress.getByRole('progressbar');
    await expect(bar).toHaveAttribute('max', '40000');
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await page.screenshot({ path: testInfo.outputPath('source-import-progress.png') });
    host = await cancelImportAndCheckUnchanged(page, progress, host, dataDir, {
      sourcesTab: 'Sources (6)',
      stats: { sources: 6, facts: 0 },
    });
  } finally {
    await host.stop();
  }
});
