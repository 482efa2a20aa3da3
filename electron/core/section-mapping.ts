import { AppError } from './errors';
import { headingFromId } from './render-model';
import { blockFactIds, blockHasContent, type Briefing, type BriefingSection } from './schemas';
import { markingOnSwitch } from './switch-marking';
import type { Template, TemplateSection } from './template';

/**
 * Why a section's content is proposed for a section of the new template: the same id, the same heading,
 * the same role, or the nearest role when the new template has none of its own ({@link RELATED_ROLES}).
 */
export type MatchReason = 'id' | 'heading' | 'meaning' | 'nearest';

/** Where one section's content goes when the briefing moves to another template. */
export interface SectionMove {
  /** The section id the content is under now. */
  from: string;
  /** Its heading as the writer knows it (the old template's, else the parked heading, else from the id). */
  heading: string;
  kind: TemplateSection['kind'];
  blockCount: number;
  citationCount: number;
  /** Paragraphs with text that cite no fact: a fact table cannot hold them ({@link kindHolds}). */
  uncitedCount: number;
  /** The new template's section it goes into, or null: parked (kept aside, to place later). */
  to: string | null;
  /** Why that target was proposed (absent when parked or chosen by hand). */
  reason?: MatchReason;
}

/** What a section is for in a briefing, whatever a template calls it. */
export type SectionRole =
  | 'summary'
  | 'background'
  | 'developments'
  | 'analysis'
  | 'outlook'
  | 'actors'
  | 'recommendation'
  | 'options'
  | 'issue';

/**
 * The headings each role goes by in briefing practice (compared as {@link normalHeading} gives them). A
 * section is matched by its role only after its id and its exact heading found nothing: "Bottom line",
 * "Key judgements", "BLUF" and "Headlines" all open a briefing with what the reader must take away.
 */
const ROLE_HEADINGS: Readonly<Record<SectionRole, readonly string[]>> = {
  summary: [
    'summary',
    'bottom line',
    'bottom line up front',
    'bluf',
    'key points',
    'key judgements',
    'key judgments',
    'key findings',
    'key takeaways',
    'executive summary',
    'overview',
    'main points',
    'headlines',
    'top stories',
    'highlights',
    'at a glance',
    'in brief',
    'synopsis',
  ],
  background: ['background', 'context', 'history'],
  developments: ['key developments', 'developments', 'reporting', 'details', 'what happened', 'latest'],
  analysis: ['analysis', 'assessment', 'comment', 'discussion'],
  outlook: [
    'outlook',
    'prospects',
    'watch',
    'to watch',
    'what next',
    'what to watch',
    'forecast',
    'implications',
  ],
  actors: ['key actors', 'actors', 'positions', 'stakeholders', 'players', 'parties'],
  recommendation: ['recommendation', 'recommendations', 'proposed action', 'next steps', 'action'],
  options: ['options', 'policy options', 'courses of action'],
  issue: ['issue', 'problem', 'question'],
};

/**
 * Where a section's content reads best when the new template has no section of its role, nearest first:
 * a situation brief's "Key developments" is a background note's "Context" (what has happened, as the
 * reader needs it), its "Outlook" that note's "Analysis". A role with no near one is parked.
 */
const RELATED_ROLES: Readonly<Record<SectionRole, readonly SectionRole[]>> = {
  summary: [],
  background: ['developments', 'issue'],
  developments: ['background', 'analysis'],
  analysis: ['outlook', 'developments'],
  outlook: ['analysis'],
  actors: [],
  recommendation: ['options'],
  options: ['recommendation'],
  issue: ['background'],
};

const ROLE_OF_HEADING = new Map<string, SectionRole>(
  Object.entries(ROLE_HEADINGS).flatMap(([role, headings]) =>
    headings.map((h) => [h, role as SectionRole] as const),
  ),
);

/** A heading as compared: lower case, letters and digits only, "&" read as "and". */
export const normalHeading = (heading: string): string =>
  heading
    .toLowerCase()
    .normalize('NFKD')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The role of a section, by its heading, else by its id ("bluf" headed "Up front" is still a summary);
 * undefined when neither names a known role.
 */
export function sectionRole(section: { id?: string; heading: string }): SectionRole | undefined {
  return (
    ROLE_OF_HEADING.get(normalHeading(section.heading)) ??
    (section.id === undefined ? undefined : ROLE_OF_HEADING.get(normalHeading(section.id)))
  );
}

