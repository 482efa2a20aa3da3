import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { BriefingSummary, OnExisting, TemplateEntry } from '../../../../electron/contract/api';
import { BRIEFING_EXISTS } from '../../../../electron/core/errors';
import type { Briefing } from '../../../../electron/core/schemas';
import { ApiError, call } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { DateTime, Day } from '../../ui/time';
import { Field, FormAlert, useFormError } from '../../ui/form';
import { ORIGIN_LABEL } from '../templates/TemplatesView';
import { Notice } from '../../ui/notice';
import { BriefingExistsDialog } from './BriefingExistsDialog';

const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  templates: TemplateEntry[];
  briefings: BriefingSummary[];
  /** `isImported`: it came from a briefing file, whose sources and facts are now in the store. */
  onOpen: (b: Briefing, isImported?: boolean) => void;
  onListChanged: () => void;
  onManageTemplates: () => void;
  /** Opens "Team library: connect…". */
  onTeamLibrary: () => void;
}

/** The start screen of the centre pane: recent briefings and a form to start one from a template. */
export function BriefingStart(props: Props) {
  const [chosenTemplateId, setTemplateId] = useState('');
  // Templates arrive after the first render: default to the first one until the user picks.
  const templateId =
    chosenTemplateId ||
    props.templates.find((e) => e.template.id === 'situation-brief')?.template.id ||
    props.templates[0]?.template.id ||
    '';
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const [deleted, setDeleted] = useState<BriefingSummary | null>(null);
  /** A picked file whose briefing is already in the library, waiting for the user's choice. */
  const [existing, setExisting] = useState<{ file: File; message: string } | null>(null);
  const err = useFormError();
  const [fileProblem, setFileProblem] = useState<{ name: string; message: string } | null>(null);
  const templateOf = (id: string) => props.templates.find((e) => e.template.id === id)?.template;
  const templateName = (id: string) => templateOf(id)?.name ?? `${id} (not installed)`;
  /** Why a briefing in the list did not open (its template is not here). */
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const classificationLabel = (b: BriefingSummary) =>
    templateOf(b.templateId)?.classifications.find((c) => c.id === b.classification)?.label ??
    b.classification;

  async function act(action: () => Promise<void>) {
    err.clear();
    try {
      await action();
    } catch (error) {
      err.show(error);
    }
  }

  const create = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => props.onOpen(await call('briefings:create', { templateId, title, date })));
  };

  async function openFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    await importFile(file, 'ask');
  }

  /**
   * Opens a briefing file; when its briefing is in the library already, asks what to do first. A file
   * that cannot be opened is said of that file, under the pane's header — not inside the New briefing form,
   * whose fields it has nothing to do with — until it is dismissed or another file is opened.
   */
  async function importFile(file: File, onExisting: OnExisting) {
    setFileProblem(null);
    try {
      const uploadId = await uploadFile(file, 'import');
      try {
        props.onOpen(await call('briefings:import-file', { uploadId, onExisting }), true);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === BRIEFING_EXISTS)) throw error;
        // Refused before anything was written: the choice sends the file again.
        void call('uploads:discard', { uploadId }).catch(() => {});
        setExisting({ file, message: error.message });
      }
    } catch (error) {
      setFileProblem({ name: file.name, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="pane editor" aria-labelledby="start-heading">
      <header className="pane-header">
        <h2 id="start-heading">Briefings</h2>
        <div className="actions">
          <label className="button-like secondary">
            Open briefing file…
            <input
              type="file"
              aria-label="Briefing file"
              accept=".json,application/json"
              onChange={(e) => void openFile(e)}
            />
          </label>
          <button type="button" className="secondary" onClick={props.onManageTemplates}>
            Templates
          </button>
          <button type="button" className="secondary" onClick={props.onTeamLibrary}>
            Team library…
          </button>
        </div>
      </header>
      {fileProblem ? (
        <p className="form-alert" role="alert" data-testid="briefing-file-problem">
          Could not open “{fileProblem.name}”: {fileProblem.message}{' '}
          <button type="button" className="link" onClick={() => setFileProblem(null)} aria-label="Dismiss">
            ×
          </button>
        </p>
      ) : null}
      {existing ? (
        <BriefingExistsDialog
          message={existing.message}
          onChoose={(choice) => {
            setExisting(null);
            void importFile(existing.file, choice);
          }}
          onCancel={() => setExisting(null)}
        />
      ) : null}
      {deleted ? (
        <Notice key={deleted.id} lasts onDismiss={() => setDeleted(null)}>
          Deleted “{deleted.title}”.{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              void act(async () => {
                await call('briefings:restore', { id: deleted.id });
                setDeleted(null);
                props.onListChanged();
              })
            }
          >
            Undo
          </button>
        </Notice>
      ) : null}
      <form className="card form" onSubmit={create} aria-label="New briefing" noValidate>
        <h3>New briefing</h3>
        <fieldset className="template-picker">
          <legend>Template</legend>
          {props.templates.map((e) => (
            <label
              key={e.template.id}
              className={e.template.id === templateId ? 'template-option on' : 'template-option'}
            >
              <input
                type="radio"
                name="template"
                value={e.template.id}
                checked={e.template.id === templateId}
                onChange={() => setTemplateId(e.template.id)}
              />
              <span>
                <strong>{e.template.name}</strong>{' '}
                <span className={`origin origin-${e.origin.kind}`}>{ORIGIN_LABEL[e.origin.kind]}</span>
                <br />
                <small className="muted">
                  {e.template.description} {e.template.sections.map((s) => s.heading).join(' · ')}
                </small>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="row">
          <Field label="Title" htmlFor="new-title" error={err.forField('title')}>
            <input id="new-title" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field label="Date" htmlFor="new-date" error={err.forField('date')} hint="YYYY-MM-DD">
            <input id="new-date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
        </div>
        <FormAlert message={err.general(['templateId', 'title', 'date'])} />
        <div className="actions">
          <button type="submit">Create briefing</button>
        </div>
      </form>

      <h3 className="list-heading">Recent briefings</h3>
      {openProblem ? (
        <p className="form-alert" role="alert">
          {openProblem}
        </p>
      ) : null}
      {props.briefings.length === 0 ? (
        <p className="empty">None yet.</p>
      ) : (
        <table className="briefing-table" aria-label="Recent briefings">
          <thead>
            <tr>
              <th>Title</th>
              <th>Template</th>
              <th>Date</th>
              <th>Classification</th>
              <th>Last edit</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.briefings.map((b) => (
              <tr key={b.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    dir="auto"
                    onClick={() => {
                      // A briefing whose template is not here (a team folder offline, a file moved)
                      // cannot be laid out: say so where it was asked, and what brings it back.
                      if (!templateOf(b.templateId))
                        return setOpenProblem(
                          `“${b.title}” cannot open: its template “${b.templateId}” is not installed here. Its content is safe in the store. Connect the team folder that holds the template (Templates → Team folders), or put the template's file back, and open it again.`,
                        );
                      setOpenProblem(null);
                      void act(async () => props.onOpen(await call('briefings:get', { id: b.id })));
                    }}
                  >
                    {b.title}
                  </button>
                </td>
                <td>{templateName(b.templateId)}</td>
                <td>
                  <Day value={b.date} />
                </td>
                <td>{classificationLabel(b)}</td>
                <td>
                  <DateTime iso={b.updatedAt} />
                </td>
                <td>
                  <span className="row-actions">
                    <button
                      type="button"
                      className="link"
                      aria-label={`Duplicate ${b.title}`}
                      onClick={() =>
                        void act(async () => {
                          await call('briefings:duplicate', { id: b.id });
                          props.onListChanged();
                        })
                      }
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Delete ${b.title}`}
                      onClick={() =>
                        void act(async () => {
                          await call('briefings:delete', { id: b.id });
                          setDeleted(b);
                          props.onListChanged();
                        })
                      }
                    >
                      Delete
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
