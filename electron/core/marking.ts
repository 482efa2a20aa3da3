import { blockFactIds, type Block, type Fact, type Source } from './schemas';
import type { Template } from './template';

/**
 * Portion marks: the protective marking of each paragraph, from the facts it cites. A template lists its
 * classifications lowest first, so their order is their rank; a fact's marking and a paragraph's marking
 * set by hand name one of them by id or by label ("official-sensitive" or "OFFICIAL-SENSITIVE").
 */
export interface Level {
  id: string;
  label: string;
  /** The short form printed before a paragraph: "OS". */
  portion: string;
  /** Its place in the template's list, lowest first. */
  rank: number;
  /**
   * A marking the template does not have ("SECRET" cited in a template whose markings stop at
   * OFFICIAL): ranked above every level of the template, so that a release version leaves it out and no
   * banner of the template is taken to cover it.
   */
  isUnknown?: true;
}

/** "OFFICIAL-SENSITIVE" → "OS", "Top Secret" → "TS", "UNCLASSIFIED" → "U": the initials of its words. */
export function portionOf(c: { label: string; portionMark?: string | undefined }): string {
  if (c.portionMark) return c.portionMark;
  const initials = c.label
    .split(/[\s/_-]+/u)
    .filter(Boolean)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
  return initials || c.label;
}

/** The template's markings, lowest first. */
export function levelsOf(template: Pick<Template, 'classifications'>): Level[] {
  return template.classifications.map((c, rank) => ({
    id: c.id,
    label: c.label,
    portion: portionOf(c),
    rank,
  }));
}

const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/gu, '-');

/** The level a marking names (its id or label, any case), or undefined when the template has no such level. */
export function findLevel(levels: readonly Level[], marking: string | undefined): Level | undefined {
  if (!marking) return undefined;
  const key = fold(marking);
  return levels.find((l) => fold(l.id) === key) ?? levels.find((l) => fold(l.label) === key);
}

export const higher = (a: Level | undefined, b: Level | undefined) =>
  !a ? b : !b ? a : b.rank > a.rank ? b : a;

/**
 * Markings the template does not have, as one level above all of the template's: printed as written
 * ("SECRET" → "S"), never as one of the template's levels, which may be lower.
 */
export const unknownLevel = (markings: readonly string[], levels: readonly Level[]): Level => ({
  id: markings.join(' / '),
  label: markings.join(' / '),
  portion: markings.map((m) => portionOf({ label: m })).join('/'),
  rank: levels.length,
  isUnknown: true,
});

/** What decides a paragraph's mark. */
export interface BlockMarking {
  /**
   * The paragraph's mark; undefined only for a paragraph that cites nothing marked and has no mark by hand.
   * A marking the template does not have (and no mark set by hand) makes it an {@link unknownLevel}.
   */
  level: Level | undefined;
  /** Set by hand on the paragraph (it wins over what the paragraph cites, in both directions). */
  isByHand: boolean;
  /** The highest marking among the facts it cites (whatever was set by hand). */
  cited: Level | undefined;
  /** Markings of cited facts (or the hand mark) this template does not know. */
  unknown: string[];
}

/**
 * A paragraph's mark: the one set by hand, else the highest of the facts it cites. A marking the template
 * does not know is reported, never guessed at: unless a mark set by hand decides, it ranks above every
 * level of the template (a release version leaves the paragraph out; the check blocks the full brief).
 */
export const blockMarking = (
  block: Pick<Block, 'content' | 'marking'>,
  levels: readonly Level[],
  markings: MarkingsOf,
): BlockMarking => marksOf(block.marking, blockFactIds(block), levels, markings);

/** The markings citing a fact brings: the fact's own and its source's (either may be unset). */
export type MarkingsOf = (factId: string) => ReadonlyArray<string | undefined>;

export const markingsFrom =
  (
    factById: ReadonlyMap<string, Pick<Fact, 'classification' | 'sourceId'>>,
    sourceById: ReadonlyMap<string, Pick<Source, 'classification'>>,
  ): MarkingsOf =>
  (id) => {
    const fact = factById.get(id);
    return fact ? [fact.classification, sourceById.get(fact.sourceId)?.classification] : [];
  };

/** {@link blockMarking} of a paragraph given by its mark set by hand and the facts it cites. */
export function marksOf(
  marking: string | undefined,
  factIds: readonly string[],
  levels: readonly Level[],
  markings: MarkingsOf,
): BlockMarking {
  const unknown: string[] = [];
  let cited: Level | undefined;
  for (const marking of factIds.flatMap(markings)) {
    if (!marking) continue;
    const level = findLevel(levels, marking);
    if (level) cited = higher(cited, level);
    else unknown.push(marking);
  }
  const byHand = findLevel(levels, marking);
  if (marking && !byHand) unknown.push(marking);
  const unknowns = [...new Set(unknown)];
  const level = byHand ?? (unknowns.length > 0 ? unknownLevel(unknowns, levels) : cited);
  return { level, isByHand: Boolean(byHand), cited, unknown: unknowns };
}

/**
 * The level a paragraph is printed with when the template prints portion marks: its mark, or the lowest
 * level for a paragraph that cites nothing marked (every portion of a marked document carries a mark).
 */
export const printedLevel = (marking: BlockMarking, levels: readonly Level[]): Level | undefined =>
  marking.level ?? levels[0];
