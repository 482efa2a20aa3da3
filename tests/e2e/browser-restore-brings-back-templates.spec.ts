import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

// The user's own templates travel in a backup: lost from the data folder, a restore brings them back,
// and says so before and after.
test('a backup holds the user’s own templates, and a restore after they were lost brings them back', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-restore-templates-'));
  const situation = readFileSync(join(process.cwd(), 'templates', 'situation-brief.json'), 'utf8');
  mkdirSync(join(dataDir, 'templates'));
  writeFileSync(
    join(dataDir, 'templates', 'desk-note.json'),
    situation.replace('"situation-brief"', '"desk-note"').replace(/"name": "[^"]*"/, '"name": "Desk note"'),
  );
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    const list = page.getByRole('list', { name: 'Installed templates' });
    await expect(list.getByRole('listitem').filter({ hasText: 'Desk note' })).toHaveCount(1);

    await page.getByRole('tab', { name: 'Import & backup' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up the whole store' }).click(),
    ]);
    const backup = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-restore-templates-out-')), 'backup.sqlite');
    await download.saveAs(backup);

    // The disk loses the templates folder.
    rmSync(join(dataDir, 'templates'), { recursive: true });
    await expect(list.getByRole('listitem').filter({ hasText: 'Desk note' })).toHaveCount(0);

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByLabel('Backup file').setInputFiles(backup);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your templates: 1 brought back (“Desk note”).' }),
    ).toBeVisible();
    expect(questions[0]).toContain('Your templates: 1 to bring back (“Desk note”).');
    expect(readdirSync(join(dataDir, 'templates'))).toEqual(['desk-note.json']);
    // The template library (still open beside) lists it again.
    await expect(list.getByRole('listitem').filter({ hasText: 'Desk note' })).toHaveCount(1);
  } finally {
    await host.stop();
  }
});
