import { Extension, mergeAttributes, Node, type AnyExtension } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Dropcursor, Placeholder } from '@tiptap/extensions';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { LinkHref } from '../../../../../electron/core/rich-text';
import { isTyping, moveBlock, toggleAssessment } from './commands';

/** What a chip shows: its note number, and what it says to a screen reader. */
export interface ChipInfo {
  /** The note number, or undefined while the numbers catch up with an edit. */
  note: number | undefined;
  /** Under an author-date template (no notes): the author and year it cites, shown instead of a number. */
  inText?: string | undefined;
  /** "Note 3: Dmitry Peskov, Kremlin spokesman (Reuters)". */
  label: string;
  /** The fact's statement (a tooltip). */
  title: string;
  isRetracted: boolean;
  /** A cited team fact changed or removed in the team library since it was cited: what to say. */
  copyFlag?: string | undefined;
}

/** A paragraph's portion mark as the editor shows it. */
export interface PortionInfo {
  /** "OS". */
  portion: string;
  /** "Marked OFFICIAL-SENSITIVE: the highest it cites" (a tooltip). */
  title: string;
  /** Set by hand on the paragraph. */
  isByHand: boolean;
}

/** What the editor reads from React on every render (a ref, so extensions are made once). */
export interface EditorContext {
  /** The chip of `factId`, the `ordinal`-th chip of block `blockId`. */
  chip(blockId: string | null, ordinal: number, factId: string): ChipInfo;
  /**
   * The portion mark of a paragraph with this mark set by hand (or null) citing these facts; null when
   * it has none to show.
   */
  portion(marking: string | null, factIds: readonly string[]): PortionInfo | null;
  /** A fact's statement, for a fact dropped between paragraphs (undefined if not loaded). */
  statementOf(factId: string): string | undefined;
  openFact(factId: string): void;
  /** Ctrl/⌘+Shift+K: edit the link at the selection. */
  editLink(): void;
  newBlockId(): string;
}

/** A paragraph is a block: it carries the block's id, its assessment flag and its portion mark set by hand. */
export const BlockParagraph = Paragraph.extend({
  addAttributes() {
    return {
      blockId: {
        default: null,
        // A new paragraph made by Enter gets its own id; pasted paragraphs too (ids are never parsed).
        keepOnSplit: false,
        parseHTML: () => null,
        renderHTML: (attrs: { blockId?: string | null }) =>
          attrs.blockId ? { 'data-block-id': attrs.blockId } : {},
      },
      assessment: {
        default: false,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-assessment') === 'true',
        renderHTML: (attrs: { assessment?: boolean }) =>
          attrs.assessment ? { 'data-assessment': 'true', class: 'assessment' } : {},
      },
      // Shown by the portion decoration (which also shows marks that come from the facts cited).
      marking: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
    };
  },
  // Each paragraph takes its direction from its first strong letter, as the preview and the exports lay
  // it out: an Arabic or Hebrew paragraph reads right to left here too.
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { dir: 'auto' }), 0];
  },
  // As a Word style whose "next style" is Normal: Enter at the end of an assessment starts a
  // reporting paragraph; splitting an assessment in the middle keeps both halves assessments.
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        const node = $from.parent;
        if (!empty || node.type.name !== this.name || !node.attrs.assessment) return false;
        if ($from.parentOffset !== node.content.size || node.content.size === 0) return false;
        return editor.chain().splitBlock().updateAttributes(this.name, { assessment: false }).run();
      },
    };
  },
});

/** A list item is exactly one paragraph: blocks are flat (no nested lists), and Tab leaves the editor. */
export const FlatListItem = ListItem.extend({
  content: 'paragraph',
  // Its marker on the side its text starts from (a right-to-left item's bullet on the right).
  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { dir: 'auto' }), 0];
  },
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

const citeKey = new PluginKey<DecorationSet>('citations');

