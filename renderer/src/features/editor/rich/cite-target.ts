import { useSyncExternalStore } from 'react';

/**
 * Where "Cite at cursor" in the library puts a chip: the caret of the section editor used last. It
 * outlives the editor's focus (the analyst goes to the library to pick the fact), and ends with it.
 */
export interface CiteTarget {
  sectionId: string;
  heading: string;
  /** Puts a chip for the fact at the caret and takes the focus back there. */
  cite: (factId: string) => void;
}

let current: CiteTarget | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export const citeTarget = {
  get: (): CiteTarget | null => current,
  set(target: CiteTarget): void {
    if (current?.cite === target.cite) return;
    current = target;
    notify();
  },
  /** Forgets `cite`'s editor (it is gone). */
  clear(cite: CiteTarget['cite']): void {
    if (current?.cite !== cite) return;
    current = null;
    notify();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The current cite target, re-rendering when another editor becomes it. */
export const useCiteTarget = (): CiteTarget | null =>
  useSyncExternalStore(citeTarget.subscribe, citeTarget.get);
