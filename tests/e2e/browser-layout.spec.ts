import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

// Layout as the analyst sees it, measured in the page: at the default window (1400 px) and a narrower one.
const repoRoot = join(import.meta.dirname, '..', '..');
const WIDTHS = [1400, 1100] as const;
const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';

/** Browser mode on a store holding the demo's sample (an article's source, 7 facts, one briefing). */
async function withSample(page: Page, width: number, fn: () => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-layout-'));
  const dataDir = join(dir, 'data');
  execFileSync(
    process.execPath,
    [join(repoRoot, 'bin', 'briefing.mjs'), 'demo', '--out', join(dir, 'out'), '--data', dataDir],
    { cwd: repoRoot, stdio: 'ignore' },
  );
  const host = await startHost(dataDir);
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(host.url);
    await waitReady(page);
    await fn();
  } finally {
    await host.stop();
  }
}

const openSample = async (page: Page) => {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
};

for (const width of WIDTHS) {
  test(`export dialog at ${width} px: each format radio has its label beside it, on one line`, async ({
    page,
  }) => {
    await withSample(page, width, async () => {
      await openSample(page);
      await page.getByRole('button', { name: 'Export PDF' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export briefing' });
      const formats = dialog.getByRole('group', { name: 'Format' });
      await expect(formats.getByRole('radio')).toHaveCount(3);

      // Where each radio is, and where the words of its label are (the label's text, not its box).
      const boxes = await formats.locator('label').evaluateAll((labels) =>
        labels.map((label) => {
          const input = label.querySelector('input');
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          const words: Text[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            if (n.textContent?.trim()) words.push(n as Text);
          const range = document.createRange();
          const first = words[0];
          const last = words.at(-1);
          if (!input || !first || !last) throw new Error('a format label without a radio or words');
          range.setStart(first, 0);
          range.setEnd(last, last.length);
          const r = input.getBoundingClientRect();
          const t = range.getBoundingClientRect();
          return {
            text: range.toString().trim(),
            lines: range.getClientRects().length,
            radio: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
            words: { left: t.left, right: t.right, top: t.top, bottom: t.bottom },
          };
        }),
      );
      expect(boxes.map((b) => b.text)).toEqual(['DOCX (Word)', 'PDF', 'Both']);
      for (const { text, lines, radio, words } of boxes) {
        // The words follow the radio on its line: just right of it, vertically centred on it, unbroken.
        expect(lines, `${text}: on one line`).toBe(1);
        expect(words.left, `${text}: right of its radio`).toBeGreaterThanOrEqual(radio.right);
        expect(words.left - radio.right, `${text}: close to its radio`).toBeLessThanOrEqual(12);
        const middle = (words.top + words.bottom) / 2;
        expect(
          Math.abs(middle - (radio.top + radio.bottom) / 2),
          `${text}: level with its radio`,
        ).toBeLessThan(3);
      }
      // The three choices side by side in one row.
      expect(
        Math.max(...boxes.map((b) => b.radio.top)) - Math.min(...boxes.map((b) => b.radio.top)),
      ).toBeLessThan(2);

      // "Format" is a field label like "File name", in line with it.
      const legend = await formats.locator('legend').boundingBox();
      const fileLabel = await dialog.getByText('File name', { exact: true }).boundingBox();
      expect(Math.abs((legend?.x ?? 0) - (fileLabel?.x ?? 1))).toBeLessThan(1);

      // Each radio is named by its label (clicking the words chooses it), and the arrow keys move the choice.
      await formats.getByText('DOCX (Word)', { exact: true }).click();
      await expect(formats.getByRole('radio', { name: 'DOCX (Word)' })).toBeChecked();
      await expect(formats.getByRole('radio', { name: 'DOCX (Word)' })).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(formats.getByRole('radio', { name: 'PDF' })).toBeChecked();
      await expect(dialog.getByText('Saved as ')).toContainText('.pdf');
    });
  });
}
