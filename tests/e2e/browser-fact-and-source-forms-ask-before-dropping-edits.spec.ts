import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { withSample } from './sample-store';

// The library's editing panels close by Escape and by their Close and Cancel buttons: at once when nothing
// was changed, and after asking when something was, so neither loses an edit unasked.
test('the fact and source forms close on Escape or Close, asking first when they hold unsaved changes', async ({
  page,
}) => {
  await withSample(page, async () => {
    const editFact = page.getByRole('form', { name: 'Edit fact' });
    await page.getByTestId('fact').first().locator('.fact-open').click();
    await expect(editFact.getByLabel('Statement')).toBeFocused();
    // Untouched: Escape closes it, and the keyboard is back on the fact it showed.
    await page.keyboard.press('Escape');
    await expect(editFact).toHaveCount(0);
    await expect(page.getByTestId('fact').first().locator('.fact-open')).toBeFocused();

    // Changed: Escape asks; "Keep editing" keeps the change in the open form.
    await page.getByTestId('fact').first().locator('.fact-open').click();
    const statement = editFact.getByLabel('Statement');
    const original = await statement.inputValue();
    await statement.fill(`${original} (checked)`);
    await page.keyboard.press('Escape');
    const question = page.getByRole('alertdialog', { name: 'Discard your changes to this fact?' });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'fact-form-escape-asks.png') });
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await expect(statement).toHaveValue(`${original} (checked)`);

    // The Close button asks the same.
    await editFact.getByRole('button', { name: 'Close' }).click();
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect(statement).toHaveValue(`${original} (checked)`);

    // Changed back by hand: nothing to lose, Escape closes it.
    await statement.fill(original);
    await statement.press('Escape');
    await expect(editFact).toHaveCount(0);

    // Changed, asked, discarded: closed, and the fact as it was.
    await page.getByTestId('fact').first().locator('.fact-open').click();
    await statement.fill('A statement nobody saved');
    await statement.press('Escape');
    await question.getByRole('button', { name: 'Discard changes' }).click();
    await expect(editFact).toHaveCount(0);
    await expect(page.getByTestId('fact').first()).not.toContainText('A statement nobody saved');

    // A new source with a title typed: Escape asks too.
    await page.getByRole('button', { name: 'New source' }).click();
    const newSource = page.getByRole('form', { name: 'New source' });
    await newSource.getByLabel('Title').fill('Draft source');
    await newSource.getByLabel('Title').press('Escape');
    await page
      .getByRole('alertdialog', { name: 'Discard your changes to the new source?' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await expect(newSource).toHaveCount(0);
    await expect(page.getByLabel('Search facts')).toBeFocused();
  });
});
