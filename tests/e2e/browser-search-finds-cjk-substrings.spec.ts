import { expect, test } from '@playwright/test';
import { restateSampleFact, withSample } from './sample-store';

// An analyst quoting a Chinese source types part of a sentence written without spaces (北约 in
// 北约秘书长表示…), or an emoji: search as you type finds the fact and highlights what matched, and a
// term that finds nothing offers no "prefix" of it.
const STATEMENT = '北约秘书长表示将加强东翼防御 🔥';

test('search as you type finds a substring of Chinese text and an emoji, highlighted', async ({ page }) => {
  await withSample(page, async () => {
    await restateSampleFact(page, STATEMENT);

    const search = page.getByLabel('Search facts');
    for (const [text, marked] of [
      ['秘书长', '秘书长'],
      ['约', '约'],
      ['🔥', '🔥'],
    ] as const) {
      await search.fill(text);
      await expect(page.getByTestId('result-count')).toHaveText('1 fact');
      await expect(page.getByTestId('fact').first().locator('mark').first()).toHaveText(marked);
    }
    await search.fill('北约峰会');
    await expect(page.getByTestId('result-count')).toHaveText('0 facts');
    await expect(page.getByRole('button', { name: /Search words starting with it/ })).toHaveCount(0);
  });
});
