/**
 * An open form's values when the record it shows changed underneath it (a save elsewhere, an undo):
 * each field the user has not touched takes the new value; each field the user changed keeps the
 * user's. `was` is the record as the form took it in, `now` as it is now, `mine` what the form shows.
 */
export function rebaseForm<V extends { [K in keyof V]: string }>(
  mine: V,
  was: V,
  now: V,
): {
  values: V;
  /** Whether the form held edits of its own (then the user is told what changed). */
  isDirty: boolean;
  /** The fields that changed underneath the form. */
  changed: (keyof V)[];
  /** Of those, the ones the user had changed too, differently: the form keeps the user's value. */
  kept: (keyof V)[];
} {
  const keys = Object.keys(now) as (keyof V)[];
  const changed = keys.filter((k) => now[k] !== was[k]);
  const kept = changed.filter((k) => mine[k] !== was[k] && mine[k] !== now[k]);
  const values = { ...mine };
  for (const k of changed) if (mine[k] === was[k]) values[k] = now[k];
  return { values, isDirty: keys.some((k) => mine[k] !== was[k]), changed, kept };
}
