import { useEffect, useState, type ChangeEvent } from 'react';
import { plural } from '../../../../electron/core/plural';
import { restoredTemplatesText } from '../../../../electron/core/backup-templates-text';
import type { AutoBackups, BackupContents, StoreStats } from '../../../../electron/contract/api';
import { LIMITS, megabytes } from '../../../../electron/core/limits';
import { call } from '../../api/client';
import { currentDraft, flushOpenBriefing } from '../../app/store';
import { FormAlert, useFormError } from '../../ui/form';
import { uploadFile } from '../../api/upload';
import { assertFileSize } from '../../ui/limits';
import { formatDateTime } from '../../ui/dates';
import { saveExport } from '../export/download';
import { FileImport } from './FileImport';
import { describeReport } from './report-text';

const holdings = (s: StoreStats) =>
  `${plural(s.sources, 'source')}, ${plural(s.facts, 'fact')}, ${plural(s.briefings, 'briefing')}`;

/**
 * The open briefing against the backup's copy, when they differ: what the restore does to it, and
 * where today's version goes (the name `restore.ts` gives the store it keeps aside, dated in UTC).
 */
function openBriefingText(open: BackupContents['openBriefing'], now: Date): string | null {
  if (!open || (open.inBackup && !open.changedSinceBackup)) return null;
  const aside = `keeps today's store, with ${open.inBackup ? 'these changes' : 'it'}, aside in the data folder as briefing-before-restore-${now.toISOString().slice(0, 10)}-….sqlite`;
  return open.inBackup
    ? `The open briefing “${open.title}” was changed after this backup: the restore puts the backup's copy in its place and ${aside}.`
    : `The open briefing “${open.title}” is not in this backup: the restore closes it and ${aside}.`;
}

/** The question before a restore: what the backup holds, what the library holds now, what is kept. */
export function restoreQuestion(
  name: string,
  backup: BackupContents,
  current: StoreStats,
  now = new Date(),
): string {
  const changed = backup.lastChange ? `, last changed ${formatDateTime(backup.lastChange)}` : '';
  const open = openBriefingText(backup.openBriefing, now);
  return [
    `Replace the whole library with the backup “${name}”?`,
    `The backup holds ${holdings(backup)}${changed}.`,
    restoredTemplatesText(backup.templates, false),
    `The library now holds ${holdings(current)}.`,
    open ?? "The current store is kept in the data folder, named with today's date.",
  ].join('\n\n');
}

/** Imports from files, library export, backup and restore. */
export function StoreTools({ onChanged }: { onChanged: (message: string, lasts?: boolean) => void }) {
  const err = useFormError();
  const [busy, setBusy] = useState(false);
  const [auto, setAuto] = useState<AutoBackups | null>(null);

  useEffect(() => {
    call('store:auto-backups', {})
      .then(setAuto)
      .catch(() => setAuto(null));
  }, []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    err.clear();
    try {
      await action();
    } catch (e) {
      err.show(e);
    } finally {
      setBusy(false);
    }
  }

  async function restore(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      assertFileSize(file, LIMITS.restoreBytes, 'a backup to restore');
    } catch (error) {
      err.show(error);
      return;
    }
    await run(async () => {
      // The backup is checked before anything is asked: a file that is not a backup of ours is refused
      // with why, and the question names what the backup holds against what the library holds now.
      const uploadId = await uploadFile(file, 'restore');
      // The open briefing's pending edits are saved first: the question compares what the store has
      // with the backup's copy, and the store the restore keeps aside then holds every word typed.
      const open = currentDraft();
      if (!(await flushOpenBriefing())) {
        await call('uploads:discard', { uploadId });
        throw new Error(
          'The open briefing has changes the store did not take (see above the briefing). Fix or undo them first, so the restore keeps them aside with the rest.',
        );
      }
      const [backup, current] = await Promise.all([
        call('store:check-backup', { uploadId, ...(open ? { briefingId: open.id } : {}) }),
        call('store:stats', {}),
      ]);
      if (!window.confirm(restoreQuestion(file.name, backup, current))) {
        await call('uploads:discard', { uploadId });
        return;
      }
      // Anything typed while the question was open (or the backup was checked) goes in before the swap.
      await flushOpenBriefing();
      const report = await call('store:restore', { uploadId });
      // It replaced the whole library: this stays until dismissed, and says where the old one is.
      onChanged(
        `Restored ${file.name}: ${holdings(report)}. The library before it is kept in the data folder as ${report.kept}. ${restoredTemplatesText(report.templates)}`,
        true,
      );
    });
  }

  return (
    <section className="card form" aria-label="Import and backup">
      <h3>Import</h3>
      <FileImport kind="sources" onDone={(r) => onChanged(describeReport(r))} />
      <FileImport kind="facts" onDone={(r) => onChanged(describeReport(r))} />
      <h3>Export</h3>
      <div className="actions start">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(async () => saveExport(await call('library:export', { format: 'json' })))}
        >
          Library as JSON
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() =>
            void run(async () => saveExport(await call('library:export', { format: 'csl-json' })))
          }
        >
          Sources as CSL-JSON
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(async () => saveExport(await call('library:export', { format: 'bibtex' })))}
        >
          Sources as BibTeX
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(async () => saveExport(await call('library:export', { format: 'ris' })))}
        >
          Sources as RIS
        </button>
      </div>
      <h3>Backup</h3>
      <div className="actions start">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(async () => saveExport(await call('store:backup', {})))}
        >
          Back up the whole store
        </button>
        <label className={busy ? 'button-like secondary disabled' : 'button-like secondary'}>
          Restore from backup… (up to {megabytes(LIMITS.restoreBytes)})
          <input
            type="file"
            aria-label="Backup file"
            accept=".sqlite,.db,application/vnd.sqlite3"
            disabled={busy}
            onChange={(e) => void restore(e)}
          />
        </label>
      </div>
      <p className="muted" data-testid="auto-backups">
        {auto && auto.files.length > 0
          ? `Automatic backups: ${auto.files.length} (the last ${auto.keepDaily} days and ${auto.keepWeekly} weeks), ${megabytes(auto.totalBytes)} in ${auto.folder}. Restore one with “Restore from backup…”.`
          : `Automatic backups: none yet. The app keeps one a day (the last ${auto?.keepDaily ?? 7} days and ${auto?.keepWeekly ?? 4} weeks) in the data folder.`}
      </p>
      <FormAlert message={err.general([])} />
    </section>
  );
}
