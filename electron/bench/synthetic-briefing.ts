import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inline } from '../core/rich-text';
import { sourceRecord, type Briefing, type Fact, type Source } from '../core/schemas';
import { Template } from '../core/template';
import { BRIEFING_FILE_VERSION } from '../services/briefing-file';

const OUTLETS = ['Reuters', 'AP', 'AFP', 'Le Monde', 'BBC', 'Kyiv Independent', 'Meduza', 'TASS'];
const SPEAKERS: Array<[string, string]> = [
  ['Dmitry Peskov', 'Kremlin spokesman'],
  ['Volodymyr Zelenskyy', 'President of Ukraine'],
  ['Kaja Kallas', 'EU foreign policy chief'],
  ['Mark Rutte', 'NATO Secretary General'],
];
const WORDS =
  'talks delegation ceasefire territory guarantees sanctions negotiators proposal envoy frontline drones energy grid reconstruction parliament referendum corridor shipping grain withdrawal monitoring'.split(
    ' ',
  );

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same briefing. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticBriefing {
  briefing: Omit<Briefing, 'id' | 'createdAt' | 'updatedAt'>;
  facts: Fact[];
  sources: Source[];
}

/**
 * A briefing shaped like a long desk product: `paragraphs` paragraphs of about `words` words over the
 * template's sections, `citations` citation marks spread over them, citing `sourceCount` sources
 * (one fact per citation, half of them attributed to a speaker).
 */
export function syntheticBriefing(options: {
  templateId: string;
  sectionIds: string[];
  paragraphs: number;
  words: number;
  citations: number;
  sourceCount: number;
  seed?: number;
}): SyntheticBriefing {
  const rnd = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sources: Source[] = Array.from({ length: options.sourceCount }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return sourceRecord(
      `src-${i + 1}`,
      {
        title: `${pick(WORDS)} ${pick(WORDS)} report ${i + 1} on the ${pick(WORDS)} ${pick(WORDS)}`,
        outlet: OUTLETS[i % OUTLETS.length] ?? 'Reuters',
        type: 'article-newspaper',
        authors: i % 3 === 0 ? [{ family: `Writer${i}`, given: 'Alex' }] : [],
        published: `2025-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
        url: `https://news.example.org/${i + 1}/${pick(WORDS)}`,
        grade: pick(['A', 'B', 'C'] as const),
      },
      { createdAt: '2025-12-01T00:00:00.000Z', updatedAt: '2025-12-01T00:00:00.000Z' },
    );
  });
  const facts: Fact[] = Array.from({ length: options.citations }, (_, i) => {
    // Every source cited at least once; the rest at random.
    const source = i < sources.length ? sources[i] : pick(sources);
    const who = i % 2 === 0 ? pick(SPEAKERS) : undefined;
    return {
      id: `fact-${i + 1}`,
      sourceId: source?.id ?? 'src-1',
      statement: `Statement ${i + 1} about ${pick(WORDS)}.`,
      credibility: 1 + Math.floor(rnd() * 4),
      tags: [],
      status: 'verified',
      createdAt: '2025-12-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:00:00.000Z',
      ...(who ? { speaker: who[0], speakerRole: who[1] } : {}),
    };
  });
  // Citations spread as evenly as integer division allows: paragraph p gets those whose index maps to it.
  const perParagraph = Array.from({ length: options.paragraphs }, () => [] as string[]);
  facts.forEach((f, i) => perParagraph[Math.floor((i * options.paragraphs) / facts.length)]?.push(f.id));
  const sections = options.sectionIds.map((id) => ({
    id,
    blocks: [] as Briefing['sections'][number]['blocks'],
  }));
  // Each chip follows the word it supports: the paragraph's words are cut evenly among its chips, the
  // last chip closing the paragraph.
  perParagraph.forEach((factIds, p) => {
    const words = Array.from({ length: options.words }, () => pick(WORDS));
    if (words[0]) words[0] = words[0][0]?.toUpperCase() + words[0].slice(1);
    const content: Inline[] = [];
    let from = 0;
    factIds.forEach((factId, i) => {
      const to = Math.max(from + 1, Math.round(((i + 1) * words.length) / factIds.length));
      const last = i === factIds.length - 1;
      const chunk = words.slice(from, last ? words.length : to).join(' ');
      if (chunk) content.push({ type: 'text', text: `${from > 0 ? ' ' : ''}${chunk}${last ? '.' : ''}` });
      content.push({ type: 'cite', factId });
      from = to;
    });
    if (factIds.length === 0) content.push({ type: 'text', text: `${words.join(' ')}.` });
    sections[Math.floor((p * sections.length) / options.paragraphs)]?.blocks.push({
      id: `p-${p + 1}`,
      content,
    });
  });
  return {
    briefing: {
      templateId: options.templateId,
      title: 'Synthetic briefing: the state of the talks',
      date: '2025-12-16',
      classification: 'official',
      frontMatter: { author: 'Bench Analyst' },
      sections,
    },
    facts,
    sources,
  };
}

