import { chipClusters, orderedSections } from '../../../../electron/core/render-model';
import {
  blockFactIds,
  blockHasContent,
  type Block,
  type BriefingSection,
} from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';

/** Each block's note numbers in chip order, by block id. */
export type NoteNumbers = ReadonlyMap<string, readonly (number | null | undefined)[]>;

/** One section's note numbers, and the same as a string (a value memo can compare). */
export interface SectionNotes {
  numbers: NoteNumbers;
  key: string;
}

/** Whether a block counts (has words or a chip), and the facts it cites, read once per block object. */
const readBlocks = new WeakMap<
  Block,
  { hasContent: boolean; factIds: readonly string[]; clusters: readonly number[] }
>();
function read(block: Block): {
  hasContent: boolean;
  factIds: readonly string[];
  clusters: readonly number[];
} {
  let r = readBlocks.get(block);
  if (!r) {
    r = {
      hasContent: blockHasContent(block),
      factIds: blockFactIds(block),
      clusters: chipClusters(block.content),
    };
    readBlocks.set(block, r);
  }
  return r;
}

/** The facts a block cites, in chip order; an unchanged block is never read again. */
export const factIdsOf = (block: Block): readonly string[] => read(block).factIds;

interface Cached {
  start: number;
  count: number;
  notes: SectionNotes;
}
/** A section's notes by its blocks array and first number: a keystroke elsewhere reuses them as they are. */
const notesOfBlocks = new WeakMap<readonly Block[], Cached>();

function notesFrom(blocks: readonly Block[], start: number, previous: SectionNotes | undefined): Cached {
  const cached = notesOfBlocks.get(blocks);
  if (cached && cached.start === start) return cached;
  const numbers = new Map<string, number[]>();
  const parts: string[] = [];
  let next = start;
  for (const block of blocks) {
    const { hasContent, clusters } = read(block);
    if (!hasContent) continue;
    // Adjacent chips are one note: they share its number (as the core's `noteNumbers`).
    const blockStart = next;
    numbers.set(
      block.id,
      clusters.map((cluster) => blockStart + cluster),
    );
    next += clusters.length > 0 ? clusters[clusters.length - 1]! + 1 : 0;
    if (clusters.length > 0) parts.push(`${block.id}:${clusters.join(',')}`);
  }
  const count = next - start;
  const key = `${start}|${parts.join(' ')}`;
  // Typing in a paragraph gives a new blocks array with the same notes: keep the same object then.
  const notes = previous?.key === key ? previous : { numbers, key };
  const entry = { start, count, notes };
  notesOfBlocks.set(blocks, entry);
  return entry;
}

/**
 * Each section's note numbers (notes run on through the briefing in reading order, as exported), derived
 * incrementally: a section whose blocks and first number are unchanged keeps its notes object, so a
 * keystroke recounts the edited section only and re-renders no other. Equal to the core's `noteNumbers`.
 * `previous` (the last result) lets a section whose notes read the same keep its object.
 */
export function sectionNotes(
  template: Pick<Template, 'sections'>,
  sections: ReadonlyArray<BriefingSection>,
  previous?: ReadonlyMap<string, SectionNotes>,
): Map<string, SectionNotes> {
  const out = new Map<string, SectionNotes>();
  let next = 1;
  for (const section of orderedSections(template, sections)) {
    const { notes, count } = notesFrom(section.blocks, next, previous?.get(section.id));
    out.set(section.id, notes);
    next += count;
  }
  return out;
}
