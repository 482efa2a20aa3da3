import { parsePartialDate, partialDateProblem } from '../../../../electron/core/partial-date';
import type { EditableKey, Row } from './candidate-rows';

/** What is wrong with the fields of one candidate, in words, by field. */
export type RowProblems = Partial<Record<EditableKey, string>>;
/** The candidates' problems by their place in the review (0-based, as the rows are held). */
export type Problems = ReadonlyMap<number, RowProblems>;
/** A field of a candidate: where a problem is shown, and where the keyboard is taken. */
export interface FieldAt {
  index: number;
  key: EditableKey;
}

/** The fields of a candidate as the review labels them. */
export const CANDIDATE_LABELS: Readonly<Record<EditableKey, string>> = {
  isAccepted: 'Accept',
  statement: 'Statement',
  quote: 'Quote',
  speaker: 'Speaker',
  speakerRole: 'Role',
  relayedBy: 'Relayed by',
  eventDate: 'Event date',
  credibility: 'Credibility',
  tags: 'Tags',
};

/** The ids of a candidate's field and of its problem (for `aria-describedby`). */
export const candidateFieldId = (index: number, key: EditableKey) => `candidate-${index + 1}-${key}`;
export const candidateProblemId = (index: number, key: EditableKey) =>
  `${candidateFieldId(index, key)}-error`;

/**
 * What is wrong with an event date as typed, in words; undefined when it is one (or empty: an event date
 * is optional). The one check of the review's event dates: each candidate's as its field is left and at
 * save, and the value "Set event date" would give every selected candidate. It takes what the store
 * takes (`parsePartialDate`, the schema's own), and says it in the words of the fact form.
 */
export function eventDateProblem(text: string | undefined): string | undefined {
  const typed = (text ?? '').trim();
  if (typed === '' || parsePartialDate(typed)) return undefined;
  // A date in the right shape that does not exist ("2025-13-45", "2025-02-30") is told what is wrong with it.
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(typed)) return `Event date ${partialDateProblem(typed)}`;
  return `Event date: write a date as 2025-11-20 (or a month, 2025-11, or a year, 2025); “${typed.length > 40 ? `${typed.slice(0, 40)}…` : typed}” is not one.`;
}

/** The fields checked before sending (as they are left, and at save); the store checks the others. */
export const CHECKED_FIELDS: ReadonlySet<EditableKey> = new Set(['eventDate']);

/** The check made of a field as it is left; undefined for the fields that take anything. */
export function fieldProblem(row: Row, key: EditableKey): string | undefined {
  return key === 'eventDate' ? eventDateProblem(row.eventDate) : undefined;
}

/** The problems of the ticked candidates (those a save sends), found before sending. */
export function problemsToSave(rows: readonly Row[]): Map<number, RowProblems> {
  const out = new Map<number, RowProblems>();
  rows.forEach((r, index) => {
    if (!r.isAccepted) return;
    const eventDate = fieldProblem(r, 'eventDate');
    if (eventDate) out.set(index, { eventDate });
  });
  return out;
}

const capitalise = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);

/**
 * The store's refusals of the saved facts (`facts[2].eventDate`: the third ticked candidate) placed on
 * the candidates they are about, in the review's words; the others (the source's fields) are left over.
 */
export function placeIssues(
  rows: readonly Row[],
  issues: ReadonlyArray<{ path: string; message: string }>,
): { problems: Map<number, RowProblems>; rest: Array<{ path: string; message: string }> } {
  const ticked = rows.flatMap((r, index) => (r.isAccepted ? [index] : []));
  const problems = new Map<number, RowProblems>();
  const rest: Array<{ path: string; message: string }> = [];
  for (const issue of issues) {
    const m = /^facts(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?/.exec(issue.path);
    const index = m ? ticked[Number(m[1] ?? m[2])] : undefined;
    const key = (m?.[3] && m[3] in CANDIDATE_LABELS ? m[3] : 'statement') as EditableKey;
    if (index === undefined) {
      rest.push(issue);
      continue;
    }
    const said = /^[A-Z]/.test(issue.message) ? issue.message : `${CANDIDATE_LABELS[key]} ${issue.message}`;
    problems.set(index, { ...problems.get(index), [key]: capitalise(said) });
  }
  return { problems, rest };
}

/** The first field with a problem, in the order of the review and of a candidate's fields. */
export function firstProblem(problems: Problems): FieldAt | null {
  const index = Math.min(...problems.keys());
  const found = problems.get(index);
  if (!found) return null;
  const key = (Object.keys(CANDIDATE_LABELS) as EditableKey[]).find((k) => found[k]);
  return key ? { index, key } : null;
}

/** "Candidate 3 (para. 4)": a candidate as the analyst sees it, by its number in the list and its paragraph. */
export const candidateName = (rows: readonly Row[], index: number): string => {
  const locator = rows[index]?.locator;
  return `Candidate ${index + 1}${locator ? ` (${locator})` : ''}`;
};

/** "Not saved: candidate 3 (para. 4): Event date: write a date as …" — each problem, by candidate. */
export function problemsText(rows: readonly Row[], problems: Problems): string {
  const parts = [...problems]
    .sort(([a], [b]) => a - b)
    .flatMap(([index, found]) => Object.values(found).map((m) => `${candidateName(rows, index)}: ${m}`));
  const shown = parts.slice(0, 3);
  const more = parts.length - shown.length;
  return `Not saved. ${shown.join(' ')}${more > 0 ? ` And ${more} more, marked below.` : ''}`;
}
