import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

test('a briefing whose template is not installed says why it does not open, and opens once the template is back', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-missing-template-'));
  const mine = join(dataDir, 'templates', 'desk-brief.json');
  const situation = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as object;
  mkdirSync(join(dataDir, 'templates'), { recursive: true });
  writeFileSync(mine, JSON.stringify({ ...situation, id: 'desk-brief', name: 'Desk brief' }));

  let host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    const form = page.getByRole('form', { name: 'New briefing' });
    await form.getByRole('radio', { name: /Desk brief/ }).check();
    await form.getByLabel('Title', { exact: true }).fill('Desk note');
    await form.getByRole('button', { name: 'Create briefing' }).click();
    await page.getByRole('textbox', { name: 'Bottom line', exact: true }).click();
    await page.keyboard.type('Kept while the template is away.');
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await host.stop();

    // The template's file goes (a team folder offline is the same): the list says so, a click says why.
    const kept = readFileSync(mine, 'utf8');
    rmSync(mine);
    host = await startHost(dataDir);
    await page.goto(host.url);
    await waitReady(page);
    const table = page.getByRole('table', { name: 'Recent briefings' });
    await expect(table.getByRole('row', { name: /Desk note/ })).toContainText('desk-brief (not installed)');
    await table.getByRole('button', { name: 'Desk note', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(
      '“Desk note” cannot open: its template “desk-brief” is not installed here. Its content is safe in the store.',
    );
    await host.stop();

    // Back: it opens, its text as it was.
    writeFileSync(mine, kept);
    host = await startHost(dataDir);
    await page.goto(host.url);
    await waitReady(page);
    await page
      .getByRole('table', { name: 'Recent briefings' })
      .getByRole('button', { name: 'Desk note', exact: true })
      .click();
    await expect(page.getByRole('textbox', { name: 'Bottom line', exact: true })).toContainText(
      'Kept while the template is away.',
    );
  } finally {
    await host.stop();
  }
});
