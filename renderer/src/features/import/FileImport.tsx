import { useState, type ChangeEvent } from 'react';
import { entryToAddText, problemText } from '../../../../electron/core/import-problem';
import { plural } from '../../../../electron/core/plural';
import type {
  ExportProgress,
  ImportPreview,
  ImportReport,
  SourceFileFormat,
} from '../../../../electron/contract/api';
import { call, newExportId, watchExport } from '../../api/client';
import { LIMITS, megabytes } from '../../../../electron/core/limits';
import { assertFileSize } from '../../ui/limits';
import { ProblemList, problemsOf, type Problems } from '../../ui/problem-list';
import { factToAddText, factsSummary, sourcesSummary } from './report-text';
import { uploadFile } from '../../api/upload';

type Kind = 'sources' | 'facts';
const FORMATS: Record<Kind, Array<{ value: string; label: string; ext: RegExp }>> = {
  sources: [
    { value: 'csl-json', label: 'CSL-JSON (Zotero, Mendeley)', ext: /\.json$/i },
    { value: 'bibtex', label: 'BibTeX', ext: /\.(bib|bibtex)$/i },
    { value: 'biblatex', label: 'BibLaTeX', ext: /\.biblatex$/i },
    { value: 'ris', label: 'RIS', ext: /\.ris$/i },
    { value: 'endnote-xml', label: 'EndNote XML', ext: /\.xml$/i },
  ],
  facts: [
    { value: 'csv', label: 'CSV', ext: /\.csv$/i },
    { value: 'json', label: 'JSON', ext: /\.json$/i },
  ],
};

/**
 * Import sources (CSL-JSON, BibTeX, BibLaTeX, RIS, EndNote XML) or facts (CSV, JSON) from a file. Both
 * are previewed first: what will be added, what is already in the library (and which source it
 * matched), what cannot be read or is refused, each named by line and field; the user imports, or
 * cancels. Sources import what can be imported; facts are all or nothing (a file with a refused row
 * cannot be imported until it is fixed). Both show their progress (a bar and a count) with a Cancel that
 * writes nothing.
 */
export function FileImport({ kind, onDone }: { kind: Kind; onDone: (r: ImportReport) => void }) {
  const [format, setFormat] = useState(FORMATS[kind][0]?.value ?? '');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    name: string;
    uploadId: string;
    format: string;
    preview: ImportPreview;
  }>();
  // What stopped the last import: a refused facts file lists each bad field of each bad row.
  const [failure, setFailure] = useState<Problems>();

  const [progress, setProgress] = useState<{ id: string; event?: ExportProgress }>();

  /**
   * Runs an import with its progress shown (a bar, a count) and a Cancel: progress comes pushed on the
   * export progress channel under this import's own id, which `import:cancel` names.
   */
  async function withProgress(run: (exportId: string) => Promise<ImportReport>): Promise<void> {
    setBusy(true);
    setFailure(undefined);
    const exportId = newExportId();
    setProgress({ id: exportId });
    const stop = await watchExport(exportId, (event) => setProgress({ id: exportId, event }));
    try {
      const report = await run(exportId);
      setPending(undefined);
      onDone(report);
    } catch (error) {
      setFailure(problemsOf(error));
    } finally {
      stop();
      setProgress(undefined);
      setBusy(false);
    }
  }

  async function confirm() {
    if (!pending) return;
    const { format: fileFormat, uploadId } = pending;
    await withProgress((exportId) =>
      kind === 'sources'
        ? call('import:sources', { format: fileFormat as SourceFileFormat, uploadId, exportId })
        : call('import:facts', { format: fileFormat as 'csv' | 'json', uploadId, exportId }),
    );
  }

  /** Stops the running import before it writes: the library stays as it was. */
  async function cancelRunning() {
    if (!progress) return;
    try {
      await call('import:cancel', { exportId: progress.id });
    } catch (error) {
      setFailure(problemsOf(error));
    }
  }

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const detected = FORMATS[kind].find((f) => f.ext.test(file.name))?.value ?? format;
    setFormat(detected);
    setBusy(true);
    setFailure(undefined);
    setPending(undefined);
    try {
      assertFileSize(file, LIMITS.importBytes, 'an import');
      const uploadId = await uploadFile(file, 'import');
      // Both kinds are previewed first: nothing is written until the user says Import.
      const preview =
        kind === 'sources'
          ? await call('import:sources-preview', { format: detected as SourceFileFormat, uploadId })
          : await call('import:facts-preview', { format: detected as 'csv' | 'json', uploadId });
      setPending({ name: file.name, uploadId, format: detected, preview });
    } catch (error) {
      setFailure(problemsOf(error));
    } finally {
      setBusy(false);
    }
  }

  const id = `import-${kind}`;
  return (
    <div className="file-import">
      <label htmlFor={`${id}-format`}>{kind === 'sources' ? 'Import sources' : 'Import facts'}</label>
      <div className="row">
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value)}>
          {FORMATS[kind].map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <label className={busy ? 'button-like disabled' : 'button-like'}>
          Choose file… (up to {megabytes(LIMITS.importBytes)})
          <input
            type="file"
            aria-label={kind === 'sources' ? 'Sources file' : 'Facts file'}
            disabled={busy}
            onChange={(e) => void pick(e)}
          />
        </label>
      </div>
      {pending ? (
        <ImportPreviewPanel
          kind={kind}
          name={pending.name}
          preview={pending.preview}
          busy={busy}
          onImport={() => void confirm()}
          onCancel={() => {
            void call('uploads:discard', { uploadId: pending.uploadId }).catch(() => {});
            setPending(undefined);
          }}
        />
      ) : null}
      {progress ? (
        <div className="import-progress" role="group" aria-label="Import progress">
          <progress
            aria-label={kind === 'sources' ? 'Entries imported' : 'Rows imported'}
            max={progress.event?.total ?? 1}
            value={progress.event?.done ?? 0}
          />
          <span role="status" data-testid="import-progress-count">
            {progress.event?.message ?? 'Starting…'}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={
              !(
                progress.event?.isCancellable ??
                (progress.event?.stage !== 'write' && progress.event?.stage !== 'done')
              )
            }
            onClick={() => void cancelRunning()}
          >
            Cancel import
          </button>
        </div>
      ) : null}
      {failure ? <ProblemList problems={failure} label="Import refused" /> : null}
    </div>
  );
}

