import { memo } from 'react';
import { countWords } from '../../../../electron/core/check';
import { removeCite, replaceInlineText } from '../../../../electron/core/rich-text';
import {
  attribution,
  blockFactIds,
  blockText,
  type Briefing,
  type Fact,
  type Source,
} from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { FACT_DRAG_TYPE } from '../library/FactList';

export type Blocks = Briefing['sections'][number]['blocks'];
type Block = Blocks[number];
type TemplateSection = Template['sections'][number];

export type UpdateSection = (sectionId: string, fn: (blocks: Blocks) => Blocks, key?: string) => void;
export type UpdateBlock = (sectionId: string, blockId: string, patch: Partial<Block>, key?: string) => void;

/** The list with the item at `from` moved to `to`. */
const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

interface SectionProps {
  section: TemplateSection;
  index: number;
  isNumbered: boolean;
  blocks: Blocks;
  /** Each block's note numbers, by block id. */
  numbers: ReadonlyMap<string, readonly (number | undefined)[]>;
  /** The section's note numbers as a string: what `numbers` means for this section, for memo. */
  noteKey: string;
  facts: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  updateSection: UpdateSection;
  updateBlock: UpdateBlock;
  newBlockId: () => string;
  onOpenFact: (factId: string) => void;
  onDropFact: (sectionId: string, factId: string) => void;
}

/**
 * One section of the briefing. Memoized (note numbers compared by value), so typing in one paragraph
 * re-renders that section and that paragraph, not the whole document.
 */
export const SectionView = memo(
  function SectionView(props: SectionProps) {
    const { section, blocks, numbers, updateSection } = props;
    const words = blocks.reduce((n, b) => n + countWords(blockText(b)), 0);
    const overWords = section.limits.maxWords !== undefined && words > section.limits.maxWords;
    const overItems = section.limits.maxItems !== undefined && blocks.length > section.limits.maxItems;
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
        {blocks.map((block, bi) => (
          <BlockView
            key={block.id}
            block={block}
            index={bi}
            isLast={bi === blocks.length - 1}
            section={section}
            noteKey={JSON.stringify(numbers.get(block.id) ?? [])}
            facts={props.facts}
            sourceById={props.sourceById}
            updateSection={updateSection}
            updateBlock={props.updateBlock}
            onOpenFact={props.onOpenFact}
          />
        ))}
        <button
          type="button"
          className="link"
          onClick={() => updateSection(section.id, (bs) => [...bs, { id: props.newBlockId(), content: [] }])}
        >
          + Add {section.kind === 'paragraphs' ? 'paragraph' : 'item'}
        </button>
      </section>
    );
  },
  (a, b) => {
    for (const k of Object.keys(a) as (keyof SectionProps)[]) {
      if (k === 'numbers') continue;
      if (a[k] !== b[k]) return false;
    }
    return true;
  },
);

interface BlockProps {
  block: Block;
  index: number;
  isLast: boolean;
  section: TemplateSection;
  /** The block's note numbers, JSON-encoded (a value, so memo sees when they change). */
  noteKey: string;
  facts: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  updateSection: UpdateSection;
  updateBlock: UpdateBlock;
  onOpenFact: (factId: string) => void;
}

const BlockView = memo(function BlockView(props: BlockProps) {
  const { block, index: bi, section, facts, sourceById, updateSection, updateBlock } = props;
  const numbers = JSON.parse(props.noteKey) as (number | null)[];
  // A plain text field until the rich editor lands: it edits the words; chips keep their places.
  const text = blockText(block);
  const factIds = blockFactIds(block);
  return (
    <div
      className={block.isAssessment ? 'block assessment' : 'block'}
      data-testid="block"
      // A fact dropped on a paragraph is cited there too: several facts behind one sentence.
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(FACT_DRAG_TYPE)) {
          e.preventDefault();
          e.stopPropagation();
          e.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={(e) => {
        const factId = e.dataTransfer.getData(FACT_DRAG_TYPE);
        if (!factId) return;
        e.preventDefault();
        e.stopPropagation();
        if (!factIds.includes(factId))
          updateBlock(section.id, block.id, { content: [...block.content, { type: 'cite', factId }] });
      }}
    >
      <textarea
        aria-label={`${section.heading}, ${section.kind === 'paragraphs' ? 'paragraph' : 'item'} ${bi + 1}`}
        value={text}
        rows={Math.max(2, Math.ceil(text.length / 90))}
        onChange={(e) =>
          updateBlock(
            section.id,
            block.id,
            { content: replaceInlineText(block.content, e.target.value) },
            `text-${block.id}`,
          )
        }
      />
      <div className="chips">
        {factIds.map((factId, fi) => {
          const fact = facts.get(factId);
          const source = fact ? sourceById.get(fact.sourceId) : undefined;
          const n = numbers[fi] ?? undefined;
          const isRetracted = fact?.status === 'retracted';
          return (
            <span
              key={`${factId}-${fi}`}
              className={isRetracted ? 'chip chip-retracted' : 'chip'}
              title={isRetracted ? `RETRACTED: ${fact?.statement}` : fact?.statement}
            >
              <button
                type="button"
                className="chip-open"
                onClick={() => props.onOpenFact(factId)}
                title="Open this fact in the library"
              >
                <sup>{n}</sup> {isRetracted ? '⚠ retracted · ' : ''}
                {fact ? attribution(fact) || source?.outlet : 'loading…'}
              </button>
              <button
                type="button"
                aria-label={`Remove citation ${n ?? ''}`}
                onClick={() => updateBlock(section.id, block.id, { content: removeCite(block.content, fi) })}
              >
                ×
              </button>
            </span>
          );
        })}
        <label className="assessment-toggle">
          <input
            type="checkbox"
            checked={block.isAssessment === true}
            onChange={(e) => updateBlock(section.id, block.id, { isAssessment: e.target.checked })}
          />{' '}
          Assessment
        </label>
        <button
          type="button"
          className="link"
          aria-label={`Move ${section.heading} ${bi + 1} up`}
          disabled={bi === 0}
          onClick={() => updateSection(section.id, (bs) => move(bs, bi, bi - 1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="link"
          aria-label={`Move ${section.heading} ${bi + 1} down`}
          disabled={props.isLast}
          onClick={() => updateSection(section.id, (bs) => move(bs, bi, bi + 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="link"
          onClick={() => updateSection(section.id, (bs) => bs.filter((b) => b.id !== block.id))}
        >
          Remove
        </button>
      </div>
    </div>
  );
});
