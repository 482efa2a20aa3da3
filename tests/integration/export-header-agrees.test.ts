import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { briefOfEveryBlock } from '../helpers/brief-of-every-block';
import { tempDir } from '../helpers/fixtures';
import { docxPart, libreOfficePdf, pdfWords } from '../helpers/readers';

/** The brief's classification colour (OFFICIAL, #112233) and the text that reads on it. */
const BAR = [0x11, 0x22, 0x33] as const;

/**
 * A strip of a page in colour (pdftoppm, 36 dpi), as the share of each tenth of its width painted in the
 * banner's colour: a bar across the page has it in every tenth.
 */
function barShares(file: string, page: number, top: number, height: number): number[] {
  const dpi = 36;
  const px = (v: number) => Math.round((v * dpi) / 72);
  const ppm = execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-y',
    String(px(top)),
    '-H',
    String(Math.max(1, px(height))),
    '-W',
    '10000',
    file,
  ]);
  // Binary PPM: "P6\n<w> <h>\n<max>\n" then three bytes a pixel.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, rows] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(header[0].length);
  const shares = Array.from({ length: 10 }, () => ({ bar: 0, all: 0 }));
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      const tenth = shares[Math.min(9, Math.floor((x / width) * 10))]!;
      tenth.all++;
      if (BAR.every((c, i) => Math.abs(pixels[at + i]! - c) < 24)) tenth.bar++;
    }
  return shares.map((s) => s.bar / Math.max(1, s.all));
}

/**
 * Where the banner and the reference stand in a page's header, read back by pdftotext: the label's
 * centre and the reference's right edge as shares of the page width.
 */
function headerPlaces(file: string, page: number) {
  const words = pdfWords(file).filter((w) => w.page === page && w.yMax < 72);
  const label = words.find((w) => w.text === 'OFFICIAL');
  const reference = words.find((w) => w.text === 'REF-42');
  expect(label, `page ${page}: the banner in the header`).toBeDefined();
  expect(reference, `page ${page}: the reference in the header`).toBeDefined();
  return {
    label: (label!.xMin + label!.xMax) / 2 / label!.pageWidth,
    reference: reference!.xMax / reference!.pageWidth,
    // The label and the reference on one line (the bar).
    sameLine: Math.abs(label!.yMax - reference!.yMax) < 3,
    top: Math.min(label!.yMin, reference!.yMin),
  };
}

/**
 * The page header as the editor shows it (a coloured bar, its label centred) with the reference at
 * its right, alike in the PDF and the DOCX (read back from LibreOffice's PDF of it and from its XML).
 */
describe('page headers agree between the PDF, the DOCX and the editor', () => {
  const dir = tempDir('briefing-header-');
  const model = { ...briefOfEveryBlock('footnotes'), reference: 'REF-42' };
  const pdf = join(dir, 'brief.pdf');
  const docx = join(dir, 'brief.docx');

  it('PDF: the banner a bar across the page in its colour, the label centred, the reference right', async () => {
    writeFileSync(pdf, await renderPdf(model));
    for (const page of [1, 2]) {
      const places = headerPlaces(pdf, page);
      expect(places.label, `page ${page}`).toBeCloseTo(0.5, 1);
      expect(places.reference, `page ${page}`).toBeGreaterThan(0.8);
      expect(places.sameLine).toBe(true);
      const shares = barShares(pdf, page, places.top - 2, 6);
      // Painted in every tenth of the width but the page margins (the first and last tenths).
      expect(
        Math.min(...shares.slice(1, 9)),
        `page ${page}: ${shares.map((s) => s.toFixed(2))}`,
      ).toBeGreaterThan(0.3);
    }
  });

  it('DOCX: the same, as its XML says and as LibreOffice lays it out', async () => {
    writeFileSync(docx, await renderDocx(model));
    const header = docxPart(docx, 'word/header1.xml');
    // The bar: the header paragraph shaded in the banner's colour, its label at the centre tab and the
    // reference at the right one, both in the colour that reads on the bar (white on #112233).
    expect(header).toMatch(/<w:shd [^>]*w:fill="112233"/);
    expect(header).toMatch(/<w:tab w:val="center"/);
    expect(header).toMatch(/<w:tab w:val="right"/);
    expect(header).toMatch(
      /<w:t xml:space="preserve">\t<\/w:t>[\s\S]*?<w:color w:val="FFFFFF"\/>[\s\S]*?OFFICIAL[\s\S]*?<w:color w:val="FFFFFF"\/>[\s\S]*?\tREF-42/,
    );

    const lo = libreOfficePdf(docx);
    for (const page of [1, 2]) {
      const places = headerPlaces(lo, page);
      expect(places.label, `page ${page}`).toBeCloseTo(0.5, 1);
      expect(places.reference, `page ${page}`).toBeGreaterThan(0.8);
      expect(places.sameLine).toBe(true);
      const shares = barShares(lo, page, places.top - 2, 6);
      expect(
        Math.min(...shares.slice(1, 9)),
        `page ${page}: ${shares.map((s) => s.toFixed(2))}`,
      ).toBeGreaterThan(0.3);
    }
  }, 120_000);
});
