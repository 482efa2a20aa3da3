import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** How long a notice stays before it fades (the pointer or the keyboard on it holds it). */
export const NOTICE_MS = 8000;

/** What the message reports: something done as asked (`success`), or news that changed nothing (`info`). */
export type NoticeTone = 'success' | 'info';

/**
 * A message that something happened ("Fact saved."): it closes with its Dismiss button, and fades after
 * {@link NOTICE_MS} unless it `lasts` (it offers an action such as Undo, or says something was removed)
 * or the pointer or keyboard is on it (WCAG 2.2.1: the user may hold it). Errors are not notices: they
 * stay until what caused them is fixed. Give it a `key` of its text, so a new message starts its time anew.
 * Its `tone` follows what happened: an import that added nothing is not dressed as a success.
 */
export function Notice({
  children,
  onDismiss,
  lasts = false,
  tone = 'success',
}: {
  children: ReactNode;
  onDismiss: () => void;
  lasts?: boolean;
  tone?: NoticeTone;
}) {
  const [isHeld, setHeld] = useState(false);
  const dismiss = useRef(onDismiss);
  useLayoutEffect(() => {
    dismiss.current = onDismiss;
  });
  const fades = !lasts && !isHeld;
  useEffect(() => {
    if (!fades) return;
    const timer = window.setTimeout(() => dismiss.current(), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [fades]);
  return (
    <p
      className={`notice notice-${tone}${fades ? ' fades' : ''}`}
      data-tone={tone}
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {children}{' '}
      <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </p>
  );
}
