import { findLevel, levelsOf, type Level } from './marking';
import type { Template } from './template';

/**
 * What becomes of the briefing's marking when it moves to another template: kept when the new template
 * has it (same id, else same label), else the writer chooses. A switch never lowers a marking on its
 * own: a SECRET brief moved to a template whose markings stop at OFFICIAL is not quietly UNCLASSIFIED.
 */
export type MarkingOnSwitch =
  | { kind: 'kept'; id: string }
  | {
      kind: 'choose';
      /** The marking as the writer knows it ("SECRET"). */
      current: string;
      /** Why a choice is needed: "This template's markings stop at OFFICIAL: the briefing is SECRET." */
      message: string;
      /** Whether every level of the new template is known to be lower than the current marking. */
      isLowering: boolean;
      /** The new template's levels, lowest first. */
      options: Level[];
    };

/**
 * {@link MarkingOnSwitch} for a briefing marked `classification` on template `from` (absent when it is
 * not installed: the marking's id is then all there is to go on) moving to `to`.
 */
export function markingOnSwitch(
  classification: string,
  from: Pick<Template, 'classifications'> | undefined,
  to: Pick<Template, 'classifications'>,
): MarkingOnSwitch {
  const toLevels = levelsOf(to);
  const fromLevels = from ? levelsOf(from) : [];
  const fromLevel = findLevel(fromLevels, classification);
  const current = fromLevel?.label ?? classification;
  const same = toLevels.find((l) => l.id === classification) ?? findLevel(toLevels, current);
  if (same) return { kind: 'kept', id: same.id };
  // Ranks are only comparable within one template: the new levels are placed on the old template's scale.
  const ranks = toLevels.map((l) => findLevel(fromLevels, l.id) ?? findLevel(fromLevels, l.label));
  const isLowering =
    fromLevel !== undefined && ranks.every((r) => r !== undefined && r.rank < fromLevel.rank);
  const top = toLevels.at(-1);
  const message =
    isLowering && top
      ? `This template's markings stop at ${top.label}: the briefing is ${current}.`
      : `This template has no marking ${current} (its markings: ${toLevels.map((l) => l.label).join(', ')}).`;
  return { kind: 'choose', current, message, isLowering, options: toLevels };
}
