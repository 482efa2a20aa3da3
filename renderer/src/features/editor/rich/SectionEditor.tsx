import { EditorContent, useEditor, type Editor, type UseEditorOptions } from '@tiptap/react';
import type { Node as PMNode } from '@tiptap/pm/model';
import {
  NodeSelection,
  Selection,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  memo,
  startTransition,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { marksOf, markingsFrom, type Level } from '../../../../../electron/core/marking';
import { inlineText, MAX_BLOCK_CHARS } from '../../../../../electron/core/rich-text';
import type { Fact, Source } from '../../../../../electron/core/schemas';
import { MAX_SECTION_BLOCKS } from '../content-error';
import { FACT_DRAG_TYPE } from '../../library/FactList';
import { chipAriaLabel } from '../../library/source-label';
import { useApp } from '../../../app/store';
import { chipInText } from '../in-text-citations';
import {
  blockBoundary,
  blockDepth,
  dropSlice,
  forDrop,
  insertCitation,
  insertFactParagraph,
  isAssessment,
  markingAt,
  moveBlock,
  replaceChanged,
  setMarking,
  toggleAssessment,
  typingKey,
  UNDO_KEY,
} from './commands';
import { flushAfterPaint } from '../../../app/after-paint';
import { isAllowedHref, refreshChips, sectionExtensions, type EditorContext } from './extensions';
import { BlockCollector, blocksToDoc, sameBlocks, type RichBlock } from './mapping';
import { citeTarget } from './cite-target';
import { useEditorValue } from './use-editor-value';
import { copyKeyName, dropFromAnotherSection, registerSectionView, startDrag } from './section-drag';
import './editor.css';

import type { NoteNumbers } from '../note-numbers';
export type { NoteNumbers };

export interface SectionEditorProps {
  sectionId: string;
  /** The section's heading: the editor's accessible name. */
  heading: string;
  /** What one block is called here ("paragraph", "item"). */
  noun: string;
  blocks: readonly RichBlock[];
  /** Each block's note numbers in chip order, by block id (the whole briefing's map). */
  numbers: NoteNumbers;
  /** This section's note numbers as a string: a value, so memo sees when they change. */
  noteKey: string;
  facts: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  /** The template's classifications, lowest first: a paragraph's portion mark is one of them. */
  levels: readonly Level[];
  /** The template prints portion marks: every paragraph shows one (the lowest where nothing is marked). */
  printsMarks: boolean;
  /** The template cites author-date: chips show the author and year cited, not a note number. */
  isAuthorDate: boolean;
  /** The section's blocks after an edit; `key` groups a burst of typing in one block into one undo step. */
  onChange: (sectionId: string, blocks: RichBlock[], key?: string) => void;
  onOpenFact: (factId: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  newBlockId: () => string;
  placeholder?: string;
}

/**
 * Brings ProseMirror's selection up to the browser's before a key is handled. ProseMirror reads the
 * DOM selection on `selectionchange`, which comes a task later: a shortcut pressed right after a
 * caret move (Ctrl+End then Enter, a double-click then Ctrl+B) would otherwise act on the old one.
 */
function syncSelection(view: EditorView, whenFocused = true): void {
  if (view.composing || (whenFocused && !view.hasFocus()) || view.state.selection instanceof NodeSelection)
    return;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode) return;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return;
  }
  const { selection, doc } = view.state;
  if (anchor === selection.anchor && head === selection.head) return;
  if (Math.max(anchor, head) > doc.content.size || Math.min(anchor, head) < 0) return;
  const $anchor = doc.resolve(anchor);
  const $head = doc.resolve(head);
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.between($anchor, $head)));
}

/** Where a fact dropped at the pointer goes: into the text at `pos`, or as a paragraph at `pos`. */
function dropTarget(view: EditorView, e: DragEvent): { inline: boolean; pos: number } {
  const end = { inline: false, pos: view.state.doc.content.size };
  const hit = view.posAtCoords({ left: e.clientX, top: e.clientY });
  if (!hit) return end;
  const $pos = view.state.doc.resolve(hit.pos);
  if (!$pos.parent.isTextblock) return { inline: false, pos: hit.pos };
  if ($pos.parent.content.size === 0) return { inline: false, pos: hit.pos };
  const dom = view.nodeDOM($pos.before());
  const rect = dom instanceof HTMLElement ? dom.getBoundingClientRect() : null;
  if (rect) {
    // The top and bottom edges of a paragraph (and the gaps between paragraphs) are "between".
    const edge = Math.min(8, rect.height / 4);
    if (e.clientY < rect.top + edge) return { inline: false, pos: blockBoundary($pos, -1) };
    if (e.clientY > rect.bottom - edge) return { inline: false, pos: blockBoundary($pos, 1) };
  }
  return { inline: true, pos: hit.pos };
}

