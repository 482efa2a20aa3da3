import { memo, useCallback, useEffect, useMemo } from 'react';
import { countWords } from '../../../../electron/core/check';
import { blockText, type Briefing, type Fact, type Source } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { FACT_DRAG_TYPE } from '../library/FactList';
import type { Level } from '../../../../electron/core/marking';
import { blocksNews, SectionEditor, sectionCaughtUp, type NoteNumbers } from './rich/SectionEditor';
import * as actions from '../../app/actions';
import { useApp } from '../../app/store';
import { newBlockId } from './block-id';
import type { SectionNotes } from './note-numbers';

export type Blocks = Briefing['sections'][number]['blocks'];
type Block = Blocks[number];

/** A block's words, counted once per block object: a keystroke recounts the paragraph typed in only. */
const wordCounts = new WeakMap<Block, number>();
function wordsOf(block: Block): number {
  let n = wordCounts.get(block);
  if (n === undefined) {
    n = countWords(blockText(block));
    wordCounts.set(block, n);
  }
  return n;
}
const wordsIn = (blocks: Blocks): number => blocks.reduce((n, b) => n + wordsOf(b), 0);
/** Whether two versions of a section read the same length on screen (its words, its items). */
const sameLength = (a: Blocks, b: Blocks): boolean => a.length === b.length && wordsIn(a) === wordsIn(b);
type TemplateSection = Template['sections'][number];

export type UpdateSection = (sectionId: string, fn: (blocks: Blocks) => Blocks, key?: string) => void;

interface SectionProps {
  section: TemplateSection;
  index: number;
  isNumbered: boolean;
  blocks: Blocks;
  /** Each block's note numbers, by block id. */
  numbers: NoteNumbers;
  /** The section's note numbers as a string: what `numbers` means for this section, for memo. */
  noteKey: string;
  facts: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  /** The template's classifications, lowest first (portion marks), and whether it prints them. */
  levels: readonly Level[];
  printsMarks: boolean;
  /** The template cites author-date (chips show the author and year, not a note number). */
  isAuthorDate: boolean;
  updateSection: UpdateSection;
  newBlockId: () => string;
  onOpenFact: (factId: string) => void;
  onDropFact: (sectionId: string, factId: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Why the last save was refused, when the refusal is about this section (shown above its text). */
  saveError?: string | undefined;
}

/**
 * One section of the briefing: its heading, guidance and length, and its text in one rich-text
 * editor. Memoized (note numbers compared by value), so typing in one section re-renders that section
 * only, and inside it only what the editor itself changes.
 */
export const SectionView = memo(
  function SectionView(props: SectionProps) {
    const { section, blocks, updateSection } = props;
    const words = useMemo(() => wordsIn(blocks), [blocks]);
    const overWords = section.limits.maxWords !== undefined && words > section.limits.maxWords;
    const overItems = section.limits.maxItems !== undefined && blocks.length > section.limits.maxItems;
    const onChange = useCallback(
      (sectionId: string, next: Block[], key?: string) => updateSection(sectionId, () => next, key),
      [updateSection],
    );
    const noun = section.kind === 'paragraphs' ? 'paragraph' : 'item';
    return (
      <section
        className={`doc-section kind-${section.kind}`}
        aria-labelledby={`h-${section.id}`}
        data-section={section.id}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes(FACT_DRAG_TYPE)) {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
          }
        }}
        onDrop={(e) => {
          // The editor took it (a chip in the text, a paragraph where it was dropped).
          if (e.nativeEvent.defaultPrevented) return;
          const factId = e.dataTransfer.getData(FACT_DRAG_TYPE);
          if (!factId) return;
          e.preventDefault();
          props.onDropFact(section.id, factId);
        }}
      >
        <div className="section-head">
          <h3 id={`h-${section.id}`}>
            {props.isNumbered ? `${props.index + 1}. ` : ''}
            {section.heading}
            {section.isRequired ? (
              <span className="req" title="Required">
                {' '}
                *
              </span>
            ) : null}
          </h3>
          <span
            className={overWords || overItems ? 'count over' : 'count'}
            aria-label={`${section.heading} length`}
          >
            {words}
            {section.limits.maxWords ? ` / ${section.limits.maxWords}` : ''} words
            {section.limits.maxItems ? ` · ${blocks.length} / ${section.limits.maxItems} items` : ''}
          </span>
        </div>
        {section.guidance ? <p className="guidance">{section.guidance}</p> : null}
        {props.saveError ? (
          <p className="form-alert section-save-error" data-testid="section-save-error">
            Not saved: {props.saveError} Your changes stay on screen; fix this and they are saved again.
          </p>
        ) : null}
        <SectionEditor
          sectionId={section.id}
          heading={section.heading}
          noun={noun}
          blocks={blocks}
          numbers={props.numbers}
          noteKey={props.noteKey}
          facts={props.facts}
          sourceById={props.sourceById}
          levels={props.levels}
          printsMarks={props.printsMarks}
          isAuthorDate={props.isAuthorDate}
          onChange={onChange}
          onOpenFact={props.onOpenFact}
          onUndo={props.onUndo}
          onRedo={props.onRedo}
          newBlockId={props.newBlockId}
          placeholder="Write here, or drop facts from the library."
        />
      </section>
    );
  },
  (a, b) => {
    for (const k of Object.keys(a) as (keyof SectionProps)[]) {
      if (k === 'numbers') continue;
      if (k === 'blocks') {
        // Its editor's own edit coming back (typing), leaving the section as long as it was: nothing
        // here changes on screen, and the editor has the text, so the section does not re-render (a
        // React commit also reads the caret's offset through the focused editor's text). Blocks the
        // editor has not seen are looked at even when they are those last rendered here: undo takes
        // the app back to them while the editor holds the edits the section did not re-render for.
        const news = blocksNews(b.section.id, b.blocks);
        if (a.blocks === b.blocks ? news === 'new' : news !== 'none' || !sameLength(a.blocks, b.blocks))
          return false;
        continue;
      }
      if (a[k] !== b[k]) return false;
    }
    return true;
  },
);

