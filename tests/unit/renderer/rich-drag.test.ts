import { getSchema } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { EditorState, NodeSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { editSection } from '../../../electron/core/briefing-edit';
import type { Inline } from '../../../electron/core/rich-text';
import type { BriefingSection } from '../../../electron/core/schemas';
import { historyReducer, type HistoryState } from '../../../renderer/src/app/use-history';
import {
  dropSlice,
  forDrop,
  removeDragged,
  type Dragged,
} from '../../../renderer/src/features/editor/rich/commands';
import { sectionExtensions } from '../../../renderer/src/features/editor/rich/extensions';
import {
  blocksToDoc,
  docToBlocks,
  uniqueAcrossSections,
  type PMJSON,
  type RichBlock,
} from '../../../renderer/src/features/editor/rich/mapping';

/**
 * A paragraph dragged by its grip from one section's editor to another's: the pure halves of the
 * move (out of the source, into the target at the drop point), copies, and the one undo step.
 */

const schema = getSchema(sectionExtensions(null));
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const stateOf = (blocks: RichBlock[]) =>
  EditorState.create({ schema, doc: schema.nodeFromJSON(blocksToDoc(blocks)) });
/** Another section's editor: a schema of its own, as every Tiptap editor has. */
const otherSchema = getSchema(sectionExtensions(null));
const otherStateOf = (blocks: RichBlock[]) =>
  EditorState.create({ schema: otherSchema, doc: otherSchema.nodeFromJSON(blocksToDoc(blocks)) });
const text = (t: string, marks: Partial<Record<'bold' | 'italic', true>> = {}): Inline => ({
  type: 'text',
  text: t,
  ...marks,
});
const cite = (factId: string): Inline => ({ type: 'cite', factId });
const blocksOf = (state: EditorState, previous: RichBlock[]) =>
  docToBlocks(state.doc.toJSON() as PMJSON, previous, ids());

/** Runs a command on a state; the state after it (the command must apply). */
const apply = (
  state: EditorState,
  command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean,
): EditorState => {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
};

/** The position before the `n`-th block (paragraph, or list item) of a section's document. */
const blockPos = (state: EditorState, n: number) => {
  let found = -1;
  let i = 0;
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'bulletList' || node.type.name === 'orderedList') return true;
    if (i++ === n) found = pos;
    return false;
  });
  return found;
};

/** What the grip drags: the `n`-th block selected as a node, and its slice. */
const grip = (state: EditorState, n: number): { state: EditorState; dragged: Dragged } => {
  const selection = NodeSelection.create(state.doc, blockPos(state, n));
  const selected = state.apply(state.tr.setSelection(selection));
  return { state: selected, dragged: { slice: selection.content(), move: true, node: selection } };
};

const source: RichBlock[] = [
  { id: 's1', content: [text('Talks resumed in Berlin.')] },
  {
    id: 's2',
    isAssessment: true,
    content: [text('Kyiv '), text('refuses', { bold: true }), text(' to cede Donbas.'), cite('f1')],
  },
  { id: 's3', content: [text('Moscow calls NATO a fundamental issue.'), cite('f2')] },
];
const target: RichBlock[] = [
  { id: 't1', content: [text('Bottom line first.'), cite('f3')] },
  { id: 't2', content: [text('Bottom line second.')] },
];

/** A point inside the `n`-th paragraph of a state, `at` its start (0) or its end (1). */
const inside = (state: EditorState, n: number, at: 0 | 1) => {
  const pos = blockPos(state, n);
  const node = state.doc.nodeAt(pos);
  return at === 0 ? pos + 1 : pos + (node?.nodeSize ?? 2) - 1;
};

