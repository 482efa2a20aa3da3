import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../electron/core/render-model';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import {
  ARABIC_HEADLINE,
  JAZEERA,
  block,
  makeBriefing,
  makeFact,
  makeSource,
  makeTemplate,
} from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { lineOf } from '../helpers/mixed-direction';
import { docxPart, libreOfficePdf, pdfWords, type PdfWord } from '../helpers/readers';

/**
 * An English brief in APA citing an Arabic article dated by its year alone: its source-list entry,
 * "فيدان يدعو إلى هدنة في غزة. (2024). الجزيرة.", has no Latin letter outside its title and outlet, and was
 * a right-to-left paragraph, set at the right margin with ". (2024)." read before the title.
 */
function model() {
  const template = makeTemplate('apa', [{ id: 'a', heading: 'Context' }], {
    style: 'apa',
    placement: 'author-date',
  });
  const sources = [
    makeSource('ar', JAZEERA, { title: ARABIC_HEADLINE, published: '2024' }),
    makeSource('en', 'Reuters', { title: 'EU member states split', published: '2024-10-04' }),
  ];
  const briefing = makeBriefing('apa', 'Tariffs', [
    {
      id: 'a',
      blocks: [block('p1', 'Fidan called for a truce.', ['f1']), block('p2', 'States split.', ['f2'])],
    },
  ]);
  return buildRenderModel({
    briefing,
    template,
    facts: [makeFact('f1', 'ar'), makeFact('f2', 'en')],
    sources,
    formatter: cslFormatter('apa', builtInStylesDir(templatesDir), 'en-US', { emphasis: true }),
  });
}

const ARABIC = /[\u0600-\u06FF]/;

/** The entry's line, left to right: it starts at the left margin, title, then "(2024).", then the outlet. */
function expectLeftToRightEntry(words: PdfWord[]) {
  const line = lineOf(words, '(2024).');
  const english = lineOf(words, 'EU');
  expect(Math.abs(line[0]!.xMin - english[0]!.xMin)).toBeLessThan(2);
  const year = line.findIndex((w) => w.text === '(2024).');
  // The title's words all left of the year, the outlet right of it.
  expect(line.slice(0, year).every((w) => ARABIC.test(w.text))).toBe(true);
  expect(line.slice(0, year).length).toBeGreaterThanOrEqual(5);
  expect(line.slice(year + 1).some((w) => ARABIC.test(w.text))).toBe(true);
}

describe('an English source-list entry opening with an Arabic title', () => {
  const dir = tempDir('briefing-rtl-title-entry-');
  const m = model();

  it('is a left-to-right entry, its title and outlet isolates in it', () => {
    const entry = m.sourceList?.entries.find((e) => e.sourceId === 'ar');
    expect(entry?.text).toBe(`${ARABIC_HEADLINE}. (2024). ${JAZEERA}.`);
    expect(entry?.direction).toBeUndefined();
    expect(entry?.isolates).toHaveLength(2);
  });

  it('is drawn left to right in the PDF, read back by pdftotext -bbox', async () => {
    const file = join(dir, 'entry.pdf');
    writeFileSync(file, await renderPdf(m));
    expectLeftToRightEntry(pdfWords(file));
  });

  it('is a left-to-right paragraph with right-to-left runs in the DOCX, laid out so by LibreOffice', async () => {
    const file = join(dir, 'entry.docx');
    writeFileSync(file, await renderDocx(m));
    const xml = docxPart(file, 'word/document.xml');
    const paragraph = /<w:p>(?:(?!<w:p>).)*\(2024\)\. (?:(?!<w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(paragraph).not.toContain('<w:bidi');
    // The title's run and the outlet's are marked right to left (w:rtl); the year's run is not.
    const runs = [...paragraph.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((r) => r[1]!);
    for (const run of runs) expect(run.includes('<w:rtl/>'), run).toBe(ARABIC.test(run));
    expectLeftToRightEntry(pdfWords(libreOfficePdf(file)));
  }, 180_000);
});
