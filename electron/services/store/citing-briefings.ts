import type { CitingBriefing } from '../../core/errors';
import { citedFactIds, type BriefingSection } from '../../core/schemas';

/** A briefing row as both stores read it to find the briefings citing a fact. */
export interface CitingRow {
  id: string;
  title: string;
  sections_json: string;
  deleted_at: string | null;
}

/** What a chip citing `factId` looks like in a briefing's stored sections (a first, cheap filter). */
export const citeNeedle = (factId: string): string => `"factId":${JSON.stringify(factId)}`;

/** The rows whose sections do cite `factId` (the needle found it in a chip, not in some text). */
export function citingOf(rows: readonly CitingRow[], factId: string): CitingBriefing[] {
  return rows
    .filter((r) => {
      try {
        return citedFactIds(JSON.parse(r.sections_json) as BriefingSection[]).includes(factId);
      } catch {
        // Unreadable sections: counted as citing it, so nothing is deleted from under them.
        return true;
      }
    })
    .map((r) => ({ id: r.id, title: r.title, isInBin: r.deleted_at !== null }));
}
