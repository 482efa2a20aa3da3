/** Where a finding of the pre-export check points: a section, and in it a paragraph; or a front-matter field. */
export interface EditorTarget {
  sectionId?: string;
  blockId?: string;
  field?: string;
}

/**
 * Brings a paragraph (or, without one, its section) of the open briefing into view and puts the
 * keyboard at its start, so a finding of the check leads to what it is about. False when it is not
 * on the page (a section the briefing no longer has).
 */
export function revealInEditor(target: EditorTarget): boolean {
  if (!target.sectionId && target.field) return revealField(target.field);
  const section = target.sectionId
    ? document.querySelector<HTMLElement>(`[data-section="${CSS.escape(target.sectionId)}"]`)
    : null;
  const paragraph = target.blockId
    ? (section ?? document).querySelector<HTMLElement>(`[data-block-id="${CSS.escape(target.blockId)}"]`)
    : null;
  const element = paragraph ?? section;
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  const editable = paragraph?.closest<HTMLElement>('[contenteditable="true"]');
  if (paragraph && editable) {
    // Not scrolled by the focus: a section's editor taller than the pane would be brought in at its top,
    // taking the paragraph just scrolled to out of view.
    editable.focus({ preventScroll: true });
    // ProseMirror takes the selection from the DOM on focus: the caret at the paragraph's start.
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    range.collapse(true);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  } else {
    const heading = section?.querySelector<HTMLElement>('h2, h3, [tabindex]');
    heading?.focus();
  }
  // Its section is outlined for a moment, so the eye finds it (the paragraph itself belongs to the
  // rich-text editor, which would redraw a paragraph whose attributes changed under it).
  const marked = section ?? element;
  marked.classList.add('reveal-target');
  window.setTimeout(() => marked.classList.remove('reveal-target'), 2500);
  return true;
}

/** Brings a front-matter field's input into view with the keyboard in it, outlined for a moment. */
function revealField(field: string): boolean {
  const input = document.getElementById(`fm-${field}`);
  const box = input?.closest<HTMLElement>('.field');
  if (!input || !box) return false;
  box.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
  box.classList.add('reveal-target');
  window.setTimeout(() => box.classList.remove('reveal-target'), 2500);
  return true;
}
