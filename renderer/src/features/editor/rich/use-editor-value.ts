import type { Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterPaint } from '../../../app/after-paint';

type Plain = string | number | boolean | null | undefined;
type Value = Plain | Readonly<Record<string, Plain>>;

const same = (a: Value, b: Value): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * What the toolbar shows of the editor's state (bold at the caret, can the paragraph move…), read once
 * the browser has painted a transaction rather than inside it (Tiptap's `useEditorState` reads it in
 * every keystroke's input event), and re-rendering only when it reads differently.
 */
export function useEditorValue<T extends Value>(editor: Editor, read: (editor: Editor) => T): T {
  const [value, setValue] = useState(() => read(editor));
  // What was last read: a keystroke that leaves it reading the same schedules no render at all (a
  // functional update would: React runs it in a render, and every commit walks the focused editor's
  // text to save and restore its selection).
  const shown = useRef(value);
  const readRef = useRef(read);
  useLayoutEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
    let isQueued = false;
    const check = () => {
      isQueued = false;
      if (editor.isDestroyed) return;
      const next = readRef.current(editor);
      if (same(shown.current, next)) return;
      shown.current = next;
      setValue(next);
    };
    const onTransaction = () => {
      if (isQueued) return;
      isQueued = true;
      afterPaint(check);
    };
    editor.on('transaction', onTransaction);
    check();
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  return value;
}
