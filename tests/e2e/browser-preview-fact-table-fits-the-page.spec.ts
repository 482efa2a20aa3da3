import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { block, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes } from './briefing-file';
import { openBriefingFile } from './user-flow';

/** A digest whose table of facts cites a source with a long unbroken outlet name, and a long speaker. */
function briefingFile(): Buffer {
  const source = makeSource('s', 'Ministry-of-Infrastructure-and-Regional-Development-PressOffice', {
    title: 'Odesa port statement',
    published: '2025-12-10',
  });
  const fact = {
    ...makeFact('f', 's'),
    speaker: 'Oleksandra Azarkhina-Kubrakova',
    speakerRole: 'Deputy Minister',
  };
  return briefingFileBytes('daily-news-digest', {
    title: 'Digest',
    sections: [{ id: 'reporting', blocks: [block('r', 'The port reopens at full capacity.', ['f'])] }],
    sources: [source],
    facts: [fact],
  });
}

test('the preview’s table of facts keeps to the page, a long word breaking in its cell', async ({ page }) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-preview-table-')));
  try {
    await openBriefingFile(page, host.url, briefingFile(), 'digest.briefing.json');
    const table = page.locator('.pv-page .pv-table');
    await expect(table).toContainText('Grade');
    const fits = await table.evaluate((t) => {
      const page = t.closest('.pv-page')!;
      const right = (el: Element) => el.getBoundingClientRect().right;
      const style = getComputedStyle(page);
      return right(t) <= right(page) - parseFloat(style.paddingRight) + 1;
    });
    expect(fits).toBe(true);
  } finally {
    await host.stop();
  }
});

test('in a narrow window the preview’s table of facts stays readable: no column squeezed, nothing off the page', async ({
  page,
}) => {
  // About 900 px wide, the pane's page had room for 12 px of fact a line and the grade ran off it.
  await page.setViewportSize({ width: 900, height: 900 });
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-preview-table-narrow-')));
  try {
    await openBriefingFile(page, host.url, briefingFile(), 'digest.briefing.json');
    const table = page.locator('.pv-page .pv-table');
    await expect(table).toContainText('Oleksandra Azarkhina-Kubrakova');
    const layout = await table.evaluate((t) => {
      const page = t.closest('.pv-page')!;
      const style = getComputedStyle(page);
      const cells = Array.from(t.querySelectorAll('td'), (c) => c.getBoundingClientRect());
      return {
        overflows: cells.some(
          (c) => c.right > page.getBoundingClientRect().right - parseFloat(style.paddingRight) + 1,
        ),
        narrowest: Math.min(...cells.map((c) => c.width)),
        pageWidth: page.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      };
    });
    expect(layout.overflows).toBe(false);
    // Every cell as wide as the page (each fact a block, each cell under its column's name), not a sliver.
    expect(layout.narrowest).toBeGreaterThan(layout.pageWidth * 0.9);
    // Each cell says which column it is.
    await expect(table.locator('td[data-label="Who said it"]')).toContainText('Deputy Minister');
  } finally {
    await host.stop();
  }
});
