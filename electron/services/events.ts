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

  subscribe(listener: (event: LibraryEvent) => void): Unsubscribe {
    this.listeners.add(listener);
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
    for (const listener of this.listeners) {
      try {
        listener(checked.data);
      } catch (error) {
        console.error('[library-events]', (error as Error).message);
      }
    }
  }
}
