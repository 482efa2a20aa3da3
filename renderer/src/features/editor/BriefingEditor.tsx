import { useEffect, useMemo, useRef, useState } from 'react';
import { levelsOf } from '../../../../electron/core/marking';
import { textOn } from '../../../../electron/core/contrast';
import type { Template } from '../../../../electron/core/template';
import {
  change,
  closeBriefing,
  keepDraftAsCopy,
  redo,
  reloadOpenBriefing,
  togglePreview,
  undo,
} from '../../app/actions';
import { currentDraft, update, useApp } from '../../app/store';
import { call } from '../../api/client';
import { NameDialog } from '../../ui/name-dialog';
import { Notice } from '../../ui/notice';
import { saveExport } from '../export/download';
import { ExportDialog, lastExportFormat, type ExportFormat } from '../export/ExportDialog';
import { FrontMatterFields } from './FrontMatterFields';
import { ParkedSections } from './ParkedContent';
import { revealInEditor } from './reveal';
import { saveLayoutAsTemplate, templateTarget } from './save-as-template';
import { SectionSlot } from './SectionView';
import { useAutosave } from './use-autosave';
import { useEditorShortcuts } from './use-editor-shortcuts';

const SAVE_WORDS = {
  saved: 'All changes saved',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved: changed elsewhere',
} as const;

/** The export dialog, reading the briefing only while it is open. */
function ExportDialogHost(props: {
  template: Template;
  format: ExportFormat;
  persist: () => Promise<boolean>;
  onClose: () => void;
}) {
  const draft = useApp((s) => s.history.present);
  if (!draft) return null;
  return (
    <ExportDialog
      draft={draft}
      template={props.template}
      initialFormat={props.format}
      persist={props.persist}
      onClassificationChange={(classification) => {
        const d = currentDraft();
        if (d) change({ ...d, classification });
      }}
      onClose={props.onClose}
      onShowFinding={(finding) => {
        props.onClose();
        // After the dialog has closed (and given the keyboard back to where it was).
        requestAnimationFrame(() => revealInEditor(finding));
      }}
    />
  );
}

/** What the editor says: a switch's notice with its way back, a failed action, the app's own changes. */
function EditorNotices() {
  // The switch's notice (and its way back) describes the draft it made: an edit or an undo ends it.
  const message = useApp((s) =>
    s.editorMessage && (!s.editorMessage.about || s.editorMessage.about === s.history.present)
      ? s.editorMessage
      : null,
  );
  const citeNotice = useApp((s) => s.citeNotice);
  return (
    <>
      {message?.isError ? (
        <p className="form-alert" role="alert">
          {message.text}
        </p>
      ) : message ? (
        // A notice offering a way back (the template switch's Undo) stays until used or dismissed.
        <Notice
          key={message.text}
          lasts={Boolean(message.action)}
          onDismiss={() => update(() => ({ editorMessage: null }))}
        >
          {message.text}
          {message.action ? (
            <>
              {' '}
              <button type="button" className="link" onClick={message.action.run}>
                {message.action.label}
              </button>
            </>
          ) : null}
        </Notice>
      ) : null}
      {citeNotice ? (
        // It says citations were removed: it stays until read.
        <Notice key={citeNotice} lasts onDismiss={() => update(() => ({ citeNotice: null }))}>
          {citeNotice}
        </Notice>
      ) : null}
    </>
  );
}

/**
 * The open briefing: header and actions, front matter, one editor per section, parked content. Each
 * part reads its own slice of the store, so typing re-renders the section typed in and nothing here.
 */
