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
 * The CSL positions of a run of notes that each hold one cite, note `i` being note number `i + 1`
 * (CSL 1.0.2, "Position"): `first` the first time an item is cited; `ibid` when the previous note
 * cites the same item with the same locator, label included (or neither has one); `ibid-with-locator` when the same
 * item is cited with a different locator or a locator the previous cite lacked; `subsequent`
 * otherwise (also the same item without a locator after a cite with one). `near-note` when the item
 * was last cited no more than `nearNoteDistance` notes before.
 */
export function notePositions(cites: readonly Cite[], nearNoteDistance: number): PositionedCite[] {
  const firstNote = new Map<string, number>();
  const lastNote = new Map<string, number>();
  let previous: Cite | undefined;
  return cites.map((cite, i) => {
    const note = i + 1;
    const first = firstNote.get(cite.id);
    let positioned: PositionedCite;
    if (first === undefined) {
      positioned = { ...cite, position: Position.first };
      firstNote.set(cite.id, note);
    } else {
      let position: PositionedCite['position'] = Position.subsequent;
      if (previous?.id === cite.id) {
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
