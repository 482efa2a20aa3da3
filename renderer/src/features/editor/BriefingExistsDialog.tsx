import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useModal } from '../../ui/modal';
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

  const onKeyDown = useModal(dialogRef, { initialFocus: '[data-cancel]', onEscape: onCancel });

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
          <button type="button" className="secondary" data-cancel onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
