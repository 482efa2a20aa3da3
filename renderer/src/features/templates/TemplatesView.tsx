import { useEffect, useState, type ChangeEvent } from 'react';
import type { TemplateEntry, TemplateListing } from '../../../../electron/contract/api';
import type { Template } from '../../../../electron/core/template';
import { call } from '../../api/client';
import { FormAlert, useFormError } from '../../ui/form';
import { saveExport } from '../export/download';
import { TemplatePreview } from './TemplatePreview';
import { Notice } from '../../ui/notice';
import { ProblemLines, ProblemList, problemsOf, type Problems } from '../../ui/problem-list';

export const ORIGIN_LABEL: Record<TemplateEntry['origin']['kind'], string> = {
  'built-in': 'Built-in',
  user: 'Mine',
  team: 'Team',
};

/** Template library: where each template comes from, what it shadows, problems, import/export, editing. */
export function TemplatesView({
  listing,
  onChanged,
  onClose,
}: {
  listing: TemplateListing;
  onChanged: () => void;
  onClose: () => void;
}) {
  const [editing, setEditing] = useState<{ text: string } | null>(null);
  const [teamFolders, setTeamFolders] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const err = useFormError();
  /** Why the last template file could not be imported, one problem a line. */
  const [importProblems, setImportProblems] = useState<Problems | null>(null);

  useEffect(() => {
    call('settings:get', {})
      .then((s) => setTeamFolders(s.teamFolders.join('\n')))
      .catch((e: unknown) => err.show(e));
    // Settings load once when the view opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    err.clear();
    setImportProblems(null);
    try {
      const entry = await call('templates:save', { text: await file.text(), fileName: file.name });
      setNotice(`Imported “${entry.template.name}” (v${entry.template.version}) into your templates.`);
      onChanged();
    } catch (error) {
      setImportProblems(problemsOf(error));
    }
  }

  async function saveFolders() {
    err.clear();
    try {
      const saved = await call('settings:update', {
        teamFolders: (teamFolders ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      });
      setTeamFolders(saved.teamFolders.join('\n'));
      setNotice('Team folders saved.');
      onChanged();
    } catch (error) {
      err.show(error);
    }
  }

  const duplicate = (t: Template) => {
    const copy = {
      ...t,
      id: `${t.id}-copy`.slice(0, 64),
      name: `${t.name} (copy)`,
      version: 1,
      author: undefined,
      team: undefined,
    };
    setEditing({ text: JSON.stringify(copy, null, 2) });
  };

  if (editing) {
    return (
      <TemplateEditor
        initialText={editing.text}
        onCancel={() => setEditing(null)}
        onSaved={(entry) => {
          setEditing(null);
          setNotice(`Saved “${entry.template.name}” to your templates.`);
          onChanged();
        }}
      />
    );
  }

  return (
    <section className="pane editor" aria-labelledby="templates-heading">
      <header className="pane-header">
        <h2 id="templates-heading">Templates</h2>
        <div className="actions">
          <label className="button-like secondary">
            Import template…
            <input
              type="file"
              aria-label="Template file"
              accept=".json,application/json"
              onChange={(e) => void importFile(e)}
            />
          </label>
          <button type="button" className="secondary" onClick={onClose}>
            Back
          </button>
        </div>
      </header>
      {notice ? (
        <Notice key={notice} onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      ) : null}
      <FormAlert message={err.general([])} />
      {importProblems ? <ProblemList problems={importProblems} label="Template import problems" /> : null}
      <ul className="template-list" aria-label="Installed templates">
        {listing.entries.map((e) => (
          <li key={e.template.id} className="card">
            <div className="template-row">
              <div>
                <strong>{e.template.name}</strong>{' '}
                <span className={`origin origin-${e.origin.kind}`}>{ORIGIN_LABEL[e.origin.kind]}</span>{' '}
                <span className="muted">
                  {e.template.id} v{e.template.version}
                  {e.template.team ? ` · ${e.template.team}` : ''}
                </span>
                <p className="hint">{e.template.description}</p>
                <p className="hint" title={e.origin.file}>
                  From {e.origin.file}
                  {e.shadows.length > 0
                    ? ` · shadows ${e.shadows.map((s) => `${ORIGIN_LABEL[s.origin.kind].toLowerCase()} v${s.version}`).join(', ')}`
                    : ''}
                </p>
              </div>
              <div className="actions">
                <button type="button" className="secondary" onClick={() => duplicate(e.template)}>
                  Duplicate and edit
                </button>
                {e.origin.kind === 'user' ? (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setEditing({ text: JSON.stringify(e.template, null, 2) })}
                  >
                    Edit
                  </button>
                ) : null}
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    void call('templates:export', { id: e.template.id })
                      .then(saveExport)
                      .catch((x: unknown) => err.show(x))
                  }
                >
                  Export
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {listing.problems.length > 0 ? (
        <>
          <h3 className="list-heading">Problems</h3>
          <ul className="problems" aria-label="Template problems">
            {listing.problems.map((p) => {
              const { lead, lines } = problemsOf(p);
              return (
                <li key={p.file} className="form-alert">
                  <strong>{p.file}</strong>: {lead}
                  <ProblemLines lines={lines} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h3 className="list-heading">Team folders</h3>
      <p className="hint">
        One folder per line (a network share or a synced drive). Templates there are shared with your team and
        picked up as they change.
      </p>
      <label htmlFor="team-folders" className="visually-hidden">
        Team folders
      </label>
      <textarea
        id="team-folders"
        rows={3}
        value={teamFolders ?? ''}
        onChange={(e) => setTeamFolders(e.target.value)}
        disabled={teamFolders === null}
      />
      <div className="actions start">
        <button type="button" onClick={() => void saveFolders()}>
          Save team folders
        </button>
      </div>
    </section>
  );
}

/** Edits a template's JSON with live validation (every error with its path) and a live preview. */
function TemplateEditor(props: {
  initialText: string;
  onCancel: () => void;
  onSaved: (e: TemplateEntry) => void;
}) {
  const [text, setText] = useState(props.initialText);
  const [result, setResult] = useState<{
    template?: Template;
    issues: Array<{ path: string; message: string }>;
    message?: string;
  } | null>(null);
  const [saveError, setSaveError] = useState<Problems | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      call('templates:validate', { text })
        .then(setResult)
        .catch((e: unknown) => setResult({ issues: [], message: (e as Error).message }));
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

  async function save() {
    setSaveError(null);
    try {
      props.onSaved(await call('templates:save', { text }));
    } catch (error) {
      setSaveError(problemsOf(error));
    }
  }

  return (
    <section className="pane editor" aria-labelledby="template-editor-heading">
      <header className="pane-header">
        <h2 id="template-editor-heading">Edit template</h2>
        <div className="actions">
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="button" onClick={() => void save()} disabled={!result?.template}>
            Save to my templates
          </button>
        </div>
      </header>
      {saveError ? <ProblemList problems={saveError} label="Template problems" /> : null}
      <div className="template-editor">
        <div className="field">
          <label htmlFor="template-json">Template (JSON)</label>
          <textarea
            id="template-json"
            className="code"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={30}
          />
          <div role="status" aria-live="polite" className="validation">
            {result === null ? (
              'Checking…'
            ) : result.template ? (
              <span className="ok">Valid template.</span>
            ) : (
              <ul className="form-alert" aria-label="Template errors">
                {result.issues.length > 0 ? (
                  result.issues.map((i, n) => <li key={n}>{`${i.path || '(file)'} ${i.message}`}</li>)
                ) : (
                  <li>{result.message}</li>
                )}
              </ul>
            )}
          </div>
        </div>
        <div className="field">
          {/* Headed like the JSON beside it, so the two boxes start level. */}
          <span className="field-label" aria-hidden="true">
            Preview
          </span>
          {result?.template ? (
            <TemplatePreview template={result.template} />
          ) : (
            <p className="empty">The preview appears when the template is valid.</p>
          )}
        </div>
      </div>
    </section>
  );
}