/**
 * Whether a section of `kind` can hold these blocks: a fact table has one row per fact, drawn from the
 * first fact each block cites, so text citing no fact has no row to go in (it would print with empty
 * source, date and grade columns). Paragraphs and bullets hold any text.
 */
export function kindHolds(
  kind: TemplateSection['kind'],
  blocks: readonly BriefingSection['blocks'][number][],
) {
  return kind !== 'fact-table' || uncitedCount(blocks) === 0;
}

/** How many of the blocks have text and cite no fact. */
const uncitedCount = (blocks: readonly BriefingSection['blocks'][number][]) =>
  blocks.filter((b) => blockHasContent(b) && blockFactIds(b).length === 0).length;

/** What a briefing section is called and what kind it was, for the proposal. */
function describe(
  section: BriefingSection,
  from: Pick<Template, 'sections'> | undefined,
): { heading: string; kind: TemplateSection['kind'] } {
  const known = from?.sections.find((t) => t.id === section.id);
  return {
    heading: known?.heading ?? section.heading ?? headingFromId(section.id),
    kind: known?.kind ?? 'paragraphs',
  };
}

/**
 * Proposes where each section with content goes on the new template `to`: first to the section with
 * the same id, then to one with the same heading, then to one with the same role ({@link sectionRole}:
 * "Bottom line" → "Summary" or "Headlines"), then to the nearest role ({@link RELATED_ROLES}: "Key
 * developments" → "Context"), preferring a section of the same kind; a target is
 * proposed for one section only, and never one whose kind cannot hold the content ({@link kindHolds}).
 * What matches nothing is parked. `from` is the template the briefing is on now (absent when it is no
 * longer installed: headings then come from the content itself).
 */
export function proposeSectionMapping(
  sections: readonly BriefingSection[],
  from: Pick<Template, 'sections'> | undefined,
  to: Pick<Template, 'sections'>,
): SectionMove[] {
  const withContent = sections.filter((s) => s.blocks.some(blockHasContent));
  const blocksOf = new Map(withContent.map((s) => [s.id, s.blocks]));
  const moves: SectionMove[] = withContent.map((s) => {
    const { heading, kind } = describe(s, from);
    return {
      from: s.id,
      heading,
      kind,
      blockCount: s.blocks.filter(blockHasContent).length,
      citationCount: s.blocks.reduce((n, b) => n + blockFactIds(b).length, 0),
      uncitedCount: uncitedCount(s.blocks),
      to: null,
    };
  });
  const taken = new Set<string>();
  const assign = (
    reason: MatchReason,
    fits: (move: SectionMove, target: TemplateSection) => boolean,
    rank: (move: SectionMove, target: TemplateSection) => number = () => 0,
  ) => {
    for (const move of moves) {
      if (move.to !== null) continue;
      const target = to.sections
        .filter((t) => !taken.has(t.id) && kindHolds(t.kind, blocksOf.get(move.from) ?? []) && fits(move, t))
        .sort((a, b) => rank(move, a) - rank(move, b))[0];
      if (!target) continue;
      move.to = target.id;
      move.reason = reason;
      taken.add(target.id);
    }
  };
  assign('id', (m, t) => m.from === t.id);
  assign('heading', (m, t) => normalHeading(m.heading) === normalHeading(t.heading));
  const roleOf = (m: SectionMove) => sectionRole({ id: m.from, heading: m.heading });
  assign(
    'meaning',
    (m, t) => roleOf(m) !== undefined && roleOf(m) === sectionRole(t),
    (m, t) => (m.kind === t.kind ? 0 : 1),
  );
  // Only then the nearest role, so that no section takes another's own match: nearest first, then kind.
  const nearness = (m: SectionMove, t: TemplateSection) => {
    const role = roleOf(m);
    const target = sectionRole(t);
    return role === undefined || target === undefined ? -1 : RELATED_ROLES[role].indexOf(target);
  };
  assign(
    'nearest',
    (m, t) => nearness(m, t) >= 0,
    (m, t) => nearness(m, t) * 2 + (m.kind === t.kind ? 0 : 1),
  );
  return moves;
}

