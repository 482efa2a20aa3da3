import { expect, test } from '@playwright/test';
import { withLongBriefing } from './long-briefing';
import { sectionEditor } from './user-flow';

// Typing that leaves a section as long as it was (letters added to a word) does not re-render the
// section: its editor has the text already. Undo then takes the app back to the very blocks the section
// last rendered with, and the editor must still be given them.
test('letters typed into a word leave the length as it was, and Ctrl+Z takes them back', async ({ page }) => {
  await withLongBriefing(page, { paragraphs: 40, words: 30, citations: 10, sourceCount: 4 }, async () => {
    const editor = sectionEditor(page, 'Bottom line');
    const length = page.getByLabel('Bottom line length', { exact: true });
    const paragraph = editor.locator('p').nth(5);
    await paragraph.click();
    const before = (await paragraph.textContent()) ?? '';
    const words = (await length.textContent()) ?? '';

    // Typed into a word (or joined to it): the paragraph has as many words as before.
    await page.keyboard.type('zzq', { delay: 30 });
    await expect(paragraph).toContainText('zzq');
    const typed = (await paragraph.textContent()) ?? '';
    await expect(length).toHaveText(words);

    await page.keyboard.press('Control+z');
    await expect(paragraph).toHaveText(before);
    await expect(length).toHaveText(words);
    await page.keyboard.press('Control+y');
    await expect(paragraph).toHaveText(typed);
    await expect(length).toHaveText(words);

    // A new word changes the length at once, and undo takes it back.
    await page.keyboard.type(' qqmore ', { delay: 30 });
    await expect(paragraph).toContainText(' qqmore ');
    await expect(length).not.toHaveText(words);
    await page.keyboard.press('Control+z');
    await expect(paragraph).not.toContainText('qqmore');
    await expect(length).toHaveText(words);
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  });
});
