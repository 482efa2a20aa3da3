import { expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefingFile, type BriefingSize } from '../../electron/bench/synthetic-briefing';
import { startHost } from './browser-host';
import { openBriefingFile, sectionEditor } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/**
 * Browser mode on a fresh store with the bench's synthetic briefing (`options`, the file changed by
 * `edit` first) opened from its file, for the length of `fn`.
 */
export async function withLongBriefing(
  page: Page,
  options: BriefingSize,
  fn: () => Promise<void>,
  edit: (file: { briefing: { sections: Array<{ blocks: Array<{ content: unknown[] }> }> } }) => void = () =>
    undefined,
): Promise<void> {
  const file = JSON.parse(syntheticBriefingFile(templatesDir, options)) as Parameters<typeof edit>[0];
  edit(file);
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-long-')));
  try {
    await openBriefingFile(page, host.url, Buffer.from(JSON.stringify(file)), 'long.briefing.json');
    await expect(sectionEditor(page, 'Bottom line').locator('p').first()).toBeVisible();
    await fn();
  } finally {
    await host.stop();
  }
}
