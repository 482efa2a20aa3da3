import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_TITLE, withSample } from './sample-store';

// A backup restored while a briefing is open: the editor must show the briefing as the backup has it,
// or its next autosave writes the edits made after the backup over the restored store.
test('restoring a backup with a briefing open reopens it as the backup has it, and later edits do not bring the old text back', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('tab', { name: 'Import & backup' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up the whole store' }).click(),
    ]);
    const backup = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-restore-open-')), 'backup.sqlite');
    await download.saveAs(backup);

    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Edited after the backup');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Backup file').setInputFiles(backup);
    await expect(page.getByRole('status').filter({ hasText: 'Restored backup.sqlite' })).toBeVisible();
    await expect(title).toHaveValue(SAMPLE_TITLE);
    await expect(page.getByText('was opened again as the backup has it')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    // Typing after the restore saves the restored briefing with the new words only.
    await title.fill(`${SAMPLE_TITLE} (after the restore)`);
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('table', { name: 'Recent briefings' })).toContainText(
      `${SAMPLE_TITLE} (after the restore)`,
    );
    await expect(page.getByText('Edited after the backup')).toHaveCount(0);
  });
});
