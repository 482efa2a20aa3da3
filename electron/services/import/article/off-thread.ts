// Runs the proposal on a worker thread, with progress and Cancel: a 1 MB article is read while the
// process that answers the app's calls goes on answering them. Where the worker's bundle is absent
// (services imported from source, as unit tests do) the proposal runs in this thread: progress still
// comes, but a Cancel can only land before it starts (the thread is busy until it ends).
import { libraryRefusal } from '../formats/detect';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CandidateFact } from '../../../contract/api';
import { AppError, type AppErrorData } from '../../../core/errors';
import { ProposalCancelled, proposeCandidates } from './index';
import type { ArticleDate } from './segmentation';
import type { TextSays } from './text-metadata';

export interface WorkerInput {
  text: string;
  format: 'text' | 'html';
  outlet?: string | undefined;
  published?: string | undefined;
}
/**
 * The candidates, the text as read, the date the text gives itself when none was given, and what else it
 * says about itself (headline, byline, its dateline's agency).
 */
export type Proposal = { text: string; candidates: CandidateFact[]; ownDate?: ArticleDate; says: TextSays };
export type WorkerMessage =
  | { type: 'progress'; done: number }
  /** `cpuMs`: the CPU time the worker's thread spent on this article, where Node can tell it. */
  | { type: 'result'; value: Proposal; cpuMs?: number }
  | { type: 'error'; error: AppErrorData };

const cancelled = () =>
  new AppError('cancelled', 'Finding attributed facts was cancelled; nothing was saved.');

/** Proposals running now, by the id their caller gave: Cancel finds them here. */
const running = new Map<string, () => void>();

/** Stops the proposal the caller named `id`; false when none of that id is running (it had finished). */
export function cancelProposal(id: string): boolean {
  const stop = running.get(id);
  stop?.();
  return stop !== undefined;
}

/** The worker's bundle, next to the bundle this code is in. */
const workerUrl = new URL('./article-worker.mjs', import.meta.url);

/** A worker that finished its article and waits for the next (unref'd: it never keeps the process up). */
let idle: Worker | undefined;
const take = () => {
  const worker = idle ?? new Worker(workerUrl);
  idle = undefined;
  worker.ref();
  return worker;
};
const release = (worker: Worker) => {
  if (idle) void worker.terminate();
  else {
    idle = worker;
    worker.unref();
    // A worker that dies while idle is simply not reused.
    worker.once('exit', () => {
      if (idle === worker) idle = undefined;
    });
  }
};

/**
 * Starts a worker ahead of the first article (the import panel opening), and has it read a few
 * sentences: loading the lexicon and compiling the code then happen while the analyst pastes.
 */
export function prepareProposals(): void {
  if (idle || !workerUrl.protocol.startsWith('file') || !existsSync(fileURLToPath(workerUrl))) return;
  const worker = new Worker(workerUrl);
  const done = (m: WorkerMessage) => {
    if (m.type === 'progress') return;
    worker.off('message', done);
    release(worker);
  };
  worker.on('message', done);
  worker.postMessage({ text: WARM_UP, format: 'text' } satisfies WorkerInput);
}

const WARM_UP = [
  'GENEVA (Reuters) - A U.N. envoy, Jan Example, said on Wednesday that aid convoys had been stopped.',
  '“We have no fuel. It is very urgent,” she told reporters. The ministry said the border would reopen.',
  'According to officials cited by the agency, the talks will resume next week, Ann Other told the BBC.',
]
  .join('\n\n')
  .repeat(20);

export function proposeOffThread(
  input: WorkerInput,
  options: {
    id?: string | undefined;
    onProgress?: (done: number) => void;
    /** Told the worker thread's CPU time for the article (for the benchmark). */
    onCpu?: (ms: number) => void;
  } = {},
): Promise<Proposal> {
  const { id, onProgress, onCpu } = options;
  // A reference library given as an article would have its fields proposed as facts: said instead.
  const refusal = input.format === 'text' ? libraryRefusal(input.text, 'an article') : null;
  if (refusal) return Promise.reject(refusal);
  if (!workerUrl.protocol.startsWith('file') || !existsSync(fileURLToPath(workerUrl)))
    return inThisThread(input, options);
  return new Promise<Proposal>((resolve, reject) => {
    const worker = take();
    let settled = false;
    const onMessage = (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.done);
      else if (m.type === 'result') {
        if (m.cpuMs !== undefined) onCpu?.(m.cpuMs);
        settle(() => resolve(m.value), true);
      } else
        settle(() => reject(new AppError(m.error.code, m.error.message, m.error.path, m.error.issues)), true);
    };
    const onError = (error: Error) => settle(() => reject(error), false);
    const onExit = (code: number) =>
      settle(
        () =>
          reject(new AppError('internal', `Reading the article stopped unexpectedly (exit code ${code}).`)),
        false,
      );
    // Only our own listeners come off: Node's Worker keeps listeners of its own.
    const settle = (fn: () => void, reuse: boolean) => {
      if (settled) return;
      settled = true;
      if (id) running.delete(id);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reuse) release(worker);
      else void worker.terminate();
      fn();
    };
    if (id) running.set(id, () => settle(() => reject(cancelled()), false));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(input);
  });
}

async function inThisThread(
  input: WorkerInput,
  { id, onProgress }: { id?: string | undefined; onProgress?: (done: number) => void },
): Promise<Proposal> {
  let stop = false;
  if (id) running.set(id, () => (stop = true));
  try {
    // A turn of the event loop first, so a Cancel sent right after the call can still arrive.
    await new Promise((r) => setImmediate(r));
    return proposeCandidates(input.text, input.format, {
      ...(input.outlet !== undefined ? { outlet: input.outlet } : {}),
      ...(input.published !== undefined ? { published: input.published } : {}),
      onProgress: (done) => {
        onProgress?.(done);
        return !stop;
      },
    });
  } catch (error) {
    throw error instanceof ProposalCancelled ? cancelled() : error;
  } finally {
    if (id) running.delete(id);
  }
}
