import { renderModelOf } from '../../electron/services/export/render';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { templatesDir, tempDir } from '../helpers/fixtures';
import { ARABIC, lineOf } from '../helpers/mixed-direction';
import { pdfWords, type PdfWord } from '../helpers/readers';

/**
 * A brief's title and a section heading in Arabic with Latin words in them: each takes the direction of
 * its first strong letter, as body paragraphs do (UAX #9, P2–P3), so it reads from the right margin, the
 * Latin words to the left of the Arabic ones before them — not left to right as a whole.
 */
const TITLE = 'محادثات برلين: NATO talks resume';
const HEADING = 'موقف الحلف من Article 5';
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

let file = '';
let words: PdfWord[] = [];
let right = 0;
let left = 0;

beforeAll(async () => {
  const template = makeTemplate('rtl-title', [{ id: 'a', heading: HEADING }], { style: 'briefing-notes' });
  const model = renderModelOf(
    {
      briefing: makeBriefing('rtl-title', TITLE, [
        { id: 'a', blocks: [block('p', 'The talks resumed in Berlin.', ['f'])] },
      ]),
      template,
      facts: [makeFact('f', 's')],
      sources: [makeSource('s', 'Reuters', { title: 'Talks resume', published: '2025-12-10' })],
    },
    templatesDir,
  );
  file = join(tempDir('briefing-rtl-title-'), 'title.pdf');
  writeFileSync(file, await renderPdf(model));
  words = pdfWords(file);
  const mm = 72 / 25.4;
  left = model.style.marginsMm.left * mm;
  right = words[0]!.pageWidth - model.style.marginsMm.right * mm;
});

/** The line holding `latin`, its Arabic words and its Latin ones, left to right. */
function lineParts(latin: string) {
  const line = lineOf(words, latin);
  return {
    line,
    arabic: line.filter((w) => ARABIC.test(w.text)),
    latin: line.filter((w) => /^[A-Za-z0-9]+$/.test(w.text)),
  };
}

describe('a right-to-left title and heading in the PDF', () => {
  it('are read back by pdftotext run by run: the Arabic words in their written order, the line from the left as laid out', () => {
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(BIDI_MARKS, '');
    const lines = text.split('\n').map((l) => l.trim());
    // poppler reads a page of mostly Latin text from the left, each right-to-left run put back in its
    // written order: an Arabic line set from the right comes out as its Latin run, then its Arabic one.
    expect(lines).toContain('NATO talks resume :محادثات برلين');
    expect(lines).toContain('Article 5 موقف الحلف من');
    expect(lines).not.toContain(TITLE);
  });

  it('are set from the right margin, the Latin run to the left of the Arabic words before it', () => {
    for (const [latin, arabic] of [
      ['NATO', 'محادثات برلين'],
      ['Article', 'موقف الحلف من'],
    ] as const) {
      const parts = lineParts(latin);
      // Ends at the right margin; starts well clear of the left one.
      expect(parts.line.at(-1)!.xMax).toBeGreaterThan(right - 2);
      expect(parts.line[0]!.xMin).toBeGreaterThan(left + 20);
      // The Latin words in their own order, all of them left of every Arabic word.
      expect(parts.latin.map((w) => w.text)).toEqual(
        latin === 'NATO' ? ['NATO', 'talks', 'resume'] : ['Article', '5'],
      );
      expect(Math.max(...parts.latin.map((w) => w.xMax))).toBeLessThan(
        Math.min(...parts.arabic.map((w) => w.xMin)),
      );
      // Read from the right, the Arabic words are in their written order (pdftotext gives each word's
      // letters as drawn, right to left, and may split a word where its letters do not join).
      const fromRight = parts.arabic
        .map((w) => [...w.text].reverse().join(''))
        .reverse()
        .join('');
      expect(fromRight).toBe(arabic.replace(/ /g, ''));
    }
  });
});
