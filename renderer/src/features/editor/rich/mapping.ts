import {
  LinkHref,
  inlineFactIds,
  normaliseInline,
  type Inline,
  type TextRun,
} from '../../../../../electron/core/rich-text';
import type { Block, BlockKind } from '../../../../../electron/core/schemas';

/**
 * The editor's document ↔ a section's blocks. Pure (no DOM, no Tiptap), so it is unit-tested alone.
 *
 * A section is one ProseMirror document. Each block is one `paragraph` node carrying the block's id
 * (`blockId`) and `assessment` flag; a run of bullet (numbered) blocks sits in one `bulletList`
 * (`orderedList`), one `listItem` per block. Text runs become text nodes with `bold`, `italic` and
 * `link` marks; a citation chip is an inline atom `citation` node with a `factId`.
 */

/** A block of the briefing (schemas.ts): `{ id, kind?, isAssessment?, content }`. */
export type RichBlock = Block;
/** ProseMirror's JSON form of a node (what `Node.toJSON()` and Tiptap's `getJSON()` give). */
export interface PMJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMJSON[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const LIST_OF: Record<Exclude<BlockKind, 'paragraph'>, string> = {
  bullet: 'bulletList',
  numbered: 'orderedList',
};
const KIND_OF: Record<string, BlockKind> = { bulletList: 'bullet', orderedList: 'numbered' };

function inlineToNodes(content: readonly Inline[]): PMJSON[] {
  const nodes: PMJSON[] = [];
  for (const run of normaliseInline(content)) {
    if (run.type === 'cite') {
      nodes.push({ type: 'citation', attrs: { factId: run.factId } });
      continue;
    }
    const marks: NonNullable<PMJSON['marks']> = [];
    if (run.bold) marks.push({ type: 'bold' });
    if (run.italic) marks.push({ type: 'italic' });
    if (run.href) marks.push({ type: 'link', attrs: { href: run.href } });
    nodes.push(marks.length ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text });
  }
  return nodes;
}

function paragraphOf(block: RichBlock): PMJSON {
  const content = inlineToNodes(block.content);
  const node: PMJSON = {
    type: 'paragraph',
    attrs: { blockId: block.id, assessment: block.isAssessment === true, marking: block.marking ?? null },
  };
  if (content.length) node.content = content;
  return node;
}

/** The empty section: one empty paragraph that is no block yet. */
const emptyDoc = (): PMJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', attrs: { blockId: null, assessment: false, marking: null } }],
});

/** A section's blocks as the editor's document. */
export function blocksToDoc(blocks: readonly RichBlock[]): PMJSON {
  if (blocks.length === 0) return emptyDoc();
  const content: PMJSON[] = [];
  for (const block of blocks) {
    const kind = block.kind ?? 'paragraph';
    const paragraph = paragraphOf(block);
    if (kind === 'paragraph') {
      content.push(paragraph);
      continue;
    }
    const listType = LIST_OF[kind];
    const item: PMJSON = { type: 'listItem', content: [paragraph] };
    const last = content[content.length - 1];
    if (last?.type === listType) last.content?.push(item);
    else content.push({ type: listType, content: [item] });
  }
  return { type: 'doc', content };
}

/** A text or citation node as a run; anything else (a node this mapping does not know) is left out. */
function runOf(node: PMJSON): Inline | undefined {
  if (node.type === 'citation') {
    const factId = node.attrs?.factId;
    return typeof factId === 'string' && factId ? { type: 'cite', factId } : undefined;
  }
  if (node.type !== 'text' || !node.text) return undefined;
  const run: TextRun = { type: 'text', text: node.text };
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'link') {
      // Only the links a briefing may hold (web and mail addresses); the text stays either way.
      const href = LinkHref.safeParse(mark.attrs?.href);
      if (href.success) run.href = href.data;
    }
  }
  return run;
}

/** Whether two blocks read the same (same id, kind, flag and normalised runs). */
export function sameBlock(a: RichBlock, b: RichBlock): boolean {
  if (a === b) return true;
  if (a.id !== b.id || (a.kind ?? 'paragraph') !== (b.kind ?? 'paragraph')) return false;
  if (Boolean(a.isAssessment) !== Boolean(b.isAssessment)) return false;
  if ((a.marking ?? null) !== (b.marking ?? null)) return false;
  const x = normaliseInline(a.content);
  const y = normaliseInline(b.content);
  if (x.length !== y.length) return false;
  return x.every((r, i) => {
    const s = y[i];
    if (!s || r.type !== s.type) return false;
    if (r.type === 'cite') return s.type === 'cite' && r.factId === s.factId;
    return (
      s.type === 'text' &&
      r.text === s.text &&
      !!r.bold === !!s.bold &&
      !!r.italic === !!s.italic &&
      r.href === s.href
    );
  });
}

/** Whether two block lists read the same. */
export function sameBlocks(a: readonly RichBlock[], b: readonly RichBlock[]): boolean {
  return a === b || (a.length === b.length && a.every((block, i) => sameBlock(block, b[i] as RichBlock)));
}

