import { isolatedDirection } from './bidi-isolate';
import { AppError } from './errors';
import { noteAttribution, simpleFormatter, type CitationFormatter, type CitationRef } from './citations';
import type { Inline } from './rich-text';
import {
  blockFactIds,
  blockHasContent,
  type Block,
  type Briefing,
  type BriefingSection,
  type Fact,
  type Source,
} from './schemas';
import type { Template, TemplateSection } from './template';
import { blockMarking, findLevel, higher, levelsOf, markingsFrom, printedLevel, type Level } from './marking';
import { formatPartialDate } from './partial-date';
import { capitaliseFirst, formatLongDate, splitEmphasis, stripXmlInvalid } from './text';
import { doiUrl, outletVariable } from './source-item';

/**
 * A fact's date as a table shows it: in words, a full day as a month or a year is ("18 February 2025",
 * "March 2021"), so that one column reads one way.
 */
const dateText = (date: string | undefined) => (date === undefined ? date : formatPartialDate(date));

/** A stretch of text with its formatting; `href` makes it a link. */
export interface TextRunModel {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/**
 * Inline content: text, a note marker (footnote/endnote number), or an in-text citation (author-date),
 * each where the block's chip stands.
 */
export type Run = TextRunModel | { kind: 'note'; number: number } | { kind: 'cite'; text: string };

export type ParagraphKind = 'paragraph' | 'bullet' | 'numbered';

export interface RenderParagraph {
  /** A paragraph, or an item of a bulleted or numbered list (consecutive items form one list). */
  kind: ParagraphKind;
  runs: Run[];
  /** The analyst's judgement, set apart from reporting. */
  isAssessment: boolean;
  /** Its portion mark ("OS"), when the template prints them: the first run already carries "(OS) ". */
  portion?: string;
  /** It cites a retracted fact: the live preview flags it (the exports do not print the flag). */
  citesRetracted?: true;
}

export interface RenderTable {
  columns: string[];
  /** Each cell is a list of runs; the first cell carries the citation. */
  rows: Run[][][];
}

export interface RenderSection {
  id: string;
  /** With its number when the template numbers headings ("2. Key developments"). */
  heading: string;
  kind: TemplateSection['kind'];
  paragraphs: RenderParagraph[];
  table?: RenderTable;
  /** Content whose section the template lacks (parked): after the template's sections, never numbered. */
  isParked?: true;
}

export interface RenderNote {
  number: number;
  /** The first fact the note cites, and its source. */
  factId: string;
  sourceId: string;
  /**
   * Every fact the note cites, and their sources, in order, when it cites more than one: chips side by
   * side are one citation cluster, one note "Source A; Source B." (see `chipClusters`).
   */
  factIds?: string[];
  sourceIds?: string[];
  text: string;
  /** Spans of `text` set in italics (titles of books and reports, outlets), as `[start, end)`. */
  italic?: Array<[number, number]>;
  /**
   * Spans of `text` written right to left (an Arabic or Hebrew name, outlet or title), each to be set
   * as an isolate (UAX #9: RLI … PDI; HTML's `<bdi>`), so the punctuation, "quoted in" and date around
   * it keep their order. See `isolateField`.
   */
  isolates?: Array<[number, number]>;
  /** Set right to left: its first strong letter outside its isolates is (see `isolatedDirection`). */
  direction?: 'rtl';
}

export interface RenderSourceEntry {
  sourceId: string;
  text: string;
  italic?: Array<[number, number]>;
  /** As a note's (see RenderNote). */
  isolates?: Array<[number, number]>;
  direction?: 'rtl';
  url?: string;
  /** The source's DOI as its doi.org address, a live link too where the entry prints it. */
  doi?: string;
}

/** The sources a note cites: its one source, or each of its cluster's. */
export const noteSourceIds = (note: Pick<RenderNote, 'sourceId' | 'sourceIds'>): string[] =>
  note.sourceIds ?? [note.sourceId];

/** The addresses a source's notes and entry link where they print them: its URL and its DOI's. */
export const entryLinks = (e: { url?: string; doi?: string } | undefined): string[] =>
  e ? [e.url, e.doi].filter((l): l is string => Boolean(l)) : [];

/**
 * A stretch of a note or source-list entry as drawn: upright or italic, a link where it is the address,
 * inside a right-to-left isolate where `isolate` says which (its index in the entry's `isolates`).
 */
export interface NoteSegment {
  text: string;
  italic?: true;
  link?: string;
  isolate?: number;
}

/**
 * A note's or entry's text cut where its italics and isolates start and end and around its addresses
 * (`links`: its URL and its DOI's, each the first place it appears), for the writers to draw: the DOCX,
 * the PDF and the preview set the same spans alike.
 */
export function noteSegments(
  entry: {
    text: string;
    italic?: ReadonlyArray<readonly [number, number]>;
    isolates?: ReadonlyArray<readonly [number, number]>;
  },
  links: readonly string[] = [],
): NoteSegment[] {
  const { text } = entry;
  const found = links
    .map((link) => ({ link, at: text.indexOf(link) }))
    .filter(({ at }) => at >= 0)
    // (A DOI's address inside the URL, the URL being the DOI's: the first found keeps its span.)
    .filter(
      (l, i, all) => !all.slice(0, i).some((o) => l.at < o.at + o.link.length && o.at < l.at + l.link.length),
    );
  const cuts = new Set([0, text.length]);
  for (const [start, end] of [...(entry.italic ?? []), ...(entry.isolates ?? [])]) cuts.add(start).add(end);
  for (const { link, at } of found) cuts.add(at).add(at + link.length);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const segments: NoteSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const segment: NoteSegment = { text: text.slice(start, end) };
    if (entry.italic?.some(([s, e]) => start >= s && end <= e)) segment.italic = true;
    const link = found.find(({ link, at }) => start >= at && end <= at + link.length)?.link;
    if (link) segment.link = link;
    const isolate = entry.isolates?.findIndex(([s, e]) => start >= s && end <= e) ?? -1;
    if (isolate >= 0) segment.isolate = isolate;
    segments.push(segment);
  }
  return segments.length > 0 ? segments : [{ text }];
}

