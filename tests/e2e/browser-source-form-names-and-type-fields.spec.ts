import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');

test('the source form adds, removes and reorders authors and editors (person or organisation), keeps a partial date, a DOI and the type’s own fields', async ({
  page,
}, testInfo) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-source-form-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('button', { name: 'New source' }).click();
    const form = page.getByRole('form', { name: 'New source' });
    await form.getByLabel('Title').fill('Ceasefire Monitoring in Practice');
    await form.getByLabel('Kind').selectOption('report');
    await form.getByLabel('Report number').fill('SEC.GAL/12/21');
    await form.getByLabel('Published', { exact: true }).fill('2021-03');
    await form.getByLabel('DOI').fill('not a doi');

    // Authors: an organisation, then a person, then the person moved first.
    await form.getByRole('button', { name: 'Add author' }).click();
    await form.getByLabel('Kind of author 1').selectOption('organisation');
    await form.getByLabel(/^Name of author 1/).fill('OSCE');
    await form.getByRole('button', { name: 'Add author' }).click();
    await form.getByLabel(/^Given name of author 2/).fill('Anna');
    await form.getByLabel(/^Family name of author 2/).fill('Smith');
    await form.getByRole('button', { name: 'Move author 2 (Anna Smith) up' }).click();
    // Editors: two added, the first removed.
    await form.getByRole('button', { name: 'Add editor' }).click();
    await form.getByLabel(/^Family name of editor 1/).fill('Wrong');
    await form.getByRole('button', { name: 'Add editor' }).click();
    await form.getByLabel(/^Given name of editor 2/).fill('Ada');
    await form.getByLabel(/^Family name of editor 2/).fill('Okonkwo');
    await form.getByRole('button', { name: 'Remove editor 1 (Wrong)' }).click();
    await page.screenshot({ path: testInfo.outputPath('source-form-names.png') });
    // A DOI that is not a DOI is refused under its field, the keyboard put on it, nothing typed lost.
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(form.getByRole('alert')).toHaveText(/^DOI must be a DOI such as 10\.1234/);
    await expect(form.getByLabel('DOI')).toBeFocused();
    await expect(form.getByLabel('Title')).toHaveValue('Ceasefire Monitoring in Practice');
    await expect(form.getByLabel(/^Family name of editor 1/)).toHaveValue('Okonkwo');
    await expect(page.getByRole('tab', { name: /^Sources \(1\)/ })).toHaveCount(0);
    await form.getByLabel('DOI').fill('https://doi.org/10.1234/OSCE.2021');
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();

    await page.getByRole('tab', { name: 'Sources (1)' }).click();
    const sources = page.getByRole('list', { name: 'Sources' });
    await expect(sources).toContainText('Smith and OSCE (2021). Ceasefire Monitoring in Practice');
    await expect(sources).toContainText('DOI 10.1234/OSCE.2021');

    // Opened again: everything as saved.
    await page.getByRole('button', { name: 'Edit Ceasefire Monitoring in Practice' }).click();
    const edit = page.getByRole('form', { name: 'Edit source' });
    await expect(edit.getByLabel('Family name of author 1 (Anna Smith)')).toHaveValue('Smith');
    await expect(edit.getByLabel('Name of author 2 (OSCE)')).toHaveValue('OSCE');
    await expect(edit.getByLabel('Family name of editor 1 (Ada Okonkwo)')).toHaveValue('Okonkwo');
    await expect(edit.getByLabel(/^Family name of editor 2/)).toHaveCount(0);
    await expect(edit.getByLabel('Report number')).toHaveValue('SEC.GAL/12/21');
    await expect(edit.getByLabel('Published', { exact: true })).toHaveValue('2021-03');
    await expect(edit.getByRole('link', { name: 'https://doi.org/10.1234/OSCE.2021' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('source-form-reopened.png') });
  } finally {
    await host.stop();
  }
  // The stored item, read by the CLI after the app is gone: CSL names, a year-month date, the number.
  const out = join(dataDir, 'library.json');
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'bin', 'briefing.mjs'),
      'export',
      'library',
      '--format',
      'csl-json',
      '--out',
      out,
      '--data',
      dataDir,
    ],
    { encoding: 'utf8' },
  );
  const [item] = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
  expect(item).toMatchObject({
    type: 'report',
    author: [{ family: 'Smith', given: 'Anna' }, { literal: 'OSCE' }],
    editor: [{ family: 'Okonkwo', given: 'Ada' }],
    number: 'SEC.GAL/12/21',
    DOI: '10.1234/OSCE.2021',
    issued: { 'date-parts': [[2021, 3]] },
  });
});
