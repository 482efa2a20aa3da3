import { expect, test } from '@playwright/test';
import { openSample, withSample } from './sample-store';
import { retractFirstCitedFact, sectionEditor, waitReady } from './user-flow';

test('a cited fact retracted in another tab while the export dialog is open: the check runs again and blocks the export', async ({
  page,
}) => {
  await withSample(page, async (url) => {
    await openSample(page);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await expect(dialog.getByRole('button', { name: /^Export( anyway)?$/ })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Export is blocked by the template' })).toHaveCount(0);

    // Another tab (another window, or a colleague on a team library) retracts a fact the briefing cites.
    const other = await page.context().newPage();
    await other.goto(url);
    await waitReady(other);
    await openSample(other);
    await retractFirstCitedFact(other, sectionEditor(other, 'Bottom line'));

    // The open dialog hears of it: blocked, and no Export button offered.
    await expect(dialog.getByRole('heading', { name: 'Export is blocked by the template' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: /^Export( anyway)?$/ })).toHaveCount(0);
    await other.close();
  });
});
