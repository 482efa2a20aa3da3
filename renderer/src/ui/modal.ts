import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Modal dialogs open now: the app behind is inert while any is. */
let openDialogs = 0;

/**
 * A modal dialog's keyboard behaviour, one for every dialog: while it is open the app behind is inert,
 * focus moves in (to `initialFocus`, a selector inside the dialog) and goes back where it was on close;
 * Tab and Shift+Tab stay inside; Escape calls `onEscape`. Returns the dialog's keydown handler.
 */
export function useModal(
  dialogRef: RefObject<HTMLElement | null>,
  { initialFocus, onEscape }: { initialFocus: string; onEscape: () => void },
): (e: KeyboardEvent<HTMLElement>) => void {
  const escape = useRef(onEscape);
  useLayoutEffect(() => {
    escape.current = onEscape;
  });
  const first = useRef(initialFocus);
  // Where focus was when the dialog was asked for, read as it first renders: a field inside that takes
  // focus as it mounts (its effects run before this one's) must not pass for the opener.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    const app = document.getElementById('root');
    // Counted: a dialog asked from another (a confirmation) closing leaves the app inert for the first.
    openDialogs++;
    if (app) app.inert = true;
    dialogRef.current?.querySelector<HTMLElement>(first.current)?.focus();
    // A control that goes away with what it did (a step replaced, a button disabled) drops the focus on
    // <body>, out of the dialog's reach: Escape still closes the topmost dialog then.
    const onStrayKey = (e: globalThis.KeyboardEvent) => {
      const dialogs = document.querySelectorAll('[aria-modal="true"]');
      if (
        e.key === 'Escape' &&
        e.target === document.body &&
        dialogs[dialogs.length - 1] === dialogRef.current
      ) {
        e.preventDefault();
        escape.current();
      }
    };
    document.addEventListener('keydown', onStrayKey);
    return () => {
      document.removeEventListener('keydown', onStrayKey);
      openDialogs--;
      if (app && openDialogs === 0) app.inert = false;
      opener?.focus();
    };
  }, [dialogRef, opener]);

  return (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      escape.current();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const head = items[0];
    const tail = items[items.length - 1];
    if (!head || !tail) return;
    if (e.shiftKey && document.activeElement === head) {
      e.preventDefault();
      tail.focus();
    } else if (!e.shiftKey && document.activeElement === tail) {
      e.preventDefault();
      head.focus();
    }
  };
}
