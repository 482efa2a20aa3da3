import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withSample } from './sample-store';
import { editorText, sectionEditor } from './user-flow';

const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';
/** Where the dialog's screenshots go (docs/screenshots when the README's pictures are remade). */
const shots = process.env.SCREENSHOTS_DIR;

const openSample = async (page: Page) => {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
};

test('switching template: one dialog proposes the mapping (the nearest section where none is alike), one row parked by hand keeps its chips, Ctrl+Z puts it back', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const before = {
      bottom: await editorText(sectionEditor(page, 'Bottom line')),
      developments: await editorText(sectionEditor(page, 'Key developments')),
      positions: await editorText(sectionEditor(page, 'Positions')),
      outlook: await editorText(sectionEditor(page, 'Outlook')),
    };
    const outlookChips = await page.locator('[data-section="outlook"] .cite-chip').count();
    expect(outlookChips).toBeGreaterThan(0);

    await page.getByLabel('Template', { exact: true }).focus();
    await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Background note' });
    const dialog = page.getByRole('dialog', { name: 'Switch to Background note' });
    await expect(dialog).toBeVisible();
    // Nothing switched yet: the briefing is still on its template behind the dialog.
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('situation-brief');
    const target = (heading: string) => dialog.getByLabel(`Where “${heading}” goes`);
    // By meaning ("Bottom line" reads as "Summary"), else the nearest meaning ("Key developments" into
    // "Context", "Outlook" into "Analysis"): nothing parked; an empty section (Positions) is not asked about.
    await expect(target('Bottom line')).toHaveValue('summary');
    await expect(dialog.getByRole('row', { name: /Bottom line/ })).toContainText(
      '“Bottom line” reads as “Summary”.',
    );
    await expect(dialog.getByTestId('switch-row')).toHaveCount(3);
    await expect(dialog.getByRole('row', { name: /Key developments/ })).toContainText(
      '5 paragraphs, 5 citations',
    );
    await expect(target('Key developments')).toHaveValue('context');
    await expect(dialog.getByRole('row', { name: /Key developments/ })).toContainText(
      'No section like “Key developments”: “Context” is the nearest.',
    );
    await expect(target('Outlook')).toHaveValue('analysis');
    await expect(dialog.getByRole('button', { name: 'Switch template', exact: true })).toBeFocused();
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await dialog.screenshot({ path: join(shots, 'template-switch-dialog.png') });
    }

    // One row changed by hand: Outlook parked (kept aside, to place later).
    await target('Outlook').focus();
    await target('Outlook').selectOption({ label: 'Park (keep aside)' });
    await expect(dialog.getByRole('row', { name: /Outlook/ })).toContainText('Parked by you.');
    await dialog.getByRole('button', { name: 'Switch template (1 section parked)' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('background-note');
    await expect(
      page.getByRole('status').filter({ hasText: 'Switched to Background note: one section parked' }),
    ).toBeVisible();
    // Each section's text (and its chips) where the mapping put it. Background note cites author-date:
    // its chips show the author and year they cite, no note number ("[]" here).
    const unnumbered = (lines: string[]) => lines.map((l) => l.replace(/\[\d+\]/g, '[]'));
    await expect.poll(() => editorText(sectionEditor(page, 'Summary'))).toEqual(unnumbered(before.bottom));
    expect(await editorText(sectionEditor(page, 'Context'))).toEqual(unnumbered(before.developments));
    expect(await editorText(sectionEditor(page, 'Key actors'))).toEqual(['']);
    expect(await editorText(sectionEditor(page, 'Analysis'))).toEqual(['']);
    // Parked: under its own heading, its chips shown with their citation and who they cite.
    const parked = page.getByTestId('parked-section');
    await expect(parked).toHaveCount(1);
    await expect(parked.getByRole('heading', { name: 'Outlook' })).toBeVisible();
    const chips = parked.locator('.cite-chip');
    await expect(chips).toHaveCount(outlookChips);
    // The citation as the export prints it: "(Rutte, 2025, para. 2)", "(“Zelenskyy Rules out
    // Recognising,” 2025)" (the sample article has no byline: APA cites its title).
    await expect(chips.first()).toHaveText(/^\(\S.*,”? (\d{4}|n\.d\.)[^)]*\)$/);
    await expect(chips.first()).toHaveAccessibleName(/^citation \(\S.*,”? (\d{4}|n\.d\.)[^)]*\): \S/);
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    if (shots)
      await page.locator('section.leftovers').screenshot({ path: join(shots, 'template-switch-parked.png') });

    // The preview numbers the template's sections only: the parked one is headed, unnumbered.
    const preview = page.locator('#preview-pane');
    await expect(preview.getByRole('heading', { name: '2. Context' })).toBeVisible();
    // Key actors and Analysis, optional and left empty, are not printed.
    await expect(preview.getByRole('heading', { name: /Key actors|Analysis/ })).toHaveCount(0);
    await expect(preview.getByRole('heading', { name: 'Outlook', exact: true })).toBeVisible();
    await expect(preview.getByRole('heading', { name: /^\d+\. Outlook$/ })).toHaveCount(0);

    // Ctrl+Z: back on the situation brief, every section as it was, and the store follows.
    // (From where the dialog gave the keyboard back: the template field.)
    await expect(page.getByLabel('Template', { exact: true })).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('situation-brief');
    await expect(parked).toHaveCount(0);
    expect(await editorText(sectionEditor(page, 'Bottom line'))).toEqual(before.bottom);
    expect(await editorText(sectionEditor(page, 'Key developments'))).toEqual(before.developments);
    expect(await editorText(sectionEditor(page, 'Positions'))).toEqual(before.positions);
    expect(await editorText(sectionEditor(page, 'Outlook'))).toEqual(before.outlook);
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await openSample(page);
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('situation-brief');
    expect(await editorText(sectionEditor(page, 'Outlook'))).toEqual(before.outlook);
  });
});

