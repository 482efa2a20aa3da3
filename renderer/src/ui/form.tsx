import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';

interface FormErrorState {
  /** Messages by top-level field name, from the API's issue paths. */
  fields: Record<string, string>;
  /** A message that belongs to no field. */
  general?: string;
}

const capitalise = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);

/** Holds a form's errors: one message per field the API named, or a general one. */
export function useFormError() {
  const [error, setError] = useState<FormErrorState | null>(null);
  return {
    clear: () => setError(null),
    show: (e: unknown) => {
      if (e instanceof ApiError && e.issues.length > 0) {
        const fields: Record<string, string> = {};
        for (const issue of e.issues) {
          const field = issue.path.split('.')[0] ?? '';
          fields[field] ??= capitalise(issue.message);
        }
        setError({ fields });
      } else setError({ fields: {}, general: e instanceof Error ? e.message : String(e) });
    },
    /** The message for one field, if the error is about it. */
    forField: (name: string) => error?.fields[name],
    /** The message that belongs to no field of this form. */
    general: (known: readonly string[]) => {
      if (!error) return undefined;
      const stray = Object.entries(error.fields)
        .filter(([f]) => !known.includes(f))
        .map(([, m]) => m);
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

export function FormAlert({ message }: { message: string | undefined }) {
  return message ? (
    <p className="form-alert" role="alert">
      {message}
    </p>
  ) : null;
}
