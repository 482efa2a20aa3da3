import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../electron/core/render-model';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir } from '../helpers/fixtures';
import { pandocPlain, pdfPages } from '../helpers/readers';

// A template of five sections, two required; the analyst wrote in two optional ones and left the rest.
const base = makeTemplate(
  'five',
  [
    { id: 'bottom-line', heading: 'Bottom line', isRequired: true },
    { id: 'context', heading: 'Context' },
    { id: 'developments', heading: 'Key developments' },
    { id: 'risks', heading: 'Risks', isRequired: true },
    { id: 'outlook', heading: 'Outlook' },
  ],
  {},
);
const template = { ...base, style: { ...base.style, headingNumbering: true } };
const briefing = makeBriefing('five', 'Empty sections', [
  { id: 'bottom-line', blocks: [block('b1', 'Talks stall.', ['f1'])] },
  // Only an empty paragraph: nothing to print.
  { id: 'context', blocks: [block('b2', '')] },
  { id: 'developments', blocks: [block('b3', 'Berlin talks resume.', ['f1'])] },
  { id: 'outlook', blocks: [] },
]);
const model = () =>
  buildRenderModel({
    briefing,
    template,
    facts: [makeFact('f1', 's1')],
    sources: [makeSource('s1', 'Reuters')],
  });

describe('an optional section with nothing in it', () => {
  it('is left out of the render model, heading and all; a required one keeps its heading; numbers follow what is printed', () => {
    expect(model().sections.map((s) => s.heading)).toEqual([
      '1. Bottom line',
      '2. Key developments',
      '3. Risks',
    ]);
  });

  it('prints no bare heading in the DOCX (read back by pandoc) nor the PDF (pdftotext)', async () => {
    const dir = tempDir('empty-sections-');
    const docx = join(dir, 'brief.docx');
    const pdf = join(dir, 'brief.pdf');
    writeFileSync(docx, await renderDocx(model()));
    writeFileSync(pdf, await renderPdf(model()));
    for (const text of [pandocPlain(docx), pdfPages(pdf).join('\n')]) {
      expect(text).toMatch(/1\. Bottom line[\s\S]*2\. Key developments[\s\S]*3\. Risks/);
      expect(text).not.toContain('Context');
      expect(text).not.toContain('Outlook');
    }
  }, 60_000);
});