/** Chicago notes-bibliography from the CSL repository (5 000 lines): the calibration style. */
export const chicagoCsl = (root: string) =>
  readFileSync(join(root, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'), 'utf8');

/** How big a synthetic briefing is: paragraphs of about `words` words, citation marks, sources. */
export interface BriefingSize {
  paragraphs: number;
  words: number;
  citations: number;
  sourceCount: number;
}

/** The size of the bench:export briefing: about 40 pages. */
export const BENCH_BRIEFING = { paragraphs: 130, words: 75, citations: 300, sourceCount: 120 } as const;

/**
 * The templates the export benchmarks use: the built-in situation brief's look, with plain sections and
 * the given citation style (its own id, so nothing mistakes it for the built-in), and a synthetic briefing
 * on it of the given size.
 */
export function benchSetup(
  root: string,
  options: {
    id: string;
    style: Template['citations']['style'];
    placement?: Template['citations']['placement'];
    sectionIds?: string[];
    size?: BriefingSize;
  },
): { template: Template; data: SyntheticBriefing } {
  const base = JSON.parse(readFileSync(join(root, 'templates', 'situation-brief.json'), 'utf8')) as object;
  const sectionIds = options.sectionIds ?? [
    'summary',
    'developments',
    'positions',
    'outlook',
    'implications',
  ];
  const template = Template.parse({
    ...base,
    id: options.id,
    sections: sectionIds.map((id) => ({ id, heading: id[0]?.toUpperCase() + id.slice(1) })),
    citations: { style: options.style, placement: options.placement ?? 'footnotes', sourceList: true },
  });
  const data = syntheticBriefing({
    templateId: template.id,
    sectionIds,
    ...(options.size ?? BENCH_BRIEFING),
  });
  return { template, data };
}

/** A synthetic briefing on `template` as the text of a portable briefing file (`.briefing.json`). */
export const briefingFileText = (template: object, data: SyntheticBriefing): string =>
  JSON.stringify({ format: 'briefing-builder-briefing', version: BRIEFING_FILE_VERSION, template, ...data });

/**
 * A portable briefing file on the built-in situation brief, with a synthetic briefing of the given size
 * over all its sections: what the export and editor tests open.
 */
export function syntheticBriefingFile(templatesDir: string, size: BriefingSize): string {
  const template = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as {
    id: string;
    sections: Array<{ id: string }>;
  };
  const data = syntheticBriefing({
    templateId: template.id,
    sectionIds: template.sections.map((s) => s.id),
    ...size,
  });
  return briefingFileText(template, data);
}

/**
 * A bench template on the app's default note style (templates/csl/briefing-notes.csl) as the built-in
 * templates set it: the British house convention, later notes short; id `bench-default`.
 */
export function houseStyleTemplate(template: Template): Template {
  return {
    ...template,
    id: 'bench-default',
    citations: {
      ...template.citations,
      style: 'briefing-notes',
      convention: 'british',
      repeatedNote: 'short',
    },
  };
}
