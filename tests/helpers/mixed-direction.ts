import type { RenderModel } from '../../electron/core/render-model';
import { renderModelOf } from '../../electron/services/export/render';
import {
  ARABIC_HEADLINE,
  ARABIC_TITLE,
  FIDAN,
  HAARETZ,
  HEBREW_HEADLINE,
  JAZEERA,
  JAZEERA_NET,
  MANAR,
  MANAR_TITLE,
  MINISTRY,
  QUESTION_HEADLINE,
  SAAR,
  SAAR_ROLE,
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
  return renderModelOf(
    {
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
    },
    templatesDir,
  );
}

/** The words on the line of the word `text` (its first page), left to right. */
export function lineOf(words: PdfWord[], text: string): PdfWord[] {
  const at = words.find((w) => w.text === text);
  if (!at) throw new Error(`No word "${text}" in the PDF.`);
  return words
    .filter((w) => w.page === at.page && w.yMin < at.yMax && at.yMin < w.yMax)
    .sort((a, b) => a.xMin - b.xMin);
}

/** The words of the line below that of the word `text` (same page), left to right. */
export function lineBelow(words: PdfWord[], text: string): PdfWord[] {
  const above = lineOf(words, text);
  const bottom = Math.max(...above.map((w) => w.yMax));
  const next = words
    .filter((w) => w.page === above[0]!.page && w.yMin > bottom - 2 && !above.includes(w))
    .sort((a, b) => a.yMin - b.yMin)[0];
  if (!next) throw new Error(`No line below "${text}" in the PDF.`);
  return words
    .filter((w) => w.page === next.page && w.yMin < next.yMax && next.yMin < w.yMax)
    .sort((a, b) => a.xMin - b.xMin);
}

/**
 * An English brief (briefing-notes, footnotes or endnotes, with its source list) citing an Arabic source
 * (its speaker, outlet and headline in Arabic), a Hebrew one (speaker, role, outlet, headline) and a
 * Latin one, each dated 3 December 2026: the notes and source entries whose right-to-left fields must
 * keep the date, punctuation and "quoted in" around them in order. Then an Arabic source dated 2026
 * alone, whose note and entry have no Latin letter (still left to right: the style's language is English). Last, an Arabic headline ending in a
 * question mark (`؟`, itself right to left: isolated with its title, 4 November 2025 after it).
 */
export function rtlCitationsModel(placement: 'footnotes' | 'endnotes' = 'footnotes'): RenderModel {
  const template = makeTemplate('rtl-notes', [{ id: 'a', heading: 'Key developments' }], {
    style: 'briefing-notes',
    placement,
    convention: 'british',
  });
  const published = '2026-12-03';
  const sources = [
    makeSource('ar', JAZEERA, { title: ARABIC_HEADLINE, published }),
    makeSource('he', HAARETZ, { title: HEBREW_HEADLINE, published }),
    makeSource('en', 'Reuters', { title: 'Turkey urges a ceasefire', published }),
    makeSource('ar-year', MANAR, { title: MANAR_TITLE, published: '2026' }),
    makeSource('ar-q', JAZEERA_NET, { title: QUESTION_HEADLINE, published: '2025-11-04' }),
  ];
  const facts = [
    makeFact('f-ar', 'ar', { speaker: FIDAN, quote: 'نريد وقف إطلاق النار' }),
    makeFact('f-he', 'he', { speaker: SAAR, speakerRole: SAAR_ROLE }),
    makeFact('f-en', 'en'),
    makeFact('f-ar-year', 'ar-year'),
    makeFact('f-ar-q', 'ar-q', { speaker: MINISTRY }),
  ];
  return renderModelOf(
    {
      briefing: makeBriefing('rtl-notes', 'Ceasefire talks', [
        {
          id: 'a',
          blocks: [
            block('p1', 'Turkey called for a ceasefire.', ['f-ar']),
            block('p2', 'Israel met its counterpart.', ['f-he']),
            block('p3', 'Reuters reported the call.', ['f-en']),
            block('p4', 'Beirut answered.', ['f-ar-year']),
            block('p5', 'Odesa may return to full capacity.', ['f-ar-q']),
          ],
        },
      ]),
      template,
      facts,
      sources,
    },
    templatesDir,
  );
}

/** A quotation in Arabic long enough to wrap on an A4 page (no lam-alef: see `ARABIC_HEADLINE`). */
export const WRAPPING_ARABIC_QUOTE =
  'نحن نتحدث عن إطار للعمل في غزة ومع جميع الشركاء في المنطقة بعد شهر من المحادثات الطويلة في الدوحة والقاهرة وعمان وبيروت ودمشق';
/** A quotation in English long enough to wrap twice, quoted in an Arabic paragraph (its middle line all Latin). */
export const WRAPPING_ENGLISH_QUOTE =
  'We are talking about a framework for work with every partner in the region after a month of long talks in Doha and Cairo, Amman and Beirut, with the ministers of every country that took part in them, not a final agreement';

/**
 * A brief with footnotes whose paragraphs quote the other direction at their end, the quotation
 * wrapping onto a second line, then the note marker: an English paragraph quoting Arabic (the tester's
 * Doha Forum sentence), an Arabic one quoting English. Notes 1 and 2.
 */
export function wrappingQuotesModel(): RenderModel {
  const template = makeTemplate('quotes', [{ id: 'a', heading: 'Key actors' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
    convention: 'british',
  });
  return renderModelOf(
    {
      briefing: makeBriefing('quotes', 'Talks', [
        {
          id: 'a',
          blocks: [
            block('en', `Qatar's Prime Minister told the Doha Forum: "${WRAPPING_ARABIC_QUOTE}."`, ['f-en']),
            block('ar', `قال المتحدث في الدوحة: "${WRAPPING_ENGLISH_QUOTE}."`, ['f-ar']),
          ],
        },
      ]),
      template,
      facts: [makeFact('f-en', 'en'), makeFact('f-ar', 'ar')],
      sources: [makeSource('en', 'Reuters'), makeSource('ar', JAZEERA)],
    },
    templatesDir,
  );
}
