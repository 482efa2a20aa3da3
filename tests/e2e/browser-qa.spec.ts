import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');

/** Browser mode on a store holding the demo's sample (an article's source, 7 facts, one briefing). */
async function withSample(page: Page, fn: () => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-qa-'));
  const dataDir = join(dir, 'data');
  execFileSync(
    process.execPath,
    [join(repoRoot, 'bin', 'briefing.mjs'), 'demo', '--out', join(dir, 'out'), '--data', dataDir],
    { cwd: repoRoot, stdio: 'ignore' },
  );
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await fn();
  } finally {
    await host.stop();
  }
}

test('library search: each result card shows its own statement, not the first card’s', async ({ page }) => {
  await withSample(page, async () => {
    const cards = page.getByTestId('fact');
    // A match in the speaker / relayed-by field: two facts relayed by Reuters.
    await page.getByLabel('Search facts').fill('Reuters');
    await expect(page.getByTestId('result-count')).toHaveText('2 facts');
    await expect(cards).toHaveCount(2);
    const viaOfficials = cards.filter({ hasText: 'US officials, cited by Reuters' });
    const reported = cards.filter({ hasText: 'reported by Reuters' });
    await expect(viaOfficials.locator('.fact-open')).toHaveText(
      'US officials were leaning on Ukraine to pull its forces back from the eastern Donetsk region.',
    );
    await expect(reported.locator('.fact-open')).toHaveText(
      'Russia had yet to agree to the changes under discussion.',
    );
    await expect(reported.getByTestId('match-in')).toHaveText('Matched in: Reuters');
    await expect(reported.getByTestId('match-in').locator('mark')).toHaveText('Reuters');

    // Many results, most matching in the source title: every card still shows its own statement.
    await page.getByLabel('Search facts').fill('talks');
    await expect(page.getByTestId('result-count')).toHaveText('7 facts');
    const texts = await cards.locator('.fact-open').allTextContents();
    expect(new Set(texts).size).toBe(7);
    expect(texts).toContain('Zelenskyy argued for legally binding assurances, ratified by the US Congress.');
    // A match in the statement is shown highlighted in place.
    await expect(cards.first().locator('.fact-open mark')).toHaveText('talks');
  });
});
