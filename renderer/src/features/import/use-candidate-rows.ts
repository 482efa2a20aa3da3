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
import {
  CHECKED_FIELDS,
  fieldProblem,
  firstProblem,
  placeIssues,
  problemsToSave,
  type FieldAt,
  type Problems,
  type RowProblems,
} from './candidate-problems';

const NO_PROBLEMS: Problems = new Map();

/** `all` with one candidate's problems replaced (none: `undefined` or empty); the others kept as they are. */
function withProblems(all: Problems, index: number, found: RowProblems | undefined): Problems {
  const next = new Map(all);
  if (!found || Object.keys(found).length === 0) next.delete(index);
  else next.set(index, found);
  return next;
}

/** `all` with one field's problem set, or cleared (`undefined`); unchanged, the same object. */
function withProblem(all: Problems, index: number, key: EditableKey, message: string | undefined): Problems {
  const before = all.get(index);
  if (before?.[key] === message) return all;
  const row: RowProblems = { ...before };
  if (message === undefined) delete row[key];
  else row[key] = message;
  return withProblems(all, index, row);
}

/** Changes one field of the row at `index`; the same function for the whole life of the review. */
export type EditRow = <K extends EditableKey>(index: number, key: K, value: CandidateEdits[K]) => void;

/**
 * The review's candidates and what the analyst did to them. Every callback is stable and every change
 * replaces only the rows it touches, so a memoised row re-renders only when its own data changes.
 */
export function useCandidateRows() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [carried, setCarried] = useState<CarriedEdits | null>(null);
  /** What is wrong with the candidates' fields: found as a field is left, at save, or by the store. */
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  /** The field a refused save takes the keyboard to (`nonce`: the same field again, taken to again). */
  const [focus, setFocus] = useState<(FieldAt & { nonce: number }) | null>(null);

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
    setProblems(NO_PROBLEMS);
  }, []);

  /** A field left: checked now, not first at save. */
  const check = useCallback((index: number, key: EditableKey) => {
    const row = latest.current?.[index];
    // (A field the store checks keeps the store's message until it is edited.)
    if (row && CHECKED_FIELDS.has(key))
      setProblems((all) => withProblem(all, index, key, fieldProblem(row, key)));
  }, []);

  const refuse = useCallback((found: Problems) => {
    setProblems(found);
    const first = firstProblem(found);
    if (first) setFocus((f) => ({ ...first, nonce: (f?.nonce ?? 0) + 1 }));
  }, []);

  /** Before a save: the ticked candidates checked; false (each problem shown, the first focused) if any. */
  const checkToSave = useCallback((): boolean => {
    const found = problemsToSave(latest.current ?? []);
    refuse(found);
    return found.size === 0;
  }, [refuse]);

  /** A save the store refused: its problems with candidates shown on them; the others returned. */
  const placeRefusal = useCallback(
    (issues: ReadonlyArray<{ path: string; message: string }>) => {
      const placed = placeIssues(latest.current ?? [], issues);
      if (placed.problems.size > 0) refuse(placed.problems);
      return placed.rest;
    },
    [refuse],
  );

  const edit: EditRow = useCallback((index, key, value) => {
    setRows((rs) => {
      if (!rs || rs[index]?.[key] === value) return rs;
      const next = rs.slice();
      next[index] = { ...(rs[index] as Row), [key]: value };
      return next;
    });
    setProblems((all) => {
      const found = all.get(index);
      if (!found) return all;
      // An unticked candidate is not saved: what was wrong with it no longer stops the save.
      if (key === 'isAccepted' && value === false) return withProblems(all, index, undefined);
      // A field shown wrong is checked again as it is corrected: its message goes once it is right.
      const row = latest.current?.[index];
      if (!found[key] || !row) return all;
      return withProblem(all, index, key, fieldProblem({ ...row, [key]: value }, key));
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
    (patch: Partial<CandidateEdits>) => {
      update(
        (r) => r.isAccepted,
        () => patch,
      );
      // The value set (checked by the caller) is each selected candidate's now: what was wrong with theirs goes.
      const keys = Object.keys(patch) as EditableKey[];
      setProblems((all) => {
        let next = all;
        for (const [index, found] of all)
          if (latest.current?.[index]?.isAccepted)
            for (const k of keys) if (found[k]) next = withProblem(next, index, k, undefined);
        return next;
      });
    },
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
    setProblems(NO_PROBLEMS);
  }, []);

  return {
    rows,
    carried,
    problems,
    focus,
    load,
    edit,
    check,
    checkToSave,
    placeRefusal,
    setSelected,
    selectWhere,
    clear,
    ...summary,
  };
}
