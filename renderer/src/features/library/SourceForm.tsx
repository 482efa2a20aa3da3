import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Source } from '../../../../electron/core/schemas';
import { call } from '../../api/client';
import { Field, FormAlert, useFormError } from '../../ui/form';

const empty = { title: '', outlet: '', published: '', url: '', text: '' };

/** Save an article (pasted or opened from a file) as a source. */
export function SourceForm({ onSaved, onCancel }: { onSaved: (s: Source) => void; onCancel: () => void }) {
  const [values, setValues] = useState(empty);
  const [busy, setBusy] = useState(false);
  const err = useFormError();
  const set = (key: keyof typeof empty) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
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
    try {
      const source = await call('sources:create', values);
      setValues(empty);
      onSaved(source);
    } catch (error) {
      err.show(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New source" noValidate>
      <h3>New source</h3>
      <Field label="Title" htmlFor="source-title" error={err.forField('title')}>
        <input id="source-title" value={values.title} onChange={set('title')} autoFocus />
      </Field>
      <Field
        label="Outlet"
        htmlFor="source-outlet"
        error={err.forField('outlet')}
        hint="Who published it: Reuters, Le Monde…"
      >
        <input id="source-outlet" value={values.outlet} onChange={set('outlet')} />
      </Field>
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
        <Field label="URL" htmlFor="source-url" error={err.forField('url')}>
          <input id="source-url" type="url" value={values.url} onChange={set('url')} placeholder="https://" />
        </Field>
      </div>
      <Field
        label="Article text"
        htmlFor="source-text"
        error={err.forField('text')}
        hint="Paste the article, or open a text file."
      >
        <textarea id="source-text" rows={6} value={values.text} onChange={set('text')} />
      </Field>
      <label className="file-button">
        Open text file…
        <input
          type="file"
          accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
          onChange={(e) => void openFile(e)}
        />
      </label>
      <FormAlert message={err.general(['title', 'outlet', 'published', 'url', 'text'])} />
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          Save source
        </button>
      </div>
    </form>
  );
}
