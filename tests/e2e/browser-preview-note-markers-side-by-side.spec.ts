import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { block, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes } from './briefing-file';
import { openBriefingFile } from './user-flow';

/**
 * A new analyst cited twice at one place: the preview showed "objections¹²", read as note 12. Chips side
 * by side are one citation cluster: one note marker whose note cites each source, as the exports print it.
 */
test('the preview shows chips side by side as one note marker, as the exports do', async ({ page }) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-preview-markers-')));
  try {
    const file = briefingFileBytes('situation-brief', {
      title: 'Tariffs',
      sections: [
        { id: 'bottom-line', blocks: [block('p', 'Two members raised objections', ['a', 'b', 'c'])] },
      ],
      sources: [makeSource('s', 'Reuters'), makeSource('t', 'Politico')],
      facts: [makeFact('a', 's'), makeFact('b', 't'), makeFact('c', 's', { statement: 'Another statement' })],
    });
    await openBriefingFile(page, host.url, file, 'tariffs.briefing.json');
    const paragraph = page.locator('.pv-page p', { hasText: 'raised objections' });
    await expect(paragraph).toHaveText('Two members raised objections1');
    await expect(paragraph.locator('sup.pv-mark')).toHaveText(['1']);
  } finally {
    await host.stop();
  }
});
