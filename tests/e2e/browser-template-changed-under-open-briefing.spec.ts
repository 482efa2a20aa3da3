import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { sectionEditor, waitReady } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

test('a new version of the open briefing’s template, without a section that has text: said, and the preview redrawn', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-template-changed-'));
  const team = mkdtempSync(join(tmpdir(), 'briefing-e2e-team-'));
  const situation = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as {
    sections: Array<{ id: string }>;
  };
  const v1 = { ...situation, id: 'desk-brief', name: 'Desk brief', version: 1, team: 'Desk A' };
  mkdirSync(team, { recursive: true });
  writeFileSync(join(team, 'desk-brief.json'), JSON.stringify(v1));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page.getByLabel('Team folders', { exact: true }).fill(team);
    await page.getByRole('button', { name: 'Save team folders' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Team folders saved.' })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    const form = page.getByRole('form', { name: 'New briefing' });
    await form.getByRole('radio', { name: /Desk brief/ }).check();
    await form.getByLabel('Title', { exact: true }).fill('Desk note');
    await form.getByRole('button', { name: 'Create briefing' }).click();
    await sectionEditor(page, 'Positions').click();
    await page.keyboard.type('Kyiv refuses to cede territory.');
    await expect(page.getByText('All changes saved', { exact: true })).toBeVisible();
    const preview = page.locator('#preview-pane');
    await expect(preview.getByRole('heading', { name: 'Positions', exact: true })).toBeVisible();

    // A teammate saves version 2 without Positions.
    writeFileSync(
      join(team, 'desk-brief.json'),
      JSON.stringify({ ...v1, version: 2, sections: situation.sections.filter((s) => s.id !== 'positions') }),
    );
    await expect(page.getByRole('status').filter({ hasText: 'changed (now version 2)' })).toContainText(
      '“Positions” is no longer one of its sections. Its text is kept apart at the end of the briefing',
    );
    await expect(page.getByTestId('parked-section')).toContainText('Kyiv refuses to cede territory.');
    // The preview follows: Positions printed after the template's sections, as parked text is.
    await expect(preview.locator('h2, h3').last()).toHaveText('Positions');
  } finally {
    await host.stop();
  }
});
