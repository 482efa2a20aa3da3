import { headingFromId } from '../../../../electron/core/render-model';
import type { Inline } from '../../../../electron/core/rich-text';
import type { BriefingSection, Fact, Source } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { editSection } from '../../../../electron/core/briefing-edit';
import { change, openFact } from '../../app/actions';
import { currentDraft, useApp, type InTextCitations } from '../../app/store';
import { type NoteNumbers } from './rich/SectionEditor';
import { chipAriaLabel } from '../library/source-label';
import { chipInText } from './in-text-citations';

interface Props {
  /** The briefing's sections the template lacks, with content. */
  sections: readonly BriefingSection[];
  template: Template;
  numbers: NoteNumbers;
  facts: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  /** Author-date: the chips' citations as the export prints them (see in-text-citations.ts). */
  inText: InTextCitations;
  /** Moves blocks (all of a parked section's when `blockId` is null) into a section, or removes them (`to` null). */
  onMove: (fromId: string, blockId: string | null, to: string | null) => void;
  onOpenFact: (factId: string) => void;
}

/** A parked paragraph as it reads: its words with its citation chips where they stand, numbered as exported. */
function ParkedText({
  blockId,
  content,
  ...p
}: Pick<Props, 'numbers' | 'facts' | 'sourceById' | 'inText' | 'onOpenFact'> & {
  blockId: string;
  content: Inline[];
  isAuthorDate: boolean;
}) {
  let ordinal = 0;
  return (
    <p>
      {content.map((run, i) => {
        if (run.type === 'text') {
          let node: React.ReactNode = run.text;
          if (run.bold) node = <strong>{node}</strong>;
          if (run.italic) node = <em>{node}</em>;
          return <span key={i}>{node}</span>;
        }
        const at = ordinal++;
        const number = p.numbers.get(blockId)?.[at];
        const fact = p.facts.get(run.factId);
        const source = fact ? p.sourceById.get(fact.sourceId) : undefined;
        // Author-date: no note number, the citation as the export prints it (as in the section editors).
        const inText = p.isAuthorDate ? chipInText(p.inText, blockId, at, run.factId, source) : undefined;
        const note = inText === undefined ? number : undefined;
        const isRetracted = fact?.status === 'retracted';
        return (
          <button
            key={i}
            type="button"
            className={isRetracted ? 'cite-chip retracted' : 'cite-chip'}
            data-fact-id={run.factId}
            title={fact ? `${isRetracted ? 'RETRACTED: ' : ''}${fact.statement}` : ''}
            aria-label={chipAriaLabel(note, isRetracted, fact, source, inText)}
            onClick={() => p.onOpenFact(run.factId)}
          >
            {inText ?? note ?? '…'}
          </button>
        );
      })}
    </p>
  );
}

/**
 * Content whose section the template does not have (parked at a template switch, or kept from an
 * earlier template), under its own heading, with its citation chips: each paragraph, or a whole
 * section, can be moved into one of the template's sections, or removed.
 */
export function ParkedContent({ sections, template, onMove, ...p }: Props) {
  const targets = template.sections.map((t) => (
    <option key={t.id} value={t.id}>
      {t.heading}
    </option>
  ));
  return (
    <section className="doc-section leftovers" aria-labelledby="parked-heading">
      <div className="section-head">
        <h3 id="parked-heading">Parked: not in this template</h3>
      </div>
      <p className="guidance">
        Content from sections this template does not have. It is kept (and exported after the template&apos;s
        sections, unnumbered) until you move it into a section or remove it.
      </p>
      {sections.map((section) => {
        const heading = section.heading ?? headingFromId(section.id);
        return (
          <div
            key={section.id}
            className="parked-group"
            data-testid="parked-section"
            data-parked={section.id}
          >
            <div className="section-head">
              <h4>{heading}</h4>
              <label htmlFor={`move-all-${section.id}`} className="visually-hidden">
                Move all of {heading} to section
              </label>
              <select
                id={`move-all-${section.id}`}
                value=""
                onChange={(e) => onMove(section.id, null, e.target.value)}
              >
                <option value="">Move all to…</option>
                {targets}
              </select>
            </div>
            {section.blocks.map((block) => (
              <div key={block.id} className="block leftover" data-testid="leftover">
                <ParkedText
                  blockId={block.id}
                  content={block.content}
                  isAuthorDate={template.citations.placement === 'author-date'}
                  {...p}
                />
                <div className="chips">
                  <label htmlFor={`move-${block.id}`} className="visually-hidden">
                    Move to section
                  </label>
                  <select
                    id={`move-${block.id}`}
                    value=""
                    onChange={(e) => onMove(section.id, block.id, e.target.value)}
                  >
                    <option value="">Move to…</option>
                    {targets}
                  </select>
                  <button type="button" className="link" onClick={() => onMove(section.id, block.id, null)}>
                    Remove
                  </button>
                </div>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}

/**
 * Moves parked content (one block, or a whole parked section when `blockId` is null) into one of the
 * template's sections, or removes it when `to` is null. A parked section left empty goes.
 */
function moveParked(template: Template, fromId: string, blockId: string | null, to: string | null) {
  const draft = currentDraft();
  const from = draft?.sections.find((s) => s.id === fromId);
  const moving = from?.blocks.filter((b) => blockId === null || b.id === blockId) ?? [];
  if (!draft || moving.length === 0) return;
  const without = editSection(draft.sections, fromId, (bs) => bs.filter((b) => !moving.includes(b)));
  const sections = (to ? editSection(without, to, (bs) => [...bs, ...moving]) : without).filter(
    (s) => s.blocks.length > 0 || template.sections.some((t) => t.id === s.id),
  );
  change({ ...draft, sections });
}

/** The open briefing's parked content, read from the store (typing in a section leaves it as it is). */
export function ParkedSections({ template }: { template: Template }) {
  const sections = useApp(
    useShallow((s) =>
      (s.history.present?.sections ?? []).filter(
        (sec) => sec.blocks.length > 0 && !template.sections.some((t) => t.id === sec.id),
      ),
    ),
  );
  const notes = useApp(useShallow((s) => sections.map((sec) => s.notes.get(sec.id))));
  const numbers = useMemo<NoteNumbers>(
    () => new Map(notes.flatMap((n) => (n ? [...n.numbers] : []))),
    [notes],
  );
  const facts = useApp((s) => s.knownFacts);
  const sourceById = useApp((s) => s.sourceById);
  const inText = useApp((s) => s.inText);
  if (sections.length === 0) return null;
  return (
    <ParkedContent
      sections={sections}
      template={template}
      numbers={numbers}
      facts={facts}
      sourceById={sourceById}
      inText={inText}
      onMove={(fromId, blockId, to) => moveParked(template, fromId, blockId, to)}
      onOpenFact={openFact}
    />
  );
}
