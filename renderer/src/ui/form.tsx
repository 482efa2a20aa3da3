import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';

interface FormErrorState {
  /** Field problems from the API, by dotted path (`title`, `source.published`). */
  issues: Array<{ path: string; message: string }>;
  /** A message that belongs to no field. */
  general?: string;
  /** Found by the form itself before sending: the user is where they submitted, and is taken to the first. */
  isFromForm?: boolean;
}

const capitalise = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);
const isUnder = (path: string, name: string) =>
  path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`);

/** Holds a form's errors: one message per field the API named, or a general one. */
export function useFormError() {
  const [error, setError] = useState<FormErrorState | null>(null);
  // A refused save puts the keyboard on the first field it names, unless the user has already moved
  // on while the store answered: a form's submit button is disabled while it saves, which leaves the
  // focus nowhere (<body>). A refusal of the form's own comes at once, wherever the user submitted from.
  useEffect(() => {
    if (!error || error.issues.length === 0) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || (active as HTMLButtonElement).disabled === true;
    if (!lost && !error.isFromForm) return;
    document.querySelector<HTMLElement>('.field-invalid :is(input, textarea, select)')?.focus();
  }, [error]);
  return {
    clear: () => setError(null),
    /** Problems the form found before sending (the store's own schema): shown as the store's are. */
    refuse: (issues: FormErrorState['issues']) => setError({ issues, isFromForm: true }),
    /** The labels of the fields a problem names, in the order of `labels` (the form's), for a summary. */
    fieldsNamed: (labels: Readonly<Record<string, string>>): string[] =>
      Object.entries(labels)
        .filter(([name]) => error?.issues.some((i) => isUnder(i.path, name)))
        .map(([, label]) => label),
    show: (e: unknown) => {
      if (e instanceof ApiError && e.issues.length > 0) setError({ issues: e.issues });
      else setError({ issues: [], general: e instanceof Error ? e.message : String(e) });
    },
    /** The message for a field (a top-level name or a dotted path), if the error is about it. */
    forField: (name: string) => {
      const issue = error?.issues.find((i) => isUnder(i.path, name));
      return issue ? capitalise(issue.message) : undefined;
    },
    /** What belongs to none of the form's `known` fields. */
    general: (known: readonly string[]) => {
      if (!error) return undefined;
      const stray = error.issues
        .filter((i) => !known.some((k) => isUnder(i.path, k)))
        .map((i) => `${i.path ? `${i.path}: ` : ''}${i.message}`);
      return [error.general, ...stray].filter(Boolean).join(' ') || undefined;
    },
  };
}

export function Field(props: {
  label: string;
  htmlFor: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.htmlFor}>{props.label}</label>
      {props.children}
      {props.hint && !props.error ? <small className="hint">{props.hint}</small> : null}
      {props.error ? (
        <small className="field-error" id={`${props.htmlFor}-error`} role="alert">
          {props.error}
        </small>
      ) : null}
    </div>
  );
}

/** "Not saved: fill in or correct Source and Statement.": every field a refused save names, at its button. */
export function FieldsAlert({ labels }: { labels: readonly string[] }) {
  return labels.length > 0 ? (
    <p className="form-alert" role="alert" aria-label="Fields to fill in or correct">
      Not saved: fill in or correct{' '}
      {new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(
        labels.map((l) => l.replace(/ \(optional\)$/, '')),
      )}
      .
    </p>
  ) : null;
}

export function FormAlert({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // Said where it is seen: a form taller than its pane puts its alert below the fold otherwise.
  useEffect(() => {
    if (message) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  return message ? (
    <p ref={ref} className="form-alert" role="alert">
      {message}
    </p>
  ) : null;
}

/** `<option>`s from value/label pairs, for the fixed lists forms offer (grades, kinds, credibility). */
export function Options({ items }: { items: ReadonlyArray<readonly [string | number, string]> }) {
  return (
    <>
      {items.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
