import { getSchema } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseInline, type Inline } from '../../../electron/core/rich-text';
import {
  insertCitation,
  insertFactParagraph,
  moveBlock,
  replaceChanged,
  toggleAssessment,
  typingKey,
} from '../../../renderer/src/features/editor/rich/commands';
import { sectionExtensions } from '../../../renderer/src/features/editor/rich/extensions';
import {
  blocksToDoc,
  docToBlocks,
  type PMJSON,
  type RichBlock,
} from '../../../renderer/src/features/editor/rich/mapping';

const schema = getSchema(sectionExtensions(null));
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const docOf = (blocks: RichBlock[]) => schema.nodeFromJSON(blocksToDoc(blocks));
const stateOf = (blocks: RichBlock[]) => EditorState.create({ schema, doc: docOf(blocks) });
/** Applies a command and returns the blocks after it. */
const after = (
  blocks: RichBlock[],
  command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean,
  select?: (state: EditorState) => EditorState,
) => {
  let state = stateOf(blocks);
  if (select) state = select(state);
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return { blocks: docToBlocks(next.doc.toJSON() as PMJSON, blocks, ids()), state: next };
};
/** The position just inside the start of the `n`-th paragraph (0-based) of a state's document. */
const paragraphStart = (state: EditorState, n: number) => {
  let found = -1;
  let i = 0;
  state.doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return true;
    if (i++ === n) found = pos + 1;
    return false;
  });
  return found;
};
const cursorAt =
  (n: number, offset = 0) =>
  (state: EditorState) =>
    state.apply(state.tr.setSelection(TextSelection.create(state.doc, paragraphStart(state, n) + offset)));

const text = (
  t: string,
  marks: Partial<Record<'bold' | 'italic', true>> & { href?: string } = {},
): Inline => ({
  type: 'text',
  text: t,
  ...marks,
});
const cite = (factId: string): Inline => ({ type: 'cite', factId });

const sample: RichBlock[] = [
  {
    id: 'a',
    content: [text('Kyiv refuses to cede '), text('Donbas', { bold: true }), text('.'), cite('f1')],
  },
  { id: 'b', kind: 'bullet', content: [text('Talks resume'), cite('f2'), text(' in January'), cite('f3')] },
  {
    id: 'c',
    kind: 'bullet',
    content: [text('See '), text('Reuters', { href: 'https://www.reuters.com/x' })],
  },
  { id: 'd', kind: 'numbered', isAssessment: true, content: [text('Likely', { italic: true })] },
  { id: 'e', content: [] },
  { id: 'f', kind: 'bullet', content: [text('Another list')] },
];

