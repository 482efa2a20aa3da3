import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { block, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes } from './briefing-file';
import { openBriefingFile, sectionEditor } from './user-flow';

// The tester's APA brief: the chips said "Toksabay, 2025" and "Reuters, 2025" (read off the sources in
// the editor) where the preview and the exports printed "(Toksabay & Spicer, 2025, para. 2)" and
// "(“Gulf Mediators Push,” 2025, para. 4)". The chips now show the citation the template's style
// formats, through the same render model, with the preview closed too; typing asks for nothing again.
test('author-date chips show the citation as the export prints it, formatted once per change of citations', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-author-date-exported-')));
  try {
    await page.addInitScript(() => localStorage.setItem('briefing-preview', 'off'));
    let previews = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/briefings%3Apreview')) previews++;
    });
    const file = briefingFileBytes('background-note', {
      title: 'Grain talks',
      sections: [
        {
          id: 'context',
          blocks: [
            block('p1', 'Ankara said the talks would resume.', ['f']),
            block('p2', 'Gulf states pressed for talks.', ['g']),
          ],
        },
      ],
      sources: [
        makeSource('s', 'Reuters', {
          title: 'Turkey says grain talks to resume',
          authors: [
            { family: 'Toksabay', given: 'Ece' },
            { family: 'Spicer', given: 'Jonathan' },
          ],
          published: '2025-11-28',
        }),
        makeSource('t', 'Reuters', { title: 'Gulf Mediators Push for Talks', published: '2025-11-30' }),
      ],
      facts: [makeFact('f', 's', { locator: 'para. 2' }), makeFact('g', 't', { locator: 'para. 4' })],
    });
    await openBriefingFile(page, host.url, file, 'grain.briefing.json');
    const editor = sectionEditor(page, 'Context');
    const chips = editor.locator('.cite-chip .cite-number');
    await expect(chips).toHaveText([
      '(Toksabay & Spicer, 2025, para. 2)',
      '(“Gulf Mediators Push,” 2025, para. 4)',
    ]);
    await expect(page.locator('#preview-pane')).toHaveCount(0);
    const asked = previews;
    expect(asked).toBeGreaterThan(0);

    // Typing words changes no citation: nothing is formatted again.
    await editor.getByText('Gulf states pressed').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Qatar hosted them');
    await page.waitForTimeout(1200);
    expect(previews).toBe(asked);
    await expect(chips).toHaveText([
      '(Toksabay & Spicer, 2025, para. 2)',
      '(“Gulf Mediators Push,” 2025, para. 4)',
    ]);
  } finally {
    await host.stop();
  }
});
