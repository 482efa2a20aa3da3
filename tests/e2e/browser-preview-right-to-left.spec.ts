import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ARABIC_HEADLINE,
  ARABIC_TITLE,
  block,
  englishCitingMidSentence,
  FIDAN,
  JAZEERA,
  makeFact,
  makeSource,
  MANAR,
  MANAR_TITLE,
} from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes, builtInTemplate } from './briefing-file';
import { layoutOf } from './text-layout';
import { openBriefingFile } from './user-flow';

const TITLE = ARABIC_TITLE;

/**
 * The tester's sentence in the preview (Background note, APA): an English paragraph citing a source
 * with an Arabic title showed (“”تصريحات…, 2025), both quote marks on one side and the year inside
 * the Arabic. The browser lays it out: the paragraph reads left to right, the title between its quote
 * marks and before the year; an Arabic bullet reads right to left, its marker at its right.
 */
function briefingFile(): Buffer {
  return briefingFileBytes('background-note', {
    title: 'Direction',
    sections: [
      {
        id: 'context',
        blocks: [englishCitingMidSentence('f'), block('ar', ARABIC_PARAGRAPH, ['f2'])],
      },
      {
        id: 'key-actors',
        blocks: [{ id: 'li', content: [{ type: 'text', text: 'قال المتحدث إن المحادثات ستستأنف.' }] }],
      },
    ],
    sources: [
      makeSource('s', 'Al Jazeera', { title: TITLE, published: '2025-12-10' }),
      makeSource('s2', 'Hespress', { title: MOROCCO_HEADLINE, published: '2024-10-04' }),
    ],
    facts: [makeFact('f', 's'), makeFact('f2', 's2', { locator: 'para. 3' })],
  });
}

/** The tester's Arabic paragraph (a minister's words) cited to an Arabic headline, at its third paragraph. */
const ARABIC_PARAGRAPH = 'أكد الوزير.';
const MOROCCO_HEADLINE = 'المغرب يراهن';

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
    const { direction, boxes: layout } = await layoutOf(paragraph, {
      kyiv: 'Kyiv',
      open: '“',
      title: TITLE,
      close: '”',
      year: '2025',
      and: 'and Moscow',
    });
    expect(direction).toBe('ltr');
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

test('the preview sets a citation after an Arabic paragraph as a unit of its own: parenthesis, title, year and locator in order', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-preview-rtl-cite-')));
  try {
    await page.setViewportSize({ width: 1600, height: 900 });
    await openBriefingFile(page, host.url, briefingFile(), 'direction.briefing.json');
    const paragraph = page.locator('.pv-page p', { hasText: 'para. 3' });
    await expect(paragraph).toContainText('2024');
    const { direction, boxes: layout } = await layoutOf(paragraph, {
      said: 'أكد',
      open: '(“',
      title: MOROCCO_HEADLINE,
      close: ',”',
      year: '2024',
      para: 'para.',
      three: '3)',
    });
    expect(direction).toBe('rtl');
    for (const piece of [layout.open, layout.title, layout.close, layout.year, layout.three])
      expect(Math.abs(piece.top - layout.said.top)).toBeLessThan(4);
    // The paragraph reads from the right; the citation after it, at its left, reads left to right.
    expect(layout.open.right).toBeLessThanOrEqual(layout.title.left + 1);
    expect(layout.close.left).toBeGreaterThanOrEqual(layout.title.right - 1);
    expect(layout.year.left).toBeGreaterThan(layout.close.right - 1);
    expect(layout.para.left).toBeGreaterThan(layout.year.right);
    expect(layout.three.left).toBeGreaterThan(layout.para.right);
    expect(layout.said.left).toBeGreaterThan(layout.three.right);
  } finally {
    await host.stop();
  }
});

/**
 * The tester's note (issue 17) in the preview's notes and source list (Daily news digest: footnotes,
 * here with its source list): "هاكان فيدان, quoted in الجزيرة, ‘…’, 3 December 2026." read as one
 * run of Arabic, the 3 torn from its month. Each Arabic field is isolated, as in the PDF and DOCX; a
 * note whose letters are all Arabic reads right to left.
 */
