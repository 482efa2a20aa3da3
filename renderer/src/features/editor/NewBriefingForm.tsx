import { useState, type FormEvent } from 'react';
import type { BriefingSummary } from '../../../../electron/contract/api';
import type { Briefing } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { call } from '../../api/client';
import { Field, FormAlert, useFormError } from '../../ui/form';

const today = () => new Date().toISOString().slice(0, 10);

/** The start screen of the centre pane: recent briefings and a form to start one from a template. */
export function BriefingStart(props: {
  templates: Template[];
  briefings: BriefingSummary[];
  onOpen: (b: Briefing) => void;
}) {
  const [chosenTemplateId, setTemplateId] = useState('');
  // Templates arrive after the first render: default to the first one until the user picks.
  const templateId = chosenTemplateId || props.templates[0]?.id || '';
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const err = useFormError();
  const template = props.templates.find((t) => t.id === templateId);

  async function create(e: FormEvent) {
    e.preventDefault();
    err.clear();
    try {
      props.onOpen(await call('briefings:create', { templateId, title, date }));
    } catch (error) {
      err.show(error);
    }
  }

  async function open(id: string) {
    err.clear();
    try {
      props.onOpen(await call('briefings:get', { id }));
    } catch (error) {
      err.show(error);
    }
  }

  return (
    <section className="pane editor" aria-labelledby="start-heading">
      <header className="pane-header">
        <h2 id="start-heading">Briefings</h2>
      </header>
      <form className="card form" onSubmit={create} aria-label="New briefing" noValidate>
        <h3>New briefing</h3>
        <Field label="Template" htmlFor="new-template" error={err.forField('templateId')}>
          <select id="new-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {props.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        {template ? (
          <p className="hint">
            {template.description} Sections: {template.sections.map((s) => s.heading).join(' · ')}.
          </p>
        ) : null}
        <Field label="Title" htmlFor="new-title" error={err.forField('title')}>
          <input id="new-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label="Date" htmlFor="new-date" error={err.forField('date')} hint="YYYY-MM-DD">
          <input id="new-date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <FormAlert message={err.general(['templateId', 'title', 'date'])} />
        <div className="actions">
          <button type="submit">Create briefing</button>
        </div>
      </form>

      <h3 className="list-heading">Recent briefings</h3>
      {props.briefings.length === 0 ? (
        <p className="empty">None yet.</p>
      ) : (
        <ul className="briefing-list" aria-label="Recent briefings">
          {props.briefings.map((b) => (
            <li key={b.id}>
              <button type="button" className="link" onClick={() => void open(b.id)}>
                {b.title}
              </button>
              <span className="muted">
                {' '}
                · {b.date} · {b.classification} · edited {new Date(b.updatedAt).toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
