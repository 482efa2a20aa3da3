import { Fragment, Slice, type Node as PMNode, type ResolvedPos, type Schema } from '@tiptap/pm/model';
import { ReplaceStep, dropPoint } from '@tiptap/pm/transform';
import { citedFacts, type RichBlock } from './mapping';
import {
  NodeSelection,
  Selection,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';

/**
 * Editing commands of the section editor, as plain ProseMirror commands (state, dispatch): no DOM,
 * so they are unit-tested on an EditorState.
 */
type Dispatch = ((tr: Transaction) => void) | undefined;

/** The depth of the block the selection is in: the list item inside a list, else the top-level node. */
export function blockDepth($pos: ResolvedPos): number {
  for (let d = $pos.depth; d > 0; d--) if ($pos.node(d).type.name === 'listItem') return d;
  return Math.min(1, $pos.depth);
}

/**
 * Moves the paragraph (or list item) holding the selection one place up (`-1`) or down (`1`) among
 * its siblings; the selection moves with it. Alt+↑/↓, and the toolbar's move buttons.
 */
export function moveBlock(dir: -1 | 1) {
  return (state: EditorState, dispatch?: Dispatch): boolean => {
    const sel = state.selection;
    // A selected paragraph or list item (the drag handle selects one) moves itself.
    const $from =
      sel instanceof NodeSelection && sel.node.isBlock ? state.doc.resolve(sel.from + 1) : sel.$from;
    const depth = blockDepth($from);
    if (depth < 1) return false;
    const parent = $from.node(depth - 1);
    const index = $from.index(depth - 1);
    const target = index + dir;
    if (target < 0 || target >= parent.childCount) return false;
    if (!dispatch) return true;
    const node = $from.node(depth);
    const sibling = parent.child(target);
    const start = $from.before(depth);
    const newStart = dir < 0 ? start - sibling.nodeSize : start + sibling.nodeSize;
    const tr = state.tr.delete(start, start + node.nodeSize).insert(newStart, node);
    const shift = newStart - start;
    if (sel instanceof NodeSelection) tr.setSelection(NodeSelection.create(tr.doc, sel.from + shift));
    else tr.setSelection(TextSelection.create(tr.doc, sel.anchor + shift, sel.head + shift));
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Marks every paragraph the selection touches as assessment, or unmarks them when all already are. */
export function toggleAssessment(state: EditorState, dispatch?: Dispatch): boolean {
  const { from, to } = state.selection;
  const paragraphs: { pos: number; node: PMNode }[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.type.name === 'paragraph') {
      paragraphs.push({ pos, node });
      return false;
    }
    return true;
  });
  if (paragraphs.length === 0) return false;
  if (!dispatch) return true;
  const value = !paragraphs.every((p) => p.node.attrs.assessment === true);
  const tr = state.tr;
  for (const p of paragraphs) tr.setNodeAttribute(p.pos, 'assessment', value);
  dispatch(tr);
  return true;
}

/** Sets the portion mark of every paragraph the selection touches by hand (`null`: from what it cites). */
export function setMarking(marking: string | null) {
  return (state: EditorState, dispatch?: Dispatch): boolean => {
    const { from, to } = state.selection;
    const positions: number[] = [];
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.type.name !== 'paragraph') return true;
      if ((node.attrs.marking ?? null) !== marking) positions.push(pos);
      return false;
    });
    if (positions.length === 0) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    for (const pos of positions) tr.setNodeAttribute(pos, 'marking', marking);
    dispatch(tr);
    return true;
  };
}

/**
 * The portion mark set by hand on the paragraphs the selection touches: their common one, `null` when
 * none is set, `mixed` when they differ.
 */
export function markingAt(state: EditorState): string | null {
  const { from, to } = state.selection;
  const found = new Set<string | null>();
  state.doc.nodesBetween(from, to, (node) => {
    if (node.type.name !== 'paragraph') return true;
    found.add((node.attrs.marking as string | null | undefined) ?? null);
    return false;
  });
  return found.size > 1 ? 'mixed' : ([...found][0] ?? null);
}

/** Whether every paragraph the selection touches is an assessment (the toolbar button's state). */
export function isAssessment(state: EditorState): boolean {
  const { from, to } = state.selection;
  let all = true;
  let any = false;
  state.doc.nodesBetween(from, to, (node) => {
    if (node.type.name !== 'paragraph') return true;
    any = true;
    if (node.attrs.assessment !== true) all = false;
    return false;
  });
  return any && all;
}

