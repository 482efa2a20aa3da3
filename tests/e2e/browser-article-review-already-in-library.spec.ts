import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { SHORT_STORY, withArticleImport } from './article-import';

test('article review: an article already in the library is said up front, and a save that adds nothing is not a success', async ({
  page,
}) => {
  await withArticleImport(page, 'article-again', async (dialog) => {
    const importStory = async () => {
      await dialog.getByLabel('Title').fill('Aid convoys stopped at the border');
      await dialog.getByLabel('URL').fill('https://example.org/aid-convoys');
      await dialog.getByLabel('Article text').fill(SHORT_STORY);
      await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
      await expect(dialog.getByTestId('candidate')).toHaveCount(2);
    };

    await importStory();
    await expect(dialog.getByTestId('already-in-library')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Save source and 2 facts' }).click();
    const notice = page.locator('.notice');
    await expect(notice).toContainText('Imported 1 source and 2 facts');
    await expect(notice).toHaveAttribute('data-tone', 'success');

    // The same article again: the review says so before anything is saved.
    await page.getByRole('button', { name: 'Import article' }).click();
    await importStory();
    await expect(dialog.getByTestId('already-in-library')).toHaveText(
      'This article is already in the library as “Aid convoys stopped at the border” (same URL). Saving adds only the facts not already saved from it, to that source; the source itself is not changed.',
    );
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({
        path: join(process.env.SCREENSHOTS_DIR, 'article-review-already-in-library.png'),
      });
    await dialog.getByRole('button', { name: 'Save 2 facts to the existing source' }).click();
    await expect(notice).toHaveText(
      /^Nothing was added: “Aid convoys stopped at the border” is already in the library, and the 2 facts you accepted were already saved from it\./,
    );
    await expect(notice).toHaveAttribute('data-tone', 'info');
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-import-added-nothing.png') });
    await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();
  });
});