/** A parked section's id: its own, unless the new template has a section of that id. */
function parkedId(id: string, used: ReadonlySet<string>): string {
  if (!used.has(id)) return id;
  for (let n = 1; ; n++) {
    const candidate = `${id.slice(0, 54)}-parked${n === 1 ? '' : `-${n}`}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * The briefing's sections on the new template after `moves`: the template's sections in its order,
 * each holding the blocks moved into it (in the order the sections came), then the parked sections,
 * each keeping its heading so the editor and the export can name it. Sections with no content and
 * no move are dropped; nothing with content is ever lost.
 */
export function applySectionMapping(
  sections: readonly BriefingSection[],
  moves: readonly Pick<SectionMove, 'from' | 'to' | 'heading'>[],
  to: Pick<Template, 'sections'>,
): BriefingSection[] {
  const targetIds = new Set(to.sections.map((t) => t.id));
  const moveOf = new Map(moves.map((m) => [m.from, m]));
  const into = new Map<string, BriefingSection['blocks']>(to.sections.map((t) => [t.id, []]));
  const parked: BriefingSection[] = [];
  const used = new Set(targetIds);
  for (const section of sections) {
    const move = moveOf.get(section.id);
    const target = move ? move.to : targetIds.has(section.id) ? section.id : null;
    if (target !== null && into.has(target)) {
      into.get(target)!.push(...section.blocks);
      continue;
    }
    if (!section.blocks.some(blockHasContent)) continue;
    const id = parkedId(section.id, used);
    used.add(id);
    parked.push({
      id,
      heading: move?.heading ?? section.heading ?? headingFromId(section.id),
      blocks: section.blocks,
    });
  }
  return [...to.sections.map((t) => ({ id: t.id, blocks: into.get(t.id) ?? [] })), ...parked];
}

/**
 * Refuses moves that put text citing no fact into a fact table (`invalid_input` on `moves`, naming the
 * section and the target): the table has a row per cited fact only, so that text would print with empty
 * source, date and grade columns, or not at all. The proposal never makes such a move; a hand-made one
 * (the switch dialog, the IPC, the CLI) is refused rather than silently losing or mangling text.
 */
function refuseUnheld(
  sections: readonly BriefingSection[],
  moves: readonly Pick<SectionMove, 'from' | 'to' | 'heading'>[],
  to: Pick<Template, 'sections'>,
) {
  for (const move of moves) {
    const target = to.sections.find((t) => t.id === move.to);
    const blocks = sections.find((s) => s.id === move.from)?.blocks ?? [];
    if (!target || kindHolds(target.kind, blocks)) continue;
    const uncited = uncitedCount(blocks);
    throw new AppError(
      'invalid_input',
      `“${move.heading}” has ${uncited === 1 ? 'a paragraph' : `${uncited} paragraphs`} citing no fact, and “${target.heading}” is a fact table (one row per cited fact). Park it or choose another section.`,
      'moves',
    );
  }
}

/**
 * The briefing moved onto template `to` by `moves` (the proposal when none are given): its sections
 * mapped, and its classification kept when `to` has it (by id or label), else `classification`, the
 * writer's choice. With no choice given, a marking `to` does not have is refused (`invalid_input` on
 * `classification`), never quietly replaced by a lower one (see {@link markingOnSwitch}).
 */
export function switchedBriefing<B extends Pick<Briefing, 'sections' | 'classification' | 'templateId'>>(
  briefing: B,
  from: Pick<Template, 'sections' | 'classifications'> | undefined,
  to: Pick<Template, 'id' | 'sections' | 'classifications'>,
  moves: readonly Pick<SectionMove, 'from' | 'to' | 'heading'>[] = proposeSectionMapping(
    briefing.sections,
    from,
    to,
  ),
  classification?: string,
): B {
  const marking = markingOnSwitch(briefing.classification, from, to);
  const chosen =
    classification === undefined ? undefined : to.classifications.find((c) => c.id === classification)?.id;
  if (classification !== undefined && chosen === undefined)
    throw new AppError(
      'invalid_input',
      `Classification must be one of: ${to.classifications.map((c) => c.label).join(', ')}.`,
      'classification',
    );
  const kept = chosen ?? (marking.kind === 'kept' ? marking.id : undefined);
  if (kept === undefined)
    throw new AppError(
      'invalid_input',
      `${marking.kind === 'choose' ? marking.message : ''} Choose the briefing's marking on this template; a switch does not lower it on its own.`.trim(),
      'classification',
    );
  refuseUnheld(briefing.sections, moves, to);
  return {
    ...briefing,
    templateId: to.id,
    classification: kept,
    sections: applySectionMapping(briefing.sections, moves, to),
  };
}