/**
 * A note's or entry's right-to-left fields (where it has any) and its direction (where right to left):
 * the direction of the style's language where the formatter says it (an English style's entry opening
 * with an Arabic title is a left-to-right paragraph, the title an isolate in it), else that of its first
 * strong letter outside its fields.
 */
function directed(
  text: string,
  isolates: Array<[number, number]>,
  language?: 'ltr' | 'rtl',
): { isolates?: Array<[number, number]>; direction?: 'rtl' } {
  return {
    ...(isolates.length > 0 ? { isolates } : {}),
    ...((language ?? isolatedDirection(text, isolates)) === 'rtl' ? { direction: 'rtl' as const } : {}),
  };
}

/**
 * The date a retracted fact's note prints: the day it was last changed, which is the day it was retracted
 * unless it was edited after (the store keeps no separate retraction date).
 */
export const retractionDate = (fact: Pick<Fact, 'updatedAt'>) => fact.updatedAt.slice(0, 10);

/** Everything a backend needs to lay out a briefing; both DOCX and PDF are drawn from this alone. */
/**
 * How many of the source list's first entries both writers keep on the page of its heading (whole), so
 * the list never starts alone at the foot of a page.
 */
export const SOURCE_LIST_KEPT = 2;

export interface RenderModel {
  title: string;
  subtitle?: string;
  /** The author from the front matter, for document properties (even when not printed). */
  author?: string;
  /** Display date, e.g. `15 December 2025`. */
  date: string;
  /** Author, recipients, reference: label and value, in the template's order. */
  frontMatter: Array<{ label: string; value: string }>;
  reference?: string;
  classification: { label: string; colour: string };
  placement: Template['citations']['placement'];
  style: Template['style'];
  templateName: string;
  sections: RenderSection[];
  notes: RenderNote[];
  /** Null when the template turns the source list off. */
  sourceList: { title: string; entries: RenderSourceEntry[] } | null;
  /**
   * Author-date placement: each printed block's in-text citations by block id, one per chip in chip
   * order, as printed (adjacent chips, one citation, each hold its whole text, as they share a note
   * number under a note placement). The editor's chips show these. Absent under a note placement.
   */
  inText?: Record<string, string[]>;
}

