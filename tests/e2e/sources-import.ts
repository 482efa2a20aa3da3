import { expect, type Page } from '@playwright/test';

/** A sources file as the import reads it: its name (the extension names the format) and its bytes. */
export interface SourcesFile {
  name: string;
  buffer: Buffer;
}

const mimeTypeOf = (name: string): string => (name.endsWith('.json') ? 'application/json' : 'text/plain');

/** Opens Import & backup and chooses a sources file: its preview shows, nothing is written yet. */
export async function chooseSourcesFile(page: Page, file: SourcesFile): Promise<void> {
  await page.getByRole('tab', { name: 'Import & backup' }).click();
  await page.getByLabel('Sources file').setInputFiles({ ...file, mimeType: mimeTypeOf(file.name) });
}

/** Chooses a sources file and imports the `count` sources its preview proposes, waiting for the notice. */
export async function importSourcesFile(page: Page, file: SourcesFile, count: number): Promise<void> {
  await chooseSourcesFile(page, file);
  const sources = count === 1 ? '1 source' : `${count} sources`;
  await page.getByRole('button', { name: `Import ${sources}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${sources}` })).toBeVisible();
}