/** What the extensions read from React: made once per editor, reading the props of the latest render. */
function editorContext(props: () => SectionEditorProps, editLink: () => void): EditorContext {
  return {
    chip: (blockId, ordinal, factId) => {
      const p = props();
      const fact = p.facts.get(factId);
      const source = fact ? p.sourceById.get(fact.sourceId) : undefined;
      // Author-date: the export prints no note number, so the chip shows none either.
      const note = p.isAuthorDate
        ? undefined
        : ((blockId ? p.numbers.get(blockId)?.[ordinal] : undefined) ?? undefined);
      // Author-date: the citation as the export prints it (see in-text-citations.ts).
      const inText = p.isAuthorDate
        ? chipInText(useApp.getState().inText, blockId, ordinal, factId, source)
        : undefined;
      const isRetracted = fact?.status === 'retracted';
      return {
        note,
        inText,
        isRetracted,
        copyFlag: copyFlagOf(fact),
        label: chipAriaLabel(note, isRetracted, fact, source, inText),
        title: fact ? `${isRetracted ? 'RETRACTED: ' : ''}${fact.statement}` : '',
      };
    },
    portion: (marking, factIds) => {
      const p = props();
      const m = marksOf(marking ?? undefined, factIds, p.levels, markingsFrom(p.facts, p.sourceById));
      const level = m.level ?? (p.printsMarks ? p.levels[0] : undefined);
      if (!level) return null;
      const why = m.isByHand
        ? `set by hand${m.cited && m.cited.rank > level.rank ? `, though it cites a fact marked ${m.cited.label}` : ''}`
        : level.isUnknown
          ? 'a marking this template does not have (a release version leaves the paragraph out)'
          : m.level
            ? 'the highest marking it cites'
            : 'it cites nothing marked';
      return { portion: level.portion, isByHand: m.isByHand, title: `Marked ${level.label}: ${why}.` };
    },
    statementOf: (factId) => props().facts.get(factId)?.statement,
    openFact: (factId) => props().onOpenFact(factId),
    editLink,
    newBlockId: () => props().newBlockId(),
  };
}

/**
 * One template section as one rich-text editor (Tiptap/ProseMirror): paragraphs, bullets, numbered
 * items, bold/italic/links, and citation chips at their place in the sentence.
 *
 * Undo is the app's: the editor has no history of its own. Every change is emitted at once as the
 * section's blocks (typing in one paragraph carries a key, so the app folds a burst into one step),
 * and blocks coming back from the app (undo, redo, a fact added from the library) are patched into
 * the document where they differ, so the cursor stays put.
 */