const hasContent = blockHasContent;

/**
 * A block's runs with chips turned into marks by `cite`, text cleaned of what XML cannot hold, and the
 * block's leading and trailing white space dropped (as the plain text of a paragraph was trimmed).
 */
function blockRuns(content: readonly Inline[], cite: (factId: string) => Run): Run[] {
  const runs: Run[] = content.map((inline): Run => {
    if (inline.type === 'cite') return cite(inline.factId);
    const run: TextRunModel = { kind: 'text', text: stripXmlInvalid(inline.text) };
    if (inline.bold) run.bold = true;
    if (inline.italic) run.italic = true;
    if (inline.href) run.href = stripXmlInvalid(inline.href);
    return run;
  });
  const firstRun = runs[0];
  if (firstRun?.kind === 'text') firstRun.text = firstRun.text.trimStart();
  let last = runs.length - 1;
  while (last >= 0 && runs[last]?.kind !== 'text') last--;
  const lastRun = runs[last];
  if (lastRun?.kind === 'text') lastRun.text = lastRun.text.trimEnd();
  return citesBetweenWords(citesBeforeStop(citesGrouped(runs))).filter(
    (r) => r.kind !== 'text' || r.text !== '',
  );
}

/** A citation run merged into the one before it: adjacent chips are one citation cluster. */
const mergedInto = new WeakMap<Run, Run>();

/**
 * For each chip of a block's content, in order, the citation cluster it belongs to (0, 1, …): chips side
 * by side, nothing but white space between them, are one cluster, as an author cites several works at
 * one place. The export prints a cluster as one in-text citation or one note; the editor numbers its
 * chips with the one note number.
 */
export function chipClusters(content: readonly Inline[]): number[] {
  const clusters: number[] = [];
  let cluster = -1;
  let adjacent = false;
  for (const inline of content) {
    if (inline.type === 'cite') {
      if (!adjacent) cluster++;
      clusters.push(cluster);
      adjacent = true;
    } else if (inline.text.trim() !== '') adjacent = false;
  }
  return clusters;
}

/**
 * Chips side by side (nothing but white space between, see `chipClusters`) are one citation cluster:
 * in an author-date style one citation, "(“EU Member States Split,” 2024; Ministry of Commerce, 2024)",
 * not "(…) (…)"; in a note style one note marker, its note citing both ("Source A; Source B."), as
 * Chicago and citeproc cite a cluster. Each later run is dropped from the runs and remembered as merged
 * into the first (`mergedInto`), and the white space between them goes.
 */
