// The proposal's worker thread: reads the articles it is sent, one at a time, posting each one's
// progress, then its candidates (or the error a user can read). Bundled on its own
// (dist/node/article-worker.mjs, dist/electron/…) so the process that answers calls stays free while a
// long article is read; Cancel terminates the thread. It stays up between articles, so the lexicon and
// the compiled code of the first one serve the next.
import { parentPort } from 'node:worker_threads';
import { toErrorData } from '../../../core/errors';
import { proposeCandidates } from './index';
import type { WorkerInput, WorkerMessage } from './off-thread';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);
/** This thread's CPU time (Node 23.9+), else nothing. */
const threadCpu = (): number | undefined => {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
};

parentPort?.on('message', ({ text, format, outlet, published }: WorkerInput) => {
  const cpu = threadCpu();
  try {
    const value = proposeCandidates(text, format, {
      ...(outlet !== undefined ? { outlet } : {}),
      ...(published !== undefined ? { published } : {}),
      onProgress: (done) => post({ type: 'progress', done }),
    });
    const used = threadCpu();
    post({
      type: 'result',
      value,
      ...(cpu !== undefined && used !== undefined ? { cpuMs: Math.round(used - cpu) } : {}),
    });
  } catch (error) {
    post({ type: 'error', error: toErrorData(error) });
  }
});
