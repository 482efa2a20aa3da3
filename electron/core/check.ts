import {
  attribution,
  blockFactIds,
  type Block,
  blockHasContent,
  blockText,
  type Briefing,
  type Fact,
  type Grade,
  type Source,
} from './schemas';
import { blockMarking, findLevel, levelsOf, markingsFrom, printedLevel, type Level } from './marking';
import { partialDateBounds } from './partial-date';
import { plural } from './plural';
import { headingFromId } from './render-model';
import {
  FRONT_MATTER_FIELD_NAMES,
  type FrontMatterField,
  type Template,
  type TemplateSection,
} from './template';

/** One finding of the pre-export check (mirrors the contract's CheckFinding). */
export interface Finding {
  severity: 'warning' | 'block';
  code: string;
  message: string;
  sectionId?: string;
  blockId?: string;
  factId?: string;
  /** A field of the briefing's front matter the finding is about (the editor's input for it). */
  field?: FrontMatterField;
}

const GRADE_ORDER: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const DAY_MS = 86_400_000;

export const countWords = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/u).length);
const short = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/**
 * A paragraph and the fact a finding is about, for its message: the paragraph as the brief has it (what
 * the writer looks for), then the fact's own statement when the paragraph rewords it, so a finding never
 * quotes only words the brief does not contain.
 */
const rewords = (text: string, fact: Fact) =>
  !folded(text).startsWith(folded(fact.statement)) && folded(short(text)) !== folded(short(fact.statement));
/** " (“the fact's statement”)" after a paragraph that rewords it, else nothing. */
const factWhenReworded = (text: string, fact: Fact) =>
  rewords(text, fact) ? ` (“${short(fact.statement)}”)` : '';
const paragraphCiting = (text: string, fact: Fact, withAttribution = false) => {
  const who = withAttribution ? ` (${attribution(fact) || 'unattributed'})` : '';
  return rewords(text, fact)
    ? `“${short(text)}”: its fact “${short(fact.statement)}”${who}`
    : `“${short(text)}”${who}`;
};

/**
 * What a careful reviewer would flag before a briefing goes out: empty required sections and front
 * matter, word and item limits, paragraphs that report without a citation, retracted facts, facts that
 * break a section's rules, and claims resting on a single source. Findings are warnings unless the
 * template makes them blocking (required front matter, a section marked `isStrict`, or a retracted fact
 * cited unless the template's `citations.retracted` is `warn`), or a paragraph carries a marking the
 * template does not have (no banner of it covers that; a release version leaves it out); blocking ones come first, then
 * citations of retracted facts. With `release` (a release version, as the export takes it) the
 * paragraphs it leaves out are not checked, one finding says how many it leaves out, and the banner is
 * not compared with them (the release's banner is at least what it prints).
 */
