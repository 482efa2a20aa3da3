import { useEffect, useId, useRef, useState } from 'react';
import { Options } from '../../ui/form';
import type { CheckFinding, ExportProgress, ExportResult } from '../../../../electron/contract/api';
import { groupFindings, type Finding } from '../../../../electron/core/check';
import type { Briefing } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { ModalFrame } from '../../ui/modal-frame';
import { call, newExportId, watchExport } from '../../api/client';
import { useApp, type AppState } from '../../app/store';
import { saveExport } from './download';

export type ExportFormat = 'docx' | 'pdf' | 'both';
const FORMAT_KEY = 'briefing-export-format';
const FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'docx', label: 'DOCX (Word)' },
  { id: 'pdf', label: 'PDF' },
  { id: 'both', label: 'Both' },
];

/** The export format used last (Ctrl/Cmd+E opens the dialog with it). */
export function lastExportFormat(): ExportFormat {
  const stored = localStorage.getItem(FORMAT_KEY);
  return stored === 'docx' || stored === 'pdf' || stored === 'both' ? stored : 'both';
}

/**
 * The cited facts as the app last heard of them, their status and version in one string: when one changes
 * while the dialog is open (retracted or edited in another window, or by a colleague in the team library,
 * pushed), the check runs again, so its findings are never older than what the editor shows.
 */
const citedFactsKey = (s: AppState): string =>
  [...s.citedFactIds]
    .sort()
    .map((id) => {
      const fact = s.knownFacts.get(id);
      return `${id}:${fact?.status ?? ''}:${fact?.version ?? ''}`;
    })
    .join(' ');

/** A file name safe on every desktop system, the same rule the services use for the default. */
export function safeFileName(name: string): string {
  const base = name
    .normalize('NFKC')
    .replace(/\.(docx|pdf)$/i, '')
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return base || 'briefing';
}

type Phase =
  | { kind: 'checking' }
  | { kind: 'ready'; findings: CheckFinding[] }
  | { kind: 'exporting'; findings: CheckFinding[]; progress: ExportProgress | null }
  | { kind: 'done'; findings: CheckFinding[]; files: ExportResult[] }
  /** `during`: the save and check before export (nothing may be exported), or the export itself (retry). */
  | { kind: 'error'; findings: CheckFinding[]; message: string; during: 'check' | 'export' };

const CHECKING: Phase = { kind: 'checking' };

interface Props {
  draft: Briefing;
  template: Template;
  initialFormat: ExportFormat;
  /** Saves the briefing as it stands; false when it could not be saved. */
  persist: () => Promise<boolean>;
  onClassificationChange: (id: string) => void;
  onClose: () => void;
  /** Closes the dialog and shows in the editor the paragraph (or section) a finding is about. */
  onShowFinding: (finding: CheckFinding) => void;
}

/**
 * Export: format, file name, classification, the pre-export check (warnings vs blocking), progress,
 * and the exported files. A modal dialog: focus moves in, stays in, and goes back on close; Escape closes.
 */
