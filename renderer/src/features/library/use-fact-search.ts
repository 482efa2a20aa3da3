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
 * Search-as-you-type over the library. Each change of the query starts a new search after a short
 * pause; answers to stale queries are dropped; further pages load as the list scrolls.
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

  useEffect(() => {
    const gen = ++generation.current;
    const started = performance.now();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, isLoading: true }));
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
    }, debounceMs);
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
