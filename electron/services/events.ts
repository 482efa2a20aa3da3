import { LibraryEvent } from '../contract/api';

/** A subscription's end. */
export type Unsubscribe = () => void;

/**
 * The library events of one process, fanned out to every subscriber (each Electron window, each browser
 * mode event stream). Events are checked against the contract here, once, so a host forwards only
 * well-formed ones; a subscriber that throws is logged and does not stop the others.
 */
export class LibraryEvents {
  private readonly listeners = new Set<(event: LibraryEvent) => void>();

  /** The last word of a team library that is out of reach (none once it is back), for a window opened meanwhile. */
  private outOfReachEvent: LibraryEvent | undefined;
  get outOfReach(): LibraryEvent | undefined {
    return this.outOfReachEvent;
  }

  /** Subscribes; a subscriber that comes while the team library is out of reach is told at once. */
  subscribe(listener: (event: LibraryEvent) => void): Unsubscribe {
    this.listeners.add(listener);
    if (this.outOfReachEvent) listener(this.outOfReachEvent);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: LibraryEvent): void {
    const checked = LibraryEvent.safeParse(event);
    if (!checked.success) {
      console.error('[library-events] dropped an invalid event', checked.error.issues[0]?.message);
      return;
    }
    if (checked.data.kind === 'connection')
      this.outOfReachEvent = checked.data.isLive ? undefined : checked.data;
    for (const listener of this.listeners) {
      try {
        listener(checked.data);
      } catch (error) {
        console.error('[library-events]', (error as Error).message);
      }
    }
  }
}
