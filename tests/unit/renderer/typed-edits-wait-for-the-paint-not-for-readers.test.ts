import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, flushAfterPaint } from '../../../renderer/src/app/after-paint';

// In the app the queue runs as a posted task (a MessageChannel message: Chromium renders the frame the
// key asked for first); here, without a window, as a timeout: the same one-task-at-a-time rules.
afterEach(() => {
  flushAfterPaint();
  vi.useRealTimers();
});

describe('edits queued until the editor has painted', () => {
  it('wait for a task of their own, then run in order', async () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    afterPaint(() => ran.push('b'));
    expect(ran).toEqual([]);
    // Not inside the input event's own microtasks.
    await Promise.resolve();
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(['a', 'b']);
  });

  it('run at once, in order, when something reads the store first (a flush inside a job runs no later job early)', () => {
    const ran: string[] = [];
    afterPaint(() => {
      ran.push('first');
      // The job updates the store, which flushes again.
      flushAfterPaint();
      ran.push('first done');
    });
    afterPaint(() => ran.push('second'));
    flushAfterPaint();
    expect(ran).toEqual(['first', 'first done', 'second']);
  });

  it('post one task a queue: a queue run early leaves its task behind doing nothing, not running the next queue early', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    afterPaint(() => ran.push('b'));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'b']);
    expect(vi.getTimerCount()).toBe(0);

    // A key press runs the queue before its task.
    afterPaint(() => ran.push('c'));
    flushAfterPaint();
    expect(ran).toEqual(['a', 'b', 'c']);

    // The next edit waits for its own task, not the earlier queue's (still on its way): what has run
    // is looked at between the two.
    let between: string[] = [];
    setTimeout(() => (between = [...ran]), 0);
    afterPaint(() => ran.push('d'));
    expect(vi.getTimerCount()).toBe(3);
    vi.advanceTimersByTime(0);
    expect(between).toEqual(['a', 'b', 'c']);
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });

  it('run with the frame when a job changes what is on screen (a section length): once, in order', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    try {
      const ran: string[] = [];
      afterPaint(() => ran.push('a'));
      afterPaint(() => ran.push('b'), true);
      expect(frames).toHaveLength(1);
      frames.shift()?.();
      expect(ran).toEqual(['a', 'b']);
      // The task posted for the queue finds it run.
      vi.advanceTimersByTime(0);
      expect(ran).toEqual(['a', 'b']);

      // A frame asked for by a queue run early runs no later queue.
      afterPaint(() => ran.push('c'), true);
      flushAfterPaint();
      afterPaint(() => ran.push('d'));
      frames.shift()?.();
      expect(ran).toEqual(['a', 'b', 'c']);
      vi.advanceTimersByTime(0);
      expect(ran).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
