import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';
import { editorText, sectionEditor, switchTemplate, waitReady } from './user-flow';

test('library search: each result card shows its own statement, not the first card’s', async ({ page }) => {
  await withSample(page, async () => {
    const cards = page.getByTestId('fact');
    // A match in the speaker / relayed-by field: two facts relayed by Reuters.
    await page.getByLabel('Search facts').fill('Reuters');
    await expect(page.getByTestId('result-count')).toHaveText('2 facts');
    await expect(cards).toHaveCount(2);
    // Each card credits as its note will: who said it, the outlet that reported it, where it is cited.
    const credit = (text: RegExp) =>
      cards.filter({ has: page.getByTestId('fact-credit').filter({ hasText: text }) });
    const viaOfficials = credit(/^US officials, as reported by Reuters, cited in /);
    const reported = credit(/^Reuters, cited in /);
    await expect(viaOfficials.locator('.fact-open')).toHaveText(
      'US officials were leaning on Ukraine to pull its forces back from the eastern Donetsk region.',
    );
    await expect(reported.locator('.fact-open')).toHaveText(
      'Russia had yet to agree to the changes under discussion.',
    );
    await expect(reported.getByTestId('match-in')).toHaveText('Matched in: Reuters');
    await expect(reported.getByTestId('match-in').locator('mark')).toHaveText('Reuters');

    // Many results, most matching in the source title: every card still shows its own statement.
    await page.getByLabel('Search facts').fill('talks');
    await expect(page.getByTestId('result-count')).toHaveText('7 facts');
    const texts = await cards.locator('.fact-open').allTextContents();
    expect(new Set(texts).size).toBe(7);
    expect(texts).toContain('Zelenskyy argued for legally binding assurances, ratified by the US Congress.');
    // A match in the statement is shown highlighted in place.
    await expect(cards.first().locator('.fact-open mark')).toHaveText('talks');
  });
});

const openSample = async (page: Page) => {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
};

test('unsaved changes: a refused save is named next to its section, and leaving the page asks first', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    // Everything saved: a reload asks nothing.
    await page.reload();
    await waitReady(page);
    expect(dialogs).toEqual([]);
    await openSample(page);

    // A paragraph over the limit (typed in one go): the store refuses the save.
    const outlook = sectionEditor(page, 'Outlook');
    await outlook.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('x'.repeat(20_001));
    await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
    // (b) Said in words next to the section's text, naming the section and the paragraph.
    const sectionError = page.locator('[data-section="outlook"]').getByTestId('section-save-error');
    await expect(sectionError).toContainText(
      /Outlook, paragraph \d+: A paragraph must be at most 20000 characters\./,
    );
    await expect(page.getByTestId('section-save-error')).toHaveCount(1);
    await expect(page.getByText(/content\.sections/)).toHaveCount(0);

    // (a) Reloading now would lose the change: the page asks (and stays when told to).
    void page.evaluate(() => location.reload()).catch(() => undefined);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
    await expect(sectionError).toBeVisible();

    // Fixed (the paragraph undone): saved again, and leaving asks nothing.
    await page.keyboard.press('Control+z');
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    await expect(page.getByTestId('section-save-error')).toHaveCount(0);
    await page.reload();
    await waitReady(page);
    expect(dialogs).toEqual(['beforeunload']);
  });
});

/** Pastes plain text into an editor as the browser would (a paste event with clipboard data). */
const pasteText = (editor: Locator, text: string) =>
  editor.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

test('opening a briefing puts the keyboard on it, not back at the top of the page', async ({ page }) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeFocused();
    // The next Tab stops inside the briefing's pane.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.pane.editor'))).toBe(true);
  });
});

