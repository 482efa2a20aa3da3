import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocPlain, pdfText } from '../helpers/readers';

/**
 * The tester's APA brief: a sentence ending in a quotation, its chip after the closing quote mark,
 * printed "…the ports.” (Toksabay & Spicer, 2025, para. 6)" with no full stop after the citation. APA
 * ends the sentence after the citation: "…the ports” (Toksabay & Spicer, 2025, para. 6)." A question
 * mark belongs to the quotation and stays in it, the sentence still ending with a full stop. And the
 * citations of an all-English brief carry no invisible direction marks (U+2066–2069): pandoc read them
 * back inside every citation.
 */
function model() {
  const template = makeTemplate('apa', [{ id: 'a', heading: 'Context' }], {
    style: 'apa',
    placement: 'author-date',
  });
  const reuters = makeSource('s', 'Reuters', {
    title: 'Turkey says grain talks to resume',
    published: '2025-11-28',
    authors: [
      { family: 'Toksabay', given: 'Ece' },
      { family: 'Spicer', given: 'Jonathan' },
    ],
  });
  const unsigned = makeSource('u', 'Reuters', {
    title: 'Gulf Mediators Push for Talks',
    published: '2025-11-30',
  });
  return renderModelOf(
    {
      briefing: makeBriefing('apa', 'Grain', [
        {
          id: 'a',
          blocks: [
            block('p1', 'Ankara said: “Talks will reopen the ports.”', ['f1']),
            block('p2', 'The envoy asked: “Are they ready?”', ['f2']),
          ],
        },
      ]),
      template,
      facts: [makeFact('f1', 's', { locator: 'para. 6' }), makeFact('f2', 'u', { locator: 'para. 4' })],
      sources: [reuters, unsigned],
    },
    templatesDir,
  );
}

const SENTENCES = [
  'Ankara said: “Talks will reopen the ports” (Toksabay & Spicer, 2025, para. 6).',
  'The envoy asked: “Are they ready?” (“Gulf Mediators Push,” 2025, para. 4).',
];

describe('an APA citation after a closing quotation mark', () => {
  it('is followed by the sentence’s full stop in the DOCX, with no direction marks, read back by pandoc', async () => {
    const file = join(tempDir('briefing-apa-quote-'), 'apa.docx');
    writeFileSync(file, await renderDocx(model()));
    const text = pandocPlain(file).replace(/\s+/g, ' ');
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
    expect(text).not.toMatch(/[\u2066-\u2069]/);
  });

  it('is followed by the sentence’s full stop in the PDF, read back by pdftotext', async () => {
    const file = join(tempDir('briefing-apa-quote-'), 'apa.pdf');
    writeFileSync(file, await renderPdf(model()));
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
  });

  it('gives the editor’s chips the texts the export prints', () => {
    expect(model().inText).toEqual({
      p1: ['(Toksabay & Spicer, 2025, para.\u00a06)'],
      p2: ['(“Gulf Mediators Push,” 2025, para.\u00a04)'],
    });
  });
});