/** Where each chip's number comes from: block id and ordinal within the block. */
function chipInfos(doc: PMNode, ctx: EditorContext): { pos: number; info: ChipInfo }[] {
  const out: { pos: number; info: ChipInfo }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return true;
    let ordinal = 0;
    node.forEach((child, offset) => {
      if (child.type.name !== 'citation') return;
      const factId = String(child.attrs.factId);
      out.push({
        pos: pos + 1 + offset,
        info: ctx.chip(node.attrs.blockId as string | null, ordinal++, factId),
      });
    });
    return false;
  });
  return out;
}

function portionBadge(info: PortionInfo): HTMLElement {
  const badge = document.createElement('span');
  badge.className = info.isByHand ? 'portion-badge by-hand' : 'portion-badge';
  badge.contentEditable = 'false';
  badge.title = info.title;
  badge.textContent = `(${info.portion})`;
  return badge;
}

function citeDecorations(doc: PMNode, ctx: EditorContext): DecorationSet {
  const decorations: Decoration[] = [];
  // Each paragraph's portion mark, from the mark set by hand or the facts it cites.
  doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return true;
    const factIds: string[] = [];
    node.forEach((child) => {
      if (child.type.name === 'citation') factIds.push(String(child.attrs.factId));
    });
    const info = ctx.portion((node.attrs.marking as string | null | undefined) ?? null, factIds);
    if (info) {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-portion': info.portion }));
      // The mark before the text, as the exports print it: not part of the document (never copied).
      decorations.push(
        Decoration.widget(pos + 1, () => portionBadge(info), {
          side: -1,
          ignoreSelection: true,
          key: `portion ${info.portion} ${info.isByHand} ${info.title}`,
        }),
      );
    }
    return false;
  });
  // One flag per paragraph; a retraction outranks a team fact changed since it was cited.
  const flagged = new Map<number, { end: number; isRetracted: boolean; flag: string }>();
  for (const { pos, info } of chipInfos(doc, ctx)) {
    decorations.push(Decoration.node(pos, pos + 1, {}, { chip: info }));
    if (!info.isRetracted && !info.copyFlag) continue;
    const $pos = doc.resolve(pos);
    const start = $pos.before();
    if (flagged.get(start)?.isRetracted) continue;
    if (flagged.has(start) && !info.isRetracted) continue;
    flagged.set(start, {
      end: $pos.after(),
      isRetracted: info.isRetracted,
      flag: info.isRetracted ? 'Cites a retracted fact' : (info.copyFlag ?? ''),
    });
  }
  for (const [start, { end, isRetracted, flag }] of flagged)
    decorations.push(
      Decoration.node(start, end, {
        class: isRetracted ? 'cites-retracted' : 'cites-changed',
        'data-flag': flag,
      }),
    );
  return DecorationSet.create(doc, decorations);
}

/**
 * Whether a transaction may have changed which chips there are or which paragraph holds them; if
 * not (typing, deleting text around chips), the chip decorations are mapped, not recomputed.
 */
function touchesChips(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep)) return true;
    if (step.slice.openStart > 0 || step.slice.openEnd > 0) return true;
    let chip = false;
    step.slice.content.forEach((node) => {
      if (!node.isText) chip = true;
    });
    if (chip || step.from === step.to) return chip;
    tr.docs[i]?.nodesBetween(step.from, step.to, (node) => {
      if (node.type.name === 'citation' || node.isBlock) chip = chip || node.type.name === 'citation';
      return !chip;
    });
    return chip || tr.docs[i]?.resolve(step.from).parent !== tr.docs[i]?.resolve(step.to).parent;
  });
}