test('switching template: text citing no fact cannot be sent into a fact table, and the dialog says why', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const outlook = sectionEditor(page, 'Outlook');
    await outlook.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A judgement of our own, citing nothing.');
    const select = page.getByLabel('Template', { exact: true });
    await select.focus();
    await select.selectOption({ label: 'Daily news digest' });
    const dialog = page.getByRole('dialog', { name: 'Switch to Daily news digest' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Outlook/ })).toContainText('1 citing no fact');
    const table = dialog.getByLabel('Where “Outlook” goes').locator('option', { hasText: 'Reporting' });
    await expect(table).toBeDisabled();
    await expect(table).toContainText('a fact table: cite a fact in every paragraph first');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(select).toHaveValue('situation-brief');
  });
});

test('switching template: Cancel (or Escape) leaves the briefing as it was', async ({ page }) => {
  await withSample(page, async () => {
    await openSample(page);
    const select = page.getByLabel('Template', { exact: true });
    await select.focus();
    await select.selectOption({ label: 'Policy options memo' });
    const dialog = page.getByRole('dialog', { name: 'Switch to Policy options memo' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(select).toHaveValue('situation-brief');
    await expect(select).toBeFocused();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });
});

test('switching template: a SECRET briefing moved to a template whose markings stop at OFFICIAL is asked, never lowered silently', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const classification = page.getByLabel('Classification', { exact: true });
    await classification.selectOption({ label: 'SECRET' });
    const select = page.getByLabel('Template', { exact: true });
    await select.focus();
    await select.selectOption({ label: 'Daily news digest' });
    const dialog = page.getByRole('dialog', { name: 'Switch to Daily news digest' });
    await expect(dialog).toBeVisible();
    // The dialog says it before anything is accepted, and chooses nothing in advance.
    await expect(dialog.getByTestId('switch-marking-warning')).toContainText(
      "This template's markings stop at OFFICIAL: the briefing is SECRET.",
    );
    const marking = dialog.getByLabel('Marking on Daily news digest');
    await expect(marking).toBeFocused();
    await expect(marking).toHaveValue('');
    const accept = dialog.getByRole('button', { name: /^Switch template/ });
    await expect(accept).toBeDisabled();
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await dialog.screenshot({ path: join(shots, 'template-switch-marking.png') });
    }
    // Cancelled: still SECRET on the situation brief.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(select).toHaveValue('situation-brief');
    await expect(classification).toHaveValue('secret');

    // Chosen by the writer: OFFICIAL, and the notice says what the marking was.
    await select.focus();
    await select.selectOption({ label: 'Daily news digest' });
    await dialog.getByLabel('Marking on Daily news digest').selectOption({ label: 'OFFICIAL' });
    // The autosave after the switch: the store moves the briefing to the template, then takes its content.
    // An earlier save (of the SECRET marking) may still be on its way: wait for the update that follows
    // the switch's own call, responses arriving in order.
    const api = (channel: string) => `/api/${encodeURIComponent(channel)}`;
    let isSwitched = false;
    page.on('response', (r) => {
      if (r.url().endsWith(api('briefings:switch-template'))) isSwitched = true;
    });
    const saved = page.waitForResponse((r) => isSwitched && r.url().endsWith(api('briefings:update')));
    await dialog.getByRole('button', { name: /^Switch template/ }).click();
    await expect(dialog).toHaveCount(0);
    await expect(select).toHaveValue('daily-news-digest');
    await expect(classification).toHaveValue('official');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Switched to Daily news digest, marked OFFICIAL (was SECRET)' }),
    ).toBeVisible();
    // The store follows (the switch and its marking saved together).
    await saved;
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await openSample(page);
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('daily-news-digest');
    await expect(page.getByLabel('Classification', { exact: true })).toHaveValue('official');
  });
});
