import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Source } from '../../../../electron/core/schemas';
import { call } from '../../api/client';
import { Field, FormAlert, useFormError } from '../../ui/form';
import { SourceFields } from './SourceFields';

const empty = {
  title: '',
  outlet: '',
  type: 'article-newspaper',
  published: '',
  accessed: '',
  url: '',
  language: '',
  grade: 'F',
  notes: '',
  text: '',
};
type Values = typeof empty;
const FIELDS = Object.keys(empty);

const valuesOf = (s: Source | undefined): Values =>
  s
    ? {
        title: s.title,
        outlet: s.outlet,
        type: s.type,
        published: s.published ?? '',
        accessed: s.accessed ?? '',
        url: s.url ?? '',
        language: s.language ?? '',
        grade: s.grade,
        notes: s.notes ?? '',
        text: s.text ?? '',
      }
    : empty;

/** Save an article (pasted or opened from a file) as a source, or edit an existing source. */
export function SourceForm({
  source,
  onSaved,
  onCancel,
}: {
  source?: Source;
  onSaved: (s: Source) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>(() => valuesOf(source));
  const [busy, setBusy] = useState(false);
  const err = useFormError();
  const set =
    (key: keyof Values) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));

  async function openFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setValues((v) => ({ ...v, text, title: v.title || file.name.replace(/\.[^.]+$/, '') }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    err.clear();
    const input = { ...values, grade: values.grade as Source['grade'] };
    try {
      const saved = source
        ? await call('sources:update', { id: source.id, patch: input })
        : await call('sources:create', input);
      if (!source) setValues(empty);
      onSaved(saved);
    } catch (error) {
      err.show(error);
    } finally {
      setBusy(false);
    }
  }

  const label = source ? 'Edit source' : 'New source';
  return (
    <form className="card form" onSubmit={submit} aria-label={label} noValidate>
      <h3>{label}</h3>
      <SourceFields
        idPrefix="source"
        values={values}
        optional={source ? ['type', 'grade', 'accessed', 'language', 'notes'] : ['type', 'grade']}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
        error={err.forField}
        autoFocusTitle
      />
      <Field
        label="Article text"
        htmlFor="source-text"
        error={err.forField('text')}
        hint="Paste the article, or open a text file."
      >
        <textarea id="source-text" rows={source ? 4 : 6} value={values.text} onChange={set('text')} />
      </Field>
      <label className="file-button">
        Open text file…
        <input
          type="file"
          accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
          onChange={(e) => void openFile(e)}
        />
      </label>
      <FormAlert message={err.general(FIELDS)} />
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {source ? 'Save changes' : 'Save source'}
        </button>
      </div>
    </form>
  );
}
