import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Source } from '../../../../electron/core/schemas';
import { call } from '../../api/client';
import { Field, FormAlert, Options, useFormError } from '../../ui/form';

const GRADES = [
  ['A', 'A — Completely reliable'],
  ['B', 'B — Usually reliable'],
  ['C', 'C — Fairly reliable'],
  ['D', 'D — Not usually reliable'],
  ['E', 'E — Unreliable'],
  ['F', 'F — Reliability cannot be judged'],
] as const;

const TYPES = [
  ['article-newspaper', 'News article'],
  ['article-magazine', 'Magazine article'],
  ['webpage', 'Web page'],
  ['report', 'Report'],
  ['speech', 'Speech or statement'],
  ['interview', 'Interview'],
  ['broadcast', 'Broadcast'],
  ['post', 'Social media post'],
  ['document', 'Document'],
] as const;

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
      <Field label="Title" htmlFor="source-title" error={err.forField('title')}>
        <input id="source-title" value={values.title} onChange={set('title')} autoFocus />
      </Field>
      <div className="row">
        <Field
          label="Outlet"
          htmlFor="source-outlet"
          error={err.forField('outlet')}
          hint="Who published it: Reuters, Le Monde…"
        >
          <input id="source-outlet" value={values.outlet} onChange={set('outlet')} />
        </Field>
        <Field label="Kind" htmlFor="source-type" error={err.forField('type')}>
          <select id="source-type" value={values.type} onChange={set('type')}>
            <Options items={TYPES} />
            {TYPES.some(([v]) => v === values.type) ? null : (
              <option value={values.type}>{values.type}</option>
            )}
          </select>
        </Field>
      </div>
      <div className="row">
        <Field
          label="Published"
          htmlFor="source-published"
          error={err.forField('published')}
          hint="YYYY-MM-DD"
        >
          <input
            id="source-published"
            value={values.published}
            onChange={set('published')}
            placeholder="2025-12-15"
          />
        </Field>
        <Field label="Reliability" htmlFor="source-grade" error={err.forField('grade')}>
          <select id="source-grade" value={values.grade} onChange={set('grade')}>
            <Options items={GRADES} />
          </select>
        </Field>
      </div>
      <Field label="URL" htmlFor="source-url" error={err.forField('url')}>
        <input id="source-url" type="url" value={values.url} onChange={set('url')} placeholder="https://" />
      </Field>
      {source ? (
        <div className="row">
          <Field
            label="Accessed"
            htmlFor="source-accessed"
            error={err.forField('accessed')}
            hint="YYYY-MM-DD"
          >
            <input id="source-accessed" value={values.accessed} onChange={set('accessed')} />
          </Field>
          <Field
            label="Language"
            htmlFor="source-language"
            error={err.forField('language')}
            hint="e.g. en, fr"
          >
            <input id="source-language" value={values.language} onChange={set('language')} />
          </Field>
        </div>
      ) : null}
      {source ? (
        <Field label="Notes" htmlFor="source-notes" error={err.forField('notes')}>
          <textarea id="source-notes" rows={2} value={values.notes} onChange={set('notes')} />
        </Field>
      ) : null}
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
