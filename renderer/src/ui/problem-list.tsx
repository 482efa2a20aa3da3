import { issueSentence } from '../../../electron/core/errors';

/** What went wrong, one problem a line: a lead ("x.json is not a valid template:") and the problems. */
export interface Problems {
  lead: string;
  lines: string[];
}

type Issue = { path: string; message: string };

/**
 * A refusal (an API error, or a listed problem with its issues) as a list: each problem it names, with
 * its place, on its own line under the lead of its message (a message of several lines is its lead and
 * its problems already); one naming one problem or none is its message alone.
 */
export function problemsOf(error: unknown): Problems {
  const data = (error && typeof error === 'object' ? error : {}) as { message?: unknown; issues?: unknown };
  const message = typeof data.message === 'string' ? data.message : String(error);
  // A refusal that lists its problems itself, one a line under its lead (a facts import's bad rows).
  const [first = message, ...listed] = message.split('\n');
  if (listed.length > 0) return { lead: first, lines: listed };
  const issues = Array.isArray(data.issues) ? (data.issues as Issue[]) : [];
  if (issues.length < 2) return { lead: message, lines: [] };
  // "x.json is not a valid template: a. b. c." → the lead up to its colon; the problems listed.
  const colon = message.indexOf(': ');
  return {
    lead: colon > 0 ? message.slice(0, colon + 1) : 'Problems:',
    lines: issues.map((i) => issueSentence(i.path, i.message)),
  };
}

/** The problems under a lead, one a line. */
export function ProblemLines({ lines }: { lines: readonly string[] }) {
  return lines.length > 0 ? (
    <ul className="problem-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  ) : null;
}

/** Problems shown one a line (an alert: it is what stops the user). */
export function ProblemList({ problems, label }: { problems: Problems; label: string }) {
  return (
    <div className="form-alert" role="alert" aria-label={label}>
      <p>{problems.lead}</p>
      <ProblemLines lines={problems.lines} />
    </div>
  );
}
