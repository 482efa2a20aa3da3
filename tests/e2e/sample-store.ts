import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');

/** Runs the CLI (`briefing …args`) from the repository, as a user would, and returns what it printed. */
export const briefingCli = (args: readonly string[]): string =>
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });

/** The title of the sample's briefing. */
export const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';

/**
 * Browser mode on a fresh store holding the demo's sample (an article's source, 7 facts, one
 * briefing), the page open on it (at `width` px when given), for the length of `fn`, which gets the
 * app's address (for another tab).
 */
export async function withSample(
  page: Page,
  fn: (url: string) => Promise<void>,
  width?: number,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-sample-'));
  const dataDir = join(dir, 'data');
  briefingCli(['demo', '--out', join(dir, 'out'), '--data', dataDir]);
  const host = await startHost(dataDir);
  try {
    if (width) await page.setViewportSize({ width, height: 900 });
    await page.goto(host.url);
    await waitReady(page);
    await fn(host.url);
  } finally {
    await host.stop();
  }
}

/** Rewrites a sample fact's statement ("Russia had yet to agree…") through its edit form, saved and closed. */
export async function restateSampleFact(page: Page, statement: string): Promise<void> {
  await page.getByText('Russia had yet to agree to the changes').first().click();
  const form = page.getByRole('form', { name: 'Edit fact' });
  await form.getByLabel('Statement').fill(statement);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Fact saved.')).toBeVisible();
  await form.getByRole('button', { name: 'Close' }).click();
}