/** A chip for `factId` at `pos` (inside a paragraph's text); the cursor goes after it. */
export function insertCitation(pos: number, factId: string) {
  return (state: EditorState, dispatch?: Dispatch): boolean => {
    const $pos = state.doc.resolve(pos);
    if (!$pos.parent.inlineContent) return false;
    if (!dispatch) return true;
    const chip = state.schema.nodes.citation?.create({ factId });
    if (!chip) return false;
    const tr = state.tr.insert(pos, chip);
    tr.setSelection(TextSelection.create(tr.doc, pos + chip.nodeSize));
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/**
 * A new paragraph `[statement, chip]` at `pos`, a position between blocks (inside a list it becomes
 * an item of that list). An empty paragraph at `pos` is filled instead of left behind.
 */
export function insertFactParagraph(pos: number, factId: string, statement: string) {
  return (state: EditorState, dispatch?: Dispatch): boolean => {
    const { schema } = state;
    const chip = schema.nodes.citation?.create({ factId });
    const paragraphType = schema.nodes.paragraph;
    if (!chip || !paragraphType) return false;
    const text = statement.trim();
    const inline = text ? [schema.text(`${text}`), chip] : [chip];
    const $pos = state.doc.resolve(pos);
    const tr = state.tr;
    let end: number;
    if ($pos.parent.isTextblock && $pos.parent.content.size === 0) {
      // Dropped on an empty paragraph: that paragraph becomes the fact's.
      tr.insert(pos, inline);
      end = pos + inline.reduce((n, node) => n + node.nodeSize, 0);
    } else {
      const paragraph = paragraphType.create({ blockId: null, assessment: false }, inline);
      const insideList = $pos.parent.type.name === 'bulletList' || $pos.parent.type.name === 'orderedList';
      const node = insideList ? (schema.nodes.listItem?.create(null, paragraph) ?? paragraph) : paragraph;
      tr.insert(pos, node);
      end = pos + node.nodeSize - (insideList ? 2 : 1);
    }
    if (!dispatch) return true;
    tr.setSelection(Selection.near(tr.doc.resolve(end), -1));
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** The position between blocks before (`side` -1) or after (1) the block holding `$pos`. */
export function blockBoundary($pos: ResolvedPos, side: -1 | 1): number {
  const depth = blockDepth($pos);
  if (depth < 1) return $pos.pos;
  return side < 0 ? $pos.before(depth) : $pos.after(depth);
}

/**
 * Replaces the document's content with `next`'s, touching only the range that differs, so the
 * cursor and unchanged paragraphs stay where they are (an undo, a fact added from the library).
 * Returns null when the two read the same.
 */
export function replaceChanged(
  state: EditorState,
  next: PMNode,
): { tr: Transaction; start: number; end: number } | null {
  const start = state.doc.content.findDiffStart(next.content);
  if (start === null) return null;
  const diffEnd = state.doc.content.findDiffEnd(next.content);
  let a = diffEnd?.a ?? state.doc.content.size;
  let b = diffEnd?.b ?? next.content.size;
  const overlap = start - Math.min(a, b);
  if (overlap > 0) {
    a += overlap;
    b += overlap;
  }
  return { tr: state.tr.replace(start, a, next.slice(start, b)), start, end: b };
}

/**
 * Whether a transaction only typed or deleted text (no marks, chips or paragraphs changed): such
 * edits of one block share an undo step, as typing in a text field does.
 */
export function isTyping(tr: Transaction): boolean {
  return (
    tr.steps.length > 0 &&
    tr.steps.every((step) => {
      if (!(step instanceof ReplaceStep) || step.slice.openStart > 0 || step.slice.openEnd > 0) return false;
      let textOnly = true;
      step.slice.content.forEach((node) => {
        if (!node.isText) textOnly = false;
      });
      return textOnly;
    })
  );
}

/** The undo key of an edit: `text-<id>` when it typed into one block and changed nothing else. */
export function typingKey(before: readonly RichBlock[], after: readonly RichBlock[], tr: Transaction) {
  if (!isTyping(tr)) return undefined;
  // The first character typed into an empty section makes its first paragraph: the same burst of
  // typing as the characters after it (one undo step takes the whole burst back to the empty section).
  if (before.length === 0 && after.length === 1) return `text-${after[0]!.id}`;
  if (before.length !== after.length) return undefined;
  let changed: string | undefined;
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as RichBlock;
    const b = after[i] as RichBlock;
    if (a === b) continue;
    if (
      changed !== undefined ||
      a.id !== b.id ||
      a.kind !== b.kind ||
      !!a.isAssessment !== !!b.isAssessment ||
      a.marking !== b.marking
    )
      return undefined;
    if (citedFacts(a) !== citedFacts(b)) return undefined;
    changed = b.id;
  }
  return changed === undefined ? undefined : `text-${changed}`;
}

/**
 * A drag in progress, as ProseMirror keeps it (`view.dragging`): the dragged slice, whether it moves,
 * and the dragged node when one is (the grip drags a paragraph as a node).
 */
export interface Dragged {
  slice: Slice;
  move: boolean;
  node?: NodeSelection | undefined;
}

/**
 * The meta of a transaction whose edit is one half of a compound edit (a paragraph moved from one
 * section to another): both halves carry the same undo key, so the app's history keeps them as one step.
 */
export const UNDO_KEY = 'briefingUndoKey';

/**
 * A dragged slice made ready to drop: chips lose the note number a dragged copy carries for the
 * clipboard, and unless the drop moves the blocks (`keepIds`), paragraphs lose their block ids, so a
 * copy is new blocks (the id plugin gives them ids of their own) and no id is in the briefing twice.
 * Given `schema`, the slice is remade in it: every section editor has a schema of its own, and
 * ProseMirror fits nothing of another schema's node types into a document.
 */
export function forDrop(slice: Slice, keepIds: boolean, schema?: Schema): Slice {
  const clean = (fragment: Fragment): Fragment => {
    const nodes: PMNode[] = [];
    fragment.forEach((node) => {
      if (node.type.name === 'citation')
        nodes.push(node.attrs.note == null ? node : node.type.create({ ...node.attrs, note: null }));
      else if (node.isLeaf) nodes.push(node);
      else if (node.type.name === 'paragraph' && !keepIds)
        nodes.push(node.type.create({ ...node.attrs, blockId: null }, clean(node.content), node.marks));
      else nodes.push(node.copy(clean(node.content)));
    });
    return Fragment.fromArray(nodes);
  };
  const ready = new Slice(clean(slice.content), slice.openStart, slice.openEnd);
  return schema && schema !== slice.content.firstChild?.type.schema
    ? Slice.fromJSON(schema, ready.toJSON())
    : ready;
}

/**
 * Drops `slice` at the drop point nearest `pos` (a paragraph goes between blocks, before or after the
 * one under the pointer), as ProseMirror's own drop does, and selects what was dropped. For content
 * dragged in from another section, where ProseMirror would paste a copy parsed from the HTML.
 */
export function dropSlice(pos: number, slice: Slice) {
  return (state: EditorState, dispatch?: Dispatch): boolean => {
    if (slice.size === 0 || pos < 0 || pos > state.doc.content.size) return false;
    const tr = state.tr;
    const node =
      slice.openStart === 0 && slice.openEnd === 0 && slice.content.childCount === 1
        ? slice.content.firstChild
        : null;
    const $pos = state.doc.resolve(pos);
    const at = dropPoint(state.doc, pos, slice) ?? pos;
    if (node?.isBlock && $pos.depth === 1 && $pos.parent.isTextblock && $pos.parent.content.size === 0)
      // Dropped on an empty paragraph (an empty section): the paragraph fills it, none is left behind.
      tr.replaceRange($pos.before(), $pos.after(), slice);
    else if (node) tr.replaceRangeWith(at, at, node);
    else tr.replaceRange(at, at, slice);
    if (tr.doc.eq(state.doc)) return false;
    if (!dispatch) return true;
    // Where the content went (the replace may have moved it to fit, or wrapped it).
    let start = at;
    let end = at;
    tr.mapping.maps[tr.mapping.maps.length - 1]?.forEach((_from, _to, newFrom, newTo) => {
      start = newFrom;
      end = newTo;
    });
    const dropped = tr.doc.nodeAt(start);
    if (node && dropped?.sameMarkup(node) && NodeSelection.isSelectable(dropped))
      tr.setSelection(NodeSelection.create(tr.doc, start));
    else tr.setSelection(TextSelection.between(tr.doc.resolve(start), tr.doc.resolve(end)));
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/**
 * Takes what was dragged out of the document it was dragged from: the other half of a move. The
 * dragged node must still be where the drag started (else nothing is removed and false is returned);
 * without one (dragged text), the selection is what was dragged, as for ProseMirror.
 */
export function removeDragged(dragged: Dragged) {
  return (state: EditorState, dispatch?: Dispatch): boolean => {
    const tr = state.tr;
    const { node } = dragged;
    if (node) {
      if (node.to > state.doc.content.size || state.doc.nodeAt(node.from) !== node.node) return false;
      // A list's only item takes its list with it; a section's only paragraph leaves an empty one.
      tr.deleteRange(node.from, node.to);
    } else {
      if (state.selection.empty) return false;
      tr.deleteSelection();
    }
    if (!tr.docChanged) return false;
    dispatch?.(tr);
    return true;
  };
}
