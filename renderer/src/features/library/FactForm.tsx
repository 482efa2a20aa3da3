import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Fact, Source } from '../../../../electron/core/schemas';
import { call } from '../../api/client';
import { Field, FormAlert, useFormError } from '../../ui/form';

const empty = { sourceId: '', statement: '', quote: '', speaker: '' };

/** Add a fact drawn from a saved source. */
export function FactForm(props: { sources: Source[]; onSaved: (f: Fact) => void; onCancel: () => void }) {
  const [values, setValues] = useState({ ...empty, sourceId: props.sources.at(-1)?.id ?? '' });
  const [busy, setBusy] = useState(false);
  const err = useFormError();
  const set =
    (key: keyof typeof empty) =>
    (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    err.clear();
    try {
      const fact = await call('facts:create', values);
      setValues((v) => ({ ...empty, sourceId: v.sourceId }));
      props.onSaved(fact);
    } catch (error) {
      err.show(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New fact" noValidate>
      <h3>New fact</h3>
      <Field label="Source" htmlFor="fact-source" error={err.forField('sourceId')}>
        <select id="fact-source" value={values.sourceId} onChange={set('sourceId')}>
          <option value="">— choose a source —</option>
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.outlet}: {s.title}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Statement"
        htmlFor="fact-statement"
        error={err.forField('statement')}
        hint="The fact in your words."
      >
        <textarea id="fact-statement" rows={3} value={values.statement} onChange={set('statement')} />
      </Field>
      <Field label="Verbatim quote (optional)" htmlFor="fact-quote" error={err.forField('quote')}>
        <input id="fact-quote" value={values.quote} onChange={set('quote')} />
      </Field>
      <Field
        label="Who said it (optional)"
        htmlFor="fact-speaker"
        error={err.forField('speaker')}
        hint="e.g. Dmitry Peskov, Kremlin spokesman"
      >
        <input id="fact-speaker" value={values.speaker} onChange={set('speaker')} />
      </Field>
      <FormAlert message={err.general(['sourceId', 'statement', 'quote', 'speaker'])} />
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          Save fact
        </button>
      </div>
    </form>
  );
}
