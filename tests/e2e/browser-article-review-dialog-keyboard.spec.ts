import { expect, test } from '@playwright/test';
import { SHORT_STORY, withArticleImport } from './article-import';

test('article import is a modal dialog: labelled, focus kept inside, Escape closes it and focus goes back to its button', async ({
  page,
}) => {
  await withArticleImport(page, 'article-dialog', async (dialog) => {
    const opener = page.getByRole('button', { name: 'Import article' });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.getByLabel('Title')).toBeFocused();

    // Shift+Tab from Title stays in the dialog (the app behind is inert), and Tab comes back round.
    const isInDialog = () => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);
    await page.keyboard.press('Shift+Tab');
    expect(await isInDialog()).toBe(true);
    // The last control that can take focus (Find waits, disabled, for a text).
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Title')).toBeFocused();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await isInDialog()).toBe(true);
    }
    await expect(page.locator('#root')).toHaveJSProperty('inert', true);

    // Escape with nothing edited closes at once; focus returns to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.locator('#root')).toHaveJSProperty('inert', false);

    // The review: focus moves into it, Escape (no edits) closes it too.
    await opener.click();
    await dialog.getByLabel('Title').fill('Aid convoys');
    await dialog.getByLabel('Article text').fill(SHORT_STORY);
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate')).toHaveCount(2);
    await expect(dialog.getByTestId('review-summary')).toBeFocused();
    await expect(dialog.getByTestId('review-summary')).toHaveText(
      '2 candidate facts found, 2 ticked. Untick what you do not want, edit the wording, then save.',
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    // With an edit, Escape asks first; Escape on the question answers "keep editing".
    await opener.click();
    await dialog.getByLabel('Title').fill('Aid convoys');
    await dialog.getByLabel('Article text').fill(SHORT_STORY);
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await dialog.getByLabel('Speaker 2').fill('Omar Test Jr');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Discard your edits to 1 candidate?' });
    await expect(ask).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(dialog.getByLabel('Speaker 2')).toBeFocused();
    await expect(dialog.getByLabel('Speaker 2')).toHaveValue('Omar Test Jr');
    await expect(page.locator('#root')).toHaveJSProperty('inert', true);
    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Discard edits' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.locator('#root')).toHaveJSProperty('inert', false);
  });
});
