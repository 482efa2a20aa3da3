import type { Editor } from '@tiptap/react';

/**
 * Where the keyboard is in the open editor, kept across a new editor for the same briefing (a tab with
 * nothing unsaved taking a version saved in another tab): the paragraph (by its block id), the caret's
 * place in it, and how far down the page that paragraph was. Not kept when the keyboard is elsewhere
 * (a button, a form field); the paragraph gone from the new version, the caret is not put back.
 */
export interface CaretPlace {
  blockId: string;
  offset: number;
  top: number;
}

/** The rich-text editor a section's editable area belongs to (TipTap keeps it on the element). */
const editorOf = (element: Element | null | undefined): Editor | undefined =>
  (element?.closest('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null)?.editor;

/** The caret's place in the open editor, or undefined when the keyboard is not in a paragraph there. */
export function caretPlace(): CaretPlace | undefined {
  const editor = editorOf(document.activeElement);
  if (!editor) return undefined;
  const { head, $head } = editor.state.selection;
  for (let depth = $head.depth; depth > 0; depth--) {
    const blockId = $head.node(depth).attrs['blockId'] as unknown;
    if (typeof blockId !== 'string' || !blockId) continue;
    const element = editor.view.dom.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
    return { blockId, offset: head - $head.start(depth), top: element?.getBoundingClientRect().top ?? 0 };
  }
  return undefined;
}

/** The nearest ancestor of `element` that scrolls. */
function scroller(element: HTMLElement): HTMLElement | undefined {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return undefined;
}

/** Puts the caret back at `place` once the new editor shows its paragraph (tried for up to a second). */
export function restoreCaret(place: CaretPlace): void {
  const giveUpAt = performance.now() + 1000;
  const attempt = () => {
    const block = document.querySelector<HTMLElement>(
      `.ProseMirror [data-block-id="${CSS.escape(place.blockId)}"]`,
    );
    const editor = editorOf(block);
    if (!block || !editor) {
      if (performance.now() < giveUpAt) requestAnimationFrame(attempt);
      return;
    }
    let target: number | undefined;
    editor.state.doc.descendants((node, pos) => {
      if (target !== undefined) return false;
      if (node.attrs['blockId'] !== place.blockId) return true;
      // The same place in the paragraph, or its end when it is shorter now.
      target = Math.min(pos + 1 + place.offset, pos + node.nodeSize - 1);
      return false;
    });
    if (target === undefined) return;
    // Where the page was: the paragraph as far down as before.
    const pane = scroller(block);
    if (pane) pane.scrollTop += block.getBoundingClientRect().top - place.top;
    editor.chain().setTextSelection(target).focus(undefined, { scrollIntoView: false }).run();
  };
  requestAnimationFrame(attempt);
}
