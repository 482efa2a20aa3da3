import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * A store up to this size is checked (`PRAGMA quick_check`) before it is opened for writing: about 0.3 s
 * here. quick_check reads every page, so its cost grows with the file — measured on this 2-core machine:
 * 1.1 s at 100k facts (163 MB), 2.2–3.4 s at 200k (323 MB), so 10 s and more at a million facts. A bigger
 * store opens at once and is checked in a worker thread beside the app (see {@link quickCheckInWorker}).
 */
export const SYNC_CHECK_BYTES = 64 * 1024 * 1024;

// Runs in the worker: its own read-only connection, so the app's connection keeps working meanwhile.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  parentPort.postMessage({ result: String(db.pragma('quick_check(5)', { simple: true })) });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message), code: error && error.code });
} finally {
  if (db) db.close();
}
`;

/** What a background check found: `ok`, SQLite's findings, or that it could not run. */
export type CheckOutcome =
  { kind: 'ok' } | { kind: 'damaged'; detail: string } | { kind: 'not-run'; detail: string };

export interface BackgroundCheck {
  done: Promise<CheckOutcome>;
  /** Stops the check (the store is closing or its file is being replaced). */
  cancel(): void;
}

/**
 * `PRAGMA quick_check` of `file` on a read-only connection in a worker thread. SQLite's corruption
 * errors (the file cannot even be read) count as damage; anything else (the worker could not start)
 * is `not-run`, never a false alarm.
 */
export function quickCheckInWorker(file: string): BackgroundCheck {
  // The worker loads the same driver this module does, found from here (works bundled and in tests).
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver } });
  worker.unref();
  let settle: (outcome: CheckOutcome) => void = () => {};
  const done = new Promise<CheckOutcome>((resolve) => (settle = resolve));
  worker.once('message', (message: { result?: string; error?: string; code?: string }) => {
    if (message.result !== undefined)
      settle(message.result === 'ok' ? { kind: 'ok' } : { kind: 'damaged', detail: message.result });
    else if (/^SQLITE_(CORRUPT|NOTADB)/.test(message.code ?? ''))
      settle({ kind: 'damaged', detail: message.error ?? 'unreadable' });
    else settle({ kind: 'not-run', detail: message.error ?? 'unknown error' });
  });
  worker.once('error', (error) => settle({ kind: 'not-run', detail: error.message }));
  worker.once('exit', () => settle({ kind: 'not-run', detail: 'the check was stopped' }));
  return {
    done,
    cancel: () => {
      void worker.terminate();
    },
  };
}