/**
 * What an import will do before it does it, sources or facts alike: the counts, the duplicates and the
 * entries refused (by line and field), the first entries to be added; then Import or Cancel.
 */
function ImportPreviewPanel({
  kind,
  name,
  preview: p,
  busy,
  onImport,
  onCancel,
}: {
  kind: Kind;
  name: string;
  preview: ImportPreview;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const noun = kind === 'sources' ? 'source' : 'fact';
  const toAdd =
    kind === 'sources'
      ? p.sample.map((e) => ({ line: e.line, text: entryToAddText(e) }))
      : (p.facts ?? []).map((f) => ({ line: f.line, text: factToAddText(f) }));
  // A file imported whole (facts) with any entry refused would write nothing: no Import then.
  const isRefused = p.isWhole === true && p.unreadable > 0;
  const refusals = p.problems.filter((pr) => pr.severity === 'error').length;
  return (
    <section className="import-preview card" aria-label={`Import preview of ${name}`}>
      <p role="status" data-testid="import-preview-summary">
        {kind === 'sources' ? sourcesSummary(p) : factsSummary(p)}
      </p>
      {toAdd.length > 0 || p.duplicates.length > 0 || p.problems.length > 0 ? (
        <div className="import-preview-details" role="group" aria-label="The file's entries">
          {p.duplicates.length > 0 || p.problems.length > 0 ? (
            <>
              <h4>What the import found</h4>
              <ul aria-label="What the import found">
                {p.problems.slice(0, 200).map((pr, i) => (
                  <li key={`p${i}`} className={pr.severity === 'error' ? 'problem-error' : 'problem-warning'}>
                    {problemText(pr)}
                    {pr.severity === 'error' ? (kind === 'sources' ? ' (not imported)' : ' (refused)') : ''}
                  </li>
                ))}
                {p.duplicates.slice(0, 200).map((d, i) => (
                  <li key={`d${i}`}>{d.message}</li>
                ))}
              </ul>
              {refusals > 200 || p.duplicates.length > 200 ? (
                <p className="muted">The first 200 of each are listed.</p>
              ) : null}
            </>
          ) : null}
          {toAdd.length > 0 ? (
            <>
              <h4>{isRefused ? 'To be added once the refused rows are fixed' : 'To be added'}</h4>
              <ul aria-label={kind === 'sources' ? 'Sources to be added' : 'Facts to be added'}>
                {toAdd.map((e, i) => (
                  <li key={`a${i}`}>
                    {e.text}
                    {e.line === undefined ? null : <span className="muted"> — line {e.line}</span>}
                  </li>
                ))}
              </ul>
              {p.toAdd > toAdd.length ? (
                <p className="muted">
                  The first {plural(toAdd.length, noun)} are listed;{' '}
                  {plural(p.toAdd - toAdd.length, 'more follows', 'more follow')}.
                </p>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
      <div className="actions start">
        <button type="button" disabled={busy || p.toAdd === 0 || isRefused} onClick={onImport}>
          Import {plural(p.toAdd, noun)}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
