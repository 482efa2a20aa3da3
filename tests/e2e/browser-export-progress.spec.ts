import { expect, test, type Download } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { pdfText } from '../helpers/readers';
import { expectAccessible } from './a11y';
import { startHost, type RunningHost } from './browser-host';
import { openBriefingFile } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/** A long briefing (300 citations over 120 sources) as a portable briefing file. */
const longBriefingFile = () =>
  Buffer.from(
    syntheticBriefingFile(templatesDir, { paragraphs: 130, words: 75, citations: 300, sourceCount: 120 }),
  );

test('export progress: a both-formats export shows its stages and ends with both files', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-progress-'));
  const host: RunningHost = await startHost(dataDir);
  try {
    await openBriefingFile(page, host.url, longBriefingFile(), 'long.briefing.json');
    await page.getByRole('button', { name: 'Both', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await expect(dialog.getByRole('radio', { name: 'Both' })).toBeChecked();
    const exportButton = dialog.getByRole('button', { name: /^Export( anyway)?$/ });
    await expect(exportButton).toBeEnabled();

    // Every text the live region shows, and every state of the bar, as the export runs.
    await dialog.evaluate((root) => {
      const seen: { texts: string[]; bars: string[] } = { texts: [], bars: [] };
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      new MutationObserver(() => {
        const text = root.querySelector('.export-progress [role="status"]')?.textContent ?? '';
        if (text && text !== seen.texts.at(-1)) seen.texts.push(text);
        const bar = root.querySelector<HTMLProgressElement>('.export-progress progress');
        const state = bar?.hasAttribute('value') ? `${bar.value}/${bar.max}` : '';
        if (state && state !== seen.bars.at(-1)) seen.bars.push(state);
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await exportButton.click();
    // The stage text is shown in the live region while the export runs (the PDF's pages take longest).
    const status = dialog.locator('.export-progress').getByRole('status');
    await expect(status).toHaveText(/Formatting 300 citations…|Laying out|Writing the/);
    await expectAccessible(page, 'the export dialog during an export');

    const base = 'Synthetic-briefing-the-state-of-the-talks';
    await expect(dialog.getByRole('status').filter({ hasText: 'with 300 notes' })).toHaveText(
      `Exported ${base}.docx and ${base}.pdf with 300 notes.`,
    );
    await expect(dialog.getByRole('list', { name: 'Exported files' }).getByRole('listitem')).toHaveCount(2);
    await expect
      .poll(() => downloads.map((d) => d.suggestedFilename()))
      .toEqual([`${base}.docx`, `${base}.pdf`]);
    const pdf = join(dataDir, `${base}.pdf`);
    await downloads[1]?.saveAs(pdf);
    expect(await pdfText(pdf)).toContain('Synthetic briefing');

    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: { texts: string[]; bars: string[] } }).progressSeen,
    );
    const order = [
      'Starting the export…',
      'Checking the briefing…',
      'Formatting 300 citations…',
      'Laying out the DOCX…',
      'Writing the DOCX file…',
      'Laying out pages…',
      'Writing the PDF file…',
      'Exported DOCX and PDF with 300 notes.',
    ];
    // What was shown came in the stages' order (a stage quicker than a frame may not be shown at all),
    // the PDF's stages were, and the bar was determinate, out of the six steps, and only grew.
    const positions = seen.texts.map((t) => order.indexOf(t));
    expect(
      positions.every((p) => p >= 0),
      seen.texts.join(' | '),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(seen.texts.some((t) => t === 'Laying out pages…' || t === 'Writing the PDF file…')).toBe(true);
    expect(seen.bars.length).toBeGreaterThan(1);
    const values = seen.bars.map((b) => Number(b.split('/')[0]));
    expect(seen.bars.every((b) => b.endsWith('/6'))).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await expectAccessible(page, 'the export dialog after a both-formats export');
  } finally {
    await host.stop();
  }
});
