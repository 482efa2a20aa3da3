import { useLayoutEffect, type RefObject } from 'react';

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A scroll box that shows one panel at a time (a form, an import): each time `key` names another panel,
 * the box goes back to its top and the keyboard to the panel's first field (or the one it marks
 * `data-autofocus`). Nothing happens while `key` stays the same (the panel re-rendered, or showed its
 * saved record).
 */
export function useOpenAtTop(ref: RefObject<HTMLElement | null>, key: string | null): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (key === null || !box) return;
    box.scrollTop = 0;
    const marked = box.querySelector<HTMLElement>('[data-autofocus]');
    (marked ?? box.querySelector<HTMLElement>(FIELDS))?.focus({ preventScroll: true });
    // A text opened to edit: the caret after what is there, as an editor opens a document.
    if (
      marked instanceof HTMLTextAreaElement ||
      (marked instanceof HTMLInputElement && ['text', 'search', 'url'].includes(marked.type))
    )
      marked.setSelectionRange(marked.value.length, marked.value.length);
  }, [ref, key]);
}
