/**
 * Work that can wait until the browser has painted: what the toolbar and portion-mark picker read of
 * the editor's state after a keystroke (`use-editor-value.ts`). The queue runs, in order, as a task of
 * its own posted at the first job, or sooner when anything reads or changes the store
 * (`flushAfterPaint`), or when the next key or pointer press comes in first. (A keystroke's effects on
 * the store itself, history, note numbers, word counts and autosave, are no longer queued here: a task
 * queued behind a key waits for the key's frame, and that frame for the display's next vsync, so the
 * app caught up up to a frame late; done in the key's own task, under a millisecond, it is caught up
 * before the frame in most keystrokes. See SectionEditor's `onUpdate`.)
 *
 * A posted task, not a frame callback: Chromium renders the frame a key press asked for before the
 * tasks queued behind the key, so the character is painted first all the same, and the app catches up
 * as soon as that frame is done. Waiting for `requestAnimationFrame` made the app wait for the next
 * vsync as well (up to 16 ms when the key came just after one), and asking for a frame on every
 * keystroke kept the compositor ticking, so the next key's own frame waited for a vsync too. A hidden
 * window (no frames) runs the queue all the same.
 */
const queue: (() => void)[] = [];
/** A run of the queue is posted (one at a time: a queue run early leaves nothing behind to run the next early). */
let posted = false;
/** Bumped by every run, so a posted task finding a newer queue leaves it to that queue's own task. */
let generation = 0;
/** A frame callback runs the queue too (a job asked for it). */
let frameAsked = false;

const channel =
  typeof window !== 'undefined' && typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;
const onPosted = (forGeneration: number) => {
  if (forGeneration !== generation) return;
  flushAfterPaint();
};
if (channel) channel.port1.onmessage = (e: MessageEvent<number>) => onPosted(e.data);

export function flushAfterPaint(): void {
  if (!posted) return;
  posted = false;
  frameAsked = false;
  generation++;
  // All taken off first: a job reads the store, which flushes again, and must find the queue empty
  // (the next job running inside it would run out of order).
  for (const job of queue.splice(0)) job();
}

/**
 * `withFrame`: the job changes what is on screen (a section's length): the queue runs at the start of
 * the frame the key asked for instead (a frame callback), so the browser paints the character and the
 * change together. Painted in a frame of their own, a moment later, they kept the compositor ticking
 * into the next keystroke, whose frame then waited for the next vsync.
 */
export function afterPaint(job: () => void, withFrame = false): void {
  queue.push(job);
  if (withFrame && !frameAsked && typeof requestAnimationFrame !== 'undefined') {
    frameAsked = true;
    const forGeneration = generation;
    requestAnimationFrame(() => onPosted(forGeneration));
  }
  if (posted) return;
  posted = true;
  const forGeneration = generation;
  if (channel) channel.port2.postMessage(forGeneration);
  else setTimeout(() => onPosted(forGeneration), 0);
}

if (typeof window !== 'undefined')
  for (const type of ['keydown', 'pointerdown', 'dragstart', 'drop'])
    window.addEventListener(type, flushAfterPaint, true);