export const SectionEditor = memo(
  function SectionEditor(props: SectionEditorProps) {
    const { sectionId, heading } = props;
    const propsRef = useRef(props);
    useLayoutEffect(() => {
      propsRef.current = props;
    });
    const [linkOpen, setLinkOpen] = useState(false);
    /** Why the last paste was refused (it would have made the section impossible to save). */
    const [refusedPaste, setRefusedPaste] = useState<string | null>(null);
    const wrapper = useRef<HTMLDivElement>(null);
    const editorId = useId();
    /** When the browser last began to insert typed text (a `beforeinput` of `insertText` not yet read). */
    const typedAt = useRef(-Infinity);

    // What the extensions read from React; made once, reading the latest props. ProseMirror calls it
    // from its plugins and event handlers (and once while the editor is made, with these props).
    // eslint-disable-next-line react-hooks/refs -- a getter of the latest props, not a read during render
    const [context] = useState(() =>
      editorContext(
        () => propsRef.current,
        () => setLinkOpen(true),
      ),
    );

    // The blocks last sent to the app, those sent since the app last caught up, and the app's last.
    const emitted = useRef<Sent>({ blocks: props.blocks, pending: [], seen: props.blocks });
    // The section finds it here when its own edit comes back (the editor need not re-render for it).
    useLayoutEffect(() => {
      const sent = emitted.current;
      sentBySection.set(sectionId, sent);
      return () => {
        if (sentBySection.get(sectionId) === sent) sentBySection.delete(sectionId);
      };
    }, [sectionId]);
    // Each top-level node's blocks: ProseMirror keeps unchanged nodes, so a keystroke converts one.
    const cache = useRef(new WeakMap<PMNode, RichBlock[]>());
    const collect = (doc: PMNode, previous: readonly RichBlock[]) => {
      const collector = new BlockCollector(previous, () => propsRef.current.newBlockId());
      doc.forEach((node) => {
        const cached = cache.current.get(node);
        if (cached && cached.every((b) => collector.isFree(b.id))) cached.forEach((b) => collector.push(b));
        else cache.current.set(node, collector.addTopNode(node.toJSON()));
      });
      return collector.finish();
    };

    // The options are made once: Tiptap compares them after every render and, when they differ (new
    // handler functions, a new content object), calls setOptions, which redraws the view and writes
    // its selection back to the page, racing the browser's own caret while typing.
    const [options] = useState<UseEditorOptions>(() => ({
      extensions: sectionExtensions(context, props.placeholder ?? ''),
      content: blocksToDoc(props.blocks),
      immediatelyRender: true,
      // The CSP allows no <style> elements: editor.css carries ProseMirror's rules.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      // Tiptap's 'delete' events (nothing here listens): they cost every keystroke a timer and a diff.
      enableCoreExtensions: { delete: false },
      editorProps: {
        attributes: {
          id: editorId,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': heading,
          class: 'rich-editor',
          spellcheck: 'true',
        },
        handleKeyDown: (view) => {
          typedAt.current = -Infinity;
          syncSelection(view);
          return false;
        },
        // Text the browser typed in is already in view (it scrolls to its caret): ProseMirror's own
        // scroll would only force a layout of the page inside the keystroke to find that out.
        handleScrollToSelection: (view) => {
          const skip = performance.now() - typedAt.current < 50 && view.state.selection.empty;
          typedAt.current = -Infinity;
          return skip;
        },
        // A paste that would put the section over the store's limits is refused as a whole (the
        // document stays as it was, so the rest of the briefing keeps saving), with a notice.
        handlePaste: (view, _event, slice) => {
          const after = view.state.tr.replaceSelection(slice).doc;
          const blocks = collect(after, emitted.current.blocks);
          const long = blocks.findIndex((b) => inlineText(b.content).length > MAX_BLOCK_CHARS);
          const refusal =
            blocks.length > MAX_SECTION_BLOCKS
              ? `Not pasted: ${heading} would have ${blocks.length} paragraphs, and a section can hold at most ${MAX_SECTION_BLOCKS}. Paste less at a time, or split it across sections.`
              : long >= 0
                ? `Not pasted: paragraph ${long + 1} of ${heading} would have ${inlineText(blocks[long]?.content ?? []).length} characters, and a paragraph can have at most ${MAX_BLOCK_CHARS}. Break the text into paragraphs first.`
                : null;
          setRefusedPaste(refusal);
          return refusal !== null;
        },
        handleDrop: (view, event, slice, moved) => {
          const factId = event.dataTransfer?.types.includes(FACT_DRAG_TYPE)
            ? event.dataTransfer.getData(FACT_DRAG_TYPE)
            : '';
          if (!factId) {
            // A paragraph dragged from another section moves here (ProseMirror would paste a copy).
            if (dropFromAnotherSection(view, event)) return true;
            // Copied within this section (Ctrl, or Alt on macOS): the copy is a new block, and the
            // original keeps its id even when the copy lands above it.
            if (view.dragging && !moved) {
              const hit = view.posAtCoords({ left: event.clientX, top: event.clientY });
              if (!hit) return false;
              dropSlice(hit.pos, forDrop(slice, false))(view.state, (tr) =>
                view.dispatch(tr.setMeta('uiEvent', 'drop')),
              );
              view.focus();
              return true;
            }
            return false;
          }
          event.preventDefault();
          const target = dropTarget(view, event);
          const command = target.inline
            ? insertCitation(target.pos, factId)
            : insertFactParagraph(target.pos, factId, context.statementOf(factId) ?? '');
          command(view.state, view.dispatch);
          view.focus();
          return true;
        },
        handleDOMEvents: {
          // Edit ▸ Undo from a menu: the app's history, never the browser's.
          beforeinput: (_view, event) => {
            typedAt.current = event.inputType === 'insertText' ? performance.now() : -Infinity;
            if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
              event.preventDefault();
              if (event.inputType === 'historyUndo') propsRef.current.onUndo();
              else propsRef.current.onRedo();
              return true;
            }
            return false;
          },
        },
      },
      onUpdate: ({ editor: ed, transaction }) => {
        if (transaction.getMeta('external')) return;
        // The document with what plugins appended (new paragraphs' ids), as it is now.
        const doc = ed.state.doc;
        // Half of a paragraph moved between sections carries the move's key (one undo step for both).
        const joint = transaction.getMeta(UNDO_KEY) as string | undefined;
        const send = () => {
          const before = emitted.current.blocks;
          const next = collect(doc, before);
          if (sameBlocks(before, next)) return;
          emitted.current.blocks = next;
          emitted.current.pending.push(next);
          const key = joint ?? typingKey(before, next, transaction);
          const emit = () => propsRef.current.onChange(sectionId, next, key);
          // The section's re-render is a transition, which never holds up the next keystroke.
          if (key && !joint) startTransition(emit);
          else emit();
        };
        // Every edit, typing too, goes to the app at once, in the key's own task (history, word
        // counts, note numbers, autosave; the section re-renders only when its length changes): the
        // frame that paints the character waits for the display's next vsync in most keystrokes, and
        // the app is caught up before it. Queued behind the paint, it waited for that vsync as well, as
        // Chromium holds back every task queued behind a key until the key's frame is drawn.
        flushAfterPaint();
        send();
      },
    }));
    const editor = useEditor(options, []);

    // Blocks from the app: our own edits coming back (nothing to do), or a change made elsewhere. Run
    // on every render, as the blocks the app sends are looked at here or in `sectionCaughtUp`.
    useLayoutEffect(() => {
      const sent = emitted.current;
      if (props.blocks === sent.seen) return;
      if (ownLastEditBack(sent, props.blocks)) return;
      const echo = sent.pending.indexOf(props.blocks);
      if (echo >= 0) {
        // An earlier edit of ours; the later ones are on their way.
        sent.pending = sent.pending.slice(echo + 1);
        return;
      }
      sent.pending = [];
      const current = collect(editor.state.doc, sent.blocks);
      sent.blocks = props.blocks;
      if (sameBlocks(current, props.blocks)) return;
      const next = editor.schema.nodeFromJSON(blocksToDoc(props.blocks));
      const change = replaceChanged(editor.state, next);
      if (!change) return;
      change.tr.setMeta('external', true).setMeta('preventUpdate', true).setMeta('addToHistory', false);
      // Undo in this section: the cursor goes where the change was, as a text field's undo does.
      if (editor.view.hasFocus())
        change.tr.setSelection(Selection.near(change.tr.doc.resolve(change.end), -1));
      editor.view.dispatch(change.tr.scrollIntoView());
    });

    // Found by the other sections' editors when a paragraph dragged from here is dropped there.
    useLayoutEffect(() => registerSectionView(() => (editor.isDestroyed ? null : editor.view)), [editor]);

    // A template edit may rename the section (the options above are made once).
    useLayoutEffect(() => {
      editor.view.dom.setAttribute('aria-label', heading);
    }, [editor, heading]);

    // The library's "Cite at cursor" cites at this editor's caret once it has been used.
    useLayoutEffect(() => {
      const cite = (factId: string) => {
        const { state } = editor.view;
        const $to = state.selection.$to;
        const pos = $to.parent.inlineContent ? $to.pos : Selection.atEnd(state.doc).from;
        insertCitation(pos, factId)(state, editor.view.dispatch);
        editor.view.focus();
      };
      const onFocus = () => citeTarget.set({ sectionId, heading, cite });
      // Leaving for the library right after placing the caret: keep that caret (ProseMirror would
      // read it a moment later, when the editor no longer has the focus and ignores it).
      const onBlur = () => syncSelection(editor.view, false);
      editor.on('focus', onFocus);
      editor.on('blur', onBlur);
      return () => {
        editor.off('focus', onFocus);
        editor.off('blur', onBlur);
        citeTarget.clear(cite);
      };
    }, [editor, sectionId, heading]);

    // The chips' citations as the export prints them, when they come (author-date).
    const inText = useApp((s) => s.inText);
    // Note numbers, citations or facts changed (a chip added elsewhere, a fact retracted): redraw the chips.
    useLayoutEffect(() => {
      editor.view.dispatch(refreshChips(editor.state));
    }, [
      props.noteKey,
      inText,
      props.facts,
      props.sourceById,
      props.levels,
      props.printsMarks,
      props.isAuthorDate,
      editor,
    ]);

    return (
      <div className="section-editor" ref={wrapper}>
        <div className="editor-tools">
          <MarkingPicker editor={editor} heading={heading} levels={props.levels} />
          <Toolbar
            editor={editor}
            heading={heading}
            noun={props.noun}
            editorId={editorId}
            onLink={() => setLinkOpen(true)}
          />
        </div>
        {linkOpen ? <LinkEditor editor={editor} onClose={() => setLinkOpen(false)} /> : null}
        {refusedPaste ? (
          <p className="form-alert" role="alert" data-testid="paste-refused">
            {refusedPaste}{' '}
            <button type="button" className="link" onClick={() => setRefusedPaste(null)}>
              Dismiss
            </button>
          </p>
        ) : null}
        <BlockHandle editor={editor} wrapper={wrapper} />
        <EditorContent editor={editor} />
      </div>
    );
  },
  (a, b) => {
    for (const k of Object.keys(a) as (keyof SectionEditorProps)[]) {
      if (k === 'numbers') continue;
      // Its own edit coming back, or nothing new from the app: the editor has it already (the section
      // around it re-renders, and marks the app caught up, in `sectionCaughtUp`).
      // Anything else is looked at, even the blocks it last rendered with: undo takes the app back to
      // those while the editor holds the edits it did not re-render for.
      if (k === 'blocks') {
        const news = blocksNews(b.sectionId, b.blocks);
        if (news === 'none') continue;
        if (news === 'new' || a.blocks !== b.blocks) return false;
        continue;
      }
      if (a[k] !== b[k]) return false;
    }
    return true;
  },
);

