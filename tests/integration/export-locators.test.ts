import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../electron/core/render-model';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeFact, makeSource, makeBriefing, makeTemplate } from '../helpers/builders';
import { repoRoot, tempDir, templatesDir } from '../helpers/fixtures';
import { pandocNotes, pdfText } from '../helpers/readers';

const chicago = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'),
  'utf8',
);

/** A briefing citing one article by paragraph (as the importer numbers them) and once by page. */
function model(style: 'briefing-notes' | { csl: string }, locale = 'en-US') {
  const template = makeTemplate('loc', [{ id: 'a', heading: 'Key developments' }], {
    style,
    placement: 'footnotes',
  });
  const source = makeSource('s1', 'Reuters', {
    title: 'Kyiv rejects recognising Donbas as Russian',
    published: '2025-12-10',
  });
  const facts = [makeFact('f1', 's1', { locator: 'para. 9' }), makeFact('f2', 's1', { locator: '14' })];
  const briefing = makeBriefing('loc', 'Locators', [
    {
      id: 'a',
      blocks: [block('p1', 'Kyiv will not cede Donbas.', ['f1']), block('p2', 'Talks go on.', ['f2'])],
    },
  ]);
  return buildRenderModel({
    briefing,
    template,
    facts,
    sources: [source],
    formatter: cslFormatter(style, builtInStylesDir(templatesDir), locale, { emphasis: true }),
  });
}

describe('locators in exported notes', () => {
  const dir = tempDir('briefing-locators-');

  it('says "para. 9" and "p. 14" in briefing-notes footnotes (DOCX and PDF): never a bare number', async () => {
    const m = model('briefing-notes', 'en-GB');
    const docx = join(dir, 'notes.docx');
    const pdf = join(dir, 'notes.pdf');
    writeFileSync(docx, await renderDocx(m));
    writeFileSync(pdf, await renderPdf(m));
    const notes = pandocNotes(docx);
    expect(notes[0]).toBe(
      'Reuters, ‘Kyiv rejects recognising Donbas as Russian’, 10 December 2025, para.\u00a09.',
    );
    // A later note is short: the headline's first four words (no short title was given).
    expect(notes[1]).toBe('Reuters, ‘Kyiv rejects recognising Donbas’, p.\u00a014.');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Donbas as Russian’, 10 December 2025, para. 9.');
    expect(text).toContain('recognising Donbas’, p. 14.');
  });

  it('says "para. 9" in Chicago footnotes', async () => {
    const docx = join(dir, 'chicago.docx');
    writeFileSync(docx, await renderDocx(model({ csl: chicago })));
    const notes = pandocNotes(docx);
    expect(notes[0]).toMatch(/Donbas as Russian,” Reuters, December 10, 2025, para\.\u00a09\.$/);
    // Chicago's own later note, with the short title derived as its manual says (four words).
    expect(notes[1]).toBe('Reuters, “Kyiv Rejects Recognising Donbas,” 14.');
  });
});
