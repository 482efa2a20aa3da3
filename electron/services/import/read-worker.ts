// The read worker: reads a reference file it is given and posts its entries in batches, in file order,
// while the thread that started it checks and writes the ones already posted (a large BibTeX import
// then uses both cores). Bundled on its own (dist/node/read-worker.mjs, dist/electron/…); started by
// read-off-thread.ts, which takes the batches synchronously through the port and the shared counter.
import { workerData } from 'node:worker_threads';
import { toErrorData } from '../../core/errors';
import type { ReadWorkerData, ReadWorkerMessage } from './read-off-thread';
import type { SourceEntry } from './source-entries';
import { readSourceEntriesInOrder } from './source-file';

const BATCH = 500;
/** Batches posted and not yet taken before this thread waits: the rest of the file stays unread text. */
const AHEAD = 4;
const { text, format, port, posted } = workerData as ReadWorkerData;
const counter = new Int32Array(posted);
const post = (message: ReadWorkerMessage) => {
  port.postMessage(message);
  // After the message is queued: the reader waits on this counter when the port is empty.
  const sent = Atomics.add(counter, 0, 1) + 1;
  Atomics.notify(counter, 0);
  // A reader slower than this thread: wait for it rather than queue the whole file's entries.
  for (let taken = Atomics.load(counter, 1); sent - taken > AHEAD; taken = Atomics.load(counter, 1))
    Atomics.wait(counter, 1, taken, 1000);
};
try {
  let batch: SourceEntry[] = [];
  const problems = readSourceEntriesInOrder(text, format, (entry) => {
    batch.push(entry);
    if (batch.length >= BATCH) {
      post({ type: 'entries', entries: batch });
      batch = [];
    }
  });
  if (batch.length > 0) post({ type: 'entries', entries: batch });
  post({ type: 'end', problems });
} catch (error) {
  post({ type: 'error', error: toErrorData(error) });
} finally {
  port.close();
}