/** What a section's editor sent to the app, and what it last had back. */
interface Sent {
  /** The blocks last sent. */
  blocks: readonly RichBlock[];
  /** Those sent since the app last caught up (each may still come back, in order). */
  pending: (readonly RichBlock[])[];
  /** The blocks last had from the app (looked at). */
  seen: readonly RichBlock[];
}
const sentBySection = new Map<string, Sent>();

/** Whether blocks from the app tell a section's editor anything new ('unknown': no editor has it). */
export const blocksNews = (sectionId: string, blocks: readonly RichBlock[]): 'none' | 'new' | 'unknown' => {
  const sent = sentBySection.get(sectionId);
  if (!sent) return 'unknown';
  return blocks === sent.blocks || blocks === sent.seen ? 'none' : 'new';
};

/**
 * The section has taken `blocks` from the app, committed (an effect of the section's slot, which
 * re-renders for every change of them; the section itself only when they change its length): when
 * they are its editor's last edit, the app has caught up with it (bench:ui times keystrokes to this
 * mark), and the editor, which did not re-render for its own edit, has nothing to do. Other blocks are
 * the editor's to look at: it re-rendered for them, and its own layout effect has run first.
 */
export function sectionCaughtUp(sectionId: string, blocks: readonly RichBlock[]): void {
  const sent = sentBySection.get(sectionId);
  if (sent && blocks !== sent.seen && blocks === sent.blocks) ownLastEditBack(sent, blocks);
}

