import type { CslName } from '../../../../electron/core/csl-item';

/**
 * A list of names (authors, editors…): each a person (family and given names) or an organisation
 * written as one unit. Add, remove and reorder; the order is the order the notes print them in.
 */
export function NamesEditor({
  label,
  idPrefix,
  names,
  onChange,
  error,
}: {
  /** "Authors", "Editors". */
  label: string;
  idPrefix: string;
  names: readonly CslName[];
  onChange: (names: CslName[]) => void;
  error?: string | undefined;
}) {
  const singular = label.replace(/s$/, '').toLowerCase();
  const update = (i: number, name: CslName) => onChange(names.map((n, j) => (j === i ? name : n)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...names];
    const [moved] = next.splice(i, 1);
    if (moved) next.splice(i + by, 0, moved);
    onChange(next);
  };
  const isOrganisation = (n: CslName) => n.literal !== undefined && n.family === undefined;
  return (
    <fieldset className="names-editor" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend>{label}</legend>
      {names.length === 0 ? <p className="muted">No {label.toLowerCase()}.</p> : null}
      <ol>
        {names.map((n, i) => {
          const id = `${idPrefix}-${i}`;
          const who = isOrganisation(n) ? (n.literal ?? '') : [n.given, n.family].filter(Boolean).join(' ');
          const label = `${singular} ${i + 1}${who ? ` (${who})` : ''}`;
          return (
            <li key={i} className="row fit">
              <select
                aria-label={`Kind of ${label}`}
                value={isOrganisation(n) ? 'organisation' : 'person'}
                onChange={(e) =>
                  update(
                    i,
                    e.target.value === 'organisation'
                      ? { literal: [n.given, n.family].filter(Boolean).join(' ') || (n.literal ?? '') }
                      : { family: n.literal ?? n.family ?? '', given: n.given ?? '' },
                  )
                }
              >
                <option value="person">Person</option>
                <option value="organisation">Organisation</option>
              </select>
              {isOrganisation(n) ? (
                <input
                  id={`${id}-literal`}
                  dir="auto"
                  aria-label={`Name of ${label}`}
                  placeholder="World Health Organization"
                  value={n.literal ?? ''}
                  onChange={(e) => update(i, { ...n, literal: e.target.value })}
                />
              ) : (
                <>
                  {/* Visible words for the parts (a placeholder goes once the field is filled). */}
                  <label className="name-part">
                    <span>Given</span>
                    <input
                      id={`${id}-given`}
                      dir="auto"
                      aria-label={`Given name of ${label}`}
                      placeholder="Given name"
                      value={n.given ?? ''}
                      onChange={(e) => update(i, { ...n, given: e.target.value })}
                    />
                  </label>
                  <label className="name-part">
                    <span>Family</span>
                    <input
                      id={`${id}-family`}
                      dir="auto"
                      aria-label={`Family name of ${label}`}
                      placeholder="Family name"
                      value={n.family ?? ''}
                      onChange={(e) => update(i, { ...n, family: e.target.value })}
                    />
                  </label>
                </>
              )}
              <button
                type="button"
                className="link"
                aria-label={`Move ${label} up`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="link"
                aria-label={`Move ${label} down`}
                disabled={i === names.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="link"
                aria-label={`Remove ${label}`}
                onClick={() => onChange(names.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...names, { family: '', given: '' }])}
      >
        Add {singular}
      </button>
      {error ? (
        <p className="field-error" id={`${idPrefix}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Names as a form keeps them, cleaned for saving: blanks dropped, empty parts left out. */
export function namesToSave(names: readonly CslName[]): CslName[] {
  return names.flatMap((n): CslName[] => {
    const clean = Object.fromEntries(
      Object.entries(n).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')),
    ) as CslName;
    return clean.family || clean.given || clean.literal ? [clean] : [];
  });
}
