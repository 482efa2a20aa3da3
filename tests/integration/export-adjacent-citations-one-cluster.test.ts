import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../electron/core/rich-text';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocPlain, pdfText } from '../helpers/readers';

/**
 * The tester's sentence (Background note, APA): three chips side by side came out as three citations,
 * "first (“EU Member States Split,” 2024, para. 6) (“المغرب…,” 2024, para. 3) (Ministry of Commerce…,
 * 2024, p. 2)." Chips with nothing but white space between are one citation cluster: one parenthesis,
 * the items joined by the style's delimiter. A chip after a word is a citation of its own.
 */
function model() {
  const template = makeTemplate('apa', [{ id: 'a', heading: 'Context' }], {
    style: 'apa',
    placement: 'author-date',
  });
  const sources = [
    makeSource('split', 'Reuters', { title: 'EU member states split', published: '2024-10-04' }),
    makeSource('mofcom', 'MOFCOM', {
      title: 'Announcement on brandy',
      published: '2024-10-08',
      authors: [{ literal: 'Ministry of Commerce' }],
    }),
    makeSource('vote', 'Politico', { title: 'Tariff vote', published: '2024-10-04' }),
  ];
  const content: Inline[] = [
    { type: 'text', text: 'Member states split first' },
    { type: 'cite', factId: 'f1' },
    { type: 'text', text: ' ' },
    { type: 'cite', factId: 'f2' },
    { type: 'text', text: ', then voted' },
    { type: 'cite', factId: 'f3' },
    { type: 'text', text: '.' },
  ];
  return renderModelOf(
    {
      briefing: makeBriefing('apa', 'Tariffs', [{ id: 'a', blocks: [{ id: 'p', content }] }]),
      template,
      facts: [
        makeFact('f1', 'split', { locator: 'para. 6' }),
        makeFact('f2', 'mofcom', { locator: 'p. 2' }),
        makeFact('f3', 'vote'),
      ],
      sources,
    },
    templatesDir,
  );
}

const SENTENCE =
  'Member states split first (“EU Member States Split,” 2024, para. 6; Ministry of Commerce, 2024, p. 2), then voted (“Tariff Vote,” 2024).';

describe('adjacent citation chips in an author-date style', () => {
  it('are one citation in the DOCX, read back by pandoc', async () => {
    const file = join(tempDir('briefing-cluster-'), 'cluster.docx');
    writeFileSync(file, await renderDocx(model()));
    expect(
      pandocPlain(file)
        .replace(/\s+/g, ' ')
        .replace(/[\u2066-\u2069]/g, ''),
    ).toContain(SENTENCE);
  });

  it('are one citation in the PDF, read back by pdftotext', async () => {
    const file = join(tempDir('briefing-cluster-'), 'cluster.pdf');
    writeFileSync(file, await renderPdf(model()));
    expect(pdfText(file).replace(/\s+/g, ' ')).toContain(SENTENCE);
  });
});
