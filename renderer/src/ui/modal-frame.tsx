import { useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useModal } from './modal';

interface Props {
  title: ReactNode;
  /** A short text under the title that says what the dialog asks (its accessible description). */
  description?: ReactNode;
  /** `alertdialog` for a question that interrupts (replace a briefing?); `dialog` otherwise. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** A selector inside the dialog for the control that takes focus when it opens. */
  initialFocus: string;
  /** Escape, and a click on the backdrop unless `isBackdropInert` (while an export runs, say). */
  onDismiss: () => void;
  isBackdropInert?: boolean;
  children: ReactNode;
}

/**
 * The frame every modal dialog shares: a backdrop over the inert app, the dialog element with its
 * title and description wired for assistive technology, and the keyboard rules of `useModal`.
 */
export function ModalFrame({
  title,
  description,
  role = 'dialog',
  className,
  initialFocus,
  onDismiss,
  isBackdropInert = false,
  children,
}: Props) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useModal(dialogRef, { initialFocus, onEscape: onDismiss });
  return createPortal(
    <div className="modal-backdrop" onClick={() => (isBackdropInert ? undefined : onDismiss())}>
      <div
        ref={dialogRef}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description === undefined ? undefined : `${id}-description`}
        className={className ? `modal card ${className}` : 'modal card'}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {description === undefined ? null : <p id={`${id}-description`}>{description}</p>}
        {children}
      </div>
    </div>,
    document.body,
  );
}
