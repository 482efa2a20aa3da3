import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../helpers/readers';
import { startHost, type RunningHost } from './browser-host';
import { expectAccessible } from './a11y';
import { waitReady } from './user-flow';

const shots = process.env.SCREENSHOTS_DIR;

test('templates: duplicate and edit with live validation, front matter rules block export, undo, delete with undo, briefing files', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-tpl-'));
  const host: RunningHost = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);

    // The template library: four built-ins, each with its origin.
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    const list = page.getByRole('list', { name: 'Installed templates' });
    await expect(list.getByRole('listitem')).toHaveCount(4);
    await expect(list.getByText('Built-in', { exact: true })).toHaveCount(4);
    if (shots) await page.screenshot({ path: join(shots, 'templates.png') });
    await expectAccessible(page, 'the template library');

    // Duplicate and edit: a mistake is named by its JSON path; once fixed it saves as one of mine.
    await list
      .getByRole('listitem')
      .filter({ hasText: 'Situation brief' })
      .getByRole('button', { name: 'Duplicate and edit' })
      .click();
    const json = page.getByLabel('Template (JSON)');
    const original = await json.inputValue();
    await json.fill(original.replace('"heading": "Bottom line"', '"heading": ""'));
    await expect(page.getByRole('list', { name: 'Template errors' })).toContainText(
      'sections[0].heading must not be empty.',
    );
    await expect(page.getByRole('button', { name: 'Save to my templates' })).toBeDisabled();
    await json.fill(
      original
        .replace('"name": "Situation brief (copy)"', '"name": "Desk situation brief"')
        .replace('"heading": "Bottom line"', '"heading": "BLUF"'),
    );
    await expect(page.getByText('Valid template.')).toBeVisible();
    await expect(page.getByLabel('Preview of Desk situation brief')).toContainText('BLUF');
    if (shots) await page.screenshot({ path: join(shots, 'template-editor.png') });
    await expectAccessible(page, 'the template editor');
    await page.getByRole('button', { name: 'Save to my templates' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved “Desk situation brief” to your templates.' }),
    ).toBeVisible();
    await expect(
      list.getByRole('listitem').filter({ hasText: 'Desk situation brief' }).getByText('Mine'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();

    // A policy memo requires recipients: export is blocked until they are filled.
    const form = page.getByRole('form', { name: 'New briefing' });
    await expect(form.getByRole('radio', { name: /Desk situation brief/ })).toBeVisible();
    await form.getByRole('radio', { name: /Policy options memo/ }).check();
    await form.getByLabel('Title', { exact: true }).fill('Options after Berlin');
    await form.getByRole('button', { name: 'Create briefing' }).click();
    await expect(page.getByTestId('banner')).toHaveText('OFFICIAL-SENSITIVE');
    await page.getByRole('textbox', { name: 'Issue', exact: true }).click();
    await page.keyboard.type('Decide by Friday whether to back the ceasefire monitoring mission.');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const check = dialog.getByRole('region', { name: 'Pre-export check' });
    await expect(check).toContainText('Export is blocked by the template');
    await expect(check).toContainText('The template requires Recipients; it is empty.');
    await expect(dialog.getByRole('button', { name: /^Export/ })).toHaveCount(0);
    await expectAccessible(page, 'the export dialog with a blocked export');
    await dialog.getByRole('button', { name: 'Back to editing' }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByLabel('Recipients (required)').fill('Europe desk');

    // Undo and redo span the whole document.
    await page.getByLabel('Title', { exact: true }).fill('Options after Berlin — draft');
    await page.locator('body').press('Control+z');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Options after Berlin');
    await page.locator('body').press('Control+y');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Options after Berlin — draft');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(check).toContainText('“Options” is required but empty.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export anyway' }).click(),
    ]);
    const pdf = join(dataDir, 'memo.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('To: Europe desk');
    expect(text).toContain('1. Issue');
    expect(text).toContain('Decide by Friday');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A portable briefing file, saved and opened again.
    const [fileDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as briefing file' }).click(),
    ]);
    const briefingFile = join(dataDir, 'memo.briefing.json');
    await fileDownload.saveAs(briefingFile);
    expect(JSON.parse(readFileSync(briefingFile, 'utf8'))).toMatchObject({
      format: 'briefing-builder-briefing',
      briefing: { title: 'Options after Berlin — draft' },
    });
    await page.getByRole('button', { name: 'Close' }).click();
    const table = page.getByRole('table', { name: 'Recent briefings' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Policy options memo');
    // Its briefing is in the library already: opened as a copy (replace/cancel: browser-briefing-file-reopen).
    await page.getByLabel('Briefing file').setInputFiles(briefingFile);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Open as a copy' }).click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
      'Options after Berlin — draft (copy)',
    );
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);

    // Delete with undo.
    await table.getByRole('button', { name: 'Delete Options after Berlin — draft' }).first().click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    if (shots) await page.screenshot({ path: join(shots, 'start.png') });
  } finally {
    await host.stop();
  }
});
