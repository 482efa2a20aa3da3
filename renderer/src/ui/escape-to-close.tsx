import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Closing an editing panel (a fact's or a source's form), by its Close or Cancel button or by Escape: at
 * once when nothing was changed, after asking when something was, so neither a stray Escape nor a click
 * meant for Save loses an edit. Returns the button's handler, the form's keydown handler and the question
 * to render while it is asked.
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
}): { requestClose: () => void; onKeyDown: (e: KeyboardEvent<HTMLElement>) => void; question: ReactNode } {
  const [asking, setAsking] = useState(false);
  const requestClose = () => {
    if (isDirty) setAsking(true);
    else onClose();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // (A dialog inside handles its own Escape and stops it; an open list or menu marks it handled.)
    if (e.key !== 'Escape' || e.defaultPrevented || e.nativeEvent.isComposing) return;
    e.preventDefault();
    requestClose();
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
  return { requestClose, onKeyDown, question };
}
