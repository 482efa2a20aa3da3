import { AppError } from '../../core/errors';
import type { ExportProgress } from '../../contract/api';

/**
 * Progress and Cancel shared by every long import (sources and facts, local store and team library):
 * events go out on the export progress channel under the caller's `exportId`, and `import:cancel` with
 * the same id stops the import at its next check, before it writes, so nothing is written.
 */

/** Entries or rows between progress events (and chances to cancel). */
export const PROGRESS_EVERY = 500;

/** Imports running with an id, and whether their user asked to stop them. */
const running = new Map<string, { cancelled: boolean }>();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Asks the import named `exportId` to stop before it writes; false when it is not reading any more. */
export function cancelImport(exportId: string): { cancelled: boolean } {
  const state = running.get(exportId);
  if (!state) return { cancelled: false };
  state.cancelled = true;
  return { cancelled: true };
}

/**
 * Puts a step of an import within reach of `cancelImport`: `stopIfCancelled` lets the event loop turn
 * (so the Cancel can arrive) and throws `cancelled` if it did; `end` takes the import out of reach
 * (its one-transaction write begins, or it is over).
 */
export function cancellableStep(exportId: string): { stopIfCancelled(): Promise<void>; end(): void } {
  const state = { cancelled: false };
  running.set(exportId, state);
  return {
    async stopIfCancelled() {
      await nextTurn();
      if (state.cancelled) throw new AppError('cancelled', 'The import was cancelled: nothing was written.');
    },
    end() {
      if (running.get(exportId) === state) running.delete(exportId);
    },
  };
}

/** One import's progress events and Cancel, under its `exportId`. */
export interface ImportRun {
  /** Sends a progress event (`done` is kept within 0…`total`). */
  send(stage: ExportProgress['stage'], done: number, total: number, message: string): void;
  stopIfCancelled(): Promise<void>;
  /**
   * Runs an import's checking steps to their end between turns of the event loop: every
   * PROGRESS_EVERY steps a `read` event ("Checked 500 of 1,200 entries") and a chance to cancel, then
   * the last count. Returns what the steps return (the plan).
   */
  check<T>(steps: Generator<{ checked: number; total: number }, T>, noun: string): Promise<T>;
  /** From here on the import cannot be cancelled (its write is one transaction), or it is over. */
  end(): void;
}

export function importRun(exportId: string, progress?: (event: ExportProgress) => void): ImportRun {
  const step = cancellableStep(exportId);
  const send: ImportRun['send'] = (stage, done, total, message) =>
    progress?.({ exportId, stage, done: Math.min(done, total), total: Math.max(1, total), message });
  return {
    send,
    stopIfCancelled: step.stopIfCancelled,
    async check(steps, noun) {
      let checked = 0;
      for (;;) {
        const next = steps.next();
        if (next.done) {
          send('read', checked, checked, `Checked ${count(checked)} ${noun}`);
          await step.stopIfCancelled();
          return next.value;
        }
        ({ checked } = next.value);
        if (checked % PROGRESS_EVERY === 0) {
          send(
            'read',
            checked,
            next.value.total,
            `Checked ${count(checked)} of ${count(next.value.total)} ${noun}`,
          );
          await step.stopIfCancelled();
        }
      }
    },
    end: step.end,
  };
}

/**
 * Starts an import's run: says it is reading the file and lets a Cancel that came at once stop it.
 * The caller ends the run (`end`) when it is over, whatever the outcome.
 */
export async function startImportRun(
  exportId: string,
  progress?: (event: ExportProgress) => void,
): Promise<ImportRun> {
  const run = importRun(exportId, progress);
  try {
    run.send('read', 0, 1, 'Reading the file…');
    await run.stopIfCancelled();
    return run;
  } catch (error) {
    run.end();
    throw error;
  }
}

/** "12,000" */
export const count = (n: number): string => n.toLocaleString('en');