const EMPTY: Blocks = [];
const NO_NOTES: SectionNotes = { numbers: new Map(), key: '' };

interface SlotProps {
  section: TemplateSection;
  index: number;
  isNumbered: boolean;
  levels: readonly Level[];
  printsMarks: boolean;
  /** The template cites author-date (chips show the author and year, not a note number). */
  isAuthorDate: boolean;
}

/**
 * A section of the open briefing, reading its own slice of the store (its blocks, its note numbers, a
 * refused save naming it): a keystroke re-renders the section typed in, and no other.
 */
export const SectionSlot = memo(function SectionSlot(props: SlotProps) {
  const id = props.section.id;
  // Typing changes the blocks in the key's own task: the section re-renders with them only when they
  // change its length, and its editor never does (it has them already).
  const blocks = useApp((s) => s.history.present?.sections.find((x) => x.id === id)?.blocks ?? EMPTY);
  const notes = useApp((s) => s.notes.get(id) ?? NO_NOTES);
  const facts = useApp((s) => s.knownFacts);
  const sourceById = useApp((s) => s.sourceById);
  const saveError = useApp((s) =>
    s.save.kind === 'error' && s.save.sectionId === id ? s.save.message : undefined,
  );
  // Every change of the blocks, committed (the section may not have re-rendered for it): the app has
  // caught up with its editor's edit. An effect, not a layout effect: a commit with layout work
  // first reads the caret's offset through the focused editor's text (React's selection restore).
  useEffect(() => sectionCaughtUp(id, blocks), [id, blocks]);
  return (
    <SectionView
      {...props}
      blocks={blocks}
      numbers={notes.numbers}
      noteKey={notes.key}
      facts={facts}
      sourceById={sourceById}
      updateSection={actions.updateSection}
      onUndo={actions.undo}
      onRedo={actions.redo}
      newBlockId={newBlockId}
      onOpenFact={actions.openFact}
      onDropFact={actions.dropFact}
      saveError={saveError}
    />
  );
});
