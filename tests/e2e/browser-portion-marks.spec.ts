import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSample } from './sample-store';
import { sectionEditor } from './user-flow';

test('portion marks: a fact marked SECRET marks the paragraph citing it, the check warns about the banner, a mark set by hand undoes, and a release version leaves the paragraph out', async ({
  page,
}) => {
  await withSample(page, async () => {
    // Mark a fact in its form; its card says so.
    await page.getByText('Russia had yet to agree to the changes').first().click();
    const form = page.getByRole('form', { name: /fact/i }).first();
    await form.getByLabel('Marking').fill('SECRET');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.marking').filter({ hasText: 'SECRET' })).toHaveCount(1);

    // The briefing: the Outlook paragraph cites that fact and shows "(S)" before its text.
    await page.getByText('Berlin peace talks: territory').first().click();
    const outlook = sectionEditor(page, 'Outlook');
    const paragraph = outlook.locator('p').filter({ hasText: 'Russia has not accepted' });
    await expect(paragraph).toHaveAttribute('data-portion', 'S');
    await expect(paragraph.locator('.portion-badge')).toHaveText('(S)');
    // Nothing else cites a marked fact: no other paragraph shows a mark (the template does not print them).
    await expect(page.locator('.rich-editor p[data-portion]')).toHaveCount(1);

    // Set by hand, as one undoable step.
    await paragraph.click();
    const picker = page.getByLabel('Outlook: portion mark of the paragraph at the cursor');
    await picker.selectOption('official');
    await expect(paragraph).toHaveAttribute('data-portion', 'O');
    await expect(paragraph.locator('.portion-badge.by-hand')).toHaveText('(O)');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(paragraph).toHaveAttribute('data-portion', 'S');
    await expect(picker).toHaveValue('');

    // The check: the banner (OFFICIAL) is below the content (SECRET).
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await expect(dialog.getByRole('list', { name: 'Findings' })).toContainText(
      'The banner is OFFICIAL, but “Russia has not accepted the proposals',
    );
    // A release version at OFFICIAL leaves the SECRET paragraph out: the check says so, and no longer
    // asks to raise the banner for a paragraph the release does not print.
    await dialog.getByLabel('Version').selectOption('official');
    const findings = dialog.getByRole('list', { name: 'Findings' });
    await expect(findings).toContainText(
      'The release version at OFFICIAL leaves out one paragraph marked above OFFICIAL (“Russia has not accepted',
    );
    await expect(findings).not.toContainText('The banner is OFFICIAL');
    await expect(dialog).toContainText(/release-official\.docx/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: /^Export( anyway)?$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-release-official\.docx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-release-')), 'release.docx');
    await download.saveAs(file);
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], {
      encoding: 'utf8',
    });
    expect(text).toContain('Washington says');
    expect(text).not.toContain('Russia has not accepted');

    // Emptying the Marking field and saving removes the marking: the card and the paragraph lose it.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByText('Russia had yet to agree to the changes').first().click();
    const again = page.getByRole('form', { name: /fact/i }).first();
    await expect(again.getByLabel('Marking')).toHaveValue('SECRET');
    await again.getByLabel('Marking').fill('');
    await again.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Fact saved.')).toBeVisible();
    await again.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.marking').filter({ hasText: 'SECRET' })).toHaveCount(0);
    await expect(paragraph).not.toHaveAttribute('data-portion');
  });
});
