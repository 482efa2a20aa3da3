import { useCallback, useReducer } from 'react';

const LIMIT = 300;
const BURST_MS = 1000;

export interface HistoryState<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey: string | undefined;
  lastAt: number;
}

export type HistoryAction<T> =
  | { type: 'change'; next: T; key?: string | undefined; at: number }
  /** A change computed from the value as it is when applied (for corrections that arrive late). */
  | { type: 'map'; fn: (present: T) => T; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; next: T };

/** The history's transitions (exported for tests). */
export function historyReducer<T>(s: HistoryState<T>, a: HistoryAction<T>): HistoryState<T> {
  switch (a.type) {
    case 'change': {
      const isBurst = a.key !== undefined && s.lastKey === a.key && a.at - s.lastAt < BURST_MS;
      return {
        past: isBurst ? s.past : [...s.past, s.present].slice(-LIMIT),
        present: a.next,
        future: [],
        lastKey: a.key,
        lastAt: a.at,
      };
    }
    case 'map': {
      const next = a.fn(s.present);
      if (next === s.present) return s;
      return historyReducer(s, { type: 'change', next, at: a.at });
    }
    case 'undo': {
      const previous = s.past.at(-1);
      if (previous === undefined) return s;
      return {
        past: s.past.slice(0, -1),
        present: previous,
        future: [s.present, ...s.future],
        lastKey: undefined,
        lastAt: 0,
      };
    }
    case 'redo': {
      const [next, ...rest] = s.future;
      if (next === undefined) return s;
      return { past: [...s.past, s.present], present: next, future: rest, lastKey: undefined, lastAt: 0 };
    }
    case 'reset':
      return { past: [], present: a.next, future: [], lastKey: undefined, lastAt: 0 };
  }
}

/**
 * A value with undo/redo. Edits sharing a `key` within a second (typing in one field) fold into one
 * undo step; everything else (adding a fact, removing a paragraph) is a step of its own. An edit made
 * of several changes in one event (a paragraph dragged from one section to another: out of one, into
 * the other) gives them one key of its own (`move-<n>`), so it is one step.
 */
export function useHistory<T>(initial: T) {
  const [state, dispatch] = useReducer(historyReducer<T>, {
    past: [],
    present: initial,
    future: [],
    lastKey: undefined,
    lastAt: 0,
  });
  const change = useCallback(
    (next: T, key?: string) => dispatch({ type: 'change', next, key, at: Date.now() }),
    [],
  );
  /** A change made from the value as it then stands (a step of its own; none when `fn` returns it unchanged). */
  const changeWith = useCallback(
    (fn: (present: T) => T) => dispatch({ type: 'map', fn, at: Date.now() }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  /** Starts over with a new value and no history (opening another document). */
  const reset = useCallback((next: T) => dispatch({ type: 'reset', next }), []);
  return {
    value: state.present,
    change,
    changeWith,
    undo,
    redo,
    reset,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
  };
}
