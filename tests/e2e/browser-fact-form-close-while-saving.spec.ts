import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

// A slow store (a loaded machine, a team library far away): the save is still on its way when the
// analyst clicks Close. The form must not come back when the answer arrives, and the list shows the
// saved fact.
test('closing a fact form while its save is on its way keeps it closed, and the library shows the saved fact', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.route(
      (url) => url.pathname.endsWith(`/api/${encodeURIComponent('facts:update')}`),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      },
    );
    await page.getByText('Russia had yet to agree to the changes').first().click();
    const form = page.getByRole('form', { name: /fact/i }).first();
    await form.getByLabel('Marking').fill('SECRET');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('button', { name: 'Close' }).click();

    await expect(page.getByText('Fact saved.')).toBeVisible();
    await expect(page.getByRole('form', { name: /fact/i })).toHaveCount(0);
    await expect(page.locator('.marking').filter({ hasText: 'SECRET' })).toHaveCount(1);
  });
});