function citesGrouped(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.kind === 'cite' || run.kind === 'note') {
      let at = out.length - 1;
      while (at >= 0 && out[at]?.kind === 'text' && (out[at] as TextRunModel).text.trim() === '') at--;
      const before = out[at];
      if (before?.kind === run.kind) {
        out.length = at + 1;
        mergedInto.set(run, mergedInto.get(before) ?? before);
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/**
 * An in-text citation is printed with a space before it (" (Reuters, 2025)"). A chip placed after the
 * space that follows a word ("refuses |and", where the caret lands naturally) would print two spaces
 * before it and none after: the space moves after the citation, "refuses (Reuters, 2025) and".
 */
function citesBetweenWords(runs: Run[]): Run[] {
  const out = [...runs];
  for (let i = 0; i < out.length; i++) {
    const before = out[i - 1];
    if (out[i]?.kind !== 'cite' || before?.kind !== 'text' || !/\s$/.test(before.text)) continue;
    let end = i;
    while (out[end]?.kind === 'cite') end++;
    const after = out[end];
    out[i - 1] = { ...before, text: before.text.trimEnd() };
    if (after?.kind === 'text' && /^[\p{L}\p{N}(“"‘']/u.test(after.text))
      out[end] = { ...after, text: ` ${after.text}` };
    i = end;
  }
  return out;
}

/**
 * An in-text (author-date) citation stands before the sentence's full stop, as APA and Chicago
 * author-date place it: "… Kushner (Reuters, 2025)." A chip typed after the stop (where a note marker
 * belongs) has the stop moved after its citations. After a quotation that closes the sentence, the
 * sentence's full stop follows the citation and the quotation keeps its own question or exclamation
 * mark: "… the ports” (Reuters, 2025).", "… ready?” (Reuters, 2025)." Note markers are left after the stop.
 */
function citesBeforeStop(runs: Run[]): Run[] {
  const out = [...runs];
  for (let i = 0; i < out.length; i++) {
    const run = out[i];
    if (run?.kind !== 'text') continue;
    let end = i + 1;
    while (out[end]?.kind === 'cite') end++;
    if (end === i + 1) continue;
    const quoted = /([.!?]+)([”’"'»]+)$/u.exec(run.text);
    if (quoted) {
      const [whole, stop, closing] = quoted as unknown as [string, string, string];
      // A full stop inside the quotation marks is the sentence's; a ? or ! is the quotation's own.
      const kept = stop === '.' ? '' : stop;
      out[i] = { ...run, text: run.text.slice(0, -whole.length) + kept + closing };
      out.splice(end, 0, { ...run, text: '.' });
      i = end;
      continue;
    }
    const stop = /[.!?]+$/.exec(run.text)?.[0];
    if (!stop) continue;
    out[i] = { ...run, text: run.text.slice(0, -stop.length) };
    out.splice(end, 0, { ...run, text: stop });
    i = end;
  }
  return out;
}

const FRONT_MATTER_LABELS = {
  subtitle: 'Subtitle',
  author: 'Author',
  recipients: 'To',
  reference: 'Reference',
} as const;

/**
 * Sections in reading order: the template's, then any content whose section the template lacks
 * (kept, never dropped, e.g. after a template change), headed by its id.
 */
export function orderedSections(
  template: Pick<Template, 'sections'>,
  sections: ReadonlyArray<BriefingSection>,
): Array<{
  id: string;
  heading: string;
  kind: TemplateSection['kind'];
  blocks: Block[];
  isParked?: true;
}> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return [
    ...template.sections.map((t) => ({
      id: t.id,
      heading: t.heading,
      kind: t.kind,
      blocks: byId.get(t.id)?.blocks ?? [],
    })),
    ...sections
      .filter((s) => !template.sections.some((t) => t.id === s.id))
      .map((s) => ({
        id: s.id,
        heading: s.heading ?? headingFromId(s.id),
        kind: 'paragraphs' as const,
        blocks: s.blocks,
        isParked: true as const,
      })),
  ];
}

/**
 * A heading for content whose section the template lacks (kept from an earlier template): its id in
 * words, `key-developments` → `Key developments`.
 */
export function headingFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/**
 * The note number each citation mark will have in the export, keyed by block id, in the same order
 * {@link buildRenderModel} numbers them: the editor shows these numbers.
 */
export function noteNumbers(
  template: Pick<Template, 'sections'>,
  sections: ReadonlyArray<BriefingSection>,
): Map<string, number[]> {
  const numbers = new Map<string, number[]>();
  let next = 1;
  for (const section of orderedSections(template, sections)) {
    for (const block of section.blocks.filter(hasContent)) {
      // Adjacent chips are one note: they share its number.
      const clusters = chipClusters(block.content);
      numbers.set(
        block.id,
        clusters.map((cluster) => next + cluster),
      );
      next += clusters.length > 0 ? clusters[clusters.length - 1]! + 1 : 0;
    }
  }
  return numbers;
}

export interface RenderInput {
  briefing: Briefing;
  template: Template;
  facts: ReadonlyArray<Fact>;
  sources: ReadonlyArray<Source>;
  /** Formats notes, in-text citations and the source list; the services inject the CSL formatter. */
  formatter?: CitationFormatter;
  /**
   * A release version: paragraphs (and table rows) marked above this classification (an id or label of
   * the template's) are left out, with their notes and sources, and the banner is at most this level.
   */
  release?: string | undefined;
}

/**
 * A fact table's "Who said it": the speaker (and role, and an outlet that relayed them other than the
 * source's own); "—" for an outlet's own reporting, which names no speaker ("reported by Reuters" beside
 * a Reuters source said the outlet twice and made it a speaker).
 */
function whoSaidIt(fact: Fact, source: Source): string {
  return fact.speaker?.trim() ? noteAttribution(fact, source) : '—';
}

/**
 * A fact table's "Source": who it is from — the outlet of an article, and for a report, regulation or
 * other document the body that wrote it (its organisation authors: "European Commission"), not the
 * publisher that printed it ("Publications Office of the European Union"); the publisher where no body
 * is named as author (a book by people).
 */
function sourceColumn(source: Source): string {
  if (outletVariable(source.type) !== 'publisher') return source.outlet;
  const bodies = source.authors.flatMap((a) => (a.literal?.trim() ? [a.literal.trim()] : []));
  return bodies.length > 0 ? bodies.join('; ') : source.outlet;
}

/**
 * Builds the render model of a briefing. Citations are numbered in reading order, one note per
 * citation mark (as Word numbers footnotes); with author-date placement they are cited in the text
 * instead. The source list holds each cited source once, sorted.
 */
export function buildRenderModel({
  briefing,
  template,
  facts,
  sources,
  formatter = simpleFormatter,
  release,
}: RenderInput): RenderModel {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const levels = levelsOf(template);
  const markings = markingsFrom(factById, sourceById);
  const releaseLevel = release === undefined ? undefined : findLevel(levels, release);
  if (release !== undefined && !releaseLevel)
    throw new AppError(
      'invalid_input',
      `"${release}" is not a classification of the template "${template.name}" (${levels.map((l) => l.label).join(', ')}).`,
    );
  /** The highest mark among what is printed: a release version's banner is raised to it. */
  let printedTop: Level | undefined;
  /** Each printed block's level, worked out once as it is released (the portion mark reads it). */
  const levelOf = new Map<Block, Level | undefined>();
  const isReleased = (block: Block) => {
    const level = printedLevel(blockMarking(block, levels, markings), levels);
    // A marking the template does not have ranks above every level: a release version never prints it.
    if (releaseLevel && level && (level.isUnknown || level.rank > releaseLevel.rank)) return false;
    printedTop = higher(printedTop, level);
    levelOf.set(block, level);
    return true;
  };
  /** The portion mark printed before a block ("OS"), where the template prints them. */
  const portionOf = (block: Block): string | undefined =>
    template.style.portionMarks ? levelOf.get(block)?.portion : undefined;
  const marked = (portion: string | undefined): Run[] =>
    portion ? [{ kind: 'text', text: `(${portion}) ` }] : [];
  const { citations } = template;
  const notes: RenderNote[] = [];
  const citedSources = new Map<string, Source>();

  // Marks are collected in reading order first, then formatted together: note styles need the whole
  // sequence (first note full, later ones short, "Ibid.").
  const refs: CitationRef[] = [];
  const citeRuns: Array<{ kind: 'cite'; text: string }> = [];
  /** Each mark's note run (note placement), numbered once the marks are in their clusters. */
  const noteRuns: Array<{ kind: 'note'; number: number }> = [];

  /** Author-date: each block's cite runs, in chip order (the model's `inText`). */
  const citeRunsByBlock = new Map<string, Array<{ kind: 'cite'; text: string }>>();
  const cite = (factId: string, heading: string, blockId: string): Run => {
    const fact = factById.get(factId);
    if (!fact)
      throw new AppError(
        'missing_fact',
        `A paragraph in "${heading}" cites a fact that no longer exists (${factId}).`,
      );
    const source = sourceById.get(fact.sourceId);
    if (!source)
      throw new AppError('missing_source', `The fact "${fact.statement.slice(0, 60)}" has no source.`);
    citedSources.set(source.id, source);
    refs.push({ fact, source });
    if (citations.placement === 'author-date') {
      const run = { kind: 'cite' as const, text: '' };
      citeRuns.push(run);
      const inBlock = citeRunsByBlock.get(blockId);
      if (inBlock) inBlock.push(run);
      else citeRunsByBlock.set(blockId, [run]);
      return run;
    }
    const run = { kind: 'note' as const, number: 0 };
    noteRuns.push(run);
    return run;
  };

  const required = new Set(template.sections.filter((t) => t.isRequired).map((t) => t.id));
  // An optional section with nothing to print (left empty, or all of it above a release's level) is left
  // out, heading and all; a required one keeps its heading (the check has said it is empty).
  const printed = orderedSections(template, briefing.sections)
    .map((section) => ({ section, blocks: section.blocks.filter(hasContent).filter(isReleased) }))
    .filter(({ section, blocks }) => blocks.length > 0 || required.has(section.id));
  let outlineNumber = 0;
  const sections = printed.map(({ section, blocks }): RenderSection => {
    // Parked content is not part of the template's outline: it is never numbered as a section.
    if (!section.isParked) outlineNumber += 1;
    const heading = stripXmlInvalid(
      template.style.headingNumbering && !section.isParked
        ? `${outlineNumber}. ${section.heading}`
        : section.heading,
    );
    const parked = section.isParked ? { isParked: true as const } : {};
    if (section.kind === 'fact-table') {
      const rows = blocks.map((block): Run[][] => {
        const firstId = blockFactIds(block)[0];
        const first = firstId ? factById.get(firstId) : undefined;
        const source = first ? sourceById.get(first.sourceId) : undefined;
        const text = (value: string | undefined): Run[] => [
          { kind: 'text', text: stripXmlInvalid(value ?? '') },
        ];
        return [
          [
            ...marked(portionOf(block)),
            ...blockRuns(block.content, (id) => cite(id, section.heading, block.id)),
          ],
          text(first && source ? whoSaidIt(first, source) : ''),
          text(source ? sourceColumn(source) : ''),
          text(dateText(first?.eventDate ?? source?.published)),
          text(first && source ? `${source.grade}${first.credibility}` : ''),
        ];
      });
      return {
        id: section.id,
        heading,
        kind: section.kind,
        paragraphs: [],
        table: { columns: ['Fact', 'Who said it', 'Source', 'Date', 'Grade'], rows },
        ...parked,
      };
    }
    const paragraphs = blocks.map((block): RenderParagraph => {
      const portion = portionOf(block);
      return {
        // A bullets section lists its plain paragraphs as bullets; a numbered item stays numbered.
        kind:
          section.kind === 'bullets' && (block.kind ?? 'paragraph') === 'paragraph'
            ? 'bullet'
            : (block.kind ?? 'paragraph'),
        runs: [...marked(portion), ...blockRuns(block.content, (id) => cite(id, section.heading, block.id))],
        isAssessment: block.isAssessment === true,
        ...(portion ? { portion } : {}),
        ...(blockFactIds(block).some((id) => factById.get(id)?.status === 'retracted')
          ? { citesRetracted: true as const }
          : {}),
      };
    });
    return { id: section.id, heading, kind: section.kind, paragraphs, ...parked };
  });

  const chosen =
    template.classifications.find((c) => c.id === briefing.classification) ??
    template.classifications.find((c) => c.id === template.defaultClassification);
  // A release version is marked no higher than its level, and no lower than what it still prints.
  let classification = chosen;
  if (releaseLevel) {
    const chosenLevel = findLevel(levels, chosen?.id);
    const capped = chosenLevel && chosenLevel.rank < releaseLevel.rank ? chosenLevel : releaseLevel;
    classification = template.classifications[higher(capped, printedTop)!.rank];
  }

  const inText: Record<string, string[]> = {};
  if (citations.placement === 'author-date') {
    // Marks in their clusters, each cluster's marks together in reading order (adjacent chips follow
    // each other: a cluster's marks are consecutive).
    const heads: Array<{ kind: 'cite'; text: string }> = [];
    const sizes: number[] = [];
    citeRuns.forEach((run) => {
      const head = mergedInto.get(run);
      if (head && head === heads[heads.length - 1]) sizes[sizes.length - 1]! += 1;
      else {
        heads.push(run);
        sizes.push(1);
      }
    });
    formatter.inText(refs, sizes).forEach((text, i) => {
      const run = heads[i];
      if (run) run.text = stripXmlInvalid(text);
    });
    for (const [blockId, runs] of citeRunsByBlock)
      inText[blockId] = runs.map(
        (run) => (mergedInto.get(run) as { text: string } | undefined)?.text ?? run.text,
      );
  } else {
    // Marks in their clusters (adjacent chips are one note), numbered in reading order.
    const clusters: CitationRef[][] = [];
    noteRuns.forEach((run, i) => {
      const ref = refs[i]!;
      const head = mergedInto.get(run) as { number: number } | undefined;
      if (head && head.number === clusters.length) {
        run.number = head.number;
        clusters[clusters.length - 1]!.push(ref);
        const note = notes[notes.length - 1]!;
        note.factIds = [...(note.factIds ?? [note.factId]), ref.fact.id];
        note.sourceIds = [...noteSourceIds(note), ref.source.id];
        return;
      }
      clusters.push([ref]);
      run.number = clusters.length;
      notes.push({ number: run.number, factId: ref.fact.id, sourceId: ref.source.id, text: '' });
    });
    formatter
      .notes(
        refs,
        clusters.map((c) => c.length),
      )
      .forEach((text, i) => {
        const note = notes[i];
        const cluster = clusters[i];
        if (!note || !cluster) return;
        const grades = citations.showGrades
          ? ` [${cluster.map((ref) => `${ref.source.grade}${ref.fact.credibility}`).join('; ')}]`
          : '';
        // A retracted fact cited all the same (the template lets it through) says so in its note.
        const retracted = cluster
          .filter((ref) => ref.fact.status === 'retracted')
          .map((ref) => ` [Retracted ${retractionDate(ref.fact)}]`)
          .join('');
        const { text: plain, italic, isolates } = splitEmphasis(stripXmlInvalid(text));
        // A note begins with a capital, whatever its first word (a speaker written "diplomats …").
        note.text = capitaliseFirst(plain) + grades + retracted;
        if (italic.length > 0) note.italic = italic;
        Object.assign(note, directed(note.text, isolates, formatter.direction));
      });
  }

  const entries = citations.sourceList
    ? formatter.bibliography([...citedSources.values()]).map(({ sourceId, text }): RenderSourceEntry => {
        const { text: plain, italic, isolates } = splitEmphasis(stripXmlInvalid(text));
        const entry: RenderSourceEntry = { sourceId, text: plain };
        if (italic.length > 0) entry.italic = italic;
        Object.assign(entry, directed(plain, isolates, formatter.direction));
        const source = sourceById.get(sourceId);
        if (source?.url) entry.url = source.url;
        if (source?.doi) entry.doi = doiUrl(source.doi);
        return entry;
      })
    : [];

  const fm = briefing.frontMatter ?? {};
  const shown = template.frontMatter.fields;
  const model: RenderModel = {
    title: stripXmlInvalid(briefing.title),
    date: formatLongDate(briefing.date),
    frontMatter: (['author', 'recipients', 'reference'] as const)
      .filter((f) => shown.includes(f) && fm[f])
      .map((f) => ({ label: FRONT_MATTER_LABELS[f], value: stripXmlInvalid(fm[f] ?? '') })),
    classification: classification
      ? { label: classification.label, colour: classification.colour }
      : { label: briefing.classification, colour: '#000000' },
    placement: citations.placement,
    style: template.style,
    templateName: template.name,
    sections,
    notes,
    sourceList: citations.sourceList ? { title: citations.sourceListTitle, entries } : null,
  };
  if (citations.placement === 'author-date') model.inText = inText;
  if (fm.author) model.author = stripXmlInvalid(fm.author);
  if (shown.includes('subtitle') && fm.subtitle) model.subtitle = stripXmlInvalid(fm.subtitle);
  if (shown.includes('reference') && fm.reference) model.reference = stripXmlInvalid(fm.reference);
  return model;
}

const runText = (r: Run) => (r.kind === 'note' ? `[${r.number}]` : r.kind === 'cite' ? ` ${r.text}` : r.text);

/** The plain text of a paragraph with note numbers as `[n]`: used by previews and tests. */
export function paragraphText(p: { runs: Run[] }): string {
  return p.runs.map(runText).join('');
}
