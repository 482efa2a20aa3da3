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
import { pandocNotes, pandocPlain, pdfText } from '../helpers/readers';

/**
 * The tester's chapter, case and speech in the house style (British convention). The chapter's note and
 * entry lost its volume and pages (APA prints them) and the entry read "Ed. by Melvyn P. Leffler, and Odd
 * Arne Westad"; the case read "Ukraine v. Russia (re Crimea), (European Court of Human Rights 2024)" with
 * its application number lost, and was listed after "von der Leyen"; the speech's event (CSL 1.0.2
 * `event-title`) was not printed.
 */
const items: Record<string, CslItem> = {
  chapter: {
    type: 'chapter',
    author: [{ family: 'Gaddis', given: 'John Lewis' }],
    editor: [
      { family: 'Leffler', given: 'Melvyn P.' },
      { family: 'Westad', given: 'Odd Arne' },
    ],
    issued: { 'date-parts': [[2010]] },
    'container-title': 'The Cambridge History of the Cold War',
    page: '1–21',
    publisher: 'Cambridge University Press',
    'publisher-place': 'Cambridge',
    title: 'Grand Strategies in the Cold War',
    volume: '2',
  } as CslItem,
  chapter2: {
    type: 'chapter',
    author: [{ family: 'Ryan', given: 'Mick' }],
    editor: [{ family: 'Freedman', given: 'Lawrence' }],
    issued: { 'date-parts': [[2025]] },
    'container-title': 'The Ukraine War: A Military History',
    page: '201–230',
    publisher: 'Penguin',
    title: 'The war in the air',
  } as CslItem,
  case: {
    type: 'legal_case',
    issued: { 'date-parts': [[2024, 6, 25]] },
    authority: 'European Court of Human Rights',
    number: '20958/14',
    title: 'Ukraine v. Russia (re Crimea)',
  } as CslItem,
  speech: {
    type: 'speech',
    author: [{ family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }],
    issued: { 'date-parts': [[2024, 2, 17]] },
    title: 'Speech by President von der Leyen at the Munich Security Conference',
    'event-title': 'Munich Security Conference',
    'event-place': 'Munich',
  } as CslItem,
};

function model() {
  const ids = Object.keys(items);
  const template = makeTemplate('house', [{ id: 'a', heading: 'Outlook' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
    convention: 'british',
  });
  const locators: Record<string, string | undefined> = {
    chapter: 'p. 12',
    chapter2: undefined,
    case: 'para. 1335',
    speech: 'para. 6',
  };
  return renderModelOf(
    {
      briefing: makeBriefing('house', 'Outlook', [
        { id: 'a', blocks: ids.map((id) => block(`p-${id}`, `Claim from the ${id}.`, [`f-${id}`])) },
      ]),
      template,
      facts: ids.map((id) => makeFact(`f-${id}`, id, locators[id] ? { locator: locators[id] } : {})),
      sources: ids.map((id) => sourceRecord(id, { item: items[id]!, grade: 'B' })),
    },
    templatesDir,
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectHouseEntries(notes: string, list: string) {
  expect(notes).toContain(
    'John Lewis Gaddis, ‘Grand Strategies in the Cold War’, in The Cambridge History of the Cold War, vol. 2, ed. by Melvyn P. Leffler and Odd Arne Westad (Cambridge: Cambridge University Press, 2010), p. 12.',
  );
  // No page cited: the chapter's pages.
  expect(notes).toContain(
    'Mick Ryan, ‘The war in the air’, in The Ukraine War: A Military History, ed. by Lawrence Freedman (Penguin, 2025), 201–230.',
  );
  expect(notes).toContain(
    'Ukraine v. Russia (re Crimea), no. 20958/14 (European Court of Human Rights 2024), para. 1335.',
  );
  expect(notes).toContain('Munich Security Conference, Munich, 17 February 2024, para. 6.');
  expect(list).toContain(
    'Gaddis, John Lewis. ‘Grand Strategies in the Cold War’. In The Cambridge History of the Cold War, vol. 2, ed. by Melvyn P. Leffler and Odd Arne Westad, 1–21. Cambridge: Cambridge University Press, 2010.',
  );
  expect(list).toContain(
    'Ukraine v. Russia (re Crimea), no. 20958/14 (European Court of Human Rights 2024).',
  );
  expect(list).toContain(
    'Munich Security Conference’. Munich Security Conference, Munich, 17 February 2024.',
  );
  expect(list).not.toMatch(/Ed\. by|Leffler, and/u);
  // Sorted as the entries print: Gaddis, Ryan, Ukraine v. Russia, von der Leyen.
  const order = ['Gaddis, John Lewis', 'Ryan, Mick', 'Ukraine v. Russia', 'von der Leyen, Ursula'].map((s) =>
    list.indexOf(s),
  );
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
}

describe('the house style lists chapters, cases and speeches in full', () => {
  it('prints volume, pages, editors, case number and event in the DOCX, read back by pandoc', async () => {
    const file = join(tempDir('briefing-house-types-'), 'notes.docx');
    writeFileSync(file, await renderDocx(model()));
    const plain = flat(pandocPlain(file));
    expectHouseEntries(flat(pandocNotes(file).join(' ')), plain.slice(plain.lastIndexOf('Sources')));
  });

  it('prints them the same in the PDF, read back by pdftotext', async () => {
    const file = join(tempDir('briefing-house-types-'), 'notes.pdf');
    writeFileSync(file, await renderPdf(model()));
    const text = flat(pdfText(file));
    // The footnotes stand at the foot of the page, after the source list.
    expectHouseEntries(text, text.slice(text.lastIndexOf('Sources')));
  });
});
