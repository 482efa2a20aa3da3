import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { SAMPLE_TITLE, withSample } from './sample-store';

const shots = process.env.SCREENSHOTS_DIR;

// The desktop shell has no window.prompt: the name is asked in the app's own dialog, which also says when
// a name would replace one of your templates, and never lets two names in another script share a file.
test('save layout as template: named in a dialog, a second save under the name asks to replace, names in other scripts kept apart', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const save = page.getByRole('button', { name: 'Save layout as template' });
    const dialog = page.getByRole('dialog', { name: 'Save layout as template' });
    const name = dialog.getByLabel('Name of the template');
    const saved = (text: string) => page.getByRole('status').filter({ hasText: text });

    // Escape cancels; focus goes back to the button.
    await save.click();
    await expect(name).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(save).toBeFocused();

    // An empty name is refused in the dialog; a name saves a template of mine.
    await save.click();
    await name.fill('  ');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await expect(dialog.getByText('Give it a name.')).toBeVisible();
    await name.fill('My digest layout');
    await name.press('Enter');
    await expect(saved('Saved the layout as the template “My digest layout”.')).toBeVisible();

    // The same name again: the dialog says it replaces mine, and the button says so.
    await save.click();
    await name.fill('my digest layout');
    await expect(dialog).toContainText('You already have a template named “My digest layout” (version 1)');
    if (shots) await page.screenshot({ path: join(shots, 'save-layout-replace.png') });
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(
      saved('Replaced your template “my digest layout” with this layout (version 2).'),
    ).toBeVisible();

    // Two names with no Latin letter: two templates, not one file overwritten.
    for (const arabicOrChinese of ['قالبي الخاص', '我的模板']) {
      await save.click();
      await name.fill(arabicOrChinese);
      await expect(dialog.getByRole('button', { name: 'Save template' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Save template' }).click();
      await expect(saved(`Saved the layout as the template “${arabicOrChinese}”.`)).toBeVisible();
    }

    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    const list = page.getByRole('list', { name: 'Installed templates' });
    for (const mine of ['my digest layout', 'قالبي الخاص', '我的模板'])
      await expect(list.getByRole('listitem').filter({ hasText: mine }).getByText('Mine')).toBeVisible();
    // Four built-ins and three of mine; the replaced one once.
    await expect(list.getByRole('listitem')).toHaveCount(7);
  });
});
