import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { UNDO_KEY, dropSlice, forDrop, removeDragged, type Dragged } from './commands';

/**
 * Dragging paragraphs between sections. Each section is an editor of its own, and ProseMirror only
 * moves a dragged slice when it is dropped in the view it came from; dropped in another one, it pastes
 * a copy parsed from the drag's HTML and leaves the original. Here the target finds the section the
 * drag came from and makes the drop a move: the content (with its block ids, chips, marks and
 * assessment flags) leaves the source and lands at the drop point, the two edits carrying one undo key
 * so the app's history keeps them as one step.
 *
 * Copy or move is ProseMirror's rule, read when the content is dropped: Ctrl held (Alt on macOS)
 * copies, anything else moves. A copy is new blocks: its paragraphs get ids of their own.
 */

/** The views of the section editors on the page, to find the one a drag came from. */
const views = new Set<() => EditorView | null>();

/** Registers a section editor's view (a getter: the view is read when something is dropped). */
export function registerSectionView(view: () => EditorView | null): () => void {
  views.add(view);
  return () => views.delete(view);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform);

/** The key that makes a drop a copy, as the grip's tooltip names it. */
export const copyKeyName = isMac ? 'Option' : 'Ctrl';

/** Whether a drop copies rather than moves: ProseMirror's modifier (Ctrl, or Alt on macOS). */
export const dropCopies = (event: Pick<DragEvent, 'ctrlKey' | 'altKey'>): boolean =>
  isMac ? event.altKey : event.ctrlKey;

/** Marks what the grip drags in `view`: the paragraph selected by `node`, moving unless Ctrl is held. */
export function startDrag(view: EditorView, slice: Slice, node: Dragged['node'], event: DragEvent): void {
  const dragging: Dragged = { slice, move: !dropCopies(event), node };
  view.dragging = dragging;
}

let moves = 0;

/**
 * A drop in `view` of content dragged from another section editor: moved here (or copied, with Ctrl /
 * Alt). Returns false when the drag did not come from another section (ProseMirror and the fact drop
 * handle it) or when it fits nowhere here.
 */
export function dropFromAnotherSection(view: EditorView, event: DragEvent): boolean {
  let source: EditorView | undefined;
  for (const get of views) {
    const other = get();
    if (other && other !== view && other.dragging) source = other;
  }
  const dragged = source?.dragging as Dragged | null | undefined;
  if (!source || !dragged) return false;
  const hit = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!hit) return false;
  const move = !dropCopies(event);
  const { schema } = view.state;
  const slice = forDrop(dragged.slice, move, schema);
  // Whether it fits here at all, before anything leaves the source.
  if (!dropSlice(hit.pos, slice)(view.state)) return false;
  source.dragging = null;
  const key = `move-${++moves}`;
  // The source first: the block id is never in two sections, even between the two edits.
  const moved =
    move && removeDragged(dragged)(source.state, (tr) => source.dispatch(tr.setMeta(UNDO_KEY, key)));
  // Not moved (Ctrl/Alt, or the source changed under the drag): a copy, with ids of its own.
  const dropped = moved ? slice : forDrop(dragged.slice, false, schema);
  dropSlice(hit.pos, dropped)(view.state, (tr) => {
    if (moved) tr.setMeta(UNDO_KEY, key);
    view.dispatch(tr.setMeta('uiEvent', 'drop'));
  });
  view.focus();
  return true;
}
