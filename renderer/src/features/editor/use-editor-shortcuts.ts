import { useEffect, useLayoutEffect, useRef } from 'react';
import { redo, undo } from '../../app/actions';

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
