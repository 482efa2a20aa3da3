import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';
import { sectionEditor } from './user-flow';

/** Focus back at the top of the page, as on loading it: the next Tab goes to its first focusable element. */
const focusPageStart = (page: Page) =>
  page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });

// The library's controls (a search, filters, and several buttons on every fact card) come before the
// briefing in the Tab order: two skip links, the page's first Tab stops, shown when focused, go past them.
test('skip links: the first Tab shows “Skip to briefing”, Enter puts the caret in the briefing; “Skip to library” reaches its search', async ({
  page,
}, testInfo) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
    await expect(sectionEditor(page, 'Bottom line')).toBeVisible();
    await focusPageStart(page);

    await page.keyboard.press('Tab');
    const toBriefing = page.getByRole('link', { name: 'Skip to briefing' });
    await expect(toBriefing).toBeFocused();
    const box = await toBriefing.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 50).toBe(true);
    await expect(toBriefing).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('skip-link-focused.png') });

    await page.keyboard.press('Enter');
    await expect(sectionEditor(page, 'Bottom line')).toBeFocused();
    await page.keyboard.type('Typed after skipping. ');
    await expect(sectionEditor(page, 'Bottom line')).toContainText('Typed after skipping.');
    // Out of view again once focus has moved on.
    await expect(toBriefing).not.toBeInViewport();

    await focusPageStart(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to library' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Search facts')).toBeFocused();
  });
});