export function ExportDialog({
  draft,
  template,
  initialFormat,
  persist,
  onClassificationChange,
  onClose,
  onShowFinding,
}: Props) {
  const id = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  // The format is remembered as the dialog shows it (opened by "Export PDF", or picked), not only once
  // exported: an export the check blocked, opened again after the fix with Ctrl/Cmd+E, comes back in it.
  useEffect(() => localStorage.setItem(FORMAT_KEY, format), [format]);
  const [fileName, setFileName] = useState(() => safeFileName(draft.title));
  /** A release version: the classification above which paragraphs are left out ('' for the full brief). */
  const [release, setRelease] = useState('');
  const stem = (base: string) => (release ? `${base}-release-${safeFileName(release)}` : base);
  // What the dialog shows is about the version checked (the classification and the release): a different
  // version is being checked until its own check answers, and choosing the version shown changes nothing.
  const version = JSON.stringify([draft.classification, release]);
  const [shown, setShown] = useState<{ about: string; phase: Phase } | null>(null);
  const phase = shown?.about === version ? shown.phase : CHECKING;
  const setPhase = (next: Phase | ((p: Phase) => Phase)) =>
    setShown((s) => ({
      about: version,
      phase: typeof next === 'function' ? next(s?.about === version ? s.phase : CHECKING) : next,
    }));
  const findings = phase.kind === 'checking' ? [] : phase.findings;
  const blocking = findings.filter((f) => f.severity === 'block');
  const warnings = findings.filter((f) => f.severity !== 'block');
  const isBusy = phase.kind === 'checking' || phase.kind === 'exporting';
  const groups = groupFindings(findings);

  // When the export is done its button goes away: focus the Close button instead of losing focus.
  useEffect(() => {
    if (phase.kind === 'done') closeRef.current?.focus();
  }, [phase.kind]);

  const citedFacts = useApp(citedFactsKey);
  // The check runs on open (after saving), again when the classification or the version is changed
  // here (a release version is checked as it will be written), and when a cited fact changes. An export
  // on its way keeps its progress shown: it writes what it was started on.
  useEffect(() => {
    const show = (p: Phase) =>
      setShown((s) =>
        s?.about === version && s.phase.kind === 'exporting' ? s : { about: version, phase: p },
      );
    let isLive = true;
    const check = async () => {
      if (!(await persist()))
        throw new Error('The briefing could not be saved; fix the problem shown first.');
      return call('briefings:check', release ? { id: draft.id, release } : { id: draft.id });
    };
    check()
      .then((found) => isLive && show({ kind: 'ready', findings: found }))
      .catch(
        (error: unknown) =>
          isLive && show({ kind: 'error', findings: [], message: (error as Error).message, during: 'check' }),
      );
    return () => {
      isLive = false;
    };
  }, [draft.id, version, release, persist, citedFacts]);

  // After an export, a change to what it would write (the format, the file name) makes it a new
  // export: the dialog is ready again, with its Export button (the files written stay on disk).
  const outputChanged = () =>
    setPhase((p) => (p.kind === 'done' ? { kind: 'ready', findings: p.findings } : p));

  const doExport = async () => {
    const base = safeFileName(fileName);
    setFileName(base);
    const exportId = newExportId();
    const versionOf = release ? { release } : {};
    setPhase({ kind: 'exporting', findings, progress: null });
    // Listening starts before the export does, so its first stage is not missed.
    const stop = await watchExport(exportId, (progress) =>
      setPhase((p) => (p.kind === 'exporting' ? { ...p, progress } : p)),
    );
    try {
      // Both formats in one call: one render model, the citations formatted once.
      const exported: Array<[ExportResult, 'docx' | 'pdf']> =
        format === 'both'
          ? await call('briefings:export-both', { id: draft.id, exportId, ...versionOf }).then(
              ({ docx, pdf }) => [
                [docx, 'docx'],
                [pdf, 'pdf'],
              ],
            )
          : [[await call('briefings:export', { id: draft.id, format, exportId, ...versionOf }), format]];
      const files = exported.map(([file, f]) => ({ ...file, fileName: `${stem(base)}.${f}` }));
      files.forEach(saveExport);
      setPhase({ kind: 'done', findings, files });
    } catch (error) {
      setPhase({ kind: 'error', findings, message: (error as Error).message, during: 'export' });
    } finally {
      stop();
    }
  };

  return (
    <ModalFrame
      className="export-dialog"
      title="Export briefing"
      initialFocus='input[type="radio"]:checked'
      onDismiss={onClose}
      isBackdropInert={isBusy}
    >
      <fieldset className="export-formats" disabled={phase.kind === 'exporting'}>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.id} className="choice">
            <input
              type="radio"
              name={`${id}-format`}
              value={f.id}
              checked={format === f.id}
              onChange={() => {
                setFormat(f.id);
                outputChanged();
              }}
            />
            {f.label}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-file`}>File name</label>
          <input
            id={`${id}-file`}
            value={fileName}
            disabled={phase.kind === 'exporting'}
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => {
              setFileName(e.target.value);
              outputChanged();
            }}
            onBlur={() => setFileName((n) => safeFileName(n))}
          />
          <span id={`${id}-file-hint`} className="hint">
            Saved as{' '}
            {format === 'both'
              ? `${stem(safeFileName(fileName))}.docx and .pdf`
              : `${stem(safeFileName(fileName))}.${format}`}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-classification`}>Classification</label>
          <select
            id={`${id}-classification`}
            value={draft.classification}
            disabled={phase.kind === 'exporting'}
            onChange={(e) => onClassificationChange(e.target.value)}
          >
            <Options items={template.classifications.map((c) => [c.id, c.label] as const)} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-release`}>Version</label>
          <select
            id={`${id}-release`}
            value={release}
            disabled={phase.kind === 'exporting'}
            aria-describedby={`${id}-release-hint`}
            onChange={(e) => setRelease(e.target.value)}
          >
            <option value="">Full brief</option>
            {template.classifications.map((c) => (
              <option key={c.id} value={c.id}>
                Release at {c.label}
              </option>
            ))}
          </select>
          <span id={`${id}-release-hint`} className="hint">
            {release
              ? 'Paragraphs marked above this level are left out, with their notes and sources.'
              : 'Everything, under the banner above.'}
          </span>
        </div>
      </div>

      <section className="check" aria-label="Pre-export check">
        {phase.kind === 'checking' ? (
          <p role="status">Checking the briefing…</p>
        ) : phase.kind === 'error' && phase.during === 'check' ? (
          <h3>The briefing could not be checked.</h3>
        ) : (
          <>
            <h3>
              {blocking.length > 0
                ? 'Export is blocked by the template'
                : warnings.length > 0
                  ? `Before you export: ${warnings.length} thing${warnings.length === 1 ? '' : 's'} to look at`
                  : 'The pre-export check found nothing to look at.'}
            </h3>
            {groups.some((g) => g.findings.length > 1) ? (
              // The count above is of findings; a line of several of a kind opens to list them.
              <p className="muted">
                Some lines stand for several findings of one kind: open such a line to see each.
              </p>
            ) : null}
            {findings.length > 0 ? (
              <ul aria-label="Findings">
                {groups.map((group) => (
                  <li
                    key={`${group.severity}-${group.code}`}
                    className={group.severity === 'block' ? 'finding-block' : 'finding-warning'}
                  >
                    {group.findings.length === 1 && group.findings[0] ? (
                      <FindingLine finding={group.findings[0]} onShow={onShowFinding} />
                    ) : (
                      // Several of a kind: one line, which opens the list of them.
                      <details>
                        <summary>
                          <strong>{group.severity === 'block' ? 'Blocks export' : 'Warning'}:</strong>{' '}
                          {group.summary}
                        </summary>
                        <ul>
                          {group.findings.map((f, i) => (
                            <li key={i}>
                              <FindingLine finding={f} onShow={onShowFinding} isInGroup />
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </section>

      {phase.kind === 'exporting' ? (
        <div className="export-progress">
          {/* Determinate once the first stage is heard; the stage text is announced as it changes. */}
          {phase.progress ? (
            <progress aria-label="Export progress" value={phase.progress.done} max={phase.progress.total} />
          ) : (
            <progress aria-label="Export progress" />
          )}{' '}
          <span role="status" aria-live="polite">
            {phase.progress?.message ?? 'Starting the export…'}
          </span>
        </div>
      ) : null}
      {phase.kind === 'error' ? (
        <p className="form-alert" role="alert">
          {phase.message}
        </p>
      ) : null}
      {phase.kind === 'done' ? (
        <div className="export-done">
          <p className="notice" role="status">
            Exported {phase.files.map((f) => f.fileName).join(' and ')} with {phase.files[0]?.noteCount ?? 0}{' '}
            notes.
          </p>
          <ul aria-label="Exported files">
            {phase.files.map((f) => (
              <li key={f.fileName}>
                {f.fileName}{' '}
                <button type="button" className="link" onClick={() => saveExport(f)}>
                  Save {f.fileName} again
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="actions">
        <button
          ref={closeRef}
          type="button"
          className="secondary"
          onClick={onClose}
          disabled={phase.kind === 'exporting'}
        >
          {phase.kind === 'done' ? 'Close' : 'Back to editing'}
        </button>
        {/* Never export what could not be saved: the file would silently miss the latest edits. */}
        {blocking.length > 0 ||
        phase.kind === 'done' ||
        (phase.kind === 'error' && phase.during === 'check') ? null : (
          <button type="button" disabled={isBusy} onClick={() => void doExport()}>
            {warnings.length > 0 ? 'Export anyway' : 'Export'}
          </button>
        )}
      </div>
    </ModalFrame>
  );
}

/** One finding: what it says, and a link to the paragraph (or section) it is about. */
function FindingLine({
  finding,
  onShow,
  isInGroup = false,
}: {
  finding: Finding;
  onShow: (finding: Finding) => void;
  isInGroup?: boolean;
}) {
  return (
    <>
      {isInGroup ? null : <strong>{finding.severity === 'block' ? 'Blocks export' : 'Warning'}: </strong>}
      {finding.message}
      {finding.sectionId || finding.field ? (
        <>
          {' '}
          <button type="button" className="link" onClick={() => onShow(finding)}>
            {finding.blockId ? 'Go to paragraph' : finding.sectionId ? 'Go to section' : 'Go to field'}
          </button>
        </>
      ) : null}
    </>
  );
}