test('a paste over the limits is refused at once, with a notice, and the rest keeps saving', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const outlook = sectionEditor(page, 'Outlook');
    // The chips name their facts once the library has answered ("note 8: loading" until then).
    await expect(outlook).not.toContainText('loading');
    const before = await outlook.innerText();
    await outlook.click();

    // One paragraph of 20 001 characters.
    await pasteText(outlook, 'x'.repeat(20_001));
    const refused = page.locator('[data-section="outlook"]').getByTestId('paste-refused');
    await expect(refused).toContainText(/Not pasted: paragraph \d+ of Outlook would have 2\d{4} characters/);
    expect(await outlook.innerText()).toBe(before);

    // 2 001 paragraphs.
    await pasteText(outlook, Array.from({ length: 2001 }, (_, i) => `Line ${i}`).join('\n'));
    await expect(refused).toContainText(
      /Not pasted: Outlook would have 2\d{3} paragraphs, and a section can hold at most 2000/,
    );
    expect(await outlook.innerText()).toBe(before);
    await expect(page.getByText('Not saved', { exact: true })).toHaveCount(0);

    // A paste within the limits goes in, and another section's edit is saved too.
    await pasteText(outlook, 'A short pasted line.');
    await expect(outlook).toContainText('A short pasted line.');
    await expect(refused).toHaveCount(0);
    const bottom = sectionEditor(page, 'Bottom line');
    await bottom.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed after.');
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    await page.reload();
    await waitReady(page);
    await openSample(page);
    await expect(sectionEditor(page, 'Outlook')).toContainText('A short pasted line.');
    await expect(sectionEditor(page, 'Bottom line')).toContainText('Typed after.');
  });
});

test('export dialog: after an export, changing the format or the file name brings the Export button back', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const exportButton = dialog.getByRole('button', { name: /^Export( anyway)?$/ });
    await exportButton.click();
    await expect(dialog.getByRole('button', { name: /^Save .* again$/ })).toHaveCount(1);
    await expect(exportButton).toHaveCount(0);

    // Another format: a new export to make.
    await dialog.getByRole('radio', { name: /Both/ }).check();
    await expect(exportButton).toBeEnabled();
    await exportButton.click();
    await expect(dialog.getByRole('button', { name: /^Save .* again$/ })).toHaveCount(2);
    await expect
      .poll(() => downloads.map((d) => d.suggestedFilename().split('.').pop()))
      .toEqual(['docx', 'docx', 'pdf']);

    // Another file name: likewise.
    await expect(exportButton).toHaveCount(0);
    await dialog.getByLabel('File name').fill('renamed-note');
    await expect(exportButton).toBeEnabled();
    await exportButton.click();
    await expect
      .poll(() => downloads.map((d) => d.suggestedFilename()).slice(3))
      .toEqual(['renamed-note.docx', 'renamed-note.pdf']);
  });
});

test('a template switch is one undo step: Ctrl+Z reverts it, and the edits before it stay undoable', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const bottom = sectionEditor(page, 'Bottom line');
    const original = await editorText(bottom);
    await bottom.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Edited first.');
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    const edited = await editorText(bottom);
    expect(edited.join('\n')).toContain('Edited first.');

    await switchTemplate(page, 'Policy options memo');
    await expect(
      page.getByRole('status').filter({ hasText: 'Switched to Policy options memo: ' }),
    ).toBeVisible();
    // The editor's heading (the preview has one too, once it has caught up).
    await expect(
      page.locator('[data-section="issue"]').getByRole('heading', { name: '1. Issue' }),
    ).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeEnabled();

    // Ctrl+Z: back on the first template, the sections as they were, the switch saved back too.
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('situation-brief');
    await expect(page.getByTestId('leftover')).toHaveCount(0);
    expect(await editorText(sectionEditor(page, 'Bottom line'))).toEqual(edited);
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();

    // The edit before the switch is still in the history.
    await expect(undo).toBeEnabled();
    await undo.click();
    await expect.poll(() => editorText(sectionEditor(page, 'Bottom line'))).toEqual(original);
    // Redo twice: the edit, then the switch again.
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('policy-options-memo');
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();

    // What the store holds follows: reopened, the briefing is on the template the history left it on.
    await page.reload();
    await waitReady(page);
    await openSample(page);
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('policy-options-memo');
  });
});

test('Ctrl+K then typing at once: every character lands in the search, none in the editor', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const search = page.getByLabel('Search facts');
    const bottom = sectionEditor(page, 'Bottom line');
    const before = await editorText(bottom);
    for (let round = 0; round < 5; round++) {
      await bottom.click();
      await page.keyboard.press('Control+End');
      // From the editor, with no pause between the shortcut and the first key.
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Reuters', { delay: 0 });
      await expect(search).toBeFocused();
      await expect(search).toHaveValue('Reuters');
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
    }
    // From another tab of the library (the search field is not on screen yet).
    await bottom.click();
    await page.getByRole('tab', { name: /^Sources/ }).click();
    await bottom.click();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Kremlin', { delay: 0 });
    await expect(search).toHaveValue('Kremlin');
    expect(await editorText(bottom)).toEqual(before);
  });
});
