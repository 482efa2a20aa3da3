import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_LIST_KEPT } from '../../electron/core/render-model';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, twoSectionNotices } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { docxPart, inked, pandocPlain, pdfPages, pdfWords } from '../helpers/readers';

const HEADINGS = ['Key developments', 'Outlook', 'Sources', 'Notes'];
const FILLER = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar';

/**
 * A briefing whose "Outlook" heading moves down the first page a line at a time as `extra` words are
 * added above it, so that for some `extra` it (or "Sources", or "Notes") falls last on a page.
 */
function model(
  placement: 'footnotes' | 'endnotes',
  extra: number,
  outlook: 'paragraphs' | 'bullets' = 'paragraphs',
) {
  const notices = twoSectionNotices('kwn', placement);
  const { sources, facts } = notices;
  const template = {
    ...notices.template,
    sections: notices.template.sections.map((s) => (s.id === 'b' ? { ...s, kind: outlook } : s)),
  };
  const words = (n: number) => Array.from({ length: n }, (_, i) => FILLER.split(' ')[i % 15]).join(' ');
  const briefing = makeBriefing('kwn', 'Keep with next', [
    {
      id: 'a',
      blocks: [
        ...[0, 1, 2, 3].map((i) => block(`p${i}`, `Paragraph ${i} ${words(50)}.`, [`f${i + 1}`])),
        block('p-extra', `Extra ${words(1 + extra)}.`),
      ],
    },
    { id: 'b', blocks: [block('q', `Outlook first line ${words(30)}.`, ['f1'])] },
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

/** Headings that are the last body line of their page: what follows the heading there is a note or the footer. */
function strandedHeadings(pages: string[]): string[] {
  const stranded: string[] = [];
  pages.forEach((page, p) => {
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    lines.forEach((line, i) => {
      if (!HEADINGS.includes(line)) return;
      const next = lines[i + 1] ?? '';
      // A note line after "Notes" is its content (endnotes); after any other heading, a footnote.
      const note = /^\d+\.\s/.test(next) && line !== 'Notes';
      if (next === '' || note || /Page \d+ of \d+/.test(next)) stranded.push(`${line} (page ${p + 1})`);
    });
  });
  return stranded;
}

describe('headings keep with the first line of what follows', () => {
  const dir = tempDir('briefing-keep-');

  for (const placement of ['footnotes', 'endnotes'] as const) {
    it(`never leaves a heading last on its page (${placement})`, async () => {
      let moved = 0;
      for (let extra = 0; extra <= 360; extra += 6) {
        const file = join(dir, `${placement}-${extra}.pdf`);
        writeFileSync(file, await renderPdf(model(placement, extra)));
        const pages = pdfPages(file);
        expect(strandedHeadings(pages), `extra ${extra}`).toEqual([]);
        // Every heading is still there, once.
        const text = pages.join('\n');
        for (const h of ['Outlook', 'Sources'])
          expect(text.match(new RegExp(`^\\s*${h}$`, 'gm'))?.length).toBe(1);
        // Counted: a heading that starts a page other than the first (where a break may have put it).
        if (
          pages.slice(1).some((page) =>
            HEADINGS.includes(
              page
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)[1] ?? '',
            ),
          )
        )
          moved++;
      }
      expect(moved).toBeGreaterThan(0);
    }, 120_000);
  }

  it('a bullets heading moved to the next page keeps its column, and the first item keeps its bullet', async () => {
    let moved = 0;
    for (let extra = 0; extra <= 360; extra += 6) {
      const file = join(dir, `bullets-${extra}.pdf`);
      writeFileSync(file, await renderPdf(model('footnotes', extra, 'bullets')));
      const words = pdfWords(file);
      const heading = words.find((w) => w.text === 'Outlook');
      if (!heading || heading.page === 1) continue;
      const lines = words.filter((w) => w.page === heading.page && w.yMin < heading.yMin - 0.5);
      // Only the headings moved on (nothing of the body above them on their page but the banner) count.
      if (lines.some((w) => w.text !== 'OFFICIAL')) continue;
      moved++;
      const margin = words.find((w) => w.text === 'Key')!.xMin;
      expect(heading.xMin, `extra ${extra}: the heading in the body's column`).toBeCloseTo(margin, 0);
      // The item's first line "Outlook first line …" has its bullet, in the gap left of it.
      const item = words.find(
        (w) => w.page === heading.page && w.text === 'Outlook' && w.yMin > heading.yMax,
      )!;
      expect(item, `extra ${extra}`).toBeDefined();
      const band = { yMin: item.yMin, yMax: item.yMax };
      expect(
        inked(file, { xMin: margin, xMax: item.xMin - 1, ...band }, heading.page),
        `extra ${extra}: bullet`,
      ).toBeGreaterThan(0);
      // And none beside the heading.
      expect(
        inked(
          file,
          { xMin: margin - 12, xMax: margin - 1, yMin: heading.yMin, yMax: heading.yMax },
          heading.page,
        ),
      ).toBe(0);
    }
    expect(moved).toBeGreaterThan(0);
  }, 120_000);

  for (const placement of ['footnotes', 'endnotes'] as const) {
    it(`starts the source list with its first ${SOURCE_LIST_KEPT} entries, whole, on its heading's page (${placement})`, async () => {
      // The first entries, as the source list prints them (sorted by title: notices 1 and 2).
      const first = [1, 2].map(
        (n) =>
          new RegExp(
            `Ministry\\.\\s+“Notice\\s+number\\s+${n}\\s+on\\s+the\\s+negotiations\\.”\\s+December\\s+10,\\s+2025\\.`,
          ),
      );
      let broken = 0;
      for (let extra = 0; extra <= 360; extra += 6) {
        const file = join(dir, `sources-${placement}-${extra}.pdf`);
        writeFileSync(file, await renderPdf(model(placement, extra)));
        const pages = pdfPages(file);
        const at = pages.findIndex((page) => /^\s*Sources$/m.test(page));
        expect(at, `extra ${extra}`).toBeGreaterThanOrEqual(0);
        const after = pages[at]!.slice(pages[at]!.search(/^\s*Sources$/m));
        for (const entry of first) expect(after, `extra ${extra}`).toMatch(entry);
        // Counted: the heading starts its page (kept there with its entries, or moved there).
        if (
          /^\s*Sources$/.test(pages[at]!.split('\n').filter((l) => l.trim() && !/OFFICIAL/.test(l))[0] ?? '')
        )
          broken++;
      }
      expect(broken).toBeGreaterThan(0);
    }, 120_000);
  }

  it('DOCX: the heading styles keep with next (and their lines together); an empty section keeps its heading', async () => {
    const m = model('footnotes', 0);
    m.sections.push({ id: 'empty', heading: 'Empty section', kind: 'paragraphs', paragraphs: [] });
    const file = join(dir, 'keep.docx');
    writeFileSync(file, await renderDocx(m));
    const styles = docxPart(file, 'word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
      expect(style, id).toContain('<w:keepLines/>');
    }
    // Every section heading is a Heading 1 paragraph, the empty one too.
    const document = docxPart(file, 'word/document.xml');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(4);
    expect(pandocPlain(file)).toContain('Empty section');
    // The source list's first entries keep with next (all but the last kept) and their lines together,
    // so its heading (Heading 1: keep with next) never ends a page with fewer of them after it.
    const entries = [...document.matchAll(/<w:p>(?:(?!<w:p>)[\s\S])*?<\/w:p>/g)]
      .map((p) => p[0])
      .filter((p) => /Ministry\. “Notice number/.test(p));
    expect(entries.length).toBe(4);
    entries.forEach((p, i) => {
      expect(p.includes('<w:keepNext/>'), `entry ${i + 1}`).toBe(i < SOURCE_LIST_KEPT - 1);
      expect(p.includes('<w:keepLines/>'), `entry ${i + 1}`).toBe(i < SOURCE_LIST_KEPT);
    });
  });
});
