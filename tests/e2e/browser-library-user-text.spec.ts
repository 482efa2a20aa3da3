import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';

const ARABIC = 'قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل';

test('a source with no outlet is named by its title alone, with no dangling colon, wherever it is listed', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: 'New source' }).click();
    const sourceForm = page.getByRole('form', { name: 'New source' });
    await sourceForm.getByLabel('Title').fill('Record without end');
    await sourceForm.getByRole('button', { name: 'Save source' }).click();
    // The new fact form preselects it.
    const newFact = page.getByRole('form', { name: 'New fact' });
    await expect(newFact.getByLabel('Source').locator('option:checked')).toHaveText('Record without end');
    await newFact.getByLabel('Statement').fill('The record has no end.');
    await newFact.getByRole('button', { name: 'Save fact' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved fact' })).toBeVisible();
    await newFact.getByRole('button', { name: 'Cancel' }).click();

    // The library's source filter.
    const filter = page.getByLabel('Source filter');
    await expect(filter.locator('option', { hasText: 'Record without end' })).toHaveText(
      'Record without end',
    );

    // Cited in the briefing: its chip is read out by the source's title, not "source, ".
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const card = page.getByTestId('fact').filter({ hasText: 'The record has no end.' });
    await card.getByRole('button', { name: 'Add to briefing' }).click();
    const chip = page.locator('.cite-chip').filter({ hasText: 'Record without end' });
    await expect(chip.locator('.visually-hidden')).toHaveText(/^ ?\(note \d+: Record without end\)$/);
  });
});
