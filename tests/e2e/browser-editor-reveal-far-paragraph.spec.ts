import { expect, test, type Page } from '@playwright/test';
import { withLongBriefing } from './long-briefing';
import { sectionEditor } from './user-flow';

const FAR_WORD = 'Quillfeather';

const caretBlock = (page: Page) =>
  page.evaluate(() => {
    const node = window.getSelection()?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    return element?.closest<HTMLElement>('[data-block-id]')?.dataset.blockId ?? null;
  });

// What reaches a paragraph far off screen must find it in place: the check's "Go to paragraph" and find.
// The link used to leave the view at the top of the last section: focusing its editor, taller than the
// pane, scrolled back to the editor's start. (Sections off screen also skip rendering, content-visibility.)
test('a long briefing: a paragraph in a section off screen is found, and brought into view by the export check, and typing lands in it', async ({
  page,
}) => {
  // Every paragraph on a source of its own (so the export check links to each), the last one ending
  // with a word found nowhere else.
  const options = { paragraphs: 160, words: 40, citations: 160, sourceCount: 160 };
  const farWord = (file: { briefing: { sections: Array<{ blocks: Array<{ content: unknown[] }> }> } }) =>
    void file.briefing.sections
      .at(-1)
      ?.blocks.at(-1)
      ?.content.push({ type: 'text', text: ` ${FAR_WORD}` });
  await withLongBriefing(
    page,
    options,
    async () => {
      // The last paragraph: far down, in the last section.
      const far = '[data-block-id="p-160"]';
      await expect(page.locator(far)).not.toBeInViewport();

      // Its text is found (window.find searches the page's text; it selects the match, not scrolling).
      // The match's paragraph is read in the same task as the find: window.find also focuses the
      // section's editor, and an editor taking focus may write its own selection back before it has read
      // the one find made (seen once on a loaded CI machine: the caret at the section's first paragraph).
      expect(
        await page.evaluate((word) => {
          const found = (window as unknown as { find(text: string): boolean }).find(word);
          const node = window.getSelection()?.anchorNode;
          const element = node instanceof Element ? node : node?.parentElement;
          return [found, element?.closest<HTMLElement>('[data-block-id]')?.dataset.blockId ?? null];
        }, FAR_WORD),
      ).toEqual([true, 'p-160']);

      // Back to the top, then the check's link to the last paragraph.
      await sectionEditor(page, 'Bottom line').locator('p').first().click();
      await page.locator('.pane.editor').evaluate((el) => el.scrollTo(0, 0));
      await page.getByRole('button', { name: 'Export DOCX' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export briefing' });
      const group = dialog
        .getByRole('list', { name: 'Findings' })
        .locator('details')
        .filter({ hasText: /\d+ paragraphs rest on a single source/ });
      await group.locator('summary').click();
      await group.getByRole('button', { name: 'Go to paragraph' }).last().click();
      await expect(dialog).toHaveCount(0);
      expect(await caretBlock(page)).toBe('p-160');
      await expect(page.locator(far)).toBeInViewport();
      await page.keyboard.type('ZZQ ');
      await expect(page.locator(far)).toContainText(/^ZZQ /);
    },
    farWord,
  );
});
