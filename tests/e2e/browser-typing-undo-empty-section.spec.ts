import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';
import { editorText, sectionEditor } from './user-flow';

test('words typed into an empty section are one undo step, first character included', async ({ page }) => {
  await withSample(page, async () => {
    const newBriefing = page.getByRole('form', { name: 'New briefing' });
    await newBriefing.getByLabel('Title', { exact: true }).fill('Undo in an empty section');
    await newBriefing.getByRole('button', { name: 'Create briefing' }).click();
    const outlook = sectionEditor(page, 'Outlook');
    await outlook.click();
    const empty = await editorText(outlook);
    await page.keyboard.type('Hello world typed slowly', { delay: 60 });
    await expect.poll(() => editorText(outlook)).toEqual(['Hello world typed slowly']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(outlook)).toEqual(empty);
  });
});
