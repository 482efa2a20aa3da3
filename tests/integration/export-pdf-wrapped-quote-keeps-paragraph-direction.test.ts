import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { tempDir } from '../helpers/fixtures';
import { ARABIC, lineBelow, wrappingQuotesModel } from '../helpers/mixed-direction';
import { pdfWords, type PdfWord } from '../helpers/readers';

/**
 * A quotation in the other direction that wraps keeps its paragraph's direction on its next lines
 * (UAX #9: levels resolved with the paragraph's base direction, each line reordered on its own), and the
 * note marker after it is a unit of its own, not a number read with the quotation. In the tester's
 * English paragraph quoting Arabic the wrapped line had the closing `".` and the marker at its far left,
 * before the Arabic words, where the editor and the DOCX have them at the right end; an Arabic
 * paragraph's wrapped line of English kept them at its right.
 */

const LATIN = /[A-Za-z]/;
const ARABIC_LETTERS = /[\u0600-\u06FF]/g;
const mm = 72 / 25.4;

async function exported(): Promise<{ words: PdfWord[]; left: number; right: number }> {
  const model = wrappingQuotesModel();
  const file = join(tempDir('briefing-wrapped-quote-'), 'quotes.pdf');
  writeFileSync(file, await renderPdf(model));
  const words = pdfWords(file);
  const { left, right } = model.style.marginsMm;
  return { words, left: left * mm, right: words[0]!.pageWidth - right * mm };
}

const texts = (line: PdfWord[]) => line.map((w) => w.text).join(' ');

describe('PDF quotation wrapping in a paragraph of the other direction', () => {
  it("keeps an English paragraph's wrapped Arabic line left to right: its closing quote and note marker at the right", async () => {
    const { words, left } = await exported();
    const line = lineBelow(words, "Qatar's");
    expect(texts(line)).toMatch(ARABIC);
    // From the left margin, the Arabic words first (in their own order), then `."` and the marker 1.
    expect(line[0]!.xMin).toBeLessThan(left + 2);
    const lastArabic = line.findLastIndex((w) => ARABIC.test(w.text));
    const before = line
      .slice(0, lastArabic)
      .map((w) => w.text)
      .join('');
    expect(before, texts(line)).not.toMatch(/["1]/);
    const end = line
      .slice(lastArabic)
      .map((w) => w.text.replace(ARABIC_LETTERS, ''))
      .join('');
    expect(end, texts(line)).toBe('."1');
  });

  it("keeps an Arabic paragraph's wrapped English lines right to left: its closing quote and note marker at the left", async () => {
    const { words, right } = await exported();
    const middle = lineBelow(words, 'We');
    const last = lineBelow(words, middle[0]!.text);
    for (const line of [middle, last]) {
      expect(texts(line)).not.toMatch(ARABIC);
      // Each line set from the right margin.
      expect(line.at(-1)!.xMax, texts(line)).toBeGreaterThan(right - 2);
    }
    // The middle line as written; the last one from the right: the English words, then `."` and the marker 2.
    expect(texts(middle)).toMatch(/^after a month of long talks/);
    const firstLatin = last.findIndex((w) => LATIN.test(w.text));
    const after = last
      .slice(firstLatin + 1)
      .map((w) => w.text)
      .join('');
    expect(after, texts(last)).not.toMatch(/["2]/);
    const start = last
      .slice(0, firstLatin + 1)
      .map((w) => w.text)
      .join('')
      .replace(/[A-Za-z].*$/, '');
    expect(start, texts(last)).toBe('2".');
    expect(texts(last)).toMatch(/agreement$/);
  });
});
