import { ModalFrame } from './modal-frame';

/**
 * A question before something that cannot be undone ("Discard your edits to 3 candidates?"): an alert
 * dialog over whatever asked, focus on the answer that changes nothing; Escape answers it too.
 */
export function ConfirmDialog({
  question,
  detail,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  question: string;
  detail?: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalFrame
      role="alertdialog"
      title={question}
      description={detail}
      initialFocus="[data-cancel]"
      onDismiss={onCancel}
    >
      <div className="actions">
        <button type="button" className="secondary" data-cancel onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalFrame>
  );
}
