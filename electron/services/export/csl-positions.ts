/** One cite as citeproc takes it in a citation cluster. */
export interface Cite {
  id: string;
  prefix?: string;
  locator?: string;
  label?: string;
}

/** citeproc's position constants (`CSL.POSITION_*`). */
export const Position = { first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3 } as const;

/** A cite with the position fields citeproc reads when it renders a cluster. */
export interface PositionedCite extends Cite {
  position: (typeof Position)[keyof typeof Position];
  'first-reference-note-number'?: number;
  'near-note'?: boolean;
}

/** The same locator: same label and same text (`para. 3` is not `p. 3`), as citeproc compares them. */
const sameLocator = (a: Cite, b: Cite) => a.locator === b.locator && (a.label ?? '') === (b.label ?? '');

/**
 * The CSL positions of a run of notes (CSL 1.0.2, "Position"), each note one citation cluster: with
 * `sizes`, how many cites each note holds, in order (one a note without it; note `i` is note number
 * `i + 1`). `first` the first time an item is cited; `ibid` when the cite before it refers to the same
 * item with the same locator, label included (or neither has one), that cite being in the same note or,
 * for a note's first cite, the whole of the note before; `ibid-with-locator` when such a cite had a
 * different locator or none where this one has one; `subsequent` otherwise (also the same item without a
 * locator after a cite with one). `near-note` when the item was last cited no more than
 * `nearNoteDistance` notes before.
 */
export function notePositions(
  cites: readonly Cite[],
  nearNoteDistance: number,
  sizes?: readonly number[],
): PositionedCite[] {
  const firstNote = new Map<string, number>();
  const lastNote = new Map<string, number>();
  /** The note number of each cite, and whether it is its note's first. */
  const noteOf: number[] = [];
  const opens: boolean[] = [];
  const noteSize: number[] = [];
  if (sizes)
    sizes.forEach((size, n) => {
      noteSize.push(size);
      for (let k = 0; k < size; k++) {
        noteOf.push(n + 1);
        opens.push(k === 0);
      }
    });
  let previous: Cite | undefined;
  return cites.map((cite, i) => {
    const note = noteOf[i] ?? i + 1;
    const opensNote = opens[i] ?? true;
    const first = firstNote.get(cite.id);
    let positioned: PositionedCite;
    if (first === undefined) {
      positioned = { ...cite, position: Position.first };
      firstNote.set(cite.id, note);
    } else {
      let position: PositionedCite['position'] = Position.subsequent;
      // A note's first cite follows the note before only when that note is one cite.
      const follows = !opensNote || (noteSize[note - 2] ?? 1) === 1;
      if (follows && previous?.id === cite.id) {
        if (cite.locator === undefined)
          position = previous.locator === undefined ? Position.ibid : Position.subsequent;
        else position = sameLocator(cite, previous) ? Position.ibid : Position.ibidWithLocator;
      }
      positioned = {
        ...cite,
        position,
        'first-reference-note-number': first,
        'near-note': note - (lastNote.get(cite.id) ?? first) <= nearNoteDistance,
      };
    }
    lastNote.set(cite.id, note);
    previous = cite;
    return positioned;
  });
}
