import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../electron/core/csl-item';
import { sourceRecord } from '../../electron/core/schemas';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocNotes, pdfText } from '../helpers/readers';

/**
 * The tester's two consecutive notes on a journal article: the first gave the page bare after the issue's
 * colon ("Survival 63, no. 2 (March 2021): 98") and the short note after it "p. 101", two conventions in
 * one briefing. The house style labels every page cited, the journal's first note too; a note citing no
 * page gives the article's pages after the colon, as the Chicago Manual does.
 */
const article = {
  type: 'article-journal',
  author: [
    { family: 'Kofman', given: 'Michael' },
    { family: 'Edmonds', given: 'Jeffrey' },
    { family: 'Schütte', given: 'Grégoire' },
  ],
  issued: { 'date-parts': [[2021, 3]] },
  'container-title': 'Survival',
  issue: '2',
  page: '95–118',
  title: "Russia's Shifting Military Posture in the Black Sea",
  volume: '63',
} as CslItem;

function model(locators: Array<string | undefined>) {
  const template = makeTemplate('house', [{ id: 'a', heading: 'Outlook' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
    convention: 'british',
  });
  return renderModelOf(
    {
      briefing: makeBriefing('house', 'Black Sea', [
        { id: 'a', blocks: locators.map((_, i) => block(`p${i}`, `Claim ${i}.`, [`f${i}`])) },
      ]),
      template,
      facts: locators.map((locator, i) => makeFact(`f${i}`, 's', locator ? { locator } : {})),
      sources: [sourceRecord('s', { item: article, grade: 'B' })],
    },
    templatesDir,
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const FIRST =
  'Michael Kofman, Jeffrey Edmonds and Grégoire Schütte, ‘Russia’s Shifting Military Posture in the Black Sea’, Survival 63, no. 2 (March 2021)';

describe('a journal article’s page cited is labelled in every note', () => {
  it('gives "p. 98" in the first note and "p. 101" in the next, read back from the DOCX by pandoc', async () => {
    const file = join(tempDir('briefing-journal-page-'), 'notes.docx');
    writeFileSync(file, await renderDocx(model(['p. 98', 'p. 101'])));
    expect(pandocNotes(file).map(flat)).toEqual([
      `${FIRST}, p. 98.`,
      'Kofman, Edmonds and Schütte, ‘Russia’s Shifting Military Posture’, p. 101.',
    ]);
  });

  it('gives the same in the PDF, read back by pdftotext', async () => {
    const file = join(tempDir('briefing-journal-page-'), 'notes.pdf');
    writeFileSync(file, await renderPdf(model(['p. 98', 'p. 101'])));
    const text = flat(pdfText(file));
    expect(text).toContain(`1. ${FIRST}, p. 98.`);
    expect(text).toContain('2. Kofman, Edmonds and Schütte, ‘Russia’s Shifting Military Posture’, p. 101.');
    expect(text).not.toContain('2021): 98');
  });

  it('gives the article’s pages after the colon when no page is cited', async () => {
    const file = join(tempDir('briefing-journal-page-'), 'notes.docx');
    writeFileSync(file, await renderDocx(model([undefined])));
    expect(pandocNotes(file).map(flat)).toEqual([`${FIRST}: 95–118.`]);
  });
});
