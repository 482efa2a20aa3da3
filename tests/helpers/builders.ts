import { inlineFromLegacy } from '../../electron/core/rich-text';
import {
  sourceRecord,
  type Block,
  type SourceInput,
  type Briefing,
  type Fact,
  type Source,
} from '../../electron/core/schemas';
import { Template } from '../../electron/core/template';

/**
 * A source with every required field; tests override what they are about, by the fields a form names
 * (title, outlet, authors, published, url, doi…) or with a whole CSL `item`.
 */
export const makeSource = (
  id: string,
  outlet: string,
  extra: Partial<Omit<Source, 'item'>> & { item?: SourceInput['item'] } = {},
): Source => {
  const { createdAt = '', updatedAt = '', textSha256, capturedAt, editors, ...fields } = extra;
  const source = sourceRecord(
    id,
    {
      title: `Title ${id}`,
      outlet,
      type: 'article-newspaper',
      grade: 'B',
      ...fields,
      ...(editors ? { editors } : {}),
    },
    { createdAt, updatedAt },
  );
  if (textSha256 !== undefined) source.textSha256 = textSha256;
  if (capturedAt !== undefined) source.capturedAt = capturedAt;
  return source;
};

/** A verified fact with every required field; tests override what they are about. */
export const makeFact = (id: string, sourceId: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  sourceId,
  statement: `Statement ${id}`,
  credibility: 2,
  tags: [],
  status: 'verified',
  createdAt: '',
  updatedAt: '',
  ...extra,
});

/** A paragraph block: `text` followed by a chip for each of `factIds` (how most tests cite). */
export const block = (
  id: string,
  text: string,
  factIds: readonly string[] = [],
  extra: Partial<Omit<Block, 'id' | 'content'>> = {},
): Block => ({ id, content: inlineFromLegacy(text, factIds), ...extra });

/** A source title in Arabic, for right-to-left tests. */
export const ARABIC_TITLE = 'تصريحات المتحدث باسم الخارجية';

/** Hakan Fidan's name, Al Jazeera's, and an Arabic headline: the tester's note. */
export const FIDAN = 'هاكان فيدان';
export const JAZEERA = 'الجزيرة';
/** (No lam-alef: LibreOffice's PDF gives that ligature's letters back in the wrong order.) */
export const ARABIC_HEADLINE = 'فيدان يدعو إلى هدنة في غزة';
/** Haaretz, a Hebrew headline, and Gideon Sa'ar, foreign minister. */
export const HAARETZ = 'הארץ';
export const HEBREW_HEADLINE = 'שר החוץ נפגש עם עמיתו';
export const SAAR = 'גדעון סער';
export const SAAR_ROLE = 'שר החוץ';
/** Al-Manar's channel and a statement's title, dated by its year alone: an entry with no Latin letter. */
export const MANAR = 'قناة المنار';
export const MANAR_TITLE = 'بيان وزارة الخارجية';
/**
 * The tester's question: Al Jazeera Net's headline ending in an Arabic question mark (itself a
 * right-to-left character), cited to Ukraine's infrastructure ministry.
 */
export const JAZEERA_NET = 'الجزيرة نت';
export const QUESTION_HEADLINE = 'هل يعود ميناء أوديسا إلى طاقته الكاملة؟';
export const MINISTRY = 'وزارة البنية التحتية';

/**
 * An English sentence with a chip in its middle ("Kyiv refuses [chip] and Moscow waits."): cited to a
 * source titled {@link ARABIC_TITLE}, its direction and the citation's isolation are under test.
 */
export const englishCitingMidSentence = (factId: string): Block => ({
  id: 'p',
  content: [
    { type: 'text', text: 'Kyiv refuses' },
    { type: 'cite', factId },
    { type: 'text', text: ' and Moscow waits.' },
  ],
});

/** A minimal valid template (one OFFICIAL classification, default style) with these sections and citations. */
export const makeTemplate = (
  id: string,
  sections: Array<{
    id: string;
    heading: string;
    kind?: 'paragraphs' | 'bullets' | 'fact-table';
    isRequired?: boolean;
  }>,
  citations: Partial<Template['citations']>,
): Template =>
  Template.parse({
    id,
    name: id,
    version: 1,
    classifications: [{ id: 'o', label: 'OFFICIAL', colour: '#112233' }],
    defaultClassification: 'o',
    sections,
    citations: { showGrades: false, ...citations },
    style: {},
  });

/** A briefing on `templateId` (classification `o`) with these sections. */
export const makeBriefing = (
  templateId: string,
  title: string,
  sections: Briefing['sections'],
): Briefing => ({
  id: 'b',
  templateId,
  title,
  date: '2026-01-10',
  classification: 'o',
  frontMatter: {},
  createdAt: '',
  updatedAt: '',
  sections,
});

/**
 * A template with two sections (Key developments, Outlook) on briefing-notes with this placement, and
 * six sources (a ministry's notices, with web addresses when asked) each with one fact.
 */
export function twoSectionNotices(
  id: string,
  placement: 'footnotes' | 'endnotes',
  options: { withUrls?: boolean } = {},
): { template: Template; sources: Source[]; facts: Fact[] } {
  const template = makeTemplate(
    id,
    [
      { id: 'a', heading: 'Key developments' },
      { id: 'b', heading: 'Outlook' },
    ],
    { style: 'briefing-notes', placement },
  );
  const sources = [1, 2, 3, 4, 5, 6].map((i) =>
    makeSource(`s${i}`, 'Ministry', {
      title: `Notice number ${i} on the negotiations`,
      published: '2025-12-10',
      ...(options.withUrls ? { url: `https://example.org/notice-${i}` } : {}),
    }),
  );
  return { template, sources, facts: sources.map((s, i) => makeFact(`f${i + 1}`, s.id)) };
}
