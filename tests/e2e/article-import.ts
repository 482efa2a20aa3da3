// What the article-import specs share: the wire story they read, and the import dialog opened in browser
// mode on a store of their own.
import type { Locator, Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

/**
 * A wire story with a dateline and a quotation of several sentences: three claims (Jan Example twice, the
 * second her four-sentence quotation; Omar Test), one paragraph of narrative between.
 */
export const WIRE_PARAGRAPHS = [
  'GENEVA (Reuters) - A U.N. envoy, Jan Example, said on Wednesday that aid convoys had been stopped at the border for a week.',
  '“We have no fuel. We have no food. The children are sick. It is very urgent,” she told reporters.',
  'The border has been closed since the fighting began.',
  'Aid official Omar Test said the trucks had waited for nine days.',
] as const;
export const WIRE_STORY = WIRE_PARAGRAPHS.join('\n\n');

/** The same envoy and official without the dateline and quotation: two claims. */
export const SHORT_STORY = [
  'A U.N. envoy, Jan Example, said on Wednesday that aid convoys had been stopped at the border for a week.',
  'Aid official Omar Test said the trucks had waited for nine days.',
].join('\n\n');

/** Opens browser mode at `url` and the library's "Import article" dialog; returns the dialog. */
export async function openArticleImport(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await waitReady(page);
  await page.getByRole('button', { name: 'Import article' }).click();
  return page.getByRole('dialog', { name: 'Import article' });
}

/**
 * Runs `steps` on the "Import article" dialog of browser mode on a store of its own (a new folder named after
 * `name`), and stops the app after them, whether they pass or fail. Returns the store's folder, to read it
 * back once the app has stopped.
 */
export async function withArticleImport(
  page: Page,
  name: string,
  steps: (dialog: Locator) => Promise<void>,
): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `briefing-e2e-${name}-`));
  const host = await startHost(dataDir);
  try {
    await steps(await openArticleImport(page, host.url));
  } finally {
    await host.stop();
  }
  return dataDir;
}
