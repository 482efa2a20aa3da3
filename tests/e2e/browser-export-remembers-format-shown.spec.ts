import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';
import { sectionEditor } from './user-flow';

// Ctrl/Cmd+E opens the export dialog in the format last shown in it — opened by "Export PDF" or picked —
// not only the last one exported: an export left before it ran (the check blocked it, the analyst went
// back to fix a paragraph) comes back in the format the analyst chose.
test('Ctrl+E reopens the export in the format last chosen, even when nothing was exported', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Back to editing' }).click();
    await sectionEditor(page, 'Bottom line').focus();
    await page.keyboard.press('Control+e');
    await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'DOCX (Word)' }).check();
    await dialog.getByRole('button', { name: 'Back to editing' }).click();
    await sectionEditor(page, 'Bottom line').focus();
    await page.keyboard.press('Control+e');
    await expect(dialog.getByRole('radio', { name: 'DOCX (Word)' })).toBeChecked();
  });
});
