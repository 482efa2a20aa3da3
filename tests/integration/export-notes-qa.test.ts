import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, twoSectionNotices } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import {
  docxPart,
  libreOfficePdf,
  pandocMarkdown,
  pandocNotes,
  pdfLinks,
  pdfText,
  pdfWords,
} from '../helpers/readers';

/** Long enough to take two lines or more at the title's size. */
const LONG_TITLE =
  'Ceasefire negotiations in Berlin and the question of the occupied territories after the second round';

/** Paragraphs with one, two and three chips side by side; every source has a web address. */
function model(placement: 'footnotes' | 'endnotes') {
  const { template, sources, facts } = twoSectionNotices('qa', placement, { withUrls: true });
  const briefing = makeBriefing('qa', LONG_TITLE, [
    {
      id: 'a',
      blocks: [
        block('p1', 'Talks resumed in the region.', ['f1', 'f2']),
        block('p2', 'A second paragraph with one note.', ['f3']),
        block('p3', 'Three in a row.', ['f4', 'f5', 'f6']),
      ],
    },
    { id: 'b', blocks: [block('q', 'The outlook is uncertain.', ['f1'])] },
  ]);
  return renderModelOf(
    {
      briefing,
      template,
      facts,
      sources,
    },
    templatesDir,
  );
}

const dir = tempDir('briefing-notes-qa-');

async function writeDocx(placement: 'footnotes' | 'endnotes'): Promise<string> {
  const file = join(dir, `${placement}.docx`);
  writeFileSync(file, await renderDocx(model(placement)));
  return file;
}

describe('DOCX notes as LibreOffice and pandoc read them', () => {
  it('numbers endnotes 1, 2, 3 (not i, ii, iii) and puts them before the source list, as the PDF does', async () => {
    const docx = await writeDocx('endnotes');
    const settings = docxPart(docx, 'word/settings.xml');
    expect(settings).toMatch(
      /<w:endnotePr><w:pos w:val="sectEnd"\/><w:numFmt w:val="decimal"\/><\/w:endnotePr>/,
    );
    // The source list is a section after the one whose end holds the notes.
    const xml = docxPart(docx, 'word/document.xml');
    const firstSectionEnd = xml.indexOf('</w:sectPr>');
    expect(xml.slice(0, firstSectionEnd)).toMatch(/<w:endnotePr><w:pos w:val="sectEnd"\/>/);
    expect(xml.indexOf('>Sources<')).toBeGreaterThan(firstSectionEnd);
    // (Four notes: the chips side by side are one note each.)
    expect(xml.indexOf('w:endnoteReference w:id="4"')).toBeLessThan(xml.indexOf('>Sources<'));
    // LibreOffice's numbers are the app's (LibreOffice 7.4 still collects endnotes at the document's end:
    // it reads `sectEnd` from 24.2 on).
    const text = pdfText(libreOfficePdf(docx));
    expect(text).toMatch(/region\.1/);
    expect(text).not.toMatch(/region\.i/);
    expect(text).toMatch(/^\s*4\s*$/m);
    expect(text).not.toMatch(/^\s*iv\s*$/m);
    expect(pandocNotes(docx)).toHaveLength(4);
    // The PDF's order: notes, then the source list.
    const pdf = join(dir, 'endnotes.pdf');
    writeFileSync(pdf, await renderPdf(model('endnotes')));
    const pdfOrder = pdfText(pdf);
    expect(pdfOrder.indexOf('Notes')).toBeGreaterThan(0);
    expect(pdfOrder.indexOf('Notes')).toBeLessThan(pdfOrder.indexOf('Sources'));
  }, 120_000);

  it('numbers footnotes 1, 2, 3 explicitly', async () => {
    const docx = await writeDocx('footnotes');
    expect(docxPart(docx, 'word/document.xml')).toContain(
      '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>',
    );
    expect(pdfText(libreOfficePdf(docx))).toMatch(/region\.1/);
  }, 120_000);

  it('sets line spacing as a multiple (lineRule auto): a two-line title does not overlap itself', async () => {
    const docx = await writeDocx('footnotes');
    for (const part of ['word/styles.xml', 'word/document.xml']) {
      const lines = [...docxPart(docx, part).matchAll(/<w:spacing [^>]*w:line="[^>]*>/g)].map((m) => m[0]);
      for (const spacing of lines) expect(spacing, part).toContain('w:lineRule="auto"');
    }
    expect(docxPart(docx, 'word/styles.xml')).toMatch(/<w:spacing [^>]*w:line=/);
    // The title's words on LibreOffice's page 1, line by line: each line's top below the last one's foot.
    const titleWords = new Set(LONG_TITLE.split(' '));
    const words = pdfWords(libreOfficePdf(docx)).filter((w) => w.page === 1 && titleWords.has(w.text));
    const big = words.filter((w) => w.yMax - w.yMin > 16);
    const tops = [...new Set(big.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b);
    expect(tops.length).toBeGreaterThanOrEqual(2);
    const height = Math.max(...big.map((w) => w.yMax - w.yMin));
    for (let i = 1; i < tops.length; i++)
      expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(height * 0.95);
  }, 120_000);
});

describe('note markers side by side', () => {
  // Two or three chips side by side cite facts at one place: one marker, its note citing each source
  // (a citation cluster, "Source A; Source B."), as Chicago and citeproc cite them, not "1,2".
  it('are one note marker whose note cites every source, in the DOCX (pandoc, LibreOffice) and the PDF', async () => {
    const note = (i: number) =>
      `Ministry, “Notice number ${i} on the negotiations,” December 10, 2025, https://example.org/notice-${i}`;
    for (const placement of ['footnotes', 'endnotes'] as const) {
      const docx = await writeDocx(placement);
      const md = pandocMarkdown(docx);
      expect(md).toContain('region.[^1]\n');
      expect(md).toContain('one note.[^2]\n');
      expect(md).toContain('row.[^3]\n');
      const notes = pandocNotes(docx);
      expect(notes.slice(0, 3), placement).toEqual([
        `${note(1)}; ${note(2)}.`,
        `${note(3)}.`,
        `${note(4)}; ${note(5)}; ${note(6)}.`,
      ]);
      const lo = pdfText(libreOfficePdf(docx));
      expect(lo, placement).toMatch(/Talks resumed in the region\.1\n/);
      expect(lo, placement).toMatch(/A second paragraph with one note\.2\n/);
      expect(lo, placement).toMatch(/Three in a row\.3\n/);
      const pdf = join(dir, `${placement}-clusters.pdf`);
      writeFileSync(pdf, await renderPdf(model(placement)));
      const text = pdfText(pdf);
      expect(text, placement).toMatch(/Talks resumed in the region\.1\n/);
      expect(text, placement).toMatch(/A second paragraph with one note\.2\n/);
      expect(text, placement).toMatch(/Three in a row\.3\n/);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat, placement).toContain(`1. ${note(1)}; ${note(2)}.`);
      expect(flat, placement).toContain(`3. ${note(4)}; ${note(5)}; ${note(6)}.`);
    }
  }, 120_000);
});

describe('PDF notes', () => {
  it('make the address in a note a link, at the foot of the page and at the end', async () => {
    for (const placement of ['footnotes', 'endnotes'] as const) {
      const file = join(dir, `${placement}-links.pdf`);
      writeFileSync(file, await renderPdf(model(placement)));
      const links = pdfLinks(file);
      // Each address once in the source list and once in the note citing it in full (notes 1–3).
      for (let i = 1; i <= 6; i++)
        expect(
          links.filter((l) => l === `https://example.org/notice-${i}`),
          placement,
        ).toHaveLength(2);
    }
  });
});
