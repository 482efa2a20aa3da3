import { useCallback, useEffect, useRef, useState } from 'react';
import type { FactHit, FactQuery } from '../../../../electron/contract/api';
import { call } from '../../api/client';

const PAGE = 100;

export interface FactSearchState {
  items: FactHit[];
  total: number;
  totalIsExact: boolean;
  /** Set when the order covers only this many newest matches (see SearchResult). */
  rankedAmongNewest?: number;
  isLoading: boolean;
  error: string | null;
  /** Milliseconds from the last keystroke/filter change to its results on screen. */
  lastLatencyMs: number | null;
}

/**
 * Search-as-you-type over the library. A change of the query after a pause searches at once; within a
 * burst of typing, after a short pause; answers to stale queries are dropped; further pages load as the
 * list scrolls.
 */
export function useFactSearch(query: FactQuery, debounceMs = 25) {
  const [state, setState] = useState<FactSearchState>({
    items: [],
    total: 0,
    totalIsExact: true,
    isLoading: true,
    error: null,
    lastLatencyMs: null,
  });
  const generation = useRef(0);
  const loadingMore = useRef(false);
  const key = JSON.stringify(query);
  const [reloadToken, setReloadToken] = useState(0);

  // When the query last changed: a change after a pause searches at once, one in a burst of typing waits.
  const lastChangeAt = useRef(0);
  useEffect(() => {
    const gen = ++generation.current;
    const started = performance.now();
    const isBurst = started - lastChangeAt.current < debounceMs;
    lastChangeAt.current = started;
    const search = () => {
      setState((s) => (s.isLoading ? s : { ...s, isLoading: true }));
      // Marks for bench:ui, which splits keystroke → results painted into its parts.
      performance.mark('briefing:search-sent');
      call('facts:search', { ...(JSON.parse(key) as FactQuery), offset: 0, limit: PAGE })
        .then((r) => {
          if (gen !== generation.current) return;
          setState({
            items: r.items,
            total: r.total,
            totalIsExact: r.totalIsExact,
            ...(r.rankedAmongNewest !== undefined ? { rankedAmongNewest: r.rankedAmongNewest } : {}),
            isLoading: false,
            error: null,
            lastLatencyMs: Math.round(performance.now() - started),
          });
          performance.mark('briefing:search-results', { detail: { ms: performance.now() - started } });
        })
        .catch((e: unknown) => {
          if (gen === generation.current)
            setState((s) => ({ ...s, isLoading: false, error: (e as Error).message }));
        });
    };
    // Not even a timeout after a pause: the browser would paint the keystroke first, a frame later.
    if (!isBurst) return search();
    const timer = setTimeout(search, debounceMs);
    return () => clearTimeout(timer);
  }, [key, debounceMs, reloadToken]);

  const loadMore = useCallback(() => {
    if (loadingMore.current || state.isLoading || state.items.length >= state.total) return;
    loadingMore.current = true;
    const gen = generation.current;
    call('facts:search', { ...(JSON.parse(key) as FactQuery), offset: state.items.length, limit: PAGE })
      .then((r) => {
        if (gen !== generation.current) return;
        setState((s) => ({
          ...s,
          items: [...s.items, ...r.items],
          total: Math.max(r.total, s.total),
          totalIsExact: r.totalIsExact,
        }));
      })
      .catch((e: unknown) => setState((s) => ({ ...s, error: (e as Error).message })))
      .finally(() => {
        loadingMore.current = false;
      });
  }, [key, state.isLoading, state.items.length, state.total]);

  /** Runs the current search again (after an edit, an import…). */
  const reload = useCallback(() => setReloadToken((n) => n + 1), []);

  return { ...state, loadMore, reload };
}
