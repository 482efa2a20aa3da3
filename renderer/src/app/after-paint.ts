/**
 * Work that can wait until the browser has painted: a keystroke's effects on the app (history, note
 * numbers, word counts, autosave) are queued here, so the input event ends once ProseMirror has put the
 * character on screen. The queue runs, in order, after the next paint, or sooner when anything reads or
 * changes the store (`flushAfterPaint`), or when the next key or pointer press comes in first: nothing
 * ever sees the store behind the editor.
 */
const queue: (() => void)[] = [];
// One timer at a time, cleared when the queue runs (a queue run early leaves nothing behind that could
// run the next queue before its own paint): 100 ms while waiting for a frame (a hidden window has none),
// then a task after the frame.
let timer: ReturnType<typeof setTimeout> | undefined;
let frame: number | undefined;

export function flushAfterPaint(): void {
  if (timer === undefined) return;
  clearTimeout(timer);
  timer = undefined;
  if (frame !== undefined) cancelAnimationFrame(frame);
  frame = undefined;
  // All taken off first: a job reads the store, which flushes again, and must find the queue empty
  // (the next job running inside it would run out of order).
  for (const job of queue.splice(0)) job();
}

export function afterPaint(job: () => void): void {
  queue.push(job);
  if (timer !== undefined) return;
  timer = setTimeout(flushAfterPaint, 100);
  frame = requestAnimationFrame(() => {
    frame = undefined;
    clearTimeout(timer);
    timer = setTimeout(flushAfterPaint, 0);
  });
}

if (typeof window !== 'undefined')
  for (const type of ['keydown', 'pointerdown', 'dragstart', 'drop'])
    window.addEventListener(type, flushAfterPaint, true);