export function BriefingEditor({ template }: { template: Template }) {
  const briefingId = useApp((s) => s.history.present?.id ?? '');
  const classificationId = useApp((s) => s.history.present?.classification ?? '');
  const save = useApp((s) => s.save);
  const canUndo = useApp((s) => s.history.past.length > 0);
  const canRedo = useApp((s) => s.history.future.length > 0);
  const undoLabel = useApp((s) => s.history.presentStep?.label);
  const isPreviewOpen = useApp((s) => s.isPreviewOpen);
  const [exportFormat, setExportFormat] = useState<ExportFormat | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isNamingTemplate, setNamingTemplate] = useState(false);
  const templateEntries = useApp((s) => s.listing.entries);
  const persist = useAutosave(briefingId);

  /** Export opens the export dialog, which runs the pre-export check; blocking findings stop the export. */
  const startExport = (format: ExportFormat) => setExportFormat((open) => open ?? format);
  useEditorShortcuts(() => startExport(lastExportFormat()));

  /** Saves first, then runs the action; what went wrong is said above the briefing. */
  async function run(action: () => Promise<string | null | void>) {
    setBusy(true);
    update(() => ({ editorMessage: null }));
    try {
      if (!(await persist())) throw new Error('Fix the problem shown above first.');
      const said = await action();
      if (said) update(() => ({ editorMessage: { text: said, isError: false } }));
    } catch (error) {
      update(() => ({ editorMessage: { text: (error as Error).message, isError: true } }));
    } finally {
      setBusy(false);
    }
  }

  const levels = useMemo(() => levelsOf(template), [template]);
  const classification = template.classifications.find((c) => c.id === classificationId);

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a briefing takes the keyboard to it when the button that opened it is gone (the focus
  // would otherwise fall back to the top of the page); a user already in a field keeps it.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [briefingId]);

  return (
    <section className="pane editor" aria-labelledby="editor-heading">
      <header className="pane-header">
        <h2 id="editor-heading" ref={headingRef} tabIndex={-1}>
          Briefing
        </h2>
        <span className={`save-state save-${save.kind}`} role="status" aria-live="polite">
          {SAVE_WORDS[save.kind]}
        </span>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={undo}
            disabled={!canUndo}
            title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
          >
            Undo
          </button>
          <button
            type="button"
            className="secondary"
            onClick={redo}
            disabled={!canRedo}
            title="Redo (Ctrl+Y)"
          >
            Redo
          </button>
          <button type="button" className="secondary" aria-pressed={isPreviewOpen} onClick={togglePreview}>
            Preview
          </button>
          <button type="button" onClick={() => startExport('docx')} disabled={isBusy}>
            Export DOCX
          </button>
          <button type="button" onClick={() => startExport('pdf')} disabled={isBusy}>
            Export PDF
          </button>
          <button type="button" onClick={() => startExport('both')} disabled={isBusy}>
            Both
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void persist().then((ok) => ok && closeBriefing())}
          >
            Close
          </button>
        </div>
      </header>
      {save.kind === 'error' ? (
        <p className="form-alert" role="alert">
          {save.message}
        </p>
      ) : save.kind === 'conflict' ? (
        // Stays until the writer chooses: nothing is saved over the other version meanwhile.
        <div className="form-alert" role="alert">
          <p>{save.message}</p>
          <button type="button" className="secondary" onClick={() => void reloadOpenBriefing()}>
            Load the other version
          </button>{' '}
          <button type="button" onClick={() => void keepDraftAsCopy()}>
            Keep mine as a copy
          </button>
        </div>
      ) : null}
      <EditorNotices />
      {isNamingTemplate ? (
        <NameDialog
          title="Save layout as template"
          label="Name of the template"
          initial={`${template.name} (my layout)`}
          maxLength={200}
          confirmLabel="Save template"
          confirmLabelFor={(name) => (templateTarget(name, templateEntries).replaces ? 'Replace' : undefined)}
          noteFor={(name) => {
            const { replaces } = templateTarget(name, templateEntries);
            return replaces
              ? `You already have a template named “${replaces.template.name}” (version ${replaces.template.version}): saving replaces it with this layout.`
              : 'A new template of your own, with this briefing’s sections in their order and its template’s style.';
          }}
          onCancel={() => setNamingTemplate(false)}
          onConfirm={(name) => {
            setNamingTemplate(false);
            void run(() => saveLayoutAsTemplate(briefingId, name, templateEntries));
          }}
        />
      ) : null}
      {exportFormat ? (
        <ExportDialogHost
          template={template}
          format={exportFormat}
          persist={persist}
          onClose={() => setExportFormat(null)}
        />
      ) : null}

      <div className="page">
        <div
          className="banner"
          style={{
            background: classification?.colour ?? '#444',
            color: textOn(classification?.colour ?? '#444'),
          }}
          data-testid="banner"
        >
          {classification?.label ?? classificationId}
        </div>
        <FrontMatterFields template={template} isBusy={isBusy} />

        {template.sections.map((section, si) => (
          <SectionSlot
            key={section.id}
            section={section}
            index={si}
            isNumbered={template.style.headingNumbering}
            levels={levels}
            printsMarks={template.style.portionMarks}
            isAuthorDate={template.citations.placement === 'author-date'}
          />
        ))}
        <ParkedSections template={template} />
        <div className="actions start page-actions">
          <button
            type="button"
            className="secondary"
            disabled={isBusy}
            onClick={() =>
              void run(async () => saveExport(await call('briefings:export-file', { id: briefingId })))
            }
          >
            Save as briefing file
          </button>
          <button
            type="button"
            className="secondary"
            disabled={isBusy}
            onClick={() => setNamingTemplate(true)}
          >
            Save layout as template
          </button>
        </div>
      </div>
    </section>
  );
}
