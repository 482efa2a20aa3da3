import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { startHost, type RunningHost } from './browser-host';
import { useTeamServer } from './team-server';
import { editorText, sectionEditor, waitReady } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');
const templatesDir = join(repoRoot, 'templates');
const team = useTeamServer();

/** An analyst's browser-mode app on the team library: their own data folder (settings name them). */
async function analyst(
  browser: Browser,
  name: string,
  url: string,
): Promise<{ page: Page; host: RunningHost }> {
  const dataDir = mkdtempSync(join(tmpdir(), `briefing-e2e-team-${name}-`));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ teamFolders: [], analystName: name }));
  const host = await startHost(dataDir, ['--db', url]);
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(host.url);
  await waitReady(page);
  return { page, host };
}

const flagged = (lines: string[]) => lines.filter((l) => l.endsWith(' (!)')).length;

test('two analysts on one team library: a retraction reaches the other’s open briefing within 2 s, and a concurrent edit is refused naming who', async ({
  browser,
}) => {
  const url = await team.freshLibrary();

  const anna = await analyst(browser, 'Anna', url);
  const ben = await analyst(browser, 'Ben', url);
  try {
    // Anna opens a briefing file: its sources and facts go into the team library, the briefing into her
    // own local store (offline-first), with a copy of each fact it cites.
    const file = syntheticBriefingFile(templatesDir, {
      paragraphs: 6,
      words: 12,
      citations: 6,
      sourceCount: 3,
    });
    const open = (page: Page) =>
      page
        .getByLabel('Briefing file')
        .setInputFiles({ name: 'b.briefing.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await open(anna.page);
    const annaBottom = sectionEditor(anna.page, 'Bottom line');
    await expect(annaBottom.locator('.cite-chip').first()).toBeVisible();

    // Ben opens the same file: its sources and facts are matched to the team library's, not duplicated,
    // so his own briefing cites the same team facts.
    await open(ben.page);
    const benBottom = sectionEditor(ben.page, 'Bottom line');
    await expect(benBottom.locator('.cite-chip').first()).toBeVisible();
    expect(flagged(await editorText(benBottom))).toBe(0);

    // Anna retracts the fact the first paragraph cites, saying why.
    await annaBottom.locator('.cite-chip').first().click();
    const annaForm = anna.page.getByRole('form', { name: 'Edit fact' });
    await annaForm.getByLabel('Status').selectOption('retracted');
    await annaForm.getByLabel('Why is it retracted?').fill('The outlet withdrew the report.');
    await annaForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      annaForm.getByText(/Retracted by Anna on .*: The outlet withdrew the report\./),
    ).toBeVisible();

    // Within 2 s, with nothing reloaded, Ben's open briefing flags the paragraph.
    await expect.poll(async () => flagged(await editorText(benBottom)), { timeout: 2000 }).toBeGreaterThan(0);
    // And Ben's export check blocks on it.
    await ben.page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = ben.page.getByRole('dialog', { name: 'Export briefing' });
    await expect(dialog.getByText(/cites a RETRACTED fact/).first()).toBeVisible();
    await expect(dialog.getByRole('button', { name: /^Export( anyway)?$/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Back to editing' }).click();

    // Both open the same fact and reword it; Anna saves first. Ben's open form is told (his wording
    // kept), and his save is refused, naming her. (A form Ben had not touched would have taken in her
    // wording, silently.)
    const developments = (page: Page) =>
      sectionEditor(page, 'Key developments').locator('.cite-chip').first();
    await developments(anna.page).click();
    await developments(ben.page).click();
    const benForm = ben.page.getByRole('form', { name: 'Edit fact' });
    await expect(benForm.getByLabel('Statement')).not.toHaveValue('');
    await benForm.getByLabel('Statement').fill('Ben’s wording of the fact.');
    await annaForm.getByLabel('Statement').fill('Anna’s wording of the fact.');
    await annaForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(anna.page.getByText('Fact saved.')).toBeVisible();
    await expect(benForm.getByTestId('fact-changed')).toContainText(
      'This fact changed in the library while you were editing it (Statement).',
    );
    await expect(benForm.getByLabel('Statement')).toHaveValue('Ben’s wording of the fact.');
    await benForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(benForm.getByRole('alert')).toContainText(
      /This fact was changed by Anna at \d\d:\d\d — reload or overwrite\./,
    );
    await benForm.getByRole('button', { name: 'Reload their version' }).click();
    await expect(benForm.getByLabel('Statement')).toHaveValue('Anna’s wording of the fact.');
  } finally {
    await anna.host.stop();
    await ben.host.stop();
  }
});
