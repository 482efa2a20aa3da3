import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { startHost } from './browser-host';
import { openBriefingFile } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/**
 * A briefing with many single-source paragraphs; `retract` marks one of its cited facts retracted,
 * `needsRecipients` puts it on the policy options memo, whose Recipients field is required (left empty).
 */
function briefingFile(retract: boolean, needsRecipients = false): Buffer {
  const file = JSON.parse(
    syntheticBriefingFile(templatesDir, { paragraphs: 12, words: 12, citations: 12, sourceCount: 12 }),
  ) as { facts: Array<{ status: string }>; template: unknown; briefing: { templateId: string } };
  if (retract && file.facts[0]) file.facts[0].status = 'retracted';
  if (needsRecipients) {
    // The built-in memo requires Recipients; the synthetic sections are kept aside under their headings.
    file.template = JSON.parse(readFileSync(join(templatesDir, 'policy-options-memo.json'), 'utf8'));
    file.briefing.templateId = 'policy-options-memo';
  }
  return Buffer.from(JSON.stringify(file));
}

/** The id of the paragraph the caret is in (none: null). */
const caretBlock = (page: Page) =>
  page.evaluate(() => {
    const node = window.getSelection()?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    return element?.closest<HTMLElement>('[data-block-id]')?.dataset.blockId ?? null;
  });

async function withBriefing(
  page: Page,
  name: string,
  retract: boolean,
  fn: () => Promise<void>,
  needsRecipients = false,
) {
  const host = await startHost(mkdtempSync(join(tmpdir(), `briefing-e2e-${name}-`)));
  try {
    await openBriefingFile(page, host.url, briefingFile(retract, needsRecipients));
    await expect(page.getByText('12 facts', { exact: true })).toBeVisible();
    await fn();
  } finally {
    await host.stop();
  }
}

test('export check: findings of a kind are one line that opens their list, and each leads to its paragraph', async ({
  page,
}) => {
  await withBriefing(page, 'findings', false, async () => {
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const findings = dialog.getByRole('list', { name: 'Findings' });
    await expect(findings).toBeVisible();
    // Not one warning per paragraph: one line that says how many.
    const group = findings.locator('details').filter({ hasText: /\d+ paragraphs rest on a single source/ });
    await expect(group).toHaveCount(1);
    const links = group.getByRole('button', { name: 'Go to paragraph' });
    await expect(links.first()).toBeHidden();
    await group.locator('summary').click();
    const count = await links.count();
    expect(count).toBeGreaterThan(1);
    // The last one: a paragraph far down the page, out of view until asked for.
    await links.last().click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('.reveal-target')).toHaveCount(1);
    // The keyboard is at the start of that paragraph, on screen: typing lands in it.
    const blockId = await caretBlock(page);
    expect(blockId).toBeTruthy();
    const paragraph = page.locator(`[data-block-id="${blockId}"]`);
    await expect(paragraph).toBeInViewport();
    await page.keyboard.type('ZZQ ');
    await expect(paragraph).toContainText(/^ZZQ /);
  });
});

test('export check: a retracted fact cited blocks the export, first in the list', async ({ page }) => {
  await withBriefing(page, 'retracted', true, async () => {
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await expect(dialog.getByRole('heading', { name: 'Export is blocked by the template' })).toBeVisible();
    const first = dialog.getByRole('list', { name: 'Findings' }).getByRole('listitem').first();
    await expect(first).toContainText(/Blocks export: .*cites a RETRACTED fact/);
    await expect(dialog.getByRole('button', { name: /^Export( anyway)?$/ })).toHaveCount(0);
    await first.getByRole('button', { name: 'Go to paragraph' }).click();
    // The paragraph the caret is in cites the retracted fact.
    const blockId = await caretBlock(page);
    await expect(page.locator(`[data-block-id="${blockId}"] .cite-chip.retracted`)).toHaveCount(1);
  });
});

test('export check: a required front-matter field left empty blocks the export and leads to its field', async ({
  page,
}) => {
  await withBriefing(
    page,
    'front-matter',
    false,
    async () => {
      await page.getByRole('button', { name: 'Export DOCX' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export briefing' });
      const first = dialog.getByRole('list', { name: 'Findings' }).getByRole('listitem').first();
      await expect(first).toContainText('Blocks export: The template requires Recipients; it is empty.');
      await first.getByRole('button', { name: 'Go to field' }).click();
      await expect(dialog).toHaveCount(0);
      const recipients = page.getByLabel('Recipients (required)');
      await expect(recipients).toBeFocused();
      await expect(recipients).toBeInViewport();
      await page.keyboard.type('Minister of Defence');
      await expect(recipients).toHaveValue('Minister of Defence');
    },
    true,
  );
});
