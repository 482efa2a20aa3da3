import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../electron/core/schemas';
import { Template } from '../../electron/core/template';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeFact, makeSource } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocNotes, pdfText } from '../helpers/readers';

// An analyst's note 7 read "diplomats familiar with the discussions, cited in …": a note begins with a
// capital, as CSL makes the first word of a note, and nothing else in it changes case.
describe('a note whose first word is written in lower case', () => {
  it('begins with a capital in the DOCX and the PDF; names and quotes inside keep their case', async () => {
    const template = Template.parse(
      JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as unknown,
    );
    const source = makeSource('s', 'Reuters', {
      title: 'Talks on Ukraine stall over territory',
      authors: [{ family: 'Landay', given: 'Jonathan' }],
      published: '2025-12-14',
    });
    const facts = [
      makeFact('f', 's', { speaker: 'diplomats familiar with the discussions' }),
      makeFact('g', 's', { speaker: 'van der Leyen aides', statement: 'Statement g' }),
    ];
    const briefing: Briefing = {
      id: 'b',
      title: 'Capitals',
      date: '2025-12-15',
      templateId: template.id,
      classification: 'official',
      frontMatter: {},
      sections: [
        {
          id: 'key-developments',
          blocks: [block('p', 'Talks stalled.', ['f']), block('q', 'Aides spoke.', ['g'])],
        },
      ],
      createdAt: '',
      updatedAt: '',
    } as unknown as Briefing;
    const model = renderModelOf(
      {
        briefing,
        template,
        facts,
        sources: [source],
      },
      templatesDir,
    );
    const dir = tempDir('briefing-note-capital-');
    const docx = join(dir, 'b.docx');
    const pdf = join(dir, 'b.pdf');
    writeFileSync(docx, await renderDocx(model));
    writeFileSync(pdf, await renderPdf(model));
    const notes = pandocNotes(docx);
    expect(notes[0]).toMatch(/^Diplomats familiar with the discussions, cited in /);
    expect(notes[1]).toMatch(/^Van der Leyen aides, cited in /);
    // Only the first letter: the rest of the note as the style wrote it.
    expect(notes[0]).toContain('Landay');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Diplomats familiar with the discussions, cited in');
    expect(text).not.toContain('diplomats familiar with the discussions, cited in');
  });
});
