import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { SAMPLE_TITLE, makeSampleStore } from './sample-store';
import { waitReady } from './user-flow';

/** The sample briefing's sections as the store has them (read with better-sqlite3, read-only). */
function storedSections(dataDir: string): string {
  const db = new Database(join(dataDir, 'briefing.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT sections_json FROM briefings WHERE title = ?')
      .pluck()
      .get(SAMPLE_TITLE) as string;
  } finally {
    db.close();
  }
}

// An analyst types while browser mode restarts: the old tab cannot save ("Not saved"), and pasting the
// new address into it changes only the #launch= part, which does not load the page again by itself. The
// tab reconnects (a new launch code is a new session), and what was typed while it was not connected is
// saved to the restarted app and shown, never lost.
test('a new launch address pasted into the old tab reconnects it, and the text typed meanwhile is saved to the restarted app', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-e2e-new-address-'));
  const data = join(work, 'data');
  makeSampleStore(data);
  const first = await startHost(data);
  let second: Awaited<ReturnType<typeof startHost>> | undefined;
  try {
    await page.goto(first.url);
    await waitReady(page);
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const editor = page.locator('.section-editor [contenteditable=true]').first();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' SAVED-BEFORE-RESTART');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

    // The app stops; typing goes on; it starts again on the same port.
    await first.stop();
    await page.keyboard.type(' TYPED-WHILE-DOWN');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    second = await startHost(data, [], first.port);
    await page.keyboard.type(' TYPED-AFTER-RESTART');
    await expect(page.getByText('This tab is not connected to the running app').first()).toBeVisible();

    // The new address, pasted into the same tab: only the fragment changes.
    expect(new URL(second.launchUrl).origin).toBe(new URL(page.url()).origin);
    await page.goto(second.launchUrl);
    await expect(page.getByText('This tab is connected to the running app again')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    for (const words of ['SAVED-BEFORE-RESTART', 'TYPED-WHILE-DOWN', 'TYPED-AFTER-RESTART'])
      await expect(editor).toContainText(words);
    const stored = storedSections(data);
    expect(stored).toContain('TYPED-WHILE-DOWN');
    expect(stored).toContain('TYPED-AFTER-RESTART');
    // The address bar no longer shows the code, and the session's token is in no output of the app.
    expect(page.url()).not.toContain('#launch=');
    const { token } = JSON.parse(readFileSync(join(data, 'browser-session.json'), 'utf8')) as {
      token: string;
    };
    expect(second.output()).not.toContain(token);

    // It keeps saving to the restarted app.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' RECONNECTED');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    expect(storedSections(data)).toContain('RECONNECTED');
  } finally {
    await first.stop();
    await second?.stop();
  }
});

test('text typed while not connected, when the briefing changed in the store meanwhile, is kept as a new briefing, not saved over it', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-e2e-new-address-'));
  const data = join(work, 'data');
  makeSampleStore(data);
  const first = await startHost(data);
  let second: Awaited<ReturnType<typeof startHost>> | undefined;
  try {
    await page.goto(first.url);
    await waitReady(page);
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const editor = page.locator('.section-editor [contenteditable=true]').first();
    // The briefing is open before its app goes away (on a slow machine it may still be on its way).
    await expect(editor).toBeVisible();
    await first.stop();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' TYPED-WHILE-DOWN');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    second = await startHost(data, [], first.port);

    // Someone else changes the briefing in the restarted app first (another tab on the new address).
    const { token } = JSON.parse(readFileSync(join(data, 'browser-session.json'), 'utf8')) as {
      token: string;
    };
    const api = async (channel: string, input: unknown) => {
      const res = await fetch(new URL(`/api/${channel}`, second!.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return ((await res.json()) as { value: Record<string, unknown> }).value;
    };
    const list = (await api('briefings:list', {})) as unknown as Array<{ id: string }>;
    const stored = await api('briefings:get', { id: list[0]!.id });
    const { title, date, classification, frontMatter, sections } = stored;
    await api('briefings:update', {
      id: list[0]!.id,
      content: { title: `${String(title)} (edited elsewhere)`, date, classification, frontMatter, sections },
    });

    await page.goto(second.launchUrl);
    await expect(page.getByText('so the changes typed here were not saved over it')).toBeVisible();
    await expect(editor).toContainText('TYPED-WHILE-DOWN');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
      `${SAMPLE_TITLE} (typed while not connected)`,
    );
    const db = new Database(join(data, 'briefing.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare('SELECT title, sections_json AS s FROM briefings ORDER BY title')
        .all() as Array<{
        title: string;
        s: string;
      }>;
      expect(rows.map((r) => r.title)).toEqual([
        `${SAMPLE_TITLE} (edited elsewhere)`,
        `${SAMPLE_TITLE} (typed while not connected)`,
      ]);
      expect(rows[0]!.s).not.toContain('TYPED-WHILE-DOWN');
      expect(rows[1]!.s).toContain('TYPED-WHILE-DOWN');
    } finally {
      db.close();
    }
  } finally {
    await first.stop();
    await second?.stop();
  }
});
