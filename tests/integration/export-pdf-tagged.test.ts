import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { briefOfEveryBlock as model } from '../helpers/brief-of-every-block';
import { tempDir } from '../helpers/fixtures';
import { pdfFonts, pdfStructure, structElements as all } from '../helpers/readers';

const squash = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('tagged PDF (PDF/UA-1)', () => {
  const dir = tempDir('briefing-tagged-');

  for (const placement of ['footnotes', 'endnotes'] as const) {
    it(`has every block in its structure tree, in reading order, and nothing untagged (${placement})`, async () => {
      const m = model(placement);
      const file = join(dir, `${placement}.pdf`);
      writeFileSync(file, await renderPdf(m));
      const pdf = pdfStructure(file);

      expect(pdf.lang).toBe('en-US');
      expect(pdf.marked).toBe(true);
      expect(pdf.displayDocTitle).toBe(true);
      expect(pdf.xmpTitle).toBe('Tagged brief');
      expect(pdf.pdfuaPart).toBe('1');
      expect(pdf.untagged).toEqual([]);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
      expect(pages).toBeGreaterThan(2);

      const [document, ...others] = pdf.tree;
      expect(others).toEqual([]);
      expect(document!.type).toBe('Document');
      const top = document!.children ?? [];
      // The logo first (drawn in the header, read first), the title, the date, the first heading.
      expect(top.slice(0, 4).map((e) => e.type)).toEqual(['Figure', 'H1', 'P', 'H2']);
      expect(top[0]!.alt).toBe('Logo: Tagged brief');
      expect(top[1]!.text).toBe('Tagged brief');

      // The paragraphs in order, each whole (across page breaks), with its note marker as a reference.
      const paragraphs = top.filter((e) => e.type === 'P' && e.text?.startsWith('Paragraph'));
      expect(paragraphs).toHaveLength(6);
      paragraphs.forEach((p, i) => {
        expect(squash(p.text)).toMatch(
          new RegExp(`^Paragraph ${i + 1} begins\\..*Paragraph ${i + 1} ends\\.\\d+$`),
        );
        // Reference > Link > the raised number as a Span (with its baseline shift, as Typst tags a
        // marker), and the link's annotation.
        const reference = p.children?.find((c) => c.type === 'Reference');
        const link = reference?.children?.[0];
        expect(link?.type).toBe('Link');
        expect(link?.children?.map((c) => c.type ?? c.annotation)).toEqual(['Span', 'Link']);
        const marker = link?.children?.[0];
        expect(marker?.text).toBe(String(i + 1));
        expect(marker?.baselineShift).toBeGreaterThan(3);
      });
      // Notes: one per note; at the foot, each read right after the paragraph citing it.
      const notes = top.filter((e) => e.type === 'Note');
      expect(notes).toHaveLength(m.notes.length);
      for (const [i, note] of notes.entries()) expect(note.id).toBe(`note-${i + 1}`);
      if (placement === 'footnotes')
        paragraphs.forEach((p, i) => {
          const next = top[top.indexOf(p) + 1];
          expect(next?.type).toBe('Note');
          expect(next?.id).toBe(`note-${i + 1}`);
          expect(squash(next?.text)).toContain(`Notice ${i + 1} on the talks`);
        });
      else expect(top.indexOf(notes[0]!)).toBeGreaterThan(top.indexOf(paragraphs[5]!));

      // The fact table: a header row of column headers, then a row per fact.
      const table = top.find((e) => e.type === 'Table')!;
      const rows = table.children ?? [];
      expect(rows.map((r) => r.type)).toEqual(['TR', 'TR', 'TR']);
      expect(rows[0]!.children!.map((c) => [c.type, c.scope, c.text])).toEqual(
        ['Fact', 'Who said it', 'Source', 'Date', 'Grade'].map((t) => ['TH', 'Column', t]),
      );
      expect(rows[1]!.children!.map((c) => c.type)).toEqual(['TD', 'TD', 'TD', 'TD', 'TD']);
      expect(squash(rows[2]!.children![0]!.text)).toMatch(/^Row two fact\d+$/);

      // Lists: items with their bodies; a numbered item's number is its label.
      const lists = top.filter((e) => e.type === 'L');
      expect(lists.map((l) => l.children!.map((li) => li.children!.map((c) => c.type)))).toEqual([
        [['LBody'], ['LBody']],
        [
          ['Lbl', 'LBody'],
          ['Lbl', 'LBody'],
        ],
      ]);
      expect(lists[1]!.children!.map((li) => squash(li.text))).toEqual([
        '1. First numbered',
        '2. Second numbered',
      ]);

      // Every link annotation belongs to a Link element and says where it goes.
      expect(pdf.annotations.length).toBeGreaterThan(m.notes.length);
      for (const a of pdf.annotations) {
        expect(a.subtype).toBe('Link');
        expect(a.structParent).toBe(true);
        expect(a.contents).not.toBe('');
      }
      const links = all(pdf.tree).filter((e) => e.type === 'Link');
      for (const link of links) expect(link.children?.some((c) => c.annotation === 'Link')).toBe(true);
      // A link's alternate text is its annotation's Contents, said once (no Alt on the element too).
      expect(links.some((l) => l.children?.some((c) => c.contents === 'https://example.org/n1'))).toBe(true);
      expect(links.filter((l) => l.alt !== undefined)).toEqual([]);

      // Page headers and footers are artifacts: not in the tree.
      const text = all(pdf.tree)
        .map((e) => e.text ?? '')
        .join('\n');
      expect(text).not.toContain('OFFICIAL');
      expect(text).not.toContain('REF-42');
      expect(text).not.toMatch(/Page \d+ of/);
    });
  }

  it('declares PDF/A-2a (and PDF/UA-1) when the template asks, with an sRGB output intent', async () => {
    const file = join(dir, 'archival.pdf');
    writeFileSync(file, await renderPdf(model('footnotes', { pdfStandard: 'PDF/A-2a' })));
    const pdf = pdfStructure(file);
    expect([pdf.pdfaPart, pdf.pdfaConformance, pdf.pdfuaPart]).toEqual(['2', 'A', '1']);
    expect(pdf.outputIntents).toEqual([
      { subtype: '/GTS_PDFA1', components: 3, condition: 'sRGB IEC61966-2.1' },
    ]);
    expect(pdf.encrypted).toBe(false);
    expect(pdf.trailerId).toBe(true);
    expect(pdf.xmpTitle).toBe('Tagged brief');
    expect(pdf.untagged).toEqual([]);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    // The default is PDF/UA-1 alone.
    const plain = pdfStructure(join(dir, 'footnotes.pdf'));
    expect([plain.pdfaPart, plain.pdfuaPart, plain.outputIntents.length]).toEqual([null, '1', 0]);
  });

  it('gives pdftotext each footnote after the text of the paragraph citing it', async () => {
    const file = join(dir, 'reading.pdf');
    writeFileSync(file, await renderPdf(model('footnotes')));
    // poppler reads the page, not the structure: headers and footers (artifacts) still come out here.
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
    let checked = 0;
    for (const page of pages.map(squash)) {
      for (const m of page.matchAll(/Paragraph (\d) ends\.(\d)/g)) {
        const begins = page.indexOf(`Paragraph ${m[1]} begins.`);
        const note = page.indexOf(`${m[2]}. Ministry, “Notice ${m[2]} on the talks,”`);
        expect(note, `note ${m[2]} after its paragraph`).toBeGreaterThan(m.index!);
        // A paragraph wholly on its page is not interrupted by its note.
        if (begins >= 0) expect(note).toBeGreaterThan(begins);
        checked++;
      }
    }
    expect(checked).toBe(6);
  });
});
