/**
 * A briefing save's place in its editor's order: the editor (`writerId`, a tab or window) and `seq`,
 * which grows with every save that editor sends (the renderer's `nextSaveSeq`).
 */
export interface SaveOrder {
  writerId: string;
  seq: number;
}

/**
 * The last save each briefing had written, by editor and place in that editor's order, so a store can
 * ignore a save its editor overtook: the save sent as a page leaves and an autosave still on its way
 * travel on separate connections, and when the leave-save arrives first the older autosave must not be
 * written over it. Ignored, not refused: the editor's newer content is already stored.
 *
 * Kept in memory, per store: a save on its way does not outlive the process it was sent to, and a tab
 * talks to one process. Saves of one briefing run one after another (`inTurn`) where the store's own
 * transaction does not already serialize them (the team library's connections).
 */
export class BriefingSaveOrder {
  private readonly last = new Map<string, SaveOrder>();
  private readonly turns = new Map<string, Promise<unknown>>();

  /** True when the store already wrote this save, or a later one, of `briefingId` from the same editor. */
  isOvertaken(briefingId: string, order: SaveOrder | undefined): boolean {
    const last = this.last.get(briefingId);
    return order !== undefined && last?.writerId === order.writerId && order.seq <= last.seq;
  }

  /** `briefingId` was written by the save `order` (undefined: by none an editor ordered). */
  wrote(briefingId: string, order: SaveOrder | undefined): void {
    if (order) this.last.set(briefingId, { writerId: order.writerId, seq: order.seq });
    else this.last.delete(briefingId);
  }

  /** Runs `fn` after the saves of `briefingId` already under way here, so its check and write are one step. */
  inTurn<T>(briefingId: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.turns.get(briefingId) ?? Promise.resolve()).then(fn, fn);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.turns.set(briefingId, settled);
    void settled.then(() => {
      if (this.turns.get(briefingId) === settled) this.turns.delete(briefingId);
    });
    return run;
  }
}
