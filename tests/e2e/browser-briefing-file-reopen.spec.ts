import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './a11y';
import { SAMPLE_TITLE, withSample } from './sample-store';

const shots = process.env.SCREENSHOTS_DIR;

/** Picks the briefing file and waits for the question: its briefing is in the library already. */
async function reopen(page: Page, file: string) {
  await page.getByLabel('Briefing file').setInputFiles(file);
  const dialog = page.getByRole('alertdialog', { name: 'This briefing is already in the library' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('opening a briefing file already in the library asks: replace, open as a copy, or cancel', async ({
  page,
}) => {
  await withSample(page, async () => {
    const recent = page.getByRole('table', { name: 'Recent briefings' });
    const title = page.getByLabel('Title', { exact: true });
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as briefing file' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-reopen-')), 'sample.briefing.json');
    await download.saveAs(file);

    // Edited after saving the file: the library's version is now newer than the file's.
    await title.fill('Berlin talks, edited');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(recent.getByRole('row')).toHaveCount(2);

    // The question names the briefing in the library; focus is in the dialog, on Cancel.
    let dialog = await reopen(page, file);
    await expect(dialog).toContainText('“Berlin talks, edited” (last changed');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAccessible(page, 'the briefing-exists dialog');
    if (shots) await page.screenshot({ path: join(shots, 'briefing-exists.png') });
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(title).toHaveValue(SAMPLE_TITLE);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(recent.getByRole('row')).toHaveCount(2);
    await expect(recent).toContainText(SAMPLE_TITLE);
    await expect(recent).not.toContainText('Berlin talks, edited');

    // Open as a copy: a second briefing, titled as Duplicate titles it.
    dialog = await reopen(page, file);
    await dialog.getByRole('button', { name: 'Open as a copy' }).click();
    await expect(title).toHaveValue(`${SAMPLE_TITLE} (copy)`);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(recent.getByRole('row')).toHaveCount(3);

    // Cancel, and Escape, change nothing; focus leaves the closed dialog.
    dialog = await reopen(page, file);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    dialog = await reopen(page, file);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Briefings', exact: true })).toBeVisible();
    await expect(recent.getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