function notesFile(): Buffer {
  const template = builtInTemplate('daily-news-digest');
  // A template of its own (the app keeps its built-in one over one a file carries under the same id).
  Object.assign(template, { id: 'rtl-notes', name: 'Right-to-left notes' });
  template['citations'] = { ...(template['citations'] as object), sourceList: true, showGrades: false };
  return briefingFileBytes(template, {
    title: 'Ceasefire talks',
    date: '2026-12-04',
    classification: 'unclassified',
    sections: [
      {
        id: 'headlines',
        blocks: [
          block('p1', 'Turkey called for a ceasefire.', ['f-ar']),
          block('p2', 'Beirut answered.', ['f-manar']),
        ],
      },
    ],
    sources: [
      makeSource('ar', JAZEERA, { title: ARABIC_HEADLINE, published: '2026-12-03' }),
      makeSource('manar', MANAR, { title: MANAR_TITLE, published: '2026' }),
    ],
    facts: [makeFact('f-ar', 'ar', { speaker: FIDAN, quote: 'نريد هدنة' }), makeFact('f-manar', 'manar')],
  });
}

test('the preview sets a note citing an Arabic source in order, each Arabic field isolated, an all-Arabic note too', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-preview-rtl-notes-')));
  try {
    await page.setViewportSize({ width: 1600, height: 900 });
    await openBriefingFile(page, host.url, notesFile(), 'notes.briefing.json');
    const preview = page.locator('.pv-page');
    const note = preview.locator('.pv-notes li', { hasText: 'quoted in' });
    await expect(note).toContainText('3 December 2026');
    // The day, and the month after it (on the same line, or the next where the narrow preview wraps).
    const pieces = { headline: ARABIC_HEADLINE, day: '3', month: 'December 2026' };
    const { direction, boxes } = await layoutOf(note, {
      ...pieces,
      fidan: FIDAN,
      quoted: 'quoted in',
      jazeera: JAZEERA,
    });
    expect(direction).toBe('ltr');
    // In the order written: name, "quoted in", outlet, headline, then the date, none torn from the others.
    const { fidan, quoted, jazeera, headline, day, month } = boxes;
    for (const piece of [quoted, jazeera, headline, day])
      expect(Math.abs(piece.top - fidan.top)).toBeLessThan(4);
    expect(fidan.right).toBeLessThanOrEqual(quoted.left + 1);
    expect(quoted.right).toBeLessThanOrEqual(jazeera.left + 1);
    expect(jazeera.right).toBeLessThan(headline.left);
    expect(headline.right).toBeLessThan(day.left);
    expect(month.top > day.top + 4 || month.left > day.right).toBe(true);

    // Its source-list entry likewise: the outlet, the headline, then the date.
    const entry = preview.locator('.pv-source', { hasText: JAZEERA });
    const listed = await layoutOf(entry, { ...pieces, jazeera: JAZEERA });
    expect(listed.direction).toBe('ltr');
    expect(listed.boxes.jazeera.right).toBeLessThan(listed.boxes.headline.left);
    expect(listed.boxes.headline.right).toBeLessThan(listed.boxes.day.left);
    expect(
      listed.boxes.month.top > listed.boxes.day.top + 4 || listed.boxes.month.left > listed.boxes.day.right,
    ).toBe(true);

    // A note whose letters are all Arabic is still a note of an English style: a left-to-right paragraph
    // (as the exports set it), each Arabic field an isolate inside it — the outlet, the title, then the year.
    const arabic = preview.locator('.pv-notes li', { hasText: MANAR });
    const all = await layoutOf(arabic, { outlet: MANAR, title: MANAR_TITLE, year: '2026' });
    expect(all.direction).toBe('ltr');
    expect(all.boxes.outlet.right).toBeLessThan(all.boxes.title.left);
    expect(all.boxes.title.right).toBeLessThan(all.boxes.year.left);
  } finally {
    await host.stop();
  }
});

test('the editor lays each paragraph out in its own direction, as the preview does: the Arabic item right to left', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-editor-rtl-')));
  try {
    await openBriefingFile(page, host.url, briefingFile(), 'direction.briefing.json');
    const editor = page.locator('.ProseMirror');
    const english = editor.locator('p', { hasText: 'Kyiv refuses' });
    // A bullets section: its paragraphs drawn as bullets while editing.
    const arabic = editor.locator('p', { hasText: 'قال' });
    await arabic.scrollIntoViewIfNeeded();
    await expect(arabic).toBeVisible();
    expect(await english.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
    expect(await arabic.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    // Its words start at the right of the paragraph, not its left.
    const side = await arabic.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      return { gapLeft: text.left - box.left, gapRight: box.right - text.right };
    });
    expect(side.gapRight).toBeLessThan(side.gapLeft);
    if (process.env.SCREENSHOTS_DIR)
      await arabic
        .locator('xpath=ancestor::section[1]')
        .screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'editor-rtl-item.png') });
  } finally {
    await host.stop();
  }
});
