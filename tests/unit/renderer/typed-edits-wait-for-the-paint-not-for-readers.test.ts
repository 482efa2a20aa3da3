import { afterEach, describe, expect, it, vi } from 'vitest';

// The queue asks for the next frame; here frames come only when the test says so.
const frames = new Map<number, () => void>();
let frameIds = 0;
vi.stubGlobal('requestAnimationFrame', (f: () => void) => {
  frames.set(++frameIds, f);
  return frameIds;
});
vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
const paintFrame = () => {
  const due = [...frames.values()];
  frames.clear();
  due.forEach((f) => f());
};
const { afterPaint, flushAfterPaint } = await import('../../../renderer/src/app/after-paint');

afterEach(() => {
  flushAfterPaint();
  frames.clear();
  vi.useRealTimers();
});

describe('edits queued until the editor has painted', () => {
  it('wait for the frame, then run in order', async () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    afterPaint(() => ran.push('b'));
    expect(ran).toEqual([]);
    paintFrame();
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

  it('run when no frame comes (a hidden window)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ran: string[] = [];
    afterPaint(() => ran.push('edit'));
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['edit']);
  });

  it('keep one timer, cleared when the queue runs: nothing is left to run the next queue early', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    afterPaint(() => ran.push('b'));
    expect(vi.getTimerCount()).toBe(1);
    paintFrame();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'b']);
    expect(vi.getTimerCount()).toBe(0);

    // A key press runs the queue before its frame: its timer and frame go with it.
    afterPaint(() => ran.push('c'));
    vi.advanceTimersByTime(60);
    flushAfterPaint();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(vi.getTimerCount()).toBe(0);
    expect(frames.size).toBe(0);

    // The next edit waits for its own frame (or its own 100 ms), not the earlier queue's.
    afterPaint(() => ran.push('d'));
    vi.advanceTimersByTime(60);
    expect(ran).toEqual(['a', 'b', 'c']);
    paintFrame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });
});
