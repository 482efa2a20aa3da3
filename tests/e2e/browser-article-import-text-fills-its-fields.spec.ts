import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { withArticleImport } from './article-import';

// A pasted wire story says what it is above its story: its headline, byline and dateline agency fill the
// source fields left empty once it is read, the review says so, and the reading counts the agency as the
// article's own outlet (so "told Reuters" relays nothing and no new reading is asked for).
const STORY = [
  'Harbour council delays vote on new ferry terminal',
  'By Ana Roe and LI WEI',
  'PORTVILLE, May 4, 2026 (Reuters) - The harbour council on Tuesday postponed a vote on the ferry terminal, its chair Mara Quill said.',
  '"We need another month," Quill told Reuters.',
].join('\n\n');

test('article import: a pasted story’s headline, byline and dateline agency fill the empty fields', async ({
  page,
}) => {
  await withArticleImport(page, 'article-text', async (dialog) => {
    await dialog.getByLabel('Outlet').fill('');
    await dialog.getByLabel('Article text').fill(STORY);
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate').first()).toBeVisible();
    await expect(dialog.getByLabel('Title')).toHaveValue('Harbour council delays vote on new ferry terminal');
    await expect(dialog.getByLabel('Byline')).toHaveValue('Ana Roe, Li Wei');
    await expect(dialog.getByLabel('Outlet')).toHaveValue('Reuters');
    await expect(dialog.getByLabel('Published')).toHaveValue('2026-05-04');
    await expect(dialog.getByTestId('filled-from-text')).toHaveText(
      'Filled from the article’s text: title (its headline), byline and outlet (its dateline’s agency). Check them before saving.',
    );
    await expect(dialog.getByTestId('read-with-old')).toHaveCount(0);
    await expect(dialog.getByLabel('Relayed by 2')).toHaveValue('');
    // Beside each candidate, the paragraph it came from (the lede is "para. 1": the headline is no paragraph).
    await expect(dialog.getByTestId('source-paragraph').first()).toContainText('para. 1: PORTVILLE, May 4');
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-text-fills-fields.png') });

    // Changing a filled field is the analyst's to do, and asks for a new reading as any change does.
    await dialog.getByLabel('Outlet').fill('Portville Gazette');
    await expect(dialog.getByTestId('read-with-old')).toContainText('outlet “Reuters”');
  });
});
