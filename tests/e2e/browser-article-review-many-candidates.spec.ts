import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { withArticleImport } from './article-import';

const story = [
  'A U.N. envoy, Jan Example, said on Wednesday that aid convoys had been stopped at the border for a week.',
  'Aid official Omar Test said the trucks had waited for nine days.',
  'Maximilian Alexander Ferdinand von Beispielhausen-Musterstadt, a long-titled regional spokesman, said the road was open.',
].join('\n\n');

test('article review: past 300 candidates one message says none is ticked; rows come 100 at a time; the speaker list keeps its width', async ({
  page,
}) => {
  await withArticleImport(page, 'article-many', async (dialog) => {
    await dialog.getByLabel('Title').fill('A long wire file');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'wire.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(Array.from({ length: 110 }, () => story).join('\n\n')),
    });
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();

    const summary = dialog.getByTestId('review-summary');
    await expect(summary).toHaveText(
      '330 candidate facts found: more than 300, so none is ticked yet. Tick the ones you want, or select all to take every one, then save.',
    );
    // One message, not a second one that contradicts it.
    await expect(dialog.getByText(/Untick what you do not want/)).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Save source and 0 facts' })).toBeVisible();

    // The first 100 rows; the next 100 each time the end of the list scrolls into reach (or on Show more).
    const rows = dialog.getByTestId('candidate');
    await expect(rows).toHaveCount(100);
    const more = dialog.getByRole('button', { name: /^Show \d+ more$/ });
    await expect(more).toHaveText('Show 100 more');
    await more.scrollIntoViewIfNeeded();
    await expect(rows).toHaveCount(200);
    await more.scrollIntoViewIfNeeded();
    await expect(rows).toHaveCount(300);
    await expect(more).toHaveText('Show 30 more');
    await more.press('Enter');
    await expect(rows).toHaveCount(330);
    await expect(more).toHaveCount(0);

    // Select all ticks every candidate, shown or not; the message follows.
    await dialog.getByRole('button', { name: 'Select all' }).click();
    await expect(summary).toHaveText(
      '330 candidate facts found, 330 ticked. Untick what you do not want, edit the wording, then save.',
    );
    await dialog.getByLabel('Select by speaker').selectOption('Omar Test');
    await expect(dialog.getByRole('button', { name: 'Save source and 110 facts' })).toBeVisible();
    const width = (await dialog.getByLabel('Select by speaker').boundingBox())?.width ?? 0;
    expect(width).toBeLessThanOrEqual(16 * 16 + 1);
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-review-many.png') });
  });
});

test('article review: more ticked than one import may save turns Save off and says why, before anything is sent', async ({
  page,
}) => {
  await withArticleImport(page, 'article-over-limit', async (dialog) => {
    await dialog.getByLabel('Title').fill('A whole wire archive');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'archive.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(Array.from({ length: 1700 }, () => story).join('\n\n')),
    });
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('review-summary')).toContainText('5,100 candidate facts found');

    await dialog.getByRole('button', { name: 'Select all' }).click();
    await expect(dialog.getByTestId('too-many-selected')).toHaveText(
      'At most 5,000 facts can be saved from one article at a time; 5,100 are ticked. Untick some (select by speaker above) and save; import the article again for the rest: facts already saved from it are not saved twice.',
    );
    await expect(dialog.getByRole('button', { name: 'Save source and 5100 facts' })).toBeDisabled();

    await dialog.getByLabel('Select by speaker').selectOption('Omar Test');
    await expect(dialog.getByTestId('too-many-selected')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Save source and 1700 facts' })).toBeEnabled();
  });
});
