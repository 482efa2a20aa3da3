import { ModalFrame } from '../../ui/modal-frame';
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
  return (
    <ModalFrame
      role="alertdialog"
      title="This briefing is already in the library"
      description={message}
      initialFocus="[data-cancel]"
      onDismiss={onCancel}
    >
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
    </ModalFrame>
  );
}
