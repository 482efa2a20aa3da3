import { useState, type ChangeEvent } from 'react';
import type { ImportReport } from '../../../../electron/contract/api';
import { call } from '../../api/client';
import { LIMITS, megabytes } from '../../../../electron/core/limits';
import { FormAlert, useFormError } from '../../ui/form';
import { assertFileSize } from '../../ui/limits';

type Kind = 'sources' | 'facts';
const FORMATS: Record<Kind, Array<{ value: string; label: string; ext: RegExp }>> = {
  sources: [
    { value: 'csl-json', label: 'CSL-JSON (Zotero, Mendeley)', ext: /\.json$/i },
    { value: 'bibtex', label: 'BibTeX', ext: /\.(bib|bibtex)$/i },
    { value: 'ris', label: 'RIS', ext: /\.ris$/i },
  ],
  facts: [
    { value: 'csv', label: 'CSV', ext: /\.csv$/i },
    { value: 'json', label: 'JSON', ext: /\.json$/i },
  ],
};

/** Import sources (CSL-JSON, BibTeX, RIS) or facts (CSV, JSON) from a file: all or nothing. */
export function FileImport({ kind, onDone }: { kind: Kind; onDone: (r: ImportReport) => void }) {
  const [format, setFormat] = useState(FORMATS[kind][0]?.value ?? '');
  const [busy, setBusy] = useState(false);
  const err = useFormError();

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const detected = FORMATS[kind].find((f) => f.ext.test(file.name))?.value ?? format;
    setFormat(detected);
    setBusy(true);
    err.clear();
    try {
      assertFileSize(file, LIMITS.importBytes, 'an import');
      const text = await file.text();
      const report =
        kind === 'sources'
          ? await call('import:sources', { format: detected as 'csl-json' | 'bibtex' | 'ris', text })
          : await call('import:facts', { format: detected as 'csv' | 'json', text });
      onDone(report);
    } catch (error) {
      err.show(error);
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
      <FormAlert message={err.general([])} />
    </div>
  );
}