/** Turns the paragraphs of the editor's top-level nodes into blocks; shared by the two entry points. */
export class BlockCollector {
  readonly blocks: RichBlock[] = [];
  private readonly seen = new Set<string>();
  private readonly previous: Map<string, RichBlock>;

  constructor(
    previous: readonly RichBlock[],
    private readonly newId: () => string,
  ) {
    this.previous = new Map(previous.map((b) => [b.id, b]));
  }

  /** Whether `id` is still free (not used by an earlier paragraph of this document). */
  isFree(id: string): boolean {
    return !this.seen.has(id);
  }

  /** Adds a block built elsewhere (a cached one) whose id is free. */
  push(block: RichBlock): void {
    this.seen.add(block.id);
    this.blocks.push(block);
  }

  /** The blocks of one top-level node (a paragraph, or a list: one block per item), added in order. */
  addTopNode(node: PMJSON): RichBlock[] {
    const added: RichBlock[] = [];
    const kind = KIND_OF[node.type];
    if (node.type === 'paragraph') added.push(this.addParagraph(node, 'paragraph'));
    else if (kind) this.addList(node, kind, added);
    return added;
  }

  private addList(list: PMJSON, kind: BlockKind, added: RichBlock[]): void {
    for (const item of list.content ?? []) {
      for (const child of item.content ?? []) {
        if (child.type === 'paragraph') added.push(this.addParagraph(child, kind));
        // A nested list (the schema has none, but pasted HTML might) is flattened into this one.
        else if (KIND_OF[child.type]) this.addList(child, kind, added);
      }
    }
  }

  private addParagraph(paragraph: PMJSON, kind: BlockKind): RichBlock {
    const given = paragraph.attrs?.blockId;
    // A paragraph without an id is new; of two with one id (a split paragraph, a pasted copy), the
    // first keeps it and the other is a new block.
    const id = typeof given === 'string' && given && !this.seen.has(given) ? given : this.newId();
    this.seen.add(id);
    const runs: Inline[] = [];
    for (const child of paragraph.content ?? []) {
      const run = runOf(child);
      if (run) runs.push(run);
    }
    const block: RichBlock = { id, content: normaliseInline(runs) };
    if (kind !== 'paragraph') block.kind = kind;
    if (paragraph.attrs?.assessment === true) block.isAssessment = true;
    const marking = paragraph.attrs?.marking;
    if (typeof marking === 'string' && marking) block.marking = marking;
    const before = this.previous.get(id);
    // The same object when nothing changed, so memoised views of unchanged blocks stay put.
    const result = before && sameBlock(before, block) ? before : block;
    this.blocks.push(result);
    return result;
  }

  /** The blocks; a section that is one empty paragraph (nothing typed yet, or all deleted) has none. */
  finish(): RichBlock[] {
    const only = this.blocks[0];
    if (
      this.blocks.length === 1 &&
      only &&
      only.content.length === 0 &&
      (only.kind ?? 'paragraph') === 'paragraph' &&
      !only.isAssessment &&
      !only.marking
    )
      return [];
    return this.blocks;
  }
}

/**
 * The editor's document as blocks. Ids come from the paragraphs; a paragraph without one, or with
 * the id of an earlier paragraph, gets `newId()`. Blocks that read the same as in `previous` are
 * returned as those very objects.
 */
export function docToBlocks(doc: PMJSON, previous: readonly RichBlock[], newId: () => string): RichBlock[] {
  const collector = new BlockCollector(previous, newId);
  for (const node of doc.content ?? []) collector.addTopNode(node);
  return collector.finish();
}

/** The facts a list of blocks cites, chip by chip, for telling an edit of words from one of citations. */
export const citedFacts = (block: RichBlock): string => inlineFactIds(block.content).join(' ');

/**
 * `blocks`, the new content of section `sectionId`, with a fresh id for every new block whose id
 * another section already holds, so a block id is in the briefing once (a paragraph copied from
 * another section is a block of its own). Blocks already in this section keep their ids, so typing
 * costs no more than a look at the ids; the very array comes back when nothing changes.
 */
export function uniqueAcrossSections(
  sections: readonly { id: string; blocks: readonly RichBlock[] }[],
  sectionId: string,
  blocks: RichBlock[],
  newId: () => string,
): RichBlock[] {
  const own = new Set(sections.find((s) => s.id === sectionId)?.blocks.map((b) => b.id));
  if (blocks.every((b) => own.has(b.id))) return blocks;
  const elsewhere = new Set(sections.flatMap((s) => (s.id === sectionId ? [] : s.blocks.map((b) => b.id))));
  if (!blocks.some((b) => !own.has(b.id) && elsewhere.has(b.id))) return blocks;
  return blocks.map((b) => (!own.has(b.id) && elsewhere.has(b.id) ? { ...b, id: newId() } : b));
}
