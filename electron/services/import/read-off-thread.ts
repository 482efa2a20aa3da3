// A large BibTeX/BibLaTeX file is read on a worker thread while this thread checks, matches and
// writes the entries already read: the two halves of an import run on both cores instead of one after
// the other. The entries are taken synchronously (the port is polled and, when it is empty, this
// thread sleeps on a shared counter the worker bumps after each batch), so a synchronous import in
// one transaction takes them as it would an array. Where the worker's bundle is absent (services
// imported from source, as unit tests do) or the file is small, the file is read in this thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ImportProblem } from '../../contract/api';
import { AppError, type AppErrorData } from '../../core/errors';
import type { SourceEntry } from './source-entries';
import { readSourceEntries, type SourceFormat } from './source-file';

export interface ReadWorkerData {
  text: string;
  format: SourceFormat;
  port: MessagePort;
  /** Two Int32s: messages the worker posted, messages this thread took (the worker keeps a few ahead). */
  posted: SharedArrayBuffer;
}
export type ReadWorkerMessage =
  | { type: 'entries'; entries: SourceEntry[] }
  | { type: 'end'; problems: ImportProblem[] }
  | { type: 'error'; error: AppErrorData };

/** A file's entries as they are read: iterate `entries` once; `problems` is complete after it. */
export interface SourceEntries {
  entries: Iterable<SourceEntry>;
  /** Warnings that belong to no entry; complete once `entries` has been iterated to its end. */
  problems: ImportProblem[];
  /** How many entries the file holds, or about how many (its entry heads) while they are read. */
  expected: number;
  /** Stops the reading (a cancelled import); harmless once it ended. */
  close(): void;
}

/** Below this size a file is read faster than a worker starts. */
export const OFF_THREAD_MIN_CHARS = 1 << 20;
/** With no batch for this long the worker is taken to have died (a batch takes well under a second). */
const STALLED_MS = 120_000;

const defaultWorker = new URL('./read-worker.mjs', import.meta.url);

/** Entry heads (`@article{`, not `@string`/`@preamble`/`@comment`) at the start of a line. */
const estimateEntries = (text: string) =>
  text.match(/^[ \t]*@[ \t]*(?!string\b|preamble\b|comment\b)[A-Za-z]+[ \t]*[{(]/gim)?.length ?? 0;

/**
 * The entries of a reference file: from a worker thread when asked (`offThread`, or a `workerFile` named
 * by a test), the file is a large BibTeX/BibLaTeX file and the worker's bundle is there; else read here
 * at once.
 * Same entries, same order, same problems as `readSourceEntries`.
 */
export function sourceEntries(
  text: string,
  format: SourceFormat,
  options: { offThread?: boolean; workerFile?: string; minChars?: number } = {},
): SourceEntries {
  const workerFile =
    options.workerFile ?? (defaultWorker.protocol === 'file:' ? fileURLToPath(defaultWorker) : undefined);
  if (
    !(options.offThread ?? options.workerFile !== undefined) ||
    (format !== 'bibtex' && format !== 'biblatex') ||
    text.length < (options.minChars ?? OFF_THREAD_MIN_CHARS) ||
    workerFile === undefined ||
    !existsSync(workerFile)
  ) {
    const file = readSourceEntries(text, format);
    return { entries: file.entries, problems: file.problems, expected: file.entries.length, close: () => {} };
  }
  const { port1, port2 } = new MessageChannel();
  const posted = new SharedArrayBuffer(8);
  const counter = new Int32Array(posted);
  const worker = new Worker(workerFile, {
    workerData: { text, format, port: port2, posted } satisfies ReadWorkerData,
    transferList: [port2],
    // The reader needs none of this process's flags (a test runner's loaders would load it anew).
    execArgv: [],
  });
  // Nothing of ours waits on the worker's events: it must not keep the process up.
  worker.unref();
  worker.on('error', () => {});
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    port1.close();
    void worker.terminate();
  };
  const problems: ImportProblem[] = [];
  function* entries(): Generator<SourceEntry> {
    try {
      // Closed (an import stopped early): nothing more comes.
      while (open) {
        const seen = Atomics.load(counter, 0);
        const got = receiveMessageOnPort(port1);
        if (!got) {
          if (Atomics.wait(counter, 0, seen, STALLED_MS) === 'timed-out')
            throw new AppError('internal', 'Reading the file stopped unexpectedly; nothing was imported.');
          continue;
        }
        const m = got.message as ReadWorkerMessage;
        Atomics.add(counter, 1, 1);
        Atomics.notify(counter, 1);
        if (m.type === 'entries') {
          for (const entry of m.entries) {
            if (!open) return;
            yield entry;
          }
        } else if (m.type === 'end') {
          for (const p of m.problems) problems.push(p);
          return;
        } else throw new AppError(m.error.code, m.error.message, m.error.path, m.error.issues);
      }
    } finally {
      close();
    }
  }
  return { entries: entries(), problems, expected: estimateEntries(text), close };
}
