import { AppError } from '../../core/errors';
import { problemText } from '../../core/import-problem';
import type { ExportProgress, ImportPreview, ImportReport } from '../../contract/api';
import type { Store } from '../store/store';
import { sourceRowWriter, type PlannedSourceRow } from '../store/bulk';
import { ImportBatch } from './batch';
import { sourceEntries } from './read-off-thread';
import type { SourceFormat } from './source-file';
import { assertImportText } from './limits';
import { PROGRESS_EVERY, startImportRun } from './progress';
import { planSourceImport, planSteps, previewOf, type SourceImportPlan } from './source-entries';

export { readSourceEntries, type SourceFile, type SourceFormat } from './source-file';

/** Reads a file and plans its import (nothing is written, unless `write` writes each row planned). */
function planFile(
  store: Store,
  format: SourceFormat,
  text: string,
  write?: (row: PlannedSourceRow) => void,
  offThread = false,
) {
  assertImportText(text);
  if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
  const file = sourceEntries(text, format, { offThread });
  try {
    return planSourceImport(store, file, write);
  } finally {
    file.close();
  }
}

/** What importing this file would do: counts, duplicates and the existing sources they match, problems by line. */
export function previewSources(store: Store, format: SourceFormat, text: string): ImportPreview {
  return previewOf(planFile(store, format, text));
}

/**
 * Writes a plan in the current import's transaction (the rows it kept; rows it wrote as it went are
 * in `written`), or refuses it under `strict`: a throw rolls back whatever was written.
 */
function writePlan(
  store: Store,
  batch: ImportBatch,
  plan: SourceImportPlan,
  strict: boolean,
  options: { written?: readonly string[]; onWritten?: (done: number) => void } = {},
): void {
  if (strict && plan.problems.length > 0) {
    const first = plan.problems[0]!;
    throw new AppError(
      'invalid_input',
      `${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} in the file (strict import: nothing was imported). ${problemText(first)}`,
      first.line === undefined ? undefined : String(first.line),
      plan.problems.slice(0, 100).map((p) => ({ path: String(p.line ?? ''), message: problemText(p) })),
    );
  }
  if (plan.adding === 0 && plan.duplicates.length === 0 && plan.unreadable > 0) {
    const first = plan.problems.find((p) => p.severity === 'error');
    throw new AppError(
      'invalid_file',
      `No entry in this file can be read${first ? `: ${problemText(first)}` : '.'}`,
      first?.line === undefined ? undefined : String(first.line),
    );
  }
  const write = sourceRowWriter(store);
  plan.toAdd.forEach((p, i) => {
    write(p.row);
    if (options.onWritten && (i + 1) % PROGRESS_EVERY === 0) options.onWritten(i + 1);
  });
  const { report } = batch;
  report.sourcesCreated += plan.adding;
  // Not push(...list): a spread of 80,000 arguments overflows the stack.
  report.sourceIds = report.sourceIds.concat(
    options.written ?? [],
    plan.toAdd.map((p) => p.row.id),
  );
  report.duplicates = report.duplicates.concat(plan.duplicates);
  report.problems = report.problems.concat(plan.problems);
}

/**
 * Imports sources from a reference file in one transaction: what can be imported is, entries
 * that cannot be read are left out and reported, duplicates are reported with the source they match.
 * With `strict`, any problem refuses the whole file and nothing is written.
 */
export function importSources(
  store: Store,
  format: SourceFormat,
  text: string,
  options: {
    strict?: boolean;
    /**
     * Read a large .bib file on a worker thread while this one checks and writes (both cores). Off by
     * default: it costs ~240 MB more peak memory on the 50 MB benchmark file (docs/import.md).
     */
    readOffThread?: boolean;
  } = {},
): ImportReport {
  const batch = new ImportBatch(store);
  return batch.run(() => {
    // Planned inside the transaction, so the duplicates it found are still true when it writes; each
    // row is written as it is planned (a refusal at the end rolls them back with the rest).
    const write = sourceRowWriter(store);
    const written: string[] = [];
    const plan = planFile(
      store,
      format,
      text,
      (row) => {
        write(row);
        written.push(row.id);
      },
      options.readOffThread ?? false,
    );
    writePlan(store, batch, plan, options.strict ?? false, { written });
  });
}

/** Steps that yield how many entries they checked, as ones that also say of how many. */
function* counted<T>(
  steps: Generator<number, T>,
  total: number,
): Generator<{ checked: number; total: number }, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield { checked: step.value, total };
  }
}

/** What the sources table looks like now: a later write by anyone changes it. */
const sourcesVersion = (store: Store) =>
  JSON.stringify(store.db.prepare('SELECT count(*) AS n, max(updated_at) AS at FROM sources').get());

/**
 * `importSources` with progress and Cancel: the file is read and each entry checked between turns of
 * the event loop, sending `read` progress (entries checked of all entries) every 500 entries and
 * stopping, with nothing written, when `cancelImport` is called. The write is then one transaction
 * (`write` progress as it goes); it re-plans inside the transaction if the library changed meanwhile.
 */
export async function importSourcesWithProgress(
  store: Store,
  format: SourceFormat,
  text: string,
  options: { strict?: boolean; exportId: string; progress?: (event: ExportProgress) => void },
): Promise<ImportReport> {
  const run = await startImportRun(options.exportId, options.progress);
  const { send } = run;
  try {
    assertImportText(text);
    if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
    const file = sourceEntries(text, format);
    const before = sourcesVersion(store);
    let plan: SourceImportPlan;
    try {
      plan = await run.check(counted(planSteps(store, file), file.expected), 'entries');
    } finally {
      file.close();
    }
    // From here on the import is one transaction: too late to cancel.
    run.end();
    const adding = plan.adding;
    const batch = new ImportBatch(store);
    const report = batch.run(() => {
      const current = sourcesVersion(store) === before ? plan : planFile(store, format, text);
      writePlan(store, batch, current, options.strict ?? false, {
        onWritten: (done) =>
          send(
            'write',
            done,
            adding,
            `Saved ${done.toLocaleString('en')} of ${adding.toLocaleString('en')} sources`,
          ),
      });
    });
    send('done', 1, 1, `Added ${report.sourcesCreated.toLocaleString('en')} sources`);
    return report;
  } finally {
    run.end();
  }
}