/**
 * Takes blocks from the app as looked at; true when they are the editor's own last edit: the app has
 * caught up with it (bench:ui times keystrokes to this mark), nothing else is on its way back.
 */
function ownLastEditBack(sent: Sent, blocks: readonly RichBlock[]): boolean {
  sent.seen = blocks;
  if (blocks !== sent.blocks) return false;
  if (sent.pending.length > 0) performance.mark('briefing:section-caught-up');
  sent.pending = [];
  return true;
}

type Command = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;
const run = (editor: Editor, command: Command) => {
  command(editor.state, (tr) => editor.view.dispatch(tr));
  editor.view.focus();
};

interface ToolbarProps {
  editor: Editor;
  heading: string;
  noun: string;
  editorId: string;
  onLink: () => void;
}

/**
 * The section's formatting toolbar: one tab stop (arrow keys move between its buttons), each button
 * naming its shortcut. Buttons keep the editor's selection (mouse down does not take focus).
 */
function Toolbar({ editor, heading, noun, editorId, onLink }: ToolbarProps) {
  const state = useEditorValue(editor, (ed) => ({
    bold: ed.isActive('bold'),
    italic: ed.isActive('italic'),
    link: ed.isActive('link'),
    bullet: ed.isActive('bulletList'),
    numbered: ed.isActive('orderedList'),
    assessment: isAssessment(ed.state),
    canUp: moveBlock(-1)(ed.state),
    canDown: moveBlock(1)(ed.state),
  }));
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons: {
    label: string;
    text: string;
    keys: string;
    pressed?: boolean;
    disabled?: boolean;
    act: () => void;
  }[] = [
    {
      label: 'Bold',
      text: 'B',
      keys: 'Ctrl+B',
      pressed: state.bold,
      act: () => editor.chain().focus().toggleBold().run(),
    },
    {
      label: 'Italic',
      text: 'I',
      keys: 'Ctrl+I',
      pressed: state.italic,
      act: () => editor.chain().focus().toggleItalic().run(),
    },
    { label: 'Link', text: 'Link', keys: 'Ctrl+Shift+K', pressed: state.link, act: onLink },
    {
      label: 'Bulleted list',
      text: '• List',
      keys: 'Ctrl+Shift+8',
      pressed: state.bullet,
      act: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      label: 'Numbered list',
      text: '1. List',
      keys: 'Ctrl+Shift+7',
      pressed: state.numbered,
      act: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      label: 'Assessment',
      text: 'Assessment',
      keys: 'Ctrl+Shift+9',
      pressed: state.assessment,
      act: () => run(editor, toggleAssessment),
    },
    {
      label: `Move ${noun} up`,
      text: '↑',
      keys: 'Alt+↑',
      disabled: !state.canUp,
      act: () => run(editor, moveBlock(-1)),
    },
    {
      label: `Move ${noun} down`,
      text: '↓',
      keys: 'Alt+↓',
      disabled: !state.canDown,
      act: () => run(editor, moveBlock(1)),
    },
  ];
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const jump = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (!step && jump === null) return;
    e.preventDefault();
    const next = jump ?? (focusIndex + step + buttons.length) % buttons.length;
    setFocusIndex(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      className="rich-toolbar"
      role="toolbar"
      aria-label={`${heading}: formatting`}
      aria-controls={editorId}
      onKeyDown={onKeyDown}
    >
      {buttons.map((b, i) => (
        <button
          key={b.label}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          className={`tool tool-${b.label.split(' ')[0]?.toLowerCase()}`}
          tabIndex={i === focusIndex ? 0 : -1}
          aria-pressed={b.pressed}
          aria-label={b.label}
          aria-keyshortcuts={b.keys
            .replace('Ctrl', 'Control')
            .replace('↑', 'ArrowUp')
            .replace('↓', 'ArrowDown')}
          title={`${b.label} (${b.keys})`}
          aria-disabled={b.disabled || undefined}
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setFocusIndex(i)}
          onClick={() => {
            if (!b.disabled) b.act();
          }}
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}

/**
 * The portion mark of the paragraphs at the cursor, set by hand or left to what they cite. Outside the
 * toolbar (a select is its own tab stop) and before it, so Shift+Tab from the text still reaches the
 * toolbar first; the change goes back to the editor as one undoable step.
 */
function MarkingPicker({
  editor,
  heading,
  levels,
}: {
  editor: Editor;
  heading: string;
  levels: readonly Level[];
}) {
  const value = useEditorValue(editor, (ed) => markingAt(ed.state));
  const id = useId();
  if (levels.length === 0) return null;
  const known = value === null || value === 'mixed' || levels.some((l) => l.id === value);
  return (
    <div className="marking-picker">
      <label htmlFor={id}>Mark</label>
      <select
        id={id}
        aria-label={`${heading}: portion mark of the paragraph at the cursor`}
        value={value ?? ''}
        onChange={(e) => run(editor, setMarking(e.target.value || null))}
      >
        <option value="">From citations</option>
        {levels.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label} ({l.portion})
          </option>
        ))}
        {value === 'mixed' ? (
          <option value="mixed" disabled>
            Mixed
          </option>
        ) : null}
        {!known && value ? <option value={value}>{value} (not in this template)</option> : null}
      </select>
    </div>
  );
}

