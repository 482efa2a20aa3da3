import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { OnExisting } from '../../../../electron/contract/api';

interface Props {
  /** The app's refusal, naming the briefing in the library and when it was last changed. */
  message: string;
  onChoose: (choice: Exclude<OnExisting, 'ask'>) => void;
  onCancel: () => void;
}

/**
 * Asked when an opened briefing file's briefing is already in the library: replace it, open the file
 * as a copy, or cancel. An alert dialog: focus moves in (on Cancel, the choice that changes nothing),
 * stays in, and goes back where it was; Escape cancels.
 */
export function BriefingExistsDialog({ message, onChoose, onCancel }: Props) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const app = document.getElementById('root');
    if (app) app.inert = true;
    cancelRef.current?.focus();
    return () => {
      if (app) app.inert = false;
      opener?.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return createPortal(
    <div className="modal-backdrop" onClick={onCancel}>
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-message`}
        className="modal card"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>This briefing is already in the library</h2>
        <p id={`${id}-message`}>{message}</p>
        <div className="actions">
          <button type="button" onClick={() => onChoose('replace')}>
            Replace
          </button>
          <button type="button" className="secondary" onClick={() => onChoose('copy')}>
            Open as a copy
          </button>
          <button ref={cancelRef} type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
