import { useId, useState } from 'react';
import { ModalFrame } from './modal-frame';

/**
 * Asks for a name (a new template's, a saved search's): a dialog with one text field, its text selected,
 * Enter to save and Escape to cancel. The app's own, as the desktop shell has no `window.prompt`.
 * `noteFor` says what saving under a name will do ("replaces your template …"); `confirmLabelFor` may
 * name the button after it ("Replace").
 */
export function NameDialog({
  title,
  label,
  initial,
  maxLength,
  confirmLabel,
  confirmLabelFor,
  noteFor,
  onConfirm,
  onCancel,
}: {
  title: string;
  label: string;
  initial: string;
  maxLength: number;
  confirmLabel: string;
  confirmLabelFor?: (name: string) => string | undefined;
  noteFor?: (name: string) => string | undefined;
  onConfirm: (name: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial);
  const [isRefused, setRefused] = useState(false);
  const trimmed = name.trim();
  const note = trimmed ? noteFor?.(trimmed) : undefined;
  return (
    <ModalFrame title={title} initialFocus="[data-name]" onDismiss={onCancel}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!trimmed) return setRefused(true);
          onConfirm(trimmed);
        }}
      >
        <div className={isRefused && !trimmed ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-name`}>{label}</label>
          <input
            id={`${id}-name`}
            data-name
            value={name}
            maxLength={maxLength}
            dir="auto"
            aria-invalid={isRefused && !trimmed}
            aria-describedby={`${id}-note`}
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${id}-note`} className={isRefused && !trimmed ? 'field-error' : 'hint'} aria-live="polite">
            {isRefused && !trimmed ? 'Give it a name.' : (note ?? '')}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">{(trimmed && confirmLabelFor?.(trimmed)) || confirmLabel}</button>
        </div>
      </form>
    </ModalFrame>
  );
}
