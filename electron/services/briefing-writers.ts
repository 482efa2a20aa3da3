import type { Briefing } from '../core/schemas';

/**
 * Which editor (a tab or window, by its `writerId`) saved the version of each briefing the store has,
 * so that editor's own successive saves never refuse each other. A save names the version it was made
 * from; one still on its way (or sent as the page left) when the editor saved again is from an older
 * version than the store has, but that newer version is the same editor's and holds everything it
 * saved before: it is taken. A version saved by anyone else in between (another tab, the command line,
 * an import, a template switch without a writer) still refuses it.
 *
 * Kept in memory: after a restart no save is on its way. The version is remembered with the writer,
 * so a write this process did not see (another process on the same store) is never mistaken for it.
 */
export class BriefingWriters {
  private readonly last = new Map<string, { writerId: string; updatedAt: string }>();

  /**
   * The base to check a save against: the version the store has (`current`, just read) when `writerId`
   * saved it, and the save's own base is another (older) one; else the save's own base. The store
   * still refuses it if anything was saved between that read and the write. A version this process
   * did not write (a restored backup, another process) is never taken for the writer's.
   */
  baseFor(
    current: Briefing,
    baseUpdatedAt: string | undefined,
    writerId: string | undefined,
  ): string | undefined {
    const last = this.last.get(current.id);
    if (baseUpdatedAt === undefined || writerId === undefined || last?.writerId !== writerId)
      return baseUpdatedAt;
    return last.updatedAt === current.updatedAt ? current.updatedAt : baseUpdatedAt;
  }

  /** `briefing` as just saved, by `writerId` (undefined: by no editor, as the command line or an import). */
  wrote(briefing: Briefing, writerId: string | undefined): Briefing {
    if (writerId === undefined) this.last.delete(briefing.id);
    else this.last.set(briefing.id, { writerId, updatedAt: briefing.updatedAt });
    return briefing;
  }
}
