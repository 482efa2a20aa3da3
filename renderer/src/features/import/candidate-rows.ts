import type { CandidateFact } from '../../../../electron/contract/api';
import { LEARNT_CUE } from '../../../../electron/core/article-cues';
import { splitTags } from '../../../../electron/core/tags';
import { MANY_CANDIDATES } from '../../ui/limits';

/** What the analyst may change on a candidate. */
export interface CandidateEdits {
  isAccepted: boolean;
  statement: string;
  quote?: string | undefined;
  speaker?: string | undefined;
  speakerRole?: string | undefined;
  relayedBy?: string | undefined;
  eventDate?: string | undefined;
  /** 1–6, as the fact form offers it; 6 (cannot be judged) until the analyst grades it. */
  credibility: number;
  /** As typed: separated by commas or semicolons ({@link splitTags}). */
  tags: string;
}

export type EditableKey = keyof CandidateEdits;
const EDITABLE: readonly EditableKey[] = [
  'isAccepted',
  'statement',
  'quote',
  'speaker',
  'speakerRole',
  'relayedBy',
  'eventDate',
  'credibility',
  'tags',
];

/** A candidate as the review holds it: the values shown, and what the app proposed (to tell edits apart). */
export interface Row extends CandidateFact, CandidateEdits {
  /** Same sentence at the same place: the candidate a new reading of the article gives back. */
  key: string;
  proposed: CandidateEdits;
}

/** How the edits of an earlier reading fared in a new one. */
export interface CarriedEdits {
  /** Edited candidates that came back, their edits applied. */
  kept: number;
  /** Edited candidates that did not come back (their sentence or place changed): their edits are gone. */
  dropped: number;
}

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');
const changedKeys = (row: Row) => EDITABLE.filter((k) => !same(row[k], row.proposed[k]));

/** Whether the analyst changed anything on the row (a value typed back to the proposal is no edit). */
export const isEdited = (row: Row): boolean => changedKeys(row).length > 0;

/**
 * The rows of a reading. Past {@link MANY_CANDIDATES} nothing is pre-ticked: the analyst decides whether
 * to take them all; a candidate only the learnt model found is never pre-ticked. With the rows of an earlier reading, each candidate that comes back (same sentence,
 * same place) keeps the fields the analyst changed; the others take the new proposal (a relay the new
 * outlet removes, a day the new publication date resolves).
 */
export function rowsOf(
  candidates: readonly CandidateFact[],
  earlier: readonly Row[] = [],
): { rows: Row[]; carried: CarriedEdits | null } {
  const isAccepted = candidates.length <= MANY_CANDIDATES;
  const edited = new Map<string, Row>();
  for (const r of earlier) if (!edited.has(r.key) && isEdited(r)) edited.set(r.key, r);
  const used = new Set<string>();
  const rows = candidates.map((c): Row => {
    const proposed: CandidateEdits = {
      // What the learnt model suggests beyond the rules (about half of it a claim, held out) waits unticked.
      isAccepted: isAccepted && c.cue !== LEARNT_CUE,
      statement: c.statement,
      quote: c.quote,
      speaker: c.speaker,
      speakerRole: c.speakerRole,
      relayedBy: c.relayedBy,
      eventDate: c.eventDate,
      credibility: 6,
      tags: '',
    };
    const key = `${c.locator ?? ''}\u0000${c.sentence}`;
    const row: Row = { ...c, ...proposed, key, proposed };
    const before = used.has(key) ? undefined : edited.get(key);
    if (!before) return row;
    used.add(key);
    const patch: Partial<CandidateEdits> = {};
    for (const k of changedKeys(before)) Object.assign(patch, { [k]: before[k] });
    return { ...row, ...patch };
  });
  return {
    rows,
    carried: edited.size === 0 ? null : { kept: used.size, dropped: edited.size - used.size },
  };
}

/** Speakers by how often they speak (most first), for "select only a speaker": one pass over the rows. */
export function speakersByCount(rows: readonly Row[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.speaker) counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
}

/** The accepted rows as the facts the import saves. */
export function factsOf(rows: readonly Row[]) {
  return rows
    .filter((r) => r.isAccepted)
    .map(({ statement, quote, speaker, speakerRole, relayedBy, locator, eventDate, credibility, tags }) => ({
      statement,
      quote,
      speaker,
      speakerRole,
      relayedBy,
      locator,
      eventDate: eventDate || undefined,
      credibility,
      tags: splitTags(tags),
    }));
}

/** "3 candidates", "1 candidate". */
export const candidatesText = (n: number): string =>
  `${n.toLocaleString('en')} candidate${n === 1 ? '' : 's'}`;
