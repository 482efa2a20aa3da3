import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';
import { sectionEditor } from './user-flow';

// A citation chip clicked as its briefing opens, before the app has fetched the fact it cites, opens that
// fact all the same (fetched then), as a fact dropped that early is cited — not nothing.
test('a chip clicked before its fact has loaded opens the fact once it has', async ({ page }) => {
  await withSample(page, async () => {
    // The facts a briefing cites come slowly.
    await page.route(
      (url) => url.pathname.endsWith(`/api/${encodeURIComponent('facts:get')}`),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      },
    );
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await sectionEditor(page, 'Bottom line').locator('.cite-chip').first().click();
    const editFact = page.getByRole('form', { name: 'Edit fact' });
    await expect(editFact).toBeVisible();
    await expect(editFact.getByLabel('Statement')).not.toHaveValue('');
  });
});