describe('dragging a paragraph to another section', () => {
  it('moves it: out of the source, in at the drop point with its id, chips, marks and flag', () => {
    const { state: from, dragged } = grip(stateOf(source), 1);
    const out = apply(from, removeDragged(dragged));
    expect(blocksOf(out, source).map((b) => b.id)).toEqual(['s1', 's3']);
    const to = otherStateOf(target);
    // Dropped near the start of the second paragraph: it goes before it.
    const into = apply(to, dropSlice(inside(to, 1, 0), forDrop(dragged.slice, true, to.schema)));
    const blocks = blocksOf(into, target);
    expect(blocks.map((b) => b.id)).toEqual(['t1', 's2', 't2']);
    expect(blocks[1]).toEqual(source[1]);
    // What was dropped is selected, as after a drop within a section.
    expect(into.selection).toBeInstanceOf(NodeSelection);
    expect((into.selection as NodeSelection).node.attrs.blockId).toBe('s2');
  });

  it('remakes the dragged paragraph in the target schema (nodes of another schema fit nowhere)', () => {
    const { dragged } = grip(stateOf(source), 1);
    const to = otherStateOf(target);
    expect(dropSlice(inside(to, 1, 0), forDrop(dragged.slice, true))(to)).toBe(false);
    const remade = forDrop(dragged.slice, true, to.schema);
    expect(remade.content.firstChild?.type).toBe(otherSchema.nodes.paragraph);
    expect(remade.eq(forDrop(dragged.slice, true))).toBe(false);
    expect(remade.toJSON()).toEqual(forDrop(dragged.slice, true).toJSON());
  });

  it('goes before the paragraph it is dropped on when in its first half, after it in its second', () => {
    const { dragged } = grip(stateOf(source), 0);
    const to = otherStateOf(target);
    const start = apply(to, dropSlice(inside(to, 0, 0), forDrop(dragged.slice, true, to.schema)));
    expect(blocksOf(start, target).map((b) => b.id)).toEqual(['s1', 't1', 't2']);
    const end = apply(to, dropSlice(inside(to, 1, 1), forDrop(dragged.slice, true, to.schema)));
    expect(blocksOf(end, target).map((b) => b.id)).toEqual(['t1', 't2', 's1']);
  });

  it('fills an empty section, and moving the only paragraph leaves its section empty', () => {
    const only: RichBlock[] = [{ id: 'o', content: [text('Alone.'), cite('f9')] }];
    const { state: from, dragged } = grip(stateOf(only), 0);
    expect(blocksOf(apply(from, removeDragged(dragged)), only)).toEqual([]);
    const empty = otherStateOf([]);
    const into = apply(empty, dropSlice(1, forDrop(dragged.slice, true, empty.schema)));
    expect(blocksOf(into, [])).toEqual(only);
    // A list item dropped on an empty section is that section's one bullet.
    const item = grip(stateOf([{ id: 'i', kind: 'bullet', content: [text('item')] }]), 0);
    const bullet = apply(empty, dropSlice(1, forDrop(item.dragged.slice, true, empty.schema)));
    expect(blocksOf(bullet, [])).toEqual([{ id: 'i', kind: 'bullet', content: [text('item')] }]);
  });

  it('a list item stays a list item (a bullet) in the section it is dropped in', () => {
    const list: RichBlock[] = [
      { id: 'x', kind: 'bullet', content: [text('one')] },
      { id: 'y', kind: 'bullet', content: [text('two'), cite('f1')] },
    ];
    const { state: from, dragged } = grip(stateOf(list), 1);
    expect(blocksOf(apply(from, removeDragged(dragged)), list).map((b) => b.id)).toEqual(['x']);
    const to = otherStateOf(target);
    const into = apply(to, dropSlice(inside(to, 1, 1), forDrop(dragged.slice, true, to.schema)));
    const blocks = blocksOf(into, target);
    expect(blocks.map((b) => b.id)).toEqual(['t1', 't2', 'y']);
    expect(blocks[2]).toEqual(list[1]);
    // The list's only item takes its list with it.
    const single = grip(stateOf([list[0] as RichBlock]), 0);
    const emptied = apply(single.state, removeDragged(single.dragged));
    expect(emptied.doc.toJSON()).toEqual(stateOf([]).doc.toJSON());
  });

  it('a copy (Ctrl/Alt) is a new block: same words, chips and flag, an id of its own', () => {
    const { dragged } = grip(stateOf(source), 1);
    const to = otherStateOf(target);
    const copy = forDrop(dragged.slice, false, to.schema);
    expect(copy.content.firstChild?.attrs.blockId).toBeNull();
    const into = apply(to, dropSlice(inside(to, 0, 0), copy));
    // The id plugin (or, as here, the mapping) gives the copy an id of its own.
    const blocks = blocksOf(into, target);
    expect(blocks.map((b) => b.id)).toEqual(['new-1', 't1', 't2']);
    expect({ ...blocks[0], id: 's2' }).toEqual(source[1]);
  });

  it('a copy dropped above its original in the same section leaves the original its id', () => {
    const { state: from, dragged } = grip(stateOf(source), 2);
    const into = apply(from, dropSlice(inside(from, 0, 0), forDrop(dragged.slice, false)));
    expect(blocksOf(into, source).map((b) => b.id)).toEqual(['new-1', 's1', 's2', 's3']);
  });

  it('clears the note numbers a dragged copy carries for the clipboard', () => {
    const { dragged } = grip(stateOf(source), 2);
    const chip = schema.nodes.citation!.create({ factId: 'f2', note: 4 });
    const para = dragged.slice.content.firstChild!;
    const withNote = dragged.slice.content.replaceChild(0, para.copy(para.content.replaceChild(1, chip)));
    const slice = forDrop(new Slice(withNote, 0, 0), true);
    expect(slice.content.firstChild?.lastChild?.attrs).toEqual({ factId: 'f2', note: null });
    expect(slice.content.firstChild?.attrs.blockId).toBe('s3');
  });

  it('removes nothing when the dragged paragraph is no longer where the drag started', () => {
    const { state: from, dragged } = grip(stateOf(source), 1);
    const changed = from.apply(from.tr.insertText('Now: ', 1));
    expect(removeDragged(dragged)(changed)).toBe(false);
    expect(removeDragged(dragged)(from)).toBe(true);
  });

  it('a drop that fits nowhere changes nothing', () => {
    const { dragged } = grip(stateOf(source), 0);
    const to = otherStateOf(target);
    expect(dropSlice(to.doc.content.size + 5, forDrop(dragged.slice, true, to.schema))(to)).toBe(false);
  });
});

