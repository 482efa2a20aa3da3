import { AppError } from './errors';
import { compareSources, formatNote, formatSourceEntry } from './citations';
import type { Block, Briefing, BriefingSection, Fact, Source, Template } from './schemas';
import { formatLongDate, stripXmlInvalid } from './text';

export type Run = { kind: 'text'; text: string } | { kind: 'note'; number: number };

export interface RenderParagraph {
  runs: Run[];
}

export interface RenderSection {
  id: string;
  heading: string;
  paragraphs: RenderParagraph[];
}

export interface RenderNote {
  number: number;
  factId: string;
  sourceId: string;
  text: string;
}

export interface RenderSourceEntry {
  sourceId: string;
  text: string;
  url?: string;
}

/** Everything a backend needs to lay out a briefing; both DOCX and PDF are drawn from this alone. */
export interface RenderModel {
  title: string;
  /** Display date, e.g. `15 December 2025`. */
  date: string;
  classification: { label: string; colour: string };
  placement: Template['citations']['placement'];
  style: Template['style'];
  templateName: string;
  sections: RenderSection[];
  notes: RenderNote[];
  sourceList: { title: string; entries: RenderSourceEntry[] };
}

const hasContent = (b: Block) => b.text.trim() !== '' || b.factIds.length > 0;

/**
 * Sections in reading order: the template's, then any content whose section the template lacks
 * (kept, never dropped, e.g. after a template change), headed by its id.
 */
export function orderedSections(
  template: Pick<Template, 'sections'>,
  sections: ReadonlyArray<BriefingSection>,
): Array<{ id: string; heading: string; blocks: Block[] }> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return [
    ...template.sections.map((t) => ({ id: t.id, heading: t.heading, blocks: byId.get(t.id)?.blocks ?? [] })),
    ...sections
      .filter((s) => !template.sections.some((t) => t.id === s.id))
      .map((s) => ({ id: s.id, heading: s.id, blocks: s.blocks })),
  ];
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
    for (const block of section.blocks.filter(hasContent))
      numbers.set(
        block.id,
        block.factIds.map(() => next++),
      );
  }
  return numbers;
}

export interface RenderInput {
  briefing: Briefing;
  template: Template;
  facts: ReadonlyArray<Fact>;
  sources: ReadonlyArray<Source>;
}

/**
 * Builds the render model of a briefing. Citations are numbered in reading order, one note per
 * citation mark (as Word numbers footnotes); the source list holds each cited source once.
 * Sections follow the template's order; content for sections the template lacks is appended after.
 */
export function buildRenderModel({ briefing, template, facts, sources }: RenderInput): RenderModel {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const notes: RenderNote[] = [];
  const citedSources = new Map<string, Source>();

  const sections = orderedSections(template, briefing.sections).map(
    ({ id, heading, blocks }): RenderSection => {
      const paragraphs = blocks.filter(hasContent).map((block): RenderParagraph => {
        const runs: Run[] = [{ kind: 'text', text: stripXmlInvalid(block.text.trim()) }];
        for (const factId of block.factIds) {
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
          const number = notes.length + 1;
          notes.push({
            number,
            factId,
            sourceId: source.id,
            text: stripXmlInvalid(formatNote(fact, source)),
          });
          runs.push({ kind: 'note', number });
        }
        return { runs };
      });
      return { id, heading: stripXmlInvalid(heading), paragraphs };
    },
  );

  const classification =
    template.classifications.find((c) => c.id === briefing.classification) ??
    template.classifications.find((c) => c.id === template.defaultClassification);

  const entries = [...citedSources.values()].sort(compareSources).map((s): RenderSourceEntry => {
    const entry: RenderSourceEntry = { sourceId: s.id, text: stripXmlInvalid(formatSourceEntry(s)) };
    if (s.url) entry.url = s.url;
    return entry;
  });

  return {
    title: stripXmlInvalid(briefing.title),
    date: formatLongDate(briefing.date),
    classification: classification
      ? { label: classification.label, colour: classification.colour }
      : { label: briefing.classification, colour: '#000000' },
    placement: template.citations.placement,
    style: template.style,
    templateName: template.name,
    sections,
    notes,
    sourceList: { title: template.citations.sourceListTitle, entries },
  };
}

/** The plain text of a paragraph with note numbers as `[n]`: used by previews and tests. */
export function paragraphText(p: RenderParagraph): string {
  return p.runs.map((r) => (r.kind === 'text' ? r.text : `[${r.number}]`)).join('');
}
