import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BRIEFING_FILE_VERSION } from '../../electron/services/briefing-file';
import { ARABIC_TITLE, englishCitingMidSentence, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { openBriefingFile } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');
const TITLE = ARABIC_TITLE;

/**
 * The tester's sentence in the preview (Background note, APA): an English paragraph citing a source
 * with an Arabic title showed (“”تصريحات…, 2025), both quote marks on one side and the year inside
 * the Arabic. The browser lays it out: the paragraph reads left to right, the title between its quote
 * marks and before the year; an Arabic bullet reads right to left, its marker at its right.
 */
function briefingFile(): Buffer {
  const template = JSON.parse(readFileSync(join(templatesDir, 'background-note.json'), 'utf8')) as object;
  const briefing = {
    templateId: 'background-note',
    title: 'Direction',
    date: '2026-01-10',
    classification: 'official',
    frontMatter: {},
    sections: [
      {
        id: 'context',
        blocks: [englishCitingMidSentence('f')],
      },
      {
        id: 'key-actors',
        blocks: [{ id: 'li', content: [{ type: 'text', text: 'قال المتحدث إن المحادثات ستستأنف.' }] }],
      },
    ],
  };
  return Buffer.from(
    JSON.stringify({
      format: 'briefing-builder-briefing',
      version: BRIEFING_FILE_VERSION,
      template,
      briefing,
      sources: [makeSource('s', 'Al Jazeera', { title: TITLE, published: '2025-12-10' })],
      facts: [makeFact('f', 's')],
    }),
  );
}

test('the preview sets an English sentence citing an Arabic title left to right, the title between its quote marks', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-preview-rtl-')));
  try {
    await page.setViewportSize({ width: 1600, height: 900 });
    await openBriefingFile(page, host.url, briefingFile(), 'direction.briefing.json');
    const preview = page.locator('.pv-page');
    const paragraph = preview.locator('p', { hasText: 'Kyiv refuses' });
    await expect(paragraph).toContainText('2025');
    // Where the browser drew each piece: the boxes of the characters of a substring of the paragraph.
    const layout = await paragraph.evaluate((p, title) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const text = nodes.map((n) => n.data).join('');
      const box = (start: number, end: number) => {
        const range = document.createRange();
        let at = 0;
        for (const n of nodes) {
          if (start >= at && start <= at + n.length) range.setStart(n, start - at);
          if (end >= at && end <= at + n.length) {
            range.setEnd(n, end - at);
            break;
          }
          at += n.length;
        }
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top };
      };
      const find = (s: string) => box(text.indexOf(s), text.indexOf(s) + s.length);
      return {
        direction: getComputedStyle(p).direction,
        kyiv: find('Kyiv'),
        open: find('“'),
        title: find(title),
        close: find('”'),
        year: find('2025'),
        and: find('and Moscow'),
      };
    }, TITLE);
    expect(layout.direction).toBe('ltr');
    // One line, in the order written: Kyiv … “ title ” 2025 (the rest may wrap).
    for (const piece of [layout.open, layout.title, layout.close, layout.year])
      expect(Math.abs(piece.top - layout.kyiv.top)).toBeLessThan(4);
    expect(layout.open.right).toBeLessThanOrEqual(layout.title.left + 1);
    expect(layout.close.left).toBeGreaterThanOrEqual(layout.title.right - 1);
    expect(layout.year.left).toBeGreaterThan(layout.close.right);
    expect(layout.and.top > layout.year.top + 4 || layout.and.left > layout.year.right).toBe(true);

    const item = preview.locator('li', { hasText: 'قال' });
    // Right to left, its marker at its right: the gutter (where an outside marker is drawn) on that side.
    const style = await item.evaluate((li) => {
      const { direction, marginLeft, marginRight } = getComputedStyle(li);
      return { direction, marginLeft: parseFloat(marginLeft), marginRight: parseFloat(marginRight) };
    });
    expect(style).toEqual({ direction: 'rtl', marginLeft: 0, marginRight: expect.any(Number) });
    expect(style.marginRight).toBeGreaterThan(10);
  } finally {
    await host.stop();
  }
});