describe('the move in the app: one undo step, and ids once in the briefing', () => {
  const sections: BriefingSection[] = [
    { id: 'bottom-line', blocks: target },
    { id: 'key-developments', blocks: source },
  ];

  it('the two halves of a move (one key, one event) are one step: undo puts the paragraph back', () => {
    const start: HistoryState<BriefingSection[]> = {
      past: [],
      present: sections,
      future: [],
      lastKey: 'text-t1',
      lastAt: 1000,
    };
    const { state: from, dragged } = grip(stateOf(source), 1);
    const out = blocksOf(apply(from, removeDragged(dragged)), source);
    const to = otherStateOf(target);
    const inBlocks = blocksOf(
      apply(to, dropSlice(inside(to, 0, 0), forDrop(dragged.slice, true, to.schema))),
      target,
    );
    const half = editSection(sections, 'key-developments', () => out);
    const whole = editSection(half, 'bottom-line', (bs) =>
      uniqueAcrossSections(half, 'bottom-line', inBlocks.length ? inBlocks : bs, ids()),
    );
    // The moved paragraph kept its id: it is no longer in the source, so it is no copy.
    expect(whole.find((s) => s.id === 'bottom-line')?.blocks.map((b) => b.id)).toEqual(['s2', 't1', 't2']);
    expect(whole.find((s) => s.id === 'key-developments')?.blocks.map((b) => b.id)).toEqual(['s1', 's3']);
    let h = historyReducer(start, { type: 'change', next: half, key: 'move-1', at: 1500 });
    h = historyReducer(h, { type: 'change', next: whole, key: 'move-1', at: 1500 });
    expect(h.past).toHaveLength(1);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toBe(sections);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present).toBe(whole);
  });

  it('a block new in a section keeps an id no other section has; one another has gets a fresh one', () => {
    const copied = [{ ...(source[1] as RichBlock) }, ...target];
    const next = uniqueAcrossSections(sections, 'bottom-line', copied, ids());
    expect(next.map((b) => b.id)).toEqual(['new-1', 't1', 't2']);
    expect(next[1]).toBe(target[0]);
    // Typing, or moving within the section: the very array.
    const same = [...target].reverse();
    expect(uniqueAcrossSections(sections, 'bottom-line', same, ids())).toBe(same);
    const fresh = [...target, { id: 'n1', content: [] }];
    expect(uniqueAcrossSections(sections, 'bottom-line', fresh, ids())).toBe(fresh);
  });
});
