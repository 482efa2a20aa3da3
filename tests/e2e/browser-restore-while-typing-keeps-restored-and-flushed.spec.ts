import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { SAMPLE_TITLE, briefingCli, makeSampleStore } from './sample-store';
import { waitReady } from './user-flow';

/** The sample briefing's sections as a store file has them (read with better-sqlite3, read-only). */
function storedSections(file: string): { text: string; updatedAt: string } {
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare('SELECT sections_json AS s, updated_at AS u FROM briefings WHERE title = ?')
      .get(SAMPLE_TITLE) as { s: string; u: string };
    return { text: row.s, updatedAt: row.u };
  } finally {
    db.close();
  }
}

// An analyst backs up, opens a briefing, types (saved), types more (not saved yet) and restores the
// backup: the editor shows the briefing as the backup has it, the store keeps that (no autosave from
// before the restore writes the old text over it), and the words typed since the backup are in the store
// the restore kept aside, not lost.
test('restoring a backup while typing shows and keeps the restored briefing; the typed words are in the store kept aside', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-e2e-restore-typing-'));
  const data = join(work, 'data');
  makeSampleStore(data);
  const backup = join(work, 'before.sqlite');
  briefingCli(['backup', '--out', backup, '--data', data]);
  const inBackup = storedSections(backup).text;
  const host = await startHost(data);
  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const editor = page.locator('.section-editor [contenteditable=true]').first();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' SAVED-AFTER-BACKUP');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await page.keyboard.type(' TYPED-JUST-BEFORE-RESTORE');
    await page.getByRole('tab', { name: 'Import & backup' }).click();
    await page.getByLabel('Backup file').setInputFiles(backup);

    await expect(page.getByRole('status').filter({ hasText: 'Restored before.sqlite' })).toBeVisible();
    await expect(page.getByText('was opened again as the backup has it')).toBeVisible();
    // The question said the open briefing changed after the backup, and where today's store goes.
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain(`The open briefing “${SAMPLE_TITLE}” was changed after this backup`);
    expect(questions[0]).toContain('briefing-before-restore-');

    // The editor shows the restored text; a moment later the store still has it.
    await expect(editor).not.toContainText('SAVED-AFTER-BACKUP');
    await expect(editor).not.toContainText('TYPED-JUST-BEFORE-RESTORE');
    await page.waitForTimeout(2000);
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    expect(storedSections(join(data, 'briefing.sqlite')).text).toBe(inBackup);

    // What was typed since the backup, the unsaved words too, is in the store kept aside.
    const kept = readdirSync(data).filter((n) => /^briefing-before-restore-.*\.sqlite$/.test(n));
    expect(kept).toHaveLength(1);
    const aside = storedSections(join(data, kept[0]!)).text;
    expect(aside).toContain('SAVED-AFTER-BACKUP');
    expect(aside).toContain('TYPED-JUST-BEFORE-RESTORE');

    // Typing after the restore saves onto the restored briefing.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' AFTER-RESTORE');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    const after = storedSections(join(data, 'briefing.sqlite')).text;
    expect(after).toContain('AFTER-RESTORE');
    expect(after).not.toContain('SAVED-AFTER-BACKUP');
  } finally {
    await host.stop();
  }
});

// The restore run from the command line while the window's autosave is on its way: the window cannot
// save first, and its save arrives after the restore (refused, not written over the restored briefing).
// What was typed is in neither store, so it is kept as a briefing of its own.
test('a restore from the command line while an autosave is on its way keeps the typed words as a new briefing, not over the restored one', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-e2e-restore-typing-'));
  const data = join(work, 'data');
  makeSampleStore(data);
  const backup = join(work, 'before.sqlite');
  briefingCli(['backup', '--out', backup, '--data', data]);
  const inBackup = storedSections(backup).text;
  const host = await startHost(data);
  const held: Route[] = [];
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    // The window's saves of the open briefing are held on their way.
    await page.route(/\/api\/briefings(%3A|:)update$/, (route) =>
      route.request().postData()?.includes('(typed before the restore)')
        ? route.continue()
        : void held.push(route),
    );
    const editor = page.locator('.section-editor [contenteditable=true]').first();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' TYPED-AS-THE-CLI-RESTORES');
    await expect.poll(() => held.length).toBeGreaterThan(0);

    briefingCli(['restore', backup, '--data', data]);
    await expect(page.getByText('was opened again as the backup has it')).toBeVisible();
    await expect(page.getByText('is kept as a new briefing')).toBeVisible();
    await expect(editor).not.toContainText('TYPED-AS-THE-CLI-RESTORES');
    // The held save arrives now, after the restore: refused, the restored briefing untouched.
    for (const route of held.splice(0)) await route.continue();
    await page.unroute(/\/api\/briefings(%3A|:)update$/);
    await page.waitForTimeout(1500);
    expect(storedSections(join(data, 'briefing.sqlite')).text).toBe(inBackup);
    const db = new Database(join(data, 'briefing.sqlite'), { readonly: true });
    try {
      const copy = db
        .prepare('SELECT sections_json FROM briefings WHERE title = ?')
        .pluck()
        .get(`${SAMPLE_TITLE} (typed before the restore)`) as string;
      expect(copy).toContain('TYPED-AS-THE-CLI-RESTORES');
    } finally {
      db.close();
    }
  } finally {
    await host.stop();
  }
});
