import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { storeStats } from './import-cancel';
import { WIRE_PARAGRAPHS, withArticleImport } from './article-import';

test('article review: edits survive Back to text and a new reading for the candidates that come back; leaving with edits asks first', async ({
  page,
}) => {
  const dataDir = await withArticleImport(page, 'article-keeps-edits', async (dialog) => {
    await dialog.getByLabel('Title').fill('Aid convoys stopped at the border');
    await dialog.getByLabel('Outlet').fill('Reuters');
    await dialog.getByLabel('Article text').fill(WIRE_PARAGRAPHS.join('\n\n'));
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate')).toHaveCount(3);

    // Two edits: a role typed, the last candidate unticked.
    await dialog.getByLabel('Role 1').fill('U.N. special envoy');
    await dialog.getByTestId('candidate').nth(2).getByRole('checkbox').uncheck();
    await expect(dialog.getByRole('button', { name: 'Save source and 2 facts' })).toBeVisible();

    // Back to the text: the edits wait for the next reading, and it says so.
    await dialog.getByRole('button', { name: 'Back to text' }).click();
    await expect(dialog.getByTestId('edits-waiting')).toContainText('Your edits to 2 candidates are kept');
    await expect(dialog.getByLabel('Article text')).toBeFocused();
    // The last paragraph goes: its candidate (and the untick on it) does not come back.
    await dialog.getByLabel('Article text').fill(WIRE_PARAGRAPHS.slice(0, 3).join('\n\n'));
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate')).toHaveCount(2);
    await expect(dialog.getByLabel('Role 1')).toHaveValue('U.N. special envoy');
    await expect(dialog.getByTestId('edits-carried')).toHaveText(
      'Read again: your edits to 1 candidate were kept. 1 candidate you had edited did not come back (the sentence or its paragraph changed), so its edits were dropped.',
    );

    // Cancel with edits asks; "Keep editing" keeps them.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Discard your edits to 1 candidate?' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-review-discard-edits.png') });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(ask).toBeHidden();
    await expect(dialog.getByLabel('Role 1')).toHaveValue('U.N. special envoy');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

    // Escape asks the same; Discard closes, focus back on the button that opened the import.
    await page.keyboard.press('Escape');
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Discard edits' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Import article' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Sources (0)' })).toBeVisible();
  });
  expect(storeStats(dataDir)).toMatchObject({ sources: 0, facts: 0 });
});

test('article review: Outlet and Published changed on the review offer a new reading with them, edits kept', async ({
  page,
}) => {
  await withArticleImport(page, 'article-read-again', async (dialog) => {
    await dialog.getByLabel('Title').fill('Talks collapse');
    await dialog
      .getByLabel('Article text')
      .fill(
        [
          'Foreign minister Anna Example told Reuters News Agency on Thursday that the talks had collapsed.',
          'Aid official Omar Test said the trucks had waited for nine days.',
        ].join('\n\n'),
      );
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate')).toHaveCount(2);
    // Read with no outlet and no date: a relay, and "on Thursday" undated.
    await expect(dialog.getByLabel('Relayed by 1')).toHaveValue('Reuters News Agency');
    await expect(dialog.getByLabel('Event date 1')).toHaveValue('');
    await expect(dialog.getByTestId('read-with-old')).toHaveCount(0);
    await dialog.getByLabel('Tags 2').fill('trucks');

    await dialog.getByLabel('Outlet').fill('Reuters News Agency');
    await dialog.getByLabel('Published').fill('2022-04-28');
    const stale = dialog.getByTestId('read-with-old');
    await expect(stale).toContainText(
      'These candidates were read with no outlet and no publication date; the article now says outlet “Reuters News Agency” and published 2022-04-28.',
    );
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-review-read-again.png') });
    await stale.getByRole('button', { name: 'Read again with these' }).click();
    await expect(stale).toHaveCount(0);
    // The article's own outlet relays nothing; Thursday 28 April 2022 is the day it was published.
    await expect(dialog.getByLabel('Relayed by 1')).toHaveValue('');
    await expect(dialog.getByLabel('Event date 1')).toHaveValue('2022-04-28');
    await expect(dialog.getByLabel('Tags 2')).toHaveValue('trucks');
    await expect(dialog.getByTestId('edits-carried')).toContainText('your edits to 1 candidate were kept');
  });
});