export function checkBriefing(input: {
  briefing: Briefing;
  template: Template;
  facts: readonly Fact[];
  sources: readonly Source[];
  release?: string | undefined;
}): Finding[] {
  const { briefing, template } = input;
  const factById = new Map(input.facts.map((f) => [f.id, f]));
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const findings: Finding[] = [];
  const briefingDay = Date.parse(briefing.date);
  const levels = levelsOf(template);
  const markings = markingsFrom(factById, sourceById);
  /** The highest-marked paragraph, for the banner check. */
  let top:
    { level: Level; heading: string; text: string; at: Pick<Finding, 'sectionId' | 'blockId'> } | undefined;
  // An unknown release level is refused by the export itself, with its own message.
  const releaseLevel = input.release === undefined ? undefined : findLevel(levels, input.release);
  /** What a release version leaves out: the count, and the first such paragraph. */
  const leftOut: {
    count: number;
    first?: { heading: string; text: string; at: Pick<Finding, 'sectionId' | 'blockId'> };
    /** Markings the template does not have among what it leaves out ("SECRET"). */
    unknown: Set<string>;
  } = { count: 0, unknown: new Set() };

  for (const field of template.frontMatter.required) {
    if (!briefing.frontMatter[field]) {
      findings.push({
        severity: 'block',
        code: 'front-matter-missing',
        message: `The template requires ${FRONT_MATTER_FIELD_NAMES[field]}; it is empty.`,
        field,
      });
    }
  }

  /**
   * The checks of each paragraph: its markings (for the banner and a release version), a report without a
   * citation, a single source, retracted and changed team facts, and (in a section of the template) the
   * section's rules for the facts it cites.
   */
  const checkParagraphs = (
    blocks: readonly Block[],
    heading: string,
    where: { sectionId: string },
    rules?: { section: TemplateSection; severity: Finding['severity'] },
  ) => {
    for (const block of blocks) {
      const at = { ...where, blockId: block.id };
      const text = blockText(block).trim();
      const factIds = blockFactIds(block);
      const marking = blockMarking(block, levels, markings);
      const printed = printedLevel(marking, levels);
      if (releaseLevel && printed && printed.rank > releaseLevel.rank) {
        leftOut.count += 1;
        leftOut.first ??= { heading, text, at };
        if (printed.isUnknown) marking.unknown.forEach((m) => leftOut.unknown.add(m));
        continue;
      }
      const known = levels.map((l) => l.label).join(', ');
      // No banner of the template covers a marking it does not have: the full brief is not exported with it
      // (a release version leaves the paragraph out). A mark set by hand decides, and is printed.
      for (const unknown of marking.unknown)
        findings.push(
          marking.level?.isUnknown
            ? {
                severity: 'block',
                code: 'unknown-marking',
                message: `In “${heading}”: “${short(text)}” carries the marking “${unknown}”, which this template does not have (${known}), so no banner of it covers the paragraph. Give the fact one of the template's markings, set the paragraph's mark by hand, or export a release version, which leaves the paragraph out.`,
                ...at,
              }
            : {
                severity: 'warning',
                code: 'unknown-marking',
                message: `In “${heading}”: “${short(text)}” carries the marking “${unknown}”, which this template does not have (${known}); the mark set by hand, ${marking.level?.label ?? ''}, is printed.`,
                ...at,
              },
        );
      if (marking.isByHand && marking.level && marking.cited && marking.cited.rank > marking.level.rank)
        findings.push({
          severity: 'warning',
          code: 'marked-below-cited',
          message: `In “${heading}”: “${short(text)}” is marked ${marking.level.label} by hand but cites a fact marked ${marking.cited.label}.`,
          ...at,
        });
      if (marking.level && !marking.level.isUnknown && (!top || marking.level.rank > top.level.rank))
        top = { level: marking.level, heading: heading, text, at };
      // A reporting paragraph with no chip anywhere in it.
      if (factIds.length === 0 && !block.isAssessment) {
        findings.push({
          severity: 'warning',
          code: 'uncited',
          message: `In “${heading}”: “${short(text)}” reports without a citation (mark it as assessment if it is your judgement).`,
          ...at,
        });
        continue;
      }
      const cited = [...new Set(factIds)].flatMap((id) => factById.get(id) ?? []);
      const sourceIds = new Set(cited.map((f) => f.sourceId));
      if (cited.length > 0 && sourceIds.size === 1 && !block.isAssessment) {
        findings.push({
          severity: 'warning',
          code: 'single-source',
          message: `In “${heading}”: “${short(text)}” rests on a single source.`,
          ...at,
        });
      }
      for (const fact of cited) {
        const f = { ...at, factId: fact.id };
        if (fact.status === 'retracted') {
          // A brief citing what is known to be false does not go out unless the template allows it,
          // and then its note says so.
          const isBlocking = template.citations.retracted === 'block';
          findings.push({
            severity: isBlocking ? 'block' : 'warning',
            code: 'retracted',
            message: `In “${heading}”: “${short(text)}” cites a RETRACTED fact${factWhenReworded(text, fact)}; ${isBlocking ? 'the template does not export a brief citing it' : 'its note will say “[Retracted …]”'}. Remove the citation, or restore the fact if the retraction was wrong.`,
            ...f,
          });
        }
        // A team fact edited since it was cited, or gone from the team library (docs/team-library.md).
        const copy = fact.teamCopy;
        if (copy && copy.state !== 'current' && fact.status !== 'retracted') {
          findings.push({
            severity: 'warning',
            code: 'team-copy',
            message:
              copy.state === 'deleted'
                ? `In “${heading}”: “${short(text)}” cites a fact no longer in the team library${factWhenReworded(text, fact)}; the export uses your local copy. Cite another fact, or ask who removed it.`
                : `In “${heading}”: “${short(text)}” cites a fact changed in the team library since you cited it (now “${short(fact.statement)}”). Check the paragraph still says what the fact says, then keep citing it from the fact's panel.`,
            ...f,
          });
        }
        // An event the source could not have reported: dated after the source was published (a
        // mistyped year, or a date copied from the wrong field). A forecast's date may be later: a warning.
        const source = sourceById.get(fact.sourceId);
        const happened = fact.eventDate ? partialDateBounds(fact.eventDate) : undefined;
        const published = source?.published ? partialDateBounds(source.published) : undefined;
        if (happened && published && happened.start > published.end)
          findings.push({
            severity: 'warning',
            code: 'event-after-published',
            message: `In “${heading}”: ${paragraphCiting(text, fact)} is dated ${fact.eventDate}, after its source was published (${source?.published}). Check the fact's event date.`,
            ...f,
          });
        for (const problem of rules
          ? ruleProblems(rules.section, fact, sourceById.get(fact.sourceId), briefingDay)
          : []) {
          findings.push({
            severity: rules?.severity ?? 'warning',
            code: 'rule',
            message: `In “${heading}”: ${paragraphCiting(text, fact, true)} ${problem}.`,
            ...f,
          });
        }
      }
    }
  };

  for (const section of template.sections) {
    const severity = (section.isStrict ? 'block' : 'warning') as Finding['severity'];
    const blocks = (briefing.sections.find((s) => s.id === section.id)?.blocks ?? []).filter(blockHasContent);
    const where = { sectionId: section.id };
    if (section.isRequired && blocks.length === 0) {
      findings.push({
        severity,
        code: 'section-empty',
        message: `“${section.heading}” is required but empty.`,
        ...where,
      });
    }
    const words = blocks.reduce((n, b) => n + countWords(blockText(b)), 0);
    if (section.limits.maxWords !== undefined && words > section.limits.maxWords) {
      findings.push({
        severity,
        code: 'too-many-words',
        message: `“${section.heading}” has ${words} words; the limit is ${section.limits.maxWords}.`,
        ...where,
      });
    }
    if (section.limits.maxItems !== undefined && blocks.length > section.limits.maxItems) {
      findings.push({
        severity,
        code: 'too-many-items',
        message: `“${section.heading}” has ${blocks.length} items; the limit is ${section.limits.maxItems}.`,
        ...where,
      });
    }
    checkParagraphs(blocks, section.heading, where, { section, severity });
  }
  // Content kept aside from an earlier template (its sections are not in this one) is exported after this
  // template's sections, under its old headings: its paragraphs are checked as any other (a retracted
  // fact, a marking above the banner, a release version leaving it out), without a section's rules.
  const known = new Set(template.sections.map((s) => s.id));
  const keptAside = briefing.sections.filter((s) => !known.has(s.id) && s.blocks.some(blockHasContent));
  for (const section of keptAside)
    checkParagraphs(section.blocks.filter(blockHasContent), section.heading ?? headingFromId(section.id), {
      sectionId: section.id,
    });
  // The banner is the document's marking: lower than a paragraph's, it under-protects the brief.
  const banner = findLevel(levels, briefing.classification);
  if (!releaseLevel && top && banner && top.level.rank > banner.rank)
    findings.push({
      severity: 'warning',
      code: 'banner-below-content',
      message: `The banner is ${banner.label}, but “${short(top.text)}” in “${top.heading}” is marked ${top.level.label}: raise the banner to ${top.level.label}, or export a release version at ${banner.label}.`,
      ...top.at,
    });
  if (releaseLevel && leftOut.first)
    findings.push({
      severity: 'warning',
      code: 'release-leaves-out',
      message: `The release version at ${releaseLevel.label} leaves out ${leftOut.count === 1 ? 'one paragraph' : `${leftOut.count} paragraphs`} marked above ${releaseLevel.label} (${leftOut.count === 1 ? '' : 'the first: '}“${short(leftOut.first.text)}” in “${leftOut.first.heading}”), with their notes and sources.${leftOut.unknown.size > 0 ? ` ${[...leftOut.unknown].map((m) => `“${m}”`).join(', ')}, which this template does not have, ${leftOut.unknown.size === 1 ? 'counts' : 'count'} as above every level.` : ''}`,
      ...leftOut.first.at,
    });
  // Say where content kept aside is, so that it is moved or deleted on purpose.
  for (const section of keptAside) {
    findings.push({
      severity: 'warning',
      code: 'not-in-template',
      message: `“${section.heading ?? headingFromId(section.id)}” is not a section of this template: its text is exported after the template's sections, under that heading. Move it into a section, or delete it.`,
      sectionId: section.id,
    });
  }

  // Blocking findings first, then citations of retracted facts (the one warning that means the brief
  // says something known to be false), then the rest, each group in reading order.
  const rank = (f: Finding) => (f.severity === 'block' ? 0 : f.code === 'retracted' ? 1 : 2);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

function ruleProblems(
  section: TemplateSection,
  fact: Fact,
  source: Source | undefined,
  briefingDay: number,
): string[] {
  const { rules } = section;
  const problems: string[] = [];
  if (rules.minGrade && source && GRADE_ORDER.indexOf(source.grade) > GRADE_ORDER.indexOf(rules.minGrade)) {
    problems.push(
      source.grade === 'F'
        ? `comes from a source graded F (reliability cannot be judged, as for every imported source until graded); this section wants ${rules.minGrade} or better`
        : `comes from a grade ${source.grade} source; this section wants ${rules.minGrade} or better`,
    );
  }
  if (rules.minCredibility && fact.credibility > rules.minCredibility) {
    problems.push(
      `has credibility ${fact.credibility}; this section wants ${rules.minCredibility} or better`,
    );
  }
  if (rules.tags && rules.tags.length > 0 && !rules.tags.some((t) => fact.tags.includes(t))) {
    problems.push(`has none of the tags ${rules.tags.join(', ')}`);
  }
  const date = fact.eventDate ?? source?.published;
  // A partial date is stale only when even its last day is too old: "2025-11" is not stale on
  // 15 December with a 30-day window, since it may be 30 November.
  const lastDay = date === undefined ? undefined : partialDateBounds(date)?.end;
  if (
    rules.withinDays &&
    date &&
    lastDay &&
    !Number.isNaN(briefingDay) &&
    briefingDay - Date.parse(lastDay) > rules.withinDays * DAY_MS
  ) {
    problems.push(`is from ${date}, older than ${rules.withinDays} days`);
  }
  return problems;
}

/** Findings of one kind, shown as one line that opens the list of them. */
export interface FindingGroup {
  severity: Finding['severity'];
  code: string;
  /** "7 paragraphs rest on a single source"; a group of one says its finding's message. */
  summary: string;
  findings: Finding[];
}

/** How a group of several findings of a kind is summed up in one line. */
const SUMMARIES: Record<string, (n: number) => string> = {
  'single-source': (n) => `${plural(n, 'paragraph rests', 'paragraphs rest')} on a single source`,
  uncited: (n) => `${plural(n, 'paragraph reports', 'paragraphs report')} without a citation`,
  retracted: (n) => `${plural(n, 'citation is of a retracted fact', 'citations are of retracted facts')}`,
  rule: (n) => `${plural(n, 'citation breaks', 'citations break')} a section's rules`,
  'team-copy': (n) =>
    `${plural(n, 'citation is of a team fact', 'citations are of team facts')} changed or removed since cited`,
  'not-in-template': (n) => `${plural(n, 'section is', 'sections are')} not in this template`,
  'section-empty': (n) => `${plural(n, 'required section is', 'required sections are')} empty`,
  'too-many-words': (n) => `${plural(n, 'section is', 'sections are')} over the word limit`,
  'too-many-items': (n) => `${plural(n, 'section has', 'sections have')} too many items`,
  'front-matter-missing': (n) => `${plural(n, 'required field is', 'required fields are')} empty`,
  'unknown-marking': (n) =>
    `${plural(n, 'paragraph carries', 'paragraphs carry')} a marking this template does not have`,
  'event-after-published': (n) =>
    `${plural(n, 'citation is of a fact', 'citations are of facts')} dated after their source was published`,
  'marked-below-cited': (n) =>
    `${plural(n, 'paragraph is', 'paragraphs are')} marked by hand below a fact they cite`,
};

/**
 * Findings as the export dialog lists them: one group per kind and severity, blocking ones first,
 * then retracted citations, then the kinds with the most findings (seven paragraphs on a single
 * source is one line, not seven equal warnings), each group's findings in reading order.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}|${f.code}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { severity: f.severity, code: f.code, summary: '', findings: [] }));
    group.findings.push(f);
  }
  const rank = (g: FindingGroup) => (g.severity === 'block' ? 0 : g.code === 'retracted' ? 1 : 2);
  return [...groups.values()]
    .map((g) => ({
      ...g,
      summary:
        g.findings.length === 1
          ? (g.findings[0]?.message ?? '')
          : (SUMMARIES[g.code]?.(g.findings.length) ?? `${g.findings.length} findings (${g.code})`),
    }))
    .sort((a, b) => rank(a) - rank(b) || b.findings.length - a.findings.length);
}
