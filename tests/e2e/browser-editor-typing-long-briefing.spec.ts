import { expect, test } from '@playwright/test';
import { withLongBriefing } from './long-briefing';
import { sectionEditor } from './user-flow';

// ProseMirror leaves scrolling to typed text to the browser, and the section re-renders only when
// typing changes its length: the caret must still come into view, and undo right after typing must
// take the typing back.
test('typing in a long briefing: the caret comes back into view, and Ctrl+Z at once takes the typing back', async ({
  page,
}) => {
  await withLongBriefing(page, { paragraphs: 160, words: 40, citations: 40, sourceCount: 10 }, async () => {
    const editor = sectionEditor(page, 'Bottom line');
    const paragraph = editor.locator('p').first();
    await paragraph.click();
    const before = (await paragraph.textContent()) ?? '';

    // The paragraph scrolled far out of view, the caret still in it.
    await paragraph.evaluate((p) => {
      let el: HTMLElement | null = p.parentElement;
      while (el && !(el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY !== 'visible'))
        el = el.parentElement;
      if (!el) throw new Error('no scrolling pane');
      el.scrollTop = el.scrollHeight;
    });
    await expect(paragraph).not.toBeInViewport();
    await page.keyboard.type(' zz');
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toContainText(' zz');

    await page.keyboard.press('Control+z');
    await expect(paragraph).toHaveText(before);
    await page.keyboard.press('Control+y');
    await expect(paragraph).toContainText(' zz');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  });
});
