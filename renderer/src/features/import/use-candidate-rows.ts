import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CandidateFact } from '../../../../electron/contract/api';
import {
  isEdited,
  rowsOf,
  speakersByCount,
  type CandidateEdits,
  type CarriedEdits,
  type EditableKey,
  type Row,
} from './candidate-rows';

/** Changes one field of the row at `index`; the same function for the whole life of the review. */
export type EditRow = <K extends EditableKey>(index: number, key: K, value: CandidateEdits[K]) => void;

/**
 * The review's candidates and what the analyst did to them. Every callback is stable and every change
 * replaces only the rows it touches, so a memoised row re-renders only when its own data changes.
 */
export function useCandidateRows() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [carried, setCarried] = useState<CarriedEdits | null>(null);

  // The rows as they are now, for a reading that answers after the analyst edited on (while it ran).
  const latest = useRef(rows);
  useLayoutEffect(() => {
    latest.current = rows;
  });

  /** A new reading of the article, keeping the edits of the candidates that come back. */
  const load = useCallback((candidates: readonly CandidateFact[]) => {
    const next = rowsOf(candidates, latest.current ?? []);
    latest.current = next.rows;
    setRows(next.rows);
    setCarried(next.carried);
  }, []);

  const edit: EditRow = useCallback((index, key, value) => {
    setRows((rs) => {
      if (!rs || rs[index]?.[key] === value) return rs;
      const next = rs.slice();
      next[index] = { ...(rs[index] as Row), [key]: value };
      return next;
    });
  }, []);

  /** One patch for the rows `which` picks; rows it leaves as they are stay the same objects. */
  const update = useCallback((which: (r: Row) => boolean, patch: (r: Row) => Partial<CandidateEdits>) => {
    setRows(
      (rs) =>
        rs?.map((r) => {
          if (!which(r)) return r;
          const p = patch(r);
          return (Object.keys(p) as EditableKey[]).every((k) => r[k] === p[k]) ? r : { ...r, ...p };
        }) ?? null,
    );
  }, []);
  const setSelected = useCallback(
    (patch: Partial<CandidateEdits>) =>
      update(
        (r) => r.isAccepted,
        () => patch,
      ),
    [update],
  );
  const selectWhere = useCallback(
    (pick: (r: Row) => boolean) =>
      update(
        () => true,
        (r) => ({ isAccepted: pick(r) }),
      ),
    [update],
  );

  const summary = useMemo(() => {
    const list = rows ?? [];
    let selected = 0;
    let edited = 0;
    for (const r of list) {
      if (r.isAccepted) selected++;
      if (isEdited(r)) edited++;
    }
    return { selected, edited, speakers: speakersByCount(list) };
  }, [rows]);

  const clear = useCallback(() => {
    setRows(null);
    setCarried(null);
  }, []);

  return { rows, carried, load, edit, setSelected, selectWhere, clear, ...summary };
}
