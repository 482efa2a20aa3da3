import { useEffect, useLayoutEffect, useRef } from 'react';
import { redo, undo } from '../../app/actions';

/** Whether a key went to a text field (input, text area, select, rich text) that is not in the briefing editor. */
function isFieldOutsideBriefing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const isField = target.matches('input, textarea, select') || target.isContentEditable;
  return isField && !target.closest('.pane.editor');
}

/**
 * Undo/redo across the whole document (the text fields' own undo would only see one field), and
 * Ctrl/Cmd+E to export.
 */
export function useEditorShortcuts(onExport: () => void): void {
  const exportRef = useRef(onExport);
  useLayoutEffect(() => {
    exportRef.current = onExport;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      // A modal dialog (export) has its own keys: its text fields keep their own undo.
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = e.key.toLowerCase();
      // A text field outside the briefing (the library's search, a fact's form) keeps its own undo:
      // Ctrl+Z there takes back what was typed in it, not the briefing's last step.
      if ((key === 'z' || key === 'y') && isFieldOutsideBriefing(e.target)) return;
      if (key === 'e') {
        e.preventDefault();
        exportRef.current();
      } else if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
