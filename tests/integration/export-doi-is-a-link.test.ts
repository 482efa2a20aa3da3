import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../electron/core/render-model';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocMarkdown, pdfLinks } from '../helpers/readers';

// A source's DOI prints as its doi.org address; in the exports it is a live link, as the source's own
// address is — in the notes and in the source list, read back by pikepdf (PDF) and pandoc (DOCX).
describe('a DOI in the exports', () => {
  const dir = tempDir('briefing-doi-link-');
  const doi = 'https://doi.org/10.1234/ICG.2021.007';

  function model() {
    const template = makeTemplate('doi', [{ id: 'a', heading: 'Key developments' }], {
      style: 'briefing-notes',
      placement: 'footnotes',
    });
    const report = makeSource('s1', 'International Crisis Group', {
      type: 'report',
      title: 'Annual Threat Assessment 2021',
      published: '2021-03',
      doi: '10.1234/ICG.2021.007',
    });
    const article = makeSource('s2', 'Reuters', {
      title: 'Talks stall',
      published: '2025-12-10',
      url: 'https://example.org/talks-stall',
    });
    const briefing = makeBriefing('doi', 'DOI links', [
      {
        id: 'a',
        blocks: [
          block('p1', 'The report warned of escalation.', ['f1']),
          block('p2', 'Talks stalled.', ['f2']),
        ],
      },
    ]);
    return buildRenderModel({
      briefing,
      template,
      facts: [makeFact('f1', 's1'), makeFact('f2', 's2')],
      sources: [report, article],
      formatter: cslFormatter('briefing-notes', builtInStylesDir(templatesDir), 'en-US', { emphasis: true }),
    });
  }

  it('is a link in the PDF and the DOCX, beside the source’s address', async () => {
    const m = model();
    expect(m.sourceList?.entries.find((e) => e.sourceId === 's1')?.doi).toBe(doi);
    const pdf = join(dir, 'doi.pdf');
    const docx = join(dir, 'doi.docx');
    writeFileSync(pdf, await renderPdf(m));
    writeFileSync(docx, await renderDocx(m));
    const links = pdfLinks(pdf);
    // The note and the source-list entry each link it.
    expect(links.filter((l) => l === doi).length).toBeGreaterThanOrEqual(2);
    expect(links).toContain('https://example.org/talks-stall');
    const markdown = pandocMarkdown(docx);
    expect(markdown).toContain(`<${doi}>`);
    expect(markdown).toContain('<https://example.org/talks-stall>');
  });
});
