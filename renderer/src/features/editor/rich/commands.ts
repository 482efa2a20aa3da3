import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
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
  if (before.length !== after.length || !isTyping(tr)) return undefined;
  let changed: string | undefined;
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as RichBlock;
    const b = after[i] as RichBlock;
    if (a === b) continue;
    if (changed !== undefined || a.id !== b.id || a.kind !== b.kind || !!a.isAssessment !== !!b.isAssessment)
      return undefined;
    if (citedFacts(a) !== citedFacts(b)) return undefined;
    changed = b.id;
  }
  return changed === undefined ? undefined : `text-${changed}`;
}