/** Edits the link at the selection: Enter applies, Escape goes back to the text. */
function LinkEditor({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState('');
  const inputId = useId();
  const close = () => {
    onClose();
    editor.view.focus();
  };
  const apply = () => {
    const value = href.trim();
    if (value === '') return remove();
    const full = /^[a-z]+:/i.test(value) ? value : `https://${value}`;
    if (!isAllowedHref(full)) {
      setError('A link must be a web address (https://…) or a mailto: address.');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link'))
      chain
        .insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: full } }] })
        .run();
    else chain.setLink({ href: full }).run();
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };
  return (
    <div
      className="link-editor"
      role="group"
      aria-label="Link"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <label htmlFor={inputId}>Link address</label>
      <input
        id={inputId}
        autoFocus
        value={href}
        placeholder="https://…"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      <button type="button" onClick={apply}>
        Apply
      </button>
      <button type="button" className="secondary" onClick={remove}>
        Remove link
      </button>
      <button type="button" className="link" onClick={close}>
        Cancel
      </button>
      {error ? (
        <p id={`${inputId}-error`} className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A grip beside the paragraph under the pointer: drag it to move the paragraph, within the section
 * (ProseMirror moves the selected node on drop) or into another one (section-drag.ts); Ctrl (Alt on
 * macOS) held on the drop copies it. Keyboard users have Alt+↑/↓ and the toolbar's move buttons.
 */
function BlockHandle({ editor, wrapper }: { editor: Editor; wrapper: RefObject<HTMLDivElement | null> }) {
  const [at, setAt] = useState<{ pos: number; top: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  // An effect, not a layout effect: the wrapper's ref is set after its children's layout effects.
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    let isShown = false;
    const onMove = (e: MouseEvent) => {
      if (e.buttons) return;
      const view = editor.view;
      const hit = view.posAtCoords({ left: e.clientX + (e.target === ref.current ? 40 : 0), top: e.clientY });
      if (!hit) return;
      const $pos = view.state.doc.resolve(hit.pos);
      const depth = blockDepth($pos);
      if (depth < 1) return;
      const pos = $pos.before(depth);
      const dom = view.nodeDOM(pos);
      if (!(dom instanceof HTMLElement)) return;
      const top = dom.getBoundingClientRect().top - root.getBoundingClientRect().top;
      isShown = true;
      setAt((old) => (old?.pos === pos && old.top === top ? old : { pos, top }));
    };
    // Every edit hides it: a keystroke with nothing shown sets no state (React would still render).
    const hide = () => {
      if (!isShown) return;
      isShown = false;
      setAt(null);
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', hide);
    editor.on('update', hide);
    return () => {
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', hide);
      editor.off('update', hide);
    };
  }, [editor, wrapper]);
  if (!at) return null;
  return (
    <div
      ref={ref}
      className="block-handle"
      aria-hidden="true"
      draggable="true"
      title={`Drag to move this paragraph, here or into another section; hold ${copyKeyName} to copy it (or Alt+↑/↓)`}
      style={{ top: at.top }}
      onDragStart={(e) => {
        const view = editor.view;
        if (at.pos >= view.state.doc.content.size) return;
        const selection = NodeSelection.create(view.state.doc, at.pos);
        view.dispatch(view.state.tr.setSelection(selection));
        const slice = selection.content();
        const { dom, text } = view.serializeForClipboard(slice);
        e.dataTransfer.clearData();
        e.dataTransfer.setData('text/html', dom.innerHTML);
        e.dataTransfer.setData('text/plain', text);
        e.dataTransfer.effectAllowed = 'copyMove';
        const block = view.nodeDOM(at.pos);
        if (block instanceof HTMLElement) e.dataTransfer.setDragImage(block, 0, 0);
        // ProseMirror moves it when it is dropped here; another section's editor, when dropped there.
        startDrag(view, slice, selection, e.nativeEvent);
      }}
    >
      ⠿
    </div>
  );
}

/** What a paragraph says when a team fact it cites changed or left the team library since it was cited. */
function copyFlagOf(fact: Fact | undefined): string | undefined {
  const state = fact?.teamCopy?.state;
  if (state === 'deleted') return 'Cites a fact no longer in the team library (your local copy is used)';
  if (state === 'changed') return 'Cites a fact changed in the team library since you cited it';
  return undefined;
}