describe('blocksToDoc / docToBlocks', () => {
  it('maps paragraphs, list runs, marks and chips onto the schema and back', () => {
    const json = blocksToDoc(sample);
    expect(json.content?.map((n) => n.type)).toEqual([
      'paragraph',
      'bulletList',
      'orderedList',
      'paragraph',
      'bulletList',
    ]);
    expect(json.content?.[1]?.content).toHaveLength(2);
    const doc = schema.nodeFromJSON(json); // throws if the schema refuses it
    doc.check();
    expect(doc.firstChild?.attrs).toMatchObject({ blockId: 'a', assessment: false });
    const chip = doc.firstChild?.lastChild;
    expect(chip?.type.name).toBe('citation');
    expect(chip?.attrs.factId).toBe('f1');
    expect(docToBlocks(doc.toJSON() as PMJSON, [], ids())).toEqual(sample);
  });

  it('an empty section is one empty paragraph, and back', () => {
    expect(docToBlocks(docOf([]).toJSON() as PMJSON, [], ids())).toEqual([]);
  });

  it('returns unchanged blocks as the very same objects', () => {
    const json = blocksToDoc(sample);
    json.content![0]!.content![0]!.text = 'Kyiv will not cede ';
    const next = docToBlocks(json, sample, ids());
    expect(next[0]).not.toBe(sample[0]);
    expect(next.slice(1)).toEqual(sample.slice(1));
    next.slice(1).forEach((b, i) => expect(b).toBe(sample[i + 1]));
  });

  it('gives paragraphs without an id, or with an id already used, fresh ids', () => {
    const doc: PMJSON = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { blockId: 'a' }, content: [{ type: 'text', text: 'one' }] },
        { type: 'paragraph', attrs: { blockId: 'a' }, content: [{ type: 'text', text: 'two' }] },
        { type: 'paragraph', attrs: { blockId: null }, content: [{ type: 'text', text: 'three' }] },
      ],
    };
    expect(docToBlocks(doc, [], ids()).map((b) => b.id)).toEqual(['a', 'new-1', 'new-2']);
  });

  it('keeps only web and mail links', () => {
    const doc: PMJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { blockId: 'a' },
          content: [
            { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'y', marks: [{ type: 'link', attrs: { href: 'mailto:a@b.org' } }] },
          ],
        },
      ],
    };
    expect(docToBlocks(doc, [], ids())[0]?.content).toEqual([
      text('x'),
      text('y', { href: 'mailto:a@b.org' }),
    ]);
  });

  const run = fc.oneof(
    fc.record(
      {
        type: fc.constant('text' as const),
        text: fc.string({ minLength: 1, maxLength: 12 }),
        bold: fc.constant(true),
        italic: fc.constant(true),
        href: fc.constantFrom('https://example.org/a', 'mailto:desk@example.org'),
      },
      { requiredKeys: ['type', 'text'] },
    ),
    fc.record({ type: fc.constant('cite' as const), factId: fc.constantFrom('f1', 'f2', 'f3') }),
  );
  const blocks = fc
    .uniqueArray(
      fc.record(
        {
          id: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
          kind: fc.constantFrom('paragraph' as const, 'bullet' as const, 'numbered' as const),
          isAssessment: fc.constant(true),
          content: fc.array(run, { maxLength: 6 }),
        },
        { requiredKeys: ['id', 'content'] },
      ),
      { selector: (b) => b.id, maxLength: 8 },
    )
    .map((list) =>
      list.map((b): RichBlock => {
        const block: RichBlock = { id: b.id, content: normaliseInline(b.content as Inline[]) };
        if (b.kind && b.kind !== 'paragraph') block.kind = b.kind;
        if (b.isAssessment) block.isAssessment = true;
        return block;
      }),
    )
    // One empty plain paragraph is the empty section (no blocks): the one shape that does not round-trip.
    .filter(
      (list) =>
        !(list.length === 1 && list[0]!.content.length === 0 && !list[0]!.kind && !list[0]!.isAssessment),
    );

  it('round-trips any blocks through the ProseMirror schema (ids, kinds, flags, runs, chips)', () => {
    fc.assert(
      fc.property(blocks, (list) => {
        const doc = docOf(list);
        doc.check();
        expect(docToBlocks(doc.toJSON() as PMJSON, [], ids())).toEqual(list);
        // And the document from those blocks is the same document.
        expect(docOf(docToBlocks(doc.toJSON() as PMJSON, list, ids())).eq(doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('editing commands', () => {
  const three: RichBlock[] = [
    { id: 'a', content: [text('First.')] },
    { id: 'b', content: [text('Second.'), cite('f1')] },
    { id: 'c', content: [text('Third.')] },
  ];

  it('splitting a paragraph keeps its id on the first half; the second half is a new block', () => {
    const state = cursorAt(1, 3)(stateOf(three));
    const tr = state.tr.split(state.selection.from);
    const next = docToBlocks(state.apply(tr).doc.toJSON() as PMJSON, three, ids());
    expect(next.map((b) => b.id)).toEqual(['a', 'b', 'new-1', 'c']);
    expect(next[1]?.content).toEqual([text('Sec')]);
    expect(next[2]?.content).toEqual([text('ond.'), cite('f1')]);
  });

  it('Alt+↑/↓ moves a paragraph with its id and chips, and the cursor with it', () => {
    const down = after(three, moveBlock(1), cursorAt(1, 2));
    expect(down.blocks.map((b) => b.id)).toEqual(['a', 'c', 'b']);
    expect(down.blocks[2]).toBe(three[1]);
    expect(down.state.selection.$from.parent.attrs.blockId).toBe('b');
    expect(down.state.selection.$from.parentOffset).toBe(2);
    const up = after(three, moveBlock(-1), cursorAt(1));
    expect(up.blocks.map((b) => b.id)).toEqual(['b', 'a', 'c']);
    expect(up.state.selection.$from.parent.attrs.blockId).toBe('b');
  });

  it('cannot move the first paragraph up or the last down', () => {
    expect(moveBlock(-1)(cursorAt(0)(stateOf(three)))).toBe(false);
    expect(moveBlock(1)(cursorAt(2)(stateOf(three)))).toBe(false);
  });

  it('moves a list item within its list', () => {
    const list: RichBlock[] = [
      { id: 'x', kind: 'bullet', content: [text('one')] },
      { id: 'y', kind: 'bullet', content: [text('two')] },
    ];
    expect(after(list, moveBlock(-1), cursorAt(1)).blocks.map((b) => b.id)).toEqual(['y', 'x']);
  });

  it('toggles assessment on the paragraphs the selection touches', () => {
    const marked = after(three, toggleAssessment, cursorAt(1));
    expect(marked.blocks.map((b) => !!b.isAssessment)).toEqual([false, true, false]);
    let state = marked.state;
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, 1, state.doc.content.size - 1)),
    );
    let next = state;
    toggleAssessment(state, (tr) => (next = state.apply(tr)));
    expect(docToBlocks(next.doc.toJSON() as PMJSON, [], ids()).every((b) => b.isAssessment)).toBe(true);
  });

  it('a fact dropped inside a sentence is a chip at that place: two facts in one sentence', () => {
    const state = stateOf(three);
    const pos = paragraphStart(state, 1) + 'Second'.length;
    const { blocks } = after(three, insertCitation(pos, 'f2'));
    expect(blocks[1]).toEqual({ id: 'b', content: [text('Second'), cite('f2'), text('.'), cite('f1')] });
  });

  it('a fact dropped between paragraphs is a new paragraph: its statement and its chip', () => {
    const state = stateOf(three);
    const pos = paragraphStart(state, 1) - 1; // before the second paragraph
    const { blocks } = after(three, insertFactParagraph(pos, 'f9', 'Russia wants guarantees.'));
    expect(blocks.map((b) => b.id)).toEqual(['a', 'new-1', 'b', 'c']);
    expect(blocks[1]?.content).toEqual([text('Russia wants guarantees.'), cite('f9')]);
  });

  it('a fact dropped on an empty section fills its empty paragraph', () => {
    const { blocks } = after([], insertFactParagraph(1, 'f9', 'A statement.'));
    expect(blocks).toEqual([{ id: 'new-1', content: [text('A statement.'), cite('f9')] }]);
  });

  it('a fact dropped between list items becomes an item of that list', () => {
    const list: RichBlock[] = [
      { id: 'x', kind: 'bullet', content: [text('one')] },
      { id: 'y', kind: 'bullet', content: [text('two')] },
    ];
    const state = stateOf(list);
    const between = state.doc.resolve(paragraphStart(state, 1) - 2); // between the two list items
    const { blocks } = after(list, insertFactParagraph(between.pos, 'f9', 'Three.'));
    expect(blocks.map((b) => [b.id, b.kind])).toEqual([
      ['x', 'bullet'],
      ['new-1', 'bullet'],
      ['y', 'bullet'],
    ]);
  });

  it('an outside change (undo) patches only the range that differs', () => {
    const state = cursorAt(2, 2)(stateOf(three));
    const changed = three.map((b) => (b.id === 'a' ? { ...b, content: [text('First, reworded.')] } : b));
    const change = replaceChanged(state, docOf(changed));
    expect(change).not.toBeNull();
    const next = state.apply(change!.tr);
    expect(next.doc.eq(docOf(changed))).toBe(true);
    // The cursor in the third paragraph stayed where it was.
    expect(next.selection.$from.parent.attrs.blockId).toBe('c');
    expect(next.selection.$from.parentOffset).toBe(2);
    expect(replaceChanged(next, docOf(changed))).toBeNull();
  });

  it('copying chips keeps their fact (the clipboard HTML carries data-fact-id)', () => {
    const doc = docOf(three);
    const chip = doc.child(1).lastChild!;
    const slice = new Slice(Fragment.from(chip), 0, 0);
    expect(slice.content.firstChild?.attrs.factId).toBe('f1');
    const spec = schema.nodes.citation!.spec.toDOM!(chip) as unknown as [
      string,
      Record<string, string>,
      string,
    ];
    expect(spec[1]['data-fact-id']).toBe('f1');
    expect(spec[0]).toBe('span');
    const rule = schema.nodes.citation!.spec.parseDOM?.[0];
    expect(rule?.tag).toBe('span[data-fact-id]');
  });

  it('typing in one paragraph carries an undo key for that paragraph; other edits carry none', () => {
    const state = cursorAt(1, 3)(stateOf(three));
    const typed = state.tr.insertText('x');
    const blocksAfter = (tr: Transaction) =>
      docToBlocks(state.apply(tr).doc.toJSON() as PMJSON, three, ids());
    expect(typingKey(three, blocksAfter(typed), typed)).toBe('text-b');
    const deleted = state.tr.delete(state.selection.from - 1, state.selection.from);
    expect(typingKey(three, blocksAfter(deleted), deleted)).toBe('text-b');
    // Bold, a chip, a split paragraph: each is an undo step of its own.
    const bold = state.tr.addMark(
      state.selection.from - 2,
      state.selection.from,
      schema.marks.bold!.create(),
    );
    expect(typingKey(three, blocksAfter(bold), bold)).toBeUndefined();
    const chip = state.tr.insert(state.selection.from, schema.nodes.citation!.create({ factId: 'f2' }));
    expect(typingKey(three, blocksAfter(chip), chip)).toBeUndefined();
    const split = state.tr.split(state.selection.from);
    expect(typingKey(three, blocksAfter(split), split)).toBeUndefined();
  });

  it('the first character typed into an empty section carries the key the rest of the typing will', () => {
    const empty = EditorState.create({ schema, doc: docOf([]) });
    const first = empty.tr.insertText('H', 1);
    const afterFirst = docToBlocks(empty.apply(first).doc.toJSON() as PMJSON, [], ids());
    expect(afterFirst).toHaveLength(1);
    const key = typingKey([], afterFirst, first);
    expect(key).toBe(`text-${afterFirst[0]!.id}`);
    const typed = empty.apply(first);
    const second = typed.tr.insertText('e', 2);
    const afterSecond = docToBlocks(typed.apply(second).doc.toJSON() as PMJSON, afterFirst, ids());
    expect(typingKey(afterFirst, afterSecond, second)).toBe(key);
  });
});
