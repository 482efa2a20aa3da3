import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withArticleImport } from './article-import';

// A saved BBC News page (from trafilatura's test pages, tests/fixtures/articles/html/): opened from a file,
// it fills the empty source fields with what it says about itself — its headline, outlet, address and
// publication date — and the date then dates "on Friday" in its text. Its markup is not shown.
const saved = readFileSync(
  join(process.cwd(), 'tests/fixtures/articles/html/tf2-bbc-new-york-mass-burials.html'),
);

test('article import: a saved page fills the empty title, outlet, address and date, and its events are dated', async ({
  page,
}) => {
  await withArticleImport(page, 'article-page', async (dialog) => {
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'mass-burials.html',
      mimeType: 'text/html',
      buffer: saved,
    });
    await expect(dialog.getByLabel('Title')).toHaveValue(
      'New York ramps up mass burials amid virus outbreak',
    );
    await expect(dialog.getByLabel('Outlet')).toHaveValue('BBC News');
    await expect(dialog.getByLabel('Published')).toHaveValue('2020-04-10');
    await expect(dialog.getByLabel('URL')).toHaveValue(/^https:\/\/www\.bbc\.com\/news\/world-us-canada-/);
    const opened = dialog.getByTestId('opened-page');
    await expect(opened).toContainText('mass-burials.html');
    await expect(opened).toContainText(
      'Filled from the page itself: title, outlet, address, publication date',
    );
    // The page is named, not dumped as markup into a text box.
    await expect(dialog.getByLabel('Article text')).toHaveCount(0);
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-saved-page.png') });

    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate').first()).toBeVisible();
    // "on Friday" against the page's 10 April 2020 (a Friday): the day itself.
    const dates = await dialog
      .locator('input[aria-label^="Event date "]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(dates.filter((d) => d !== '').length).toBeGreaterThan(0);
    expect(dates.filter((d) => d !== '').every((d) => d.startsWith('2020-04'))).toBe(true);

    // Back to pasting: the page is let go and the text box returns, empty.
    await dialog.getByRole('button', { name: 'Back to text' }).click();
    await dialog.getByRole('button', { name: 'Paste text instead' }).click();
    await expect(dialog.getByLabel('Article text')).toHaveValue('');
  });
});
