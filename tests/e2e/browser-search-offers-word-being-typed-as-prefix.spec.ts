import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { withSample } from './sample-store';

// Search as you type finds whole words: a word still being typed ("Russi") finds nothing, and the library
// says so and offers the word as a prefix ("Russi*"), one click away.
test('a search that finds nothing for a word being typed offers it as a prefix', async ({ page }) => {
  await withSample(page, async () => {
    const search = page.getByLabel('Search facts');
    await search.fill('Russi');
    await expect(page.getByTestId('result-count')).toHaveText('0 facts');
    const offer = page.getByRole('button', { name: 'Search words starting with it: Russi*' });
    await expect(offer).toBeVisible();
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'search-offers-prefix.png') });
    await offer.click();
    await expect(search).toHaveValue('Russi*');
    await expect(page.getByTestId('fact').first()).toContainText('Russia');
    await expect(offer).toHaveCount(0);
  });
});
