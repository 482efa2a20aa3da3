import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';
import { sectionEditor } from './user-flow';

test('a fact form opens at its top with the keyboard in its first field (a fact opened to edit: its statement), wherever the last form was left', async ({
  page,
}) => {
  await withSample(page, async () => {
    const editFact = page.getByRole('form', { name: 'Edit fact' });
    const scrollTop = () => page.locator('.panel-scroll').evaluate((el) => el.scrollTop);
    // The first form, left at its bottom (its Close button).
    await page.getByTestId('fact').first().locator('.fact-open').click();
    // At its words: typing there edits them, not the source (a select's type-ahead would pick another).
    await expect(editFact.getByLabel('Statement')).toBeFocused();
    const source = await editFact.getByLabel('Source').inputValue();
    await page.keyboard.type(' EDIT');
    await expect(editFact.getByLabel('Statement')).toHaveValue(/ EDIT$/);
    await expect(editFact.getByLabel('Source')).toHaveValue(source);
    await page.keyboard.press('Escape');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /Discard/ })
      .click();
    await page.getByTestId('fact').first().locator('.fact-open').click();
    await editFact.getByRole('button', { name: 'Close' }).click();

    // Another fact, from a chip in the briefing: at the top, its statement focused.
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await sectionEditor(page, 'Bottom line').locator('.cite-chip').first().click();
    await expect(editFact).toBeVisible();
    await expect(editFact.getByLabel('Statement')).toBeFocused();
    expect(await scrollTop()).toBe(0);

    // Scrolled down in it, then a new fact: at the top again.
    await page.locator('.panel-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await scrollTop()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'New fact' }).click();
    const newFact = page.getByRole('form', { name: 'New fact' });
    await expect(newFact.getByLabel('Source')).toBeFocused();
    expect(await scrollTop()).toBe(0);
  });
});
