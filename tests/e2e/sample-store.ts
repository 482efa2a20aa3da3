import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');

/** Runs the CLI (`briefing …args`) from the repository, as a user would, and returns what it printed. */
export const briefingCli = (args: readonly string[]): string =>
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });

let demoStore: string | undefined;

/**
 * Makes `dataDir` a fresh store holding the demo's sample, as `briefing demo --data dataDir` makes it. The demo
 * runs once per test worker (it also writes a DOCX and a PDF: ~1.5 s of CPU, ~50 times in the suite); each test
 * gets its own copy of the store it left (the writer's lock file is not copied: each host takes its own).
 */
export function makeSampleStore(dataDir: string): void {
  if (!demoStore) {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-demo-'));
    briefingCli(['demo', '--out', join(dir, 'out'), '--data', join(dir, 'data')]);
    demoStore = join(dir, 'data');
  }
  cpSync(demoStore, dataDir, {
    recursive: true,
    filter: (path) => !basename(path).startsWith('briefing.lock'),
  });
}

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
  makeSampleStore(dataDir);
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

/** Opens the sample briefing from the list, and waits until its editor is shown. */
export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
}

/**
 * As `withSample`, with the sample briefing open in two tabs of one browser: `page` and a second tab,
 * `tabB`, which `fn` gets with the app's address.
 */
export async function withSampleInTwoTabs(
  page: Page,
  fn: (tabB: Page, url: string) => Promise<void>,
): Promise<void> {
  await withSample(page, async (url) => {
    await openSample(page);
    const tabB = await page.context().newPage();
    await tabB.goto(url);
    await waitReady(tabB);
    await openSample(tabB);
    await fn(tabB, url);
  });
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
