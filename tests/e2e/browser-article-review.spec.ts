import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

// A wire story with a dateline and a quotation of several sentences: the review shows the speaker
// without the dateline, the role split from the name, the whole quotation and the event date.
const story = [
  'GENEVA (Reuters) - A U.N. envoy, Jan Example, said on Wednesday that aid convoys had been stopped at the border for a week.',
  '“We have no fuel. We have no food. The children are sick. It is very urgent,” she told reporters.',
  'The border has been closed since the fighting began.',
].join('\n\n');

test('article review: dateline stripped, role split, a quotation of four sentences whole, the event date from the text', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-article-')));
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByRole('region', { name: 'Import article' });
    await dialog.getByLabel('Title').fill('Aid convoys stopped at the border');
    await dialog.getByLabel('Outlet').fill('Reuters');
    // 3 April 2025 is a Thursday: "on Wednesday" is 2 April.
    await dialog.getByLabel('Published').fill('2025-04-03');
    await dialog.getByLabel('Article text').fill(story);
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    const candidates = dialog.getByTestId('candidate');
    await expect(candidates).toHaveCount(2);

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
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({
        path: join(process.env.SCREENSHOTS_DIR, 'article-review.png'),
        fullPage: true,
      });
  } finally {
    await host.stop();
  }
});
