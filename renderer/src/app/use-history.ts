const LIMIT = 300;
const BURST_MS = 1000;

/**
 * A step of the history that is not only the value: a write outside it (a fact's status changed in
 * the library from the briefing). Undo runs `undo` (it writes the old state back), redo runs `redo`.
 */
export interface HistoryStep {
  label: string;
  undo: () => Promise<void> | void;
  redo: () => Promise<void> | void;
}

export interface HistoryState<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey: string | undefined;
  lastAt: number;
  /** The step that led to each past state, to the present, and to each future state (aligned with them). */
  pastSteps?: (HistoryStep | undefined)[];
  presentStep?: HistoryStep | undefined;
  futureSteps?: (HistoryStep | undefined)[];
  /** Steps to run, in order (the store runs each once, by `seq`): the reducer stays pure. */
  toRun?: Array<{ seq: number; step: HistoryStep; direction: 'undo' | 'redo' }>;
}

export type HistoryAction<T> =
  | { type: 'change'; next: T; key?: string | undefined; at: number; step?: HistoryStep }
  /** A change computed from the value as it is when applied (for corrections that arrive late). */
  | { type: 'map'; fn: (present: T) => T; at: number }
  /** A write outside the value, made a step of its own (the value stays as it is). */
  | { type: 'step'; step: HistoryStep; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; next: T };

const stepsOf = <T>(values: T[], steps: (HistoryStep | undefined)[] | undefined) =>
  steps ?? values.map(() => undefined);

function queue<T>(s: HistoryState<T>, step: HistoryStep | undefined, direction: 'undo' | 'redo') {
  const list = s.toRun ?? [];
  if (!step) return list;
  // A short tail is enough: the store runs what is queued after every change.
  return [...list, { seq: (list.at(-1)?.seq ?? 0) + 1, step, direction }].slice(-20);
}

/** The history's transitions (exported for tests). */
export function historyReducer<T>(s: HistoryState<T>, a: HistoryAction<T>): HistoryState<T> {
  switch (a.type) {
    case 'change': {
      const isBurst = !a.step && a.key !== undefined && s.lastKey === a.key && a.at - s.lastAt < BURST_MS;
      if (isBurst) return { ...s, present: a.next, future: [], futureSteps: [], lastAt: a.at };
      return {
        ...s,
        past: [...s.past, s.present].slice(-LIMIT),
        pastSteps: [...stepsOf(s.past, s.pastSteps), s.presentStep].slice(-LIMIT),
        present: a.next,
        presentStep: a.step,
        future: [],
        futureSteps: [],
        lastKey: a.step ? undefined : a.key,
        lastAt: a.at,
      };
    }
    case 'map': {
      const next = a.fn(s.present);
      if (next === s.present) return s;
      return historyReducer(s, { type: 'change', next, at: a.at });
    }
    case 'step':
      return historyReducer(s, { type: 'change', next: s.present, at: a.at, step: a.step });
    case 'undo': {
      const previous = s.past.at(-1);
      if (previous === undefined) return s;
      const pastSteps = stepsOf(s.past, s.pastSteps);
      return {
        past: s.past.slice(0, -1),
        pastSteps: pastSteps.slice(0, -1),
        present: previous,
        presentStep: pastSteps.at(-1),
        future: [s.present, ...s.future],
        futureSteps: [s.presentStep, ...stepsOf(s.future, s.futureSteps)],
        lastKey: undefined,
        lastAt: 0,
        toRun: queue(s, s.presentStep, 'undo'),
      };
    }
    case 'redo': {
      const [next, ...rest] = s.future;
      if (next === undefined) return s;
      const [step, ...restSteps] = stepsOf(s.future, s.futureSteps);
      return {
        past: [...s.past, s.present],
        pastSteps: [...stepsOf(s.past, s.pastSteps), s.presentStep],
        present: next,
        presentStep: step,
        future: rest,
        futureSteps: restSteps,
        lastKey: undefined,
        lastAt: 0,
        toRun: queue(s, step, 'redo'),
      };
    }
    case 'reset':
      return { past: [], present: a.next, future: [], lastKey: undefined, lastAt: 0, toRun: s.toRun ?? [] };
  }
}
