// The worker thread that makes a briefing's source list while the main thread formats its notes
// (see bibliographyInWorker in csl.ts). Bundled to csl-worker.mjs next to the code that starts it.
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { bibliographyFor, type BibliographyRequest } from './csl';

const { request, flag, port } = workerData as {
  request: BibliographyRequest;
  flag: Int32Array;
  port: MessagePort;
};
try {
  port.postMessage({ entries: bibliographyFor(request) });
  Atomics.store(flag, 0, 1);
} catch (error) {
  port.postMessage({ error: (error as Error).message });
  Atomics.store(flag, 0, 2);
}
Atomics.notify(flag, 0);
port.close();
