import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { block, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes } from './briefing-file';
import { openBriefingFile, sectionEditor } from './user-flow';

// An analyst's APA briefing showed note numbers (①②) on its chips while the export printed "(Rutte,
// 2025)": under an author-date template a chip shows the author and year it cites, never a number.
test('under an author-date template a citation chip shows its citation (author and year), not a note number', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-author-date-chips-')));
  try {
    const file = briefingFileBytes('background-note', {
      title: 'Alliance spending',
      sections: [
        { id: 'context', blocks: [block('p', 'Allies agreed to spend more on defence.', ['f', 'g'])] },
      ],
      sources: [
        makeSource('s', 'Reuters', {
          authors: [{ family: 'Rutte', given: 'Mark' }],
          published: '2025-06-24',
        }),
        makeSource('t', 'Yle', { published: '2024-03-15' }),
      ],
      facts: [makeFact('f', 's'), makeFact('g', 't')],
    });
    await openBriefingFile(page, host.url, file, 'alliance.briefing.json');
    const editor = sectionEditor(page, 'Context');
    const chips = editor.locator('.cite-chip');
    await expect(chips).toHaveCount(2);
    // Side by side, the chips are one citation (as they would share a note number): each shows it, as
    // the export prints it (see browser-author-date-chips-print-as-exported). APA names an article
    // without a byline by its title, not its outlet (the chip used to say "Yle, 2024").
    const cited = '(Rutte, 2025; “Title t,” 2024)';
    await expect(chips.nth(0).locator('.cite-number')).toHaveText(cited);
    await expect(chips.nth(1).locator('.cite-number')).toHaveText(cited);
    await expect(chips.nth(0)).not.toHaveAttribute('data-note', /\d/);
    await expect(chips.nth(0)).toContainText(`citation ${cited}`);
    // What the export prints: the preview lays out the same render model.
    await expect(page.locator('.pv-page p', { hasText: 'Allies agreed' })).toContainText(cited);
  } finally {
    await host.stop();
  }
});
