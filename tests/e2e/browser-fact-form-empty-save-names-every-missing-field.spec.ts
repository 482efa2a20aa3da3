import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

// A new user's empty "New fact" form, no source chosen: a save names every field it needs, the source
// too, beside each field and all of them at the Save button, and puts the keyboard on the first. The
// same when the form is sent with Enter from a field further down, where the keyboard was.
test('saving an empty New fact form names every missing field, the source too, and focuses the first', async ({
  page,
}) => {
  await withSample(page, async () => {
    let sent = 0;
    page.on('request', (r) => {
      if (r.url().includes(`/api/${encodeURIComponent('facts:create')}`)) sent += 1;
    });
    await page.getByRole('button', { name: 'New fact' }).click();
    const form = page.getByRole('form', { name: 'New fact' });
    await form.getByLabel('Source').selectOption('');

    await form.getByRole('button', { name: 'Save fact' }).click();
    await expect(form.getByRole('alert', { name: 'Fields to fill in or correct' })).toHaveText(
      'Not saved: fill in or correct Source and Statement.',
    );
    await expect(form.locator('.field-invalid label')).toHaveText(['Source', 'Statement']);
    await expect(form.locator('#fact-source-error')).toHaveText('Choose the source this fact comes from.');
    await expect(form.locator('#fact-statement-error')).toHaveText('Statement is required.');
    await expect(form.getByLabel('Source')).toBeFocused();

    // Enter in the Locator field sends the form from there: the keyboard still goes to the first.
    await form.getByLabel('Locator').fill('para. 2');
    await form.getByLabel('Locator').press('Enter');
    await expect(form.getByLabel('Source')).toBeFocused();
    await expect(form.getByRole('alert', { name: 'Fields to fill in or correct' })).toHaveText(
      'Not saved: fill in or correct Source and Statement.',
    );

    // With the source chosen, only the statement is named.
    await form.getByLabel('Source').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Save fact' }).click();
    await expect(form.getByRole('alert', { name: 'Fields to fill in or correct' })).toHaveText(
      'Not saved: fill in or correct Statement.',
    );
    await expect(form.getByLabel('Statement')).toBeFocused();
    // Nothing went to the store while fields were missing; a complete fact saves.
    expect(sent).toBe(0);
    await form.getByLabel('Statement').fill('Talks resume on Monday.');
    await form.getByRole('button', { name: 'Save fact' }).click();
    await expect(page.getByText('Saved fact: “Talks resume on Monday.”')).toBeVisible();
    await expect(form.getByRole('alert')).toHaveCount(0);
  });
});
