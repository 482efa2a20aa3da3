import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './a11y';
import { startHost } from './browser-host';
import { storeStats } from './import-cancel';
import { waitReady } from './user-flow';

const facts = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'import', 'facts.csv'), 'utf8').trimEnd();
const newRow =
  'A new fact from Berlin.,,Olaf Scholz,,,2025-12-16,,,,,Berlin talks,Sample outlet,https://example.org/berlin,2025-12-15';
const badRow =
  'A bad date.,,X,,,16/12/2025,,9,,,Berlin talks,Sample outlet,https://example.org/berlin,2025-12-15';
const file = (name: string, rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${rows.join('\n')}\n`),
});

test('a facts CSV is previewed before it is imported: facts to add, repeats, refused rows by line and field', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-facts-preview-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('tab', { name: 'Import & backup' }).click();
    const factsFile = page.getByLabel('Facts file');

    // A first file: what it would add, nothing written until Import.
    await factsFile.setInputFiles(file('facts.csv', [facts]));
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '3 facts will be added (2 new sources), 0 rows repeat facts already saved, no row is refused.',
    );
    const toAdd = page.getByRole('list', { name: 'Facts to be added' });
    await expect(toAdd.getByRole('listitem')).toHaveText([
      'Ukraine will not recognise the Donbas as Russian. — Volodymyr Zelenskyy (Berlin talks) — line 2',
      'US officials pressed Kyiv to withdraw from Donetsk, Reuters said. — US officials (Berlin talks) — line 3',
      'Peskov: NATO "is a fundamental issue". — Dmitry Peskov (Moscow reaction) — line 4',
    ]);
    expect(storeStats(dataDir)).toMatchObject({ sources: 0, facts: 0 });
    await page.getByRole('button', { name: 'Import 3 facts' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported 2 sources and 3 facts' }),
    ).toBeVisible();
    await expect(page.getByTestId('import-preview-summary')).toHaveCount(0);

    // The same rows again, a new one and a bad one: repeats named, the bad row's fields named, no Import.
    await factsFile.setInputFiles(file('more.csv', [facts, newRow, badRow]));
    const preview = page.getByRole('region', { name: 'Import preview of more.csv' });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '1 fact will be added, 3 rows repeat facts already saved, 1 row is refused: a facts file is imported whole, so nothing will be until it is fixed.',
    );
    const found = preview.getByRole('list', { name: 'What the import found' });
    await expect(found.getByRole('listitem')).toHaveText([
      /^Line 6, field event_date: .+ \(refused\)$/,
      /^Line 6, field credibility: must be 1 to 6.* \(refused\)$/,
      'Line 2 repeats a fact already saved from the same source; not added again.',
      'Line 3 repeats a fact already saved from the same source; not added again.',
      'Line 4 repeats a fact already saved from the same source; not added again.',
    ]);
    await expect(
      preview.getByRole('heading', { name: 'To be added once the refused rows are fixed' }),
    ).toBeVisible();
    await expect(preview.getByRole('list', { name: 'Facts to be added' })).toHaveText(
      'A new fact from Berlin. — Olaf Scholz (Berlin talks) — line 5',
    );
    await expect(preview.getByRole('button', { name: 'Import 1 fact' })).toBeDisabled();
    await expectAccessible(page, 'facts import preview');
    const shots = process.env.SCREENSHOTS_DIR ?? join(tmpdir(), 'ui-safety-shots');
    mkdirSync(shots, { recursive: true });
    await preview.screenshot({ path: join(shots, 'facts-import-preview.png') });
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
    expect(storeStats(dataDir)).toMatchObject({ sources: 2, facts: 3 });

    // Fixed (the bad row left out): the new fact is imported, the repeats skipped.
    await factsFile.setInputFiles(file('fixed.csv', [facts, newRow]));
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '1 fact will be added, 3 rows repeat facts already saved, no row is refused.',
    );
    await page.getByRole('button', { name: 'Import 1 fact' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported 0 sources and 1 fact. Skipped 3 duplicates' }),
    ).toBeVisible();
    expect(storeStats(dataDir)).toMatchObject({ sources: 2, facts: 4 });
  } finally {
    await host.stop();
  }
});
