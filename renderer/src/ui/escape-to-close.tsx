import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Escape closes an editing panel (a fact's or a source's form) as its Close button does: at once when
 * nothing was changed, after asking when something was, so an Escape meant for something else never
 * loses an edit. Returns the form's keydown handler and the question to render while it is asked.
 */
export function useEscapeToClose({
  isDirty,
  onClose,
  what,
}: {
  isDirty: boolean;
  onClose: () => void;
  /** What is edited, for the question ("this fact"). */
  what: string;
}): { onKeyDown: (e: KeyboardEvent<HTMLElement>) => void; question: ReactNode } {
  const [asking, setAsking] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // (A dialog inside handles its own Escape and stops it; an open list or menu marks it handled.)
    if (e.key !== 'Escape' || e.defaultPrevented || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (isDirty) setAsking(true);
    else onClose();
  };
  const question = asking ? (
    <ConfirmDialog
      question={`Discard your changes to ${what}?`}
      detail="They have not been saved."
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      onConfirm={() => {
        setAsking(false);
        onClose();
      }}
      onCancel={() => setAsking(false)}
    />
  ) : null;
  return { onKeyDown, question };
}