/** A citation chip: an inline atom pointing at a fact, shown as its note number. */
export const Citation = Node.create<{ context: EditorContext | null }>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  addOptions() {
    return { context: null };
  },
  addAttributes() {
    return {
      factId: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-fact-id'),
        renderHTML: (attrs: { factId?: string }) => ({ 'data-fact-id': attrs.factId }),
      },
      /** The note number, set only on copies (HTML and text on the clipboard show `[n]`). */
      note: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-fact-id]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const note = node.attrs.note as number | null;
    return ['span', { ...HTMLAttributes, class: 'cite-chip' }, `[${note ?? '*'}]`];
  },
  renderText({ node, parent, index }) {
    const ctx = this.options.context;
    if (!ctx) return '[*]';
    let ordinal = 0;
    for (let i = 0; i < index; i++) if (parent.child(i).type.name === 'citation') ordinal++;
    const info = ctx.chip(parent.attrs.blockId as string | null, ordinal, String(node.attrs.factId));
    return `[${info.inText ?? info.note ?? '*'}]`;
  },
  addNodeView() {
    const context = this.options.context;
    return ({ node: initial, decorations }) => {
      let node = initial;
      const dom = document.createElement('span');
      dom.className = 'cite-chip';
      dom.contentEditable = 'false';
      dom.dataset.factId = String(node.attrs.factId);
      const number = document.createElement('span');
      number.className = 'cite-number';
      number.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      dom.append(number, label);
      let shown = '';
      const show = (decos: readonly Decoration[]) => {
        const info = (decos.find((d) => (d.spec as { chip?: ChipInfo }).chip)?.spec as { chip?: ChipInfo })
          ?.chip;
        const key = info
          ? `${info.note}|${info.inText ?? ''}|${info.label}|${info.title}|${info.isRetracted}|${info.copyFlag ?? ''}`
          : '';
        if (key === shown) return;
        shown = key;
        number.textContent = info?.inText ?? (info?.note !== undefined ? String(info.note) : '…');
        dom.classList.toggle('in-text', info?.inText !== undefined);
        label.textContent = info ? ` (${info.label})` : ' (citation)';
        dom.title = info ? `${info.title}\nClick, or select and press Enter, to open the fact.` : '';
        dom.dataset.note = info?.note !== undefined ? String(info.note) : '';
        dom.classList.toggle('retracted', info?.isRetracted === true);
      };
      show(decorations);
      dom.addEventListener('click', (e) => {
        e.preventDefault();
        context?.openFact(String(node.attrs.factId));
      });
      return {
        dom,
        update(next, decos) {
          if (next.type !== node.type || next.attrs.factId !== node.attrs.factId) return false;
          node = next;
          show(decos);
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },
  addProseMirrorPlugins() {
    const context = this.options.context;
    if (!context) return [];
    return [
      new Plugin<DecorationSet>({
        key: citeKey,
        state: {
          init: (_, state) => citeDecorations(state.doc, context),
          apply: (tr, old, _, state) => {
            if (tr.getMeta(citeKey) || (tr.docChanged && touchesChips(tr)))
              return citeDecorations(state.doc, context);
            return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
          },
        },
        props: {
          decorations: (state) => citeKey.getState(state),
          // Copied chips carry their number, so the HTML and the plain text on the clipboard read [n].
          transformCopied: (slice, view) => {
            const { from, to } = view.state.selection;
            const notes = chipInfos(view.state.doc, context)
              .filter((c) => c.pos >= from && c.pos < to)
              .map((c) => c.info.note ?? null);
            let i = 0;
            const mark = (fragment: Fragment): Fragment => {
              const nodes: PMNode[] = [];
              fragment.forEach((child) => {
                if (child.type.name === 'citation')
                  nodes.push(child.type.create({ ...child.attrs, note: notes[i++] ?? null }));
                else nodes.push(child.copy(mark(child.content)));
              });
              return Fragment.fromArray(nodes);
            };
            return new Slice(mark(slice.content), slice.openStart, slice.openEnd);
          },
        },
      }),
    ];
  },
});

/** Asks the chips to redraw (note numbers or facts changed outside the document). */
export const refreshChips = (state: EditorState) => state.tr.setMeta(citeKey, true);

const idKey = new PluginKey('block-ids');

/**
 * Every paragraph has an id of its own: a new or split paragraph gets one at once, and of two with one id
 * (a pasted copy) the second gets a new one. The one empty paragraph of an empty section has none yet.
 */
export function blockIdPlugin(newBlockId: () => string): Plugin {
  return new Plugin({
    key: idKey,
    appendTransaction: (transactions, _, state) => {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      // Typing adds no paragraph and copies no id: every paragraph keeps the id it had, so the
      // document (120 paragraphs a section in a long briefing) is not walked on every keystroke.
      // The one exception is the first character in an empty section's id-less paragraph.
      const first = state.doc.firstChild;
      const isFirstTyping = state.doc.childCount === 1 && first?.isTextblock && !first.attrs.blockId;
      if (!isFirstTyping && transactions.every((tr) => !tr.docChanged || isTyping(tr))) return null;
      const seen = new Set<string>();
      const tr = state.tr;
      state.doc.descendants((node, pos) => {
        if (node.type.name !== 'paragraph') return true;
        const id = node.attrs.blockId as string | null;
        // The one empty paragraph of an empty section is no block yet (it gets an id once typed in).
        const isEmptySection =
          state.doc.childCount === 1 && node === state.doc.firstChild && node.content.size === 0;
        if (id && !seen.has(id)) seen.add(id);
        else if (!isEmptySection || node.attrs.assessment) {
          const fresh = newBlockId();
          seen.add(fresh);
          tr.setNodeAttribute(pos, 'blockId', fresh);
        }
        return false;
      });
      return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
    },
  });
}

/**
 * Section behaviour: every paragraph has an id of its own (new and split paragraphs get one at once),
 * Alt+↑/↓ moves a paragraph, Ctrl/⌘+Shift+9 marks an assessment, Ctrl/⌘+Shift+K edits a link, and Enter on
 * a selected chip opens its fact.
 */
export const SectionBehaviour = Extension.create<{ context: EditorContext | null }>({
  name: 'sectionBehaviour',
  addOptions() {
    return { context: null };
  },
  addKeyboardShortcuts() {
    const context = this.options.context;
    const run = (command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean) =>
      command(this.editor.state, (tr) => this.editor.view.dispatch(tr));
    return {
      'Alt-ArrowUp': () => run(moveBlock(-1)),
      'Alt-ArrowDown': () => run(moveBlock(1)),
      'Mod-Shift-9': () => run(toggleAssessment),
      'Mod-Shift-k': () => {
        context?.editLink();
        return true;
      },
      Enter: () => {
        const sel = this.editor.state.selection;
        if (sel instanceof NodeSelection && sel.node.type.name === 'citation') {
          context?.openFact(String(sel.node.attrs.factId));
          return true;
        }
        return false;
      },
    };
  },
  addProseMirrorPlugins() {
    const context = this.options.context;
    if (!context) return [];
    return [blockIdPlugin(() => context.newBlockId())];
  },
});

/** Links a briefing may hold: web and mail addresses (the inline model refuses anything else). */
export const isAllowedHref = (href: string): boolean => LinkHref.safeParse(href).success;

/** The editor's extensions: the schema of a section, and its behaviour. */
export function sectionExtensions(context: EditorContext | null, placeholder = ''): AnyExtension[] {
  return [
    Document,
    BlockParagraph,
    Text,
    Bold,
    Italic,
    Link.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
      isAllowedUri: (url) => isAllowedHref(url),
      shouldAutoLink: (url) => isAllowedHref(url),
    }),
    BulletList,
    OrderedList,
    FlatListItem,
    ListKeymap,
    Citation.configure({ context }),
    SectionBehaviour.configure({ context }),
    ...(context
      ? [
          Dropcursor.configure({ color: 'var(--accent)', width: 2 }),
          Placeholder.configure({ placeholder, showOnlyWhenEditable: true }),
        ]
      : []),
  ];
}
