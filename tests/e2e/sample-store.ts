import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');

/** The title of the sample's briefing. */
export const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';

/**
 * Browser mode on a fresh store holding the demo's sample (an article's source, 7 facts, one
 * briefing), the page open on it (at `width` px when given), for the length of `fn`.
 */
export async function withSample(page: Page, fn: () => Promise<void>, width?: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-sample-'));
  const dataDir = join(dir, 'data');
  execFileSync(
    process.execPath,
    [join(repoRoot, 'bin', 'briefing.mjs'), 'demo', '--out', join(dir, 'out'), '--data', dataDir],
    { cwd: repoRoot, stdio: 'ignore' },
  );
  const host = await startHost(dataDir);
  try {
    if (width) await page.setViewportSize({ width, height: 900 });
    await page.goto(host.url);
    await waitReady(page);
    await fn();
  } finally {
    await host.stop();
  }
}
