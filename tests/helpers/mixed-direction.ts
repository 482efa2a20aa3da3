import type { RenderModel } from '../../electron/core/render-model';
import { buildRenderModel } from '../../electron/core/render-model';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import {
  ARABIC_TITLE,
  block,
  englishCitingMidSentence,
  makeBriefing,
  makeFact,
  makeSource,
  makeTemplate,
} from './builders';
import { templatesDir } from './fixtures';
import type { PdfWord } from './readers';

/** An Arabic letter. */
export const ARABIC = /[\u0600-\u06FF]/;

/**
 * A brief in both directions, author-date: the tester's English sentence citing a source with an Arabic
 * title ("Kyiv refuses (“…,” 2025) and Moscow waits."), then a bullets section with an Arabic and an
 * English bullet and an Arabic and an English numbered item — for the writers' paragraph direction.
 */
export function mixedDirectionModel(): RenderModel {
  const template = makeTemplate(
    'apa',
    [
      { id: 'a', heading: 'Context' },
      { id: 'b', heading: 'Positions', kind: 'bullets' },
    ],
    { style: 'apa', placement: 'author-date' },
  );
  const source = makeSource('s', 'Al Jazeera', { title: ARABIC_TITLE, published: '2025-12-10' });
  return buildRenderModel({
    briefing: makeBriefing('apa', 'Direction', [
      {
        id: 'a',
        blocks: [englishCitingMidSentence('f')],
      },
      {
        id: 'b',
        blocks: [
          block('li-ar', 'قال المتحدث إن المحادثات ستستأنف في الدوحة.'),
          block('li-en', 'Moscow waits.'),
          block('ol-ar', 'قال المتحدث إن الوفد سيقدم اقتراحا جديدا.', [], { kind: 'numbered' }),
          block('ol-en', 'Moscow waits again.', [], { kind: 'numbered' }),
        ],
      },
    ]),
    template,
    facts: [makeFact('f', 's')],
    sources: [source],
    formatter: cslFormatter(template.citations.style, builtInStylesDir(templatesDir)),
  });
}

/** The words on the line of the word `text` (its first page), left to right. */
export function lineOf(words: PdfWord[], text: string): PdfWord[] {
  const at = words.find((w) => w.text === text);
  if (!at) throw new Error(`No word "${text}" in the PDF.`);
  return words
    .filter((w) => w.page === at.page && w.yMin < at.yMax && at.yMin < w.yMax)
    .sort((a, b) => a.xMin - b.xMin);
}
