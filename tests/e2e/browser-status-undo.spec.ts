import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';
import { editorText, retractFirstCitedFact, sectionEditor, waitReady } from './user-flow';

const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';

test('retracting a cited fact from the briefing is one undo step: Ctrl+Z writes its status back to the library, Ctrl+Y again', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const bottom = sectionEditor(page, 'Bottom line');
    const before = await editorText(bottom);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeDisabled();

    // The chip opens its fact; retracted there, with a reason.
    const { was } = await retractFirstCitedFact(page, bottom);
    // Said plainly: the change is in the library, and Ctrl+Z in the briefing puts it back.
    const notice = page.getByRole('status').filter({ hasText: 'is now retracted in the library' });
    await expect(notice).toContainText(`Ctrl+Z (Undo) in the briefing puts it back to ${was}.`);
    await expect(undo).toBeEnabled();
    await expect(undo).toHaveAttribute('title', /^Undo: retracted “.+” \(Ctrl\+Z\)$/);

    // Ctrl+Z (the keyboard still in the library's form): the status is written back, the flag goes.
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Undone in the library:' })).toContainText(
      `is ${was} again.`,
    );
    await expect(bottom.locator('.cite-chip.retracted')).toHaveCount(0);
    expect(await editorText(bottom)).toEqual(before);
    await expect(undo).toBeDisabled();

    // Ctrl+Y: retracted again.
    await page.keyboard.press('Control+y');
    await expect(page.getByRole('status').filter({ hasText: 'Redone in the library:' })).toContainText(
      'is retracted again.',
    );
    await expect(bottom.locator('.cite-chip.retracted')).toHaveCount(1);

    // And back once more; the library (not only the editor) holds the old status: reopened, nothing flagged.
    await page.keyboard.press('Control+z');
    await expect(bottom.locator('.cite-chip.retracted')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Undone in the library:' })).toBeVisible();
    await page.reload();
    await waitReady(page);
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await expect(sectionEditor(page, 'Bottom line').locator('.cite-chip')).not.toHaveCount(0);
    await expect(page.locator('.cite-chip.retracted')).toHaveCount(0);
    await expect(page.getByTestId('fact').locator('.badge-danger', { hasText: 'Retracted' })).toHaveCount(0);
  });
});

test('Ctrl+Z in a library text field takes back what was typed there, not the briefing’s last step', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const bottom = sectionEditor(page, 'Bottom line');
    await bottom.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed in the briefing.');
    await expect.poll(async () => (await editorText(bottom)).join(' ')).toContain('Typed in the briefing.');
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeEnabled();

    const search = page.getByRole('searchbox', { name: 'Search facts' });
    await search.click();
    await page.keyboard.type('zelenskyy');
    await page.keyboard.press('Control+z');
    // The field's own undo ran (Chromium groups typed letters into undo steps by timing: some or all of
    // the word went); the briefing kept its edit.
    await expect(search).not.toHaveValue('zelenskyy');
    expect('zelenskyy'.startsWith(await search.inputValue())).toBe(true);
    expect((await editorText(bottom)).join(' ')).toContain('Typed in the briefing.');
    await expect(undo).toBeEnabled();

    // Back in the briefing, Ctrl+Z is the briefing's undo again.
    await bottom.click();
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await editorText(bottom)).join(' '))
      .not.toContain('Typed in the briefing.');
  });
});

test('an open fact form follows its fact when Undo changes it underneath: refreshed when untouched, edits kept (and said) when not; saving is not refused', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const bottom = sectionEditor(page, 'Bottom line');
    await bottom.locator('.cite-chip').first().click();
    const editFact = page.getByRole('form', { name: 'Edit fact' });
    const status = editFact.getByLabel('Status');
    const was = await status.inputValue();
    const retract = async () => {
      await status.selectOption('retracted');
      await editFact.getByLabel('Why is it retracted?').fill('The outlet withdrew the story.');
      await editFact.getByRole('button', { name: 'Save changes' }).click();
      await expect(bottom.locator('.cite-chip.retracted')).toHaveCount(1);
    };
    const undone = page.getByRole('status').filter({ hasText: 'Undone in the library:' });

    // Untouched form: Ctrl+Z writes the old status back, and the form shows it, silently.
    await retract();
    await page.keyboard.press('Control+z');
    await expect(undone).toBeVisible();
    await expect(status).toHaveValue(was);
    await expect(editFact.getByTestId('fact-changed')).toHaveCount(0);
    // A later save goes on the version the form now shows: not refused as a conflict.
    await editFact.getByLabel('Tags').fill('after-undo');
    await editFact.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fact saved.' })).toBeVisible();
    await expect(editFact.getByRole('button', { name: 'Reload their version' })).toHaveCount(0);
    await expect(editFact.getByRole('alert')).toHaveCount(0);

    // Edits of its own in the form: they stay, the status follows, and the form says the fact changed.
    await retract();
    await editFact.getByLabel('Locator').fill('para. 9');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(undone.last()).toBeVisible();
    await expect(status).toHaveValue(was);
    await expect(editFact.getByLabel('Locator')).toHaveValue('para. 9');
    await expect(editFact.getByTestId('fact-changed')).toContainText(
      'This fact changed in the library while you were editing it (Status).',
    );
    await editFact.getByRole('button', { name: 'Save changes' }).click();
    await expect(editFact.getByTestId('fact-changed')).toHaveCount(0);
    await expect(editFact.getByRole('button', { name: 'Reload their version' })).toHaveCount(0);
    await expect(bottom.locator('.cite-chip.retracted')).toHaveCount(0);
    await page.reload();
    await waitReady(page);
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    await sectionEditor(page, 'Bottom line').locator('.cite-chip').first().click();
    await expect(page.getByRole('form', { name: 'Edit fact' }).getByLabel('Locator')).toHaveValue('para. 9');
    await expect(page.getByRole('form', { name: 'Edit fact' }).getByLabel('Status')).toHaveValue(was);
  });
});
