import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/services/export/docx';
import { tempDir } from '../helpers/fixtures';
import { ARABIC, lineOf, mixedDirectionModel } from '../helpers/mixed-direction';
import { docxPart, libreOfficePdf, pandocPlain, pdfWords, type PdfWord } from '../helpers/readers';

/**
 * The DOCX sets a paragraph's direction as the PDF does (its first strong letter, UAX #9 P2–P3: `w:bidi`
 * on an Arabic paragraph), and isolates a citation's Arabic title from its punctuation and year. Read
 * back by LibreOffice's layout (its PDF of our DOCX, word positions by pdftotext -bbox) and by pandoc.
 */
let docx = '';
let words: PdfWord[] = [];
let margins = { left: 0, right: 0 };

beforeAll(async () => {
  const m = mixedDirectionModel();
  docx = join(tempDir('briefing-docx-direction-'), 'direction.docx');
  writeFileSync(docx, await renderDocx(m));
  words = pdfWords(libreOfficePdf(docx));
  const mm = 72 / 25.4;
  margins = { left: m.style.marginsMm.left * mm, right: words[0]!.pageWidth - m.style.marginsMm.right * mm };
}, 180_000);

describe('DOCX paragraph direction', () => {
  it('marks the Arabic items right to left and the English ones not', () => {
    const paragraphs = docxPart(docx, 'word/document.xml').split('</w:p>');
    const of = (text: string) => paragraphs.find((p) => p.includes(text)) ?? '';
    expect(of('الدوحة')).toContain('<w:bidi/>');
    expect(of('اقتراحا')).toContain('<w:bidi/>');
    for (const english of ['Kyiv refuses', 'Moscow waits.<', 'Moscow waits again.'])
      expect(of(english), english).not.toContain('<w:bidi/>');
  });

  it('sets the English sentence left to right, the Arabic title between its quote marks, the year after it', () => {
    const line = lineOf(words, 'Kyiv');
    expect(line[0]!.text).toBe('Kyiv');
    expect(line[0]!.xMin).toBeLessThan(margins.left + 2);
    const at = (text: string) => line.findIndex((w) => w.text.includes(text));
    const lastArabic = Math.max(...line.map((w, i) => (ARABIC.test(w.text) ? i : -1)));
    expect(at('2025')).toBeGreaterThan(lastArabic);
    expect(at('and')).toBeGreaterThan(at('2025'));
    expect(line.at(-1)!.text).toBe('waits.');
    // pandoc reads the sentence in its written order (the isolates are invisible format characters).
    const plain = pandocPlain(docx).replace(/[\u2066-\u2069]/g, '');
    expect(plain).toMatch(/Kyiv refuses \(“[\u0600-\u06FF ]+,” 2025\) and Moscow waits\./);
  });

  it('sets an Arabic list item from the right margin, its bullet or number at its right', () => {
    // pdftotext gives right-to-left words as drawn, letters reversed: "قال" is read "لاق".
    const said = [...'قال'].reverse().join('');
    const [bulleted, numbered] = words
      .filter((w) => w.text === said)
      .map((w) => words.filter((o) => o.page === w.page && o.yMin < w.yMax && w.yMin < o.yMax));
    expect(bulleted && numbered, 'two Arabic items').toBeTruthy();
    for (const [line, marker] of [
      [bulleted!, /^•$/],
      [numbered!, /^[.1]+$/],
    ] as const) {
      const arabic = line.filter((w) => ARABIC.test(w.text));
      const markers = line.filter((w) => marker.test(w.text));
      expect(markers.length, `${marker} on the Arabic item's line`).toBeGreaterThan(0);
      // The marker right of the text, inside the right margin; the text starts well away from the left.
      expect(Math.min(...markers.map((w) => w.xMin))).toBeGreaterThan(Math.max(...arabic.map((w) => w.xMax)));
      expect(Math.max(...markers.map((w) => w.xMax))).toBeLessThan(margins.right + 1);
      expect(Math.min(...arabic.map((w) => w.xMin))).toBeGreaterThan(margins.left + 40);
    }
    // The English items keep their markers at the left.
    for (const english of ['•', '2.']) {
      const marker = words.find((w) => w.text === english && w.xMax < margins.left + 40);
      expect(marker, `${english} at the left of its English item`).toBeDefined();
    }
  });
});
