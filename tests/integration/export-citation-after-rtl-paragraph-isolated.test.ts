import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { ARABIC, lineOf } from '../helpers/mixed-direction';
import { libreOfficePdf, pandocPlain, pdfWords, type PdfWord } from '../helpers/readers';

/**
 * An author-date citation after an Arabic paragraph (the tester's Moroccan minister citing an Arabic
 * headline, "para. 3"): the citation is a unit of its own, laid out as an isolate in the direction of
 * its own text, so its parenthesis, quote marks, year and locator stay together in the order written —
 * not `(para. 3 ,2024 ”,المغرب…“` as when its neutrals took the paragraph's direction.
 */

// (No lam-alef: LibreOffice's PDF gives that ligature's letters back in the wrong order.)
const HEADLINE = 'المغرب يراهن على المستثمرين';

function model() {
  const template = makeTemplate('apa', [{ id: 'a', heading: 'Context' }], {
    style: 'apa',
    placement: 'author-date',
  });
  const source = makeSource('s', 'Hespress', { title: HEADLINE, published: '2024-10-04' });
  return renderModelOf(
    {
      briefing: makeBriefing('apa', 'Morocco', [
        { id: 'a', blocks: [block('p', 'قال الوزير إن المغرب يطمح إلى منصة صناعية.', ['f'])] },
      ]),
      template,
      facts: [makeFact('f', 's', { locator: 'para. 3' })],
      sources: [source],
    },
    templatesDir,
  );
}

/**
 * The citation's words on the line, left to right as a reader sees them (by their middles: LibreOffice
 * draws the `(“` over the end of the title's last word): `(“`, the title, `,”`, the year, the locator
 * and `3)` in that order, left of the Arabic paragraph's words (the paragraph reads from the right, the
 * citation after it at its left). The isolate marks, where a reader gives them back, are left out.
 */
function expectCitationInOrder(words: PdfWord[]) {
  const line = words
    .map((w) => ({ text: w.text.replace(/[\u200E\u2066-\u2069]/g, ''), mid: (w.xMin + w.xMax) / 2 }))
    .filter((w) => w.text !== '');
  const shown = line.map((w) => w.text).join(' ');
  const mid = (test: (t: string) => boolean, what: string) => {
    const word = line.find((w) => test(w.text));
    expect(word, `${what} on the line: ${shown}`).toBeDefined();
    return word!.mid;
  };
  const order = [
    mid((t) => t.endsWith('(“'), '(“'),
    mid((t) => t.endsWith(',”'), ',”'),
    mid((t) => t === '2024,', '2024,'),
    mid((t) => t === 'para.', 'para.'),
    mid((t) => t === '3)', '3)'),
  ];
  expect(order, shown).toEqual([...order].sort((x, y) => x - y));
  const [open, close, , , three] = order as [number, number, number, number, number];
  const arabic = line.filter((w) => ARABIC.test(w.text));
  // The title between its quote marks; the paragraph's own words all right of the citation.
  expect(arabic.filter((w) => w.mid > open && w.mid <= close).length, shown).toBeGreaterThanOrEqual(4);
  expect(arabic.filter((w) => w.mid > three).length, shown).toBeGreaterThanOrEqual(8);
  expect(arabic.filter((w) => w.mid < open).length, shown).toBe(0);
}

describe('a citation after a right-to-left paragraph', () => {
  it('is drawn in the PDF as one left-to-right unit: parenthesis, title, year and locator in order', async () => {
    const file = join(tempDir('briefing-cite-rtl-'), 'cite.pdf');
    writeFileSync(file, await renderPdf(model()));
    expectCitationInOrder(lineOf(pdfWords(file), 'para.'));
  });

  it('is laid out the same in the DOCX by LibreOffice, and read in its written order by pandoc', async () => {
    const docx = join(tempDir('briefing-cite-rtl-docx-'), 'cite.docx');
    writeFileSync(docx, await renderDocx(model()));
    expectCitationInOrder(lineOf(pdfWords(libreOfficePdf(docx)), 'para.'));
    const plain = pandocPlain(docx).replace(/[\u200E\u202A-\u202E\u2066-\u2069]/g, '');
    expect(plain).toContain(`صناعية (“${HEADLINE},” 2024, para.\u00a03).`);
  }, 180_000);
});
