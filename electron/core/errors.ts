import type { z } from 'zod';

/** An error a user can read and act on: what went wrong, and where. */
export interface AppErrorData {
  code: string;
  message: string;
  /** Dotted path of the offending field, e.g. `sections.2.heading`. */
  path?: string;
  /** Every field problem, when there are several (a form marks each field). */
  issues?: Array<{ path: string; message: string }>;
}

/** Thrown by services; carried to the UI as {@link AppErrorData}. */
export class AppError extends Error {
  readonly code: string;
  readonly path: string | undefined;
  readonly issues: AppErrorData['issues'];
  constructor(code: string, message: string, path?: string, issues?: AppErrorData['issues']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.path = path;
    this.issues = issues;
  }
  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.path !== undefined) data.path = this.path;
    if (this.issues !== undefined) data.issues = this.issues;
    return data;
  }
}

/** A save refused because someone else saved the same record after it was loaded. */
export const EDIT_CONFLICT = 'edit_conflict' as const;

/**
 * Opening a briefing file whose briefing is already in the library, without saying what to do: the
 * caller asks the user to replace it, open the file as a copy, or cancel.
 */
export const BRIEFING_EXISTS = 'briefing_exists' as const;

/** "14:02", or "2 Dec 14:02" when not today: when a record was changed, in the reader's local time. */
function clockTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  if (at.toDateString() === now.toDateString()) return time;
  return `${at.getDate()} ${at.toLocaleString('en-GB', { month: 'short' })} ${time}`;
}

/**
 * The refusal of a save made against an older version: "This fact was changed by Anna at 14:02 —
 * reload or overwrite." The UI offers both.
 */
export function editConflictError(what: string, by: string, at: string): AppError {
  return new AppError(
    EDIT_CONFLICT,
    `This ${what} was changed by ${by || 'someone else'} at ${clockTime(at)} — reload or overwrite.`,
  );
}

/** Where a briefing's save names the revision it was based on (a refusal of it points here). */
export const BRIEFING_BASE_FIELD = 'baseUpdatedAt' as const;

/**
 * The refusal of a briefing's save made from an older version than the store has (another window or
 * tab, or the command line, saved it since): never written over it. The editor offers to load the
 * other version or keep its own as a copy.
 */
export function briefingConflictError(title: string, at: string): AppError {
  return new AppError(
    EDIT_CONFLICT,
    `“${title}” was changed in another window or tab at ${clockTime(at)}, after this version was opened, so this save was not written over it. Load the other version, or keep this one as a copy.`,
    BRIEFING_BASE_FIELD,
  );
}

/** The choices a {@link briefingExistsError} offers in the app (the CLI names its flags instead). */
export const BRIEFING_EXISTS_CHOICES = 'Replace it with the file, open the file as a copy, or cancel.';

/** The refusal of opening a briefing file whose briefing is in the library: names it and the choices. */
export function briefingExistsError(
  title: string,
  updatedAt: string,
  choices: string = BRIEFING_EXISTS_CHOICES,
): AppError {
  return new AppError(
    BRIEFING_EXISTS,
    `This file's briefing is already in the library as “${title}” (last changed ${clockTime(updatedAt)}). ${choices}`,
    'onExisting',
  );
}

/** Writes a zod issue path the way a reader names a field in a file: `sections[2].limits.maxWords`. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );
}

/**
 * One problem as a sentence naming its place: `sections[2].heading must not be empty.` ("Title is
 * required." already names its field; other capitalised messages get the path in front).
 */
export function issueSentence(path: string, message: string): string {
  if (!path) return message;
  if (!/^[A-Z]/.test(message)) return `${path} ${message}`;
  const field = (path.split(/[.[]/).at(-1) ?? '').replace(/\]$/, '').toLowerCase();
  return message.toLowerCase().startsWith(field) ? message : `${path}: ${message}`;
}

/**
 * Turns a zod validation failure into one readable error. Each issue becomes a sentence; messages that
 * do not name their field themselves are prefixed with its path (`sections[2].heading must not be empty.`).
 * The first issue decides `path`, so a form can point at the field.
 */
export function fromZodError(error: z.ZodError): AppError {
  const sentences = error.issues.map((issue) => issueSentence(issuePath(issue.path), issue.message));
  const first = error.issues[0];
  const issues = error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
  return new AppError(
    'invalid_input',
    sentences.join(' '),
    first ? issuePath(first.path) || undefined : undefined,
    issues,
  );
}

/** Normalises anything thrown into {@link AppErrorData}, hiding internals behind a generic message. */
export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong: ${message}` };
}

/** A fact not deleted because it is in use (briefings cite it, or colleagues may): retract it instead. */
export const FACT_IN_USE = 'fact_in_use' as const;

/** A briefing that cites a fact (`isInBin`: deleted, and can still be restored). */
export interface CitingBriefing {
  id: string;
  title: string;
  isInBin: boolean;
}

const RETRACT_INSTEAD =
  'Retract it instead: it stays where it is cited, marked retracted, and the export check stops at it.';

/**
 * "This fact is cited in “Black Sea” and “Weekly” (in the bin), so it is not deleted: …" Each briefing
 * named (the first five, then how many more); `issues` lists them all, one a line.
 */
export function factCitedError(briefings: readonly CitingBriefing[]): AppError {
  const named = briefings.map((b) => `“${b.title}”${b.isInBin ? ' (in the bin)' : ''}`);
  const shown = named.length > 5 ? [...named.slice(0, 5), `${named.length - 5} more`] : named;
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0];
  const those = briefings.length === 1 ? 'that briefing' : 'those briefings';
  return new AppError(
    FACT_IN_USE,
    `This fact is cited in ${list}, so it is not deleted: ${those} would lose the citation. ${RETRACT_INSTEAD}`,
    'id',
    briefings.map((b, i) => ({ path: `briefings.${i}`, message: named[i] ?? b.title })),
  );
}

/** A team-library fact someone else added or changed: their briefings (out of this app's sight) may cite it. */
export function factSharedError(by: string): AppError {
  return new AppError(
    FACT_IN_USE,
    `This fact was added or changed in the team library by ${by || 'someone else'}; colleagues' briefings, which this app cannot see, may cite it, so it is not deleted. ${RETRACT_INSTEAD}`,
    'id',
  );
}
