import type { Db } from '../store/db';
import { buildListsInSlices, hasList } from './exact-rank';

/**
 * Side lists built off the search's path. A search of a frequent word with no list yet is ranked over
 * every match at once (exact, if slower: bm25() over its matches) and asks for the list here; the list
 * is built while the app is idle, in slices (buildListsInSlices), and the next search of the word uses
 * it. Before, the first search of each frequent word built its list in the search itself: ~0.45 s for a
 * word in 30% of 100,000 facts, seconds at a million, on every new word typed.
 *
 * One build runs at a time per store; the keys asked for while it runs wait, the newest few only (the
 * analyst has moved on from the older ones). A build the facts' changes interrupted is tried again, a few
 * times; one that fails otherwise is logged and dropped. A store opened read-only keeps no lists.
 */
export const listBuildLimits = { queued: 4, retries: 3, sliceMs: 8 };

interface Queue {
  keys: string[];
  running?: Promise<void>;
}

const queues = new WeakMap<Db, Queue>();

/** Gives the thread back: a timer that does not keep a one-shot command alive (it exits, nothing written). */
const yieldNow = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0).unref();
  });

/** Asks for the side list of a list key (a word, phrase or prefix) to be built when the app is idle. */
export function requestList(db: Db, key: string): void {
  // A store opened read-only (damaged, newer, or read beside another process's writer) keeps no lists.
  if (db.readonly) return;
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { keys: [] }));
  if (queue.keys.includes(key)) return;
  queue.keys.push(key);
  if (queue.keys.length > listBuildLimits.queued)
    queue.keys.splice(0, queue.keys.length - listBuildLimits.queued);
  if (!queue.running) {
    const running = drain(db, queue).finally(() => {
      if (queue.running === running) queue.running = undefined;
    });
    queue.running = running;
  }
}

async function drain(db: Db, queue: Queue): Promise<void> {
  // The answer that asked for the list goes out first.
  await yieldNow();
  while (queue.keys.length > 0 && db.open) {
    const keys = queue.keys.splice(0).filter((key) => !hasList(db, key));
    for (let attempt = 1; keys.length > 0; attempt++) {
      let outcome;
      try {
        outcome = await buildListsInSlices(db, keys, yieldNow, listBuildLimits.sliceMs);
      } catch (error) {
        // Not the facts changing nor another writer: said, and left (the next search asks again).
        console.error('[search]', `side list of ${keys.join(', ')}:`, (error as Error).message);
        break;
      }
      if (outcome === 'closed') return;
      if (outcome === 'built' || attempt > listBuildLimits.retries) break;
      // The facts changed during the scan, or another writer holds the store: again, after a pause.
      await new Promise<void>((resolve) => setTimeout(resolve, 100 * attempt).unref());
      if (!db.open) return;
    }
  }
}

/** Resolves when no list is being built for this store (the lists asked for so far are in, or given up). */
export async function whenListsBuilt(db: Db): Promise<void> {
  // The builds' timers do not keep a process alive; whoever waits here does.
  const alive = setInterval(() => undefined, 60_000);
  try {
    for (let queue = queues.get(db); queue?.running;) await queue.running;
  } finally {
    clearInterval(alive);
  }
}
