import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { storeStats } from './import-cancel';
import { WIRE_STORY, withArticleImport } from './article-import';

test('article review: dateline stripped, role split, a quotation of four sentences whole, the event date from the text', async ({
  page,
}) => {
  await withArticleImport(page, 'article', async (dialog) => {
    await dialog.getByLabel('Title').fill('Aid convoys stopped at the border');
    await dialog.getByLabel('Outlet').fill('Reuters');
    // 3 April 2025 is a Thursday: "on Wednesday" is 2 April.
    await dialog.getByLabel('Published').fill('2025-04-03');
    await dialog.getByLabel('Article text').fill(WIRE_STORY);
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    const candidates = dialog.getByTestId('candidate');
    await expect(candidates).toHaveCount(3);

    await expect(dialog.getByLabel('Speaker 1')).toHaveValue('Jan Example');
    await expect(dialog.getByLabel('Role 1')).toHaveValue('U.N. envoy');
    await expect(dialog.getByLabel('Statement 1')).toHaveValue(
      /^A U\.N\. envoy, Jan Example, said on Wednesday/,
    );
    await expect(dialog.getByLabel('Event date 1')).toHaveValue('2025-04-02');
    // The article's own outlet relays nothing.
    await expect(dialog.getByLabel('Relayed by 1')).toHaveValue('');

    await expect(dialog.getByLabel('Speaker 2')).toHaveValue('Jan Example');
    await expect(dialog.getByLabel('Quote 2')).toHaveValue(
      'We have no fuel. We have no food. The children are sick. It is very urgent',
    );
    // Each candidate beside its paragraph, the attributed sentence marked; the review takes the window.
    await expect(candidates.nth(1).getByTestId('source-paragraph').locator('mark')).toHaveText(
      /^“We have no fuel\. .*she told reporters\.$/,
    );
    expect((await dialog.boundingBox())?.width ?? 0).toBeGreaterThan(900);
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({
        path: join(process.env.SCREENSHOTS_DIR, 'article-review.png'),
        fullPage: true,
      });

    // Select by speaker, then one credibility and tags for the selected.
    await dialog.getByLabel('Select by speaker').selectOption('Omar Test');
    await expect(dialog.getByRole('button', { name: 'Save source and 1 facts' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Select all' }).click();
    await dialog.getByLabel('Credibility for selected').selectOption('2');
    await dialog.getByRole('button', { name: 'Set credibility' }).click();
    await dialog.getByLabel('Tags for selected').fill('aid, border');
    await dialog.getByRole('button', { name: 'Set tags' }).click();
    await expect(dialog.getByLabel('Credibility 3')).toHaveValue('2');
    await expect(dialog.getByLabel('Tags 1')).toHaveValue('aid, border');
    await dialog.getByLabel('Tags 3').fill('aid, trucks');
    await dialog.getByRole('button', { name: 'Save source and 3 facts' }).click();

    // The fact cards say it as the notes will: verbatim words are "quoted in", a paraphrase "cited in".
    const facts = page.getByRole('list', { name: /^Facts:/ });
    await expect(facts.getByTestId('fact-credit').filter({ hasText: 'quoted in' })).toHaveText(
      'Jan Example, quoted in Reuters',
    );
    await expect(facts.getByTestId('fact-credit').filter({ hasText: 'Omar Test' })).toHaveText(
      'Omar Test, Aid official, cited in Reuters',
    );
    await expect(facts.getByRole('button', { name: '#trucks' })).toBeVisible();
    await expect(facts.locator('.grade').first()).toContainText('2');
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'article-facts.png'), fullPage: true });
  });
});

test('article review: a dated dateline ("KYIV, Dec 17 (Reuters) -") is not in the statement; Cancel leaves without saving', async ({
  page,
}) => {
  const dataDir = await withArticleImport(page, 'article-cancel', async (dialog) => {
    await dialog.getByLabel('Title').fill('Kyiv rules out a land deal');
    await dialog.getByLabel('Outlet').fill('Reuters');
    await dialog
      .getByLabel('Article text')
      .fill(
        "KYIV, Dec 17 (Reuters) - Ukraine's foreign minister, Olena Example, said on Wednesday that Kyiv would not trade land for promises.",
      );
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByLabel('Statement 1')).toHaveValue(
      /^Ukraine's foreign minister, Olena Example, said/,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Sources (0)' })).toBeVisible();
  });
  // The store read by the CLI once the app has stopped: nothing written.
  expect(storeStats(dataDir)).toMatchObject({ sources: 0, facts: 0 });
});

test.describe('Stop', () => {
  test('article review: a long article shows its progress while it is read, and Stop ends the reading', async ({
    page,
  }) => {
    await withArticleImport(page, 'article-stop', async (dialog) => {
      await dialog.getByLabel('Title').fill('A long wire file');
      // About 900 KB of article text: seconds of work, read on the app's worker thread.
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'long-wire-file.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(Array.from({ length: 2500 }, () => WIRE_STORY).join('\n\n')),
      });
      await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
      const progress = dialog.getByRole('progressbar', { name: 'Finding attributed facts' });
      await expect(progress).toBeVisible();
      // Progress pushed by the app, not guessed: the bar moves past zero before the reading ends.
      await expect
        .poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000, intervals: [50] })
        .toBeGreaterThan(0);
      await dialog.getByRole('button', { name: 'Stop' }).click();
      await expect(
        dialog.getByRole('status').filter({ hasText: 'Stopped: nothing was proposed' }),
      ).toBeVisible();
      await expect(progress).toHaveCount(0);
      await expect(dialog.getByTestId('candidate')).toHaveCount(0);

      // The next reading starts afresh.
      await dialog.getByLabel('Article text').fill(WIRE_STORY);
      await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
      await expect(dialog.getByTestId('candidate')).toHaveCount(3);
    });
  });

  // The race behind a rare failure of the test above: Stop pressed when the app has finished reading but
  // its answer is still on the way (the cancel then finds nothing running). Held here on purpose.
  test('article review: Stop pressed while the finished answer is on its way drops that answer', async ({
    page,
  }) => {
    let answered!: () => void;
    const isAnswered = new Promise<void>((r) => (answered = r));
    let release!: () => void;
    const isReleased = new Promise<void>((r) => (release = r));
    await page.route(/\/api\/import%3Aarticle-candidates$/, async (route) => {
      const response = await route.fetch();
      answered();
      await isReleased;
      await route.fulfill({ response });
    });
    await withArticleImport(page, 'article-stop-late', async (dialog) => {
      await dialog.getByLabel('Title').fill('Aid convoys stopped at the border');
      await dialog.getByLabel('Article text').fill(WIRE_STORY);
      await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
      await isAnswered;
      await dialog.getByRole('button', { name: 'Stop' }).click();
      release();
      await expect(
        dialog.getByRole('status').filter({ hasText: 'Stopped: nothing was proposed' }),
      ).toBeVisible();
      await expect(dialog.getByTestId('candidate')).toHaveCount(0);
      await page.unroute(/\/api\/import%3Aarticle-candidates$/);

      // The next reading is not taken for a stopped one.
      await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
      await expect(dialog.getByTestId('candidate')).toHaveCount(3);
    });
  });
});
