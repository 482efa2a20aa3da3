import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { startHost } from './browser-host';
import { openBriefingFile } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

const briefingFile = () =>
  Buffer.from(
    syntheticBriefingFile(templatesDir, { paragraphs: 12, words: 12, citations: 12, sourceCount: 12 }),
  );

// Tester finding: after a release export, reopening the dialog and picking "Full brief" (the version it
// already showed) left it on "Checking the briefing…" with Export disabled, until closed and reopened.
test('export check: picking the version the dialog already shows leaves it ready, not checking', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-version-check-')));
  try {
    await openBriefingFile(page, host.url, briefingFile());
    await expect(page.getByText('12 facts', { exact: true })).toBeVisible();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const version = dialog.getByLabel('Version');
    const exportButton = dialog.getByRole('button', { name: /^Export( anyway)?$/ });
    const checking = dialog.getByRole('status').filter({ hasText: 'Checking the briefing…' });

    // A release version, exported.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(exportButton).toBeEnabled();
    await version.selectOption({ label: 'Release at OFFICIAL' });
    await expect(exportButton).toBeEnabled();
    await exportButton.click();
    await expect(dialog.getByRole('status').filter({ hasText: /^Exported / })).toContainText(
      '-release-official.pdf',
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // Open again: the full brief, checked. Picking "Full brief" (the version shown) leaves it ready.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(version).toHaveValue('');
    await expect(exportButton).toBeEnabled();
    await version.selectOption({ label: 'Full brief' });
    await expect(checking).toHaveCount(0);
    await expect(exportButton).toBeEnabled();
    await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
      /^(Before you export: \d+ things? to look at|The pre-export check found nothing to look at\.)$/,
    );

    // A real change of version is checked, and so is going back to the one checked before.
    await version.selectOption({ label: 'Release at OFFICIAL' });
    await expect(checking).toHaveCount(0);
    await expect(exportButton).toBeEnabled();
    await version.selectOption({ label: 'Full brief' });
    await expect(checking).toHaveCount(0);
    await expect(exportButton).toBeEnabled();

    // The same for the classification: picking the one the briefing has leaves it ready too.
    const classification = dialog.getByLabel('Classification');
    await classification.selectOption(await classification.inputValue());
    await expect(checking).toHaveCount(0);
    await expect(exportButton).toBeEnabled();
  } finally {
    await host.stop();
  }
});
