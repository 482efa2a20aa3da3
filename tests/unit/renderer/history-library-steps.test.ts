import { describe, expect, it } from 'vitest';
import { historyReducer, type HistoryState, type HistoryStep } from '../../../renderer/src/app/use-history';

const start = (value: string): HistoryState<string> => ({
  past: [],
  present: value,
  future: [],
  lastKey: undefined,
  lastAt: 0,
});
const step = (label: string): HistoryStep => ({ label, undo: () => undefined, redo: () => undefined });
const queued = (s: HistoryState<string>) => (s.toRun ?? []).map((r) => `${r.direction} ${r.step.label}`);

describe('a write outside the document as a step of its history', () => {
  it('undo queues the step’s undo (the value stays), redo its redo, each once and in order', () => {
    let h = historyReducer(start('a'), { type: 'change', next: 'ab', key: 'typing', at: 1 });
    h = historyReducer(h, { type: 'step', step: step('retracted x'), at: 2 });
    expect(h.present).toBe('ab');
    expect(h.past).toEqual(['a', 'ab']);
    expect(queued(h)).toEqual([]);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe('ab');
    expect(queued(h)).toEqual(['undo retracted x']);
    // The typing before it is the next undo: a plain step, nothing to run.
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe('a');
    expect(queued(h)).toEqual(['undo retracted x']);
    h = historyReducer(h, { type: 'redo' });
    h = historyReducer(h, { type: 'redo' });
    expect(h.present).toBe('ab');
    expect(queued(h)).toEqual(['undo retracted x', 'redo retracted x']);
    expect(h.toRun?.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('typing right after the step does not fold into it (the step keeps its own undo)', () => {
    let h = historyReducer(start('a'), { type: 'change', next: 'ab', key: 'typing', at: 1 });
    h = historyReducer(h, { type: 'step', step: step('verified x'), at: 2 });
    h = historyReducer(h, { type: 'change', next: 'abc', key: 'typing', at: 3 });
    expect(h.past).toEqual(['a', 'ab', 'ab']);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe('ab');
    expect(queued(h)).toEqual([]);
    h = historyReducer(h, { type: 'undo' });
    expect(queued(h)).toEqual(['undo verified x']);
  });

  it('a new edit after undo drops the redo of the step', () => {
    let h = historyReducer(start('a'), { type: 'step', step: step('retracted x'), at: 1 });
    h = historyReducer(h, { type: 'undo' });
    h = historyReducer(h, { type: 'change', next: 'b', at: 2 });
    expect(h.future).toEqual([]);
    h = historyReducer(h, { type: 'redo' });
    expect(queued(h)).toEqual(['undo retracted x']);
  });
});
