import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { FactHit, SnippetPart } from '../../../../electron/contract/api';
import { noteAttribution, notePrefix } from '../../../../electron/core/citations';
import { gradingInWords } from '../../../../electron/core/grading';
import { withoutCslMarkup } from '../../../../electron/core/text';
import type { Fact } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { sayIfRetracted } from '../../app/actions';
import { useCiteTarget, type CiteTarget } from '../editor/rich/cite-target';
import { snippetOfStatement } from './snippet';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Day } from '../../ui/time';

interface Props {
  items: FactHit[];
  total: number;
  sections: Template['sections'];
  /** How many paragraphs of the open briefing cite each fact. */
  citedParagraphs: ReadonlyMap<string, number>;
  onOpen: (fact: Fact) => void;
  onCite: (fact: Fact, sectionId: string, useQuote?: boolean) => void;
  /** A fact is being dragged towards the briefing. */
  onDragFact: (fact: Fact) => void;
  onTag: (tag: string) => void;
  onNeedMore: () => void;
}

export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/** Drag-and-drop payload type: the id of a fact dragged from the library into a section. */
export const FACT_DRAG_TYPE = 'application/x-briefing-fact';

interface CardProps {
  hit: FactHit;
  index: number;
  /** Where the virtualized list places the card (px from the top). */
  start: number;
  measureRef: (el: HTMLElement | null) => void;
  sections: Template['sections'];
  sectionId: string;
  /** How many paragraphs of the open briefing cite it (0: none). */
  citedIn: number;
  citeAt: CiteTarget | null;
  onTarget: (factId: string, sectionId: string) => void;
  onOpen: (fact: Fact) => void;
  onCite: (fact: Fact, sectionId: string, useQuote?: boolean) => void;
  /**
   * "Add to briefing": cites the fact, and its section becomes the other cards' default; a fact the
   * briefing already cites asks first (the same paragraph twice). "Add quote" adds other words: it does not ask.
   */
  onAdd: (fact: Fact, sectionId: string) => void;
  onDragFact: (fact: Fact) => void;
  onTag: (tag: string) => void;
}

/** Where the credit line's names start and end (private-use characters no name holds), for their <bdi>. */
const NAME_OPEN = '\ue000';
const NAME_CLOSE = '\ue001';
const NAMED = /\ue000(.*?)\ue001/u;

/**
 * One fact of the results. Memoized: typing in the search box (or a new page of results) re-renders
 * the list, and only the cards whose fact, place or state changed.
 */
const FactCard = memo(function FactCard({ measureRef, ...props }: CardProps) {
  const { hit, sections, sectionId, citeAt, index, start, citedIn } = props;
  const { fact, source, snippet } = hit;
  // Who said it, the source's own outlet left to the outlet beside it: an outlet's own reporting was
  // "reported by Reuters · Reuters".
  const who = noteAttribution(fact, source);
  // As the note will say it: "Dmitry Peskov, quoted in Reuters" for verbatim words, "cited in" or
  // "as reported by" for a paraphrase. Each name is its own <bdi>, as the exports isolate them: a
  // right-to-left speaker or role keeps its place in the line instead of taking the commas and the outlet
  // with it (the isolate characters themselves are drawn as boxes by some fonts, so elements, not them).
  const credit = notePrefix(fact, source, (name) => `${NAME_OPEN}${name}${NAME_CLOSE}`);
  const isRetracted = fact.status === 'retracted';
  return (
    <div
      data-index={index}
      ref={measureRef}
      className={isRetracted ? 'fact fact-retracted' : 'fact'}
      data-testid="fact"
      data-fact-id={fact.id}
      role="listitem"
      draggable={sections.length > 0}
      onDragStart={(e) => {
        e.dataTransfer.setData(FACT_DRAG_TYPE, fact.id);
        e.dataTransfer.effectAllowed = 'copy';
        props.onDragFact(fact);
      }}
      // Dropped into the briefing (a chip or a paragraph): a retracted fact says so, as "Add" does.
      onDragEnd={(e) => {
        if (e.dataTransfer.dropEffect !== 'none') sayIfRetracted(fact);
      }}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        transform: `translateY(${start}px)`,
      }}
    >
      <button
        type="button"
        className="fact-open"
        dir="auto"
        onClick={() => props.onOpen(fact)}
        title="Open this fact"
      >
        {snippetOfStatement(snippet, fact.statement) ? <Snippet parts={snippet} /> : fact.statement}
      </button>
      {snippet.some((p) => p.hit) && !snippetOfStatement(snippet, fact.statement) ? (
        <p className="match-in" data-testid="match-in" dir="auto">
          <span className="visually-hidden">Matched in: </span>
          <Snippet parts={snippet} />
        </p>
      ) : null}
      {fact.quote ? <blockquote dir="auto">“{fact.quote}”</blockquote> : null}
      <p className="meta">
        {isRetracted ? <span className="badge badge-danger">Retracted</span> : null}
        {citedIn > 0 ? (
          <span
            className="badge"
            id={`cited-${fact.id}`}
            title="Cited in the open briefing"
            data-testid="cited-badge"
          >
            cited in {paragraphsText(citedIn)}
          </span>
        ) : null}
        {credit ? (
          <span data-testid="fact-credit">
            {credit.split(NAMED).map((piece, i) => (i % 2 === 1 ? <bdi key={i}>{piece}</bdi> : piece))}
            <bdi>{source.outlet || withoutCslMarkup(source.title)}</bdi>
          </span>
        ) : (
          <>
            {who ? <bdi>{who}</bdi> : null}
            {source.outlet ? <bdi>{source.outlet}</bdi> : null}
          </>
        )}
        {/* The event's date; with none, the source's publication date, said to be that (not taken for
            when it happened). */}
        {fact.eventDate ? (
          <span title="Event date">
            <Day value={fact.eventDate} />
          </span>
        ) : source.published ? (
          <span className="muted" title="Publication date of the source (the fact has no event date)">
            published <Day value={source.published} />
          </span>
        ) : null}
        <span className="grade" title={gradingInWords(source.grade, fact.credibility)}>
          {source.grade}
          {fact.credibility}
        </span>
        {fact.classification ? (
          <span className="marking" title="Protective marking">
            {fact.classification}
          </span>
        ) : null}
        {fact.tags.map((t) => (
          <button
            key={t}
            type="button"
            className="tag"
            onClick={() => props.onTag(t)}
            title={`Filter by ${t}`}
          >
            #<bdi>{t}</bdi>
          </button>
        ))}
      </p>
      {sections.length > 0 ? (
        <div className="cite-row">
          <label className="visually-hidden" htmlFor={`cite-${fact.id}`}>
            Section for this fact
          </label>
          <select
            id={`cite-${fact.id}`}
            value={sectionId}
            onChange={(e) => props.onTarget(fact.id, e.target.value)}
          >
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.heading}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            onClick={() => props.onAdd(fact, sectionId)}
            {...(citedIn > 0 ? { 'aria-describedby': `cited-${fact.id}` } : {})}
          >
            Add to briefing
          </button>
          {citeAt ? (
            <button
              type="button"
              className="secondary"
              title={`Cite this fact at the cursor in ${citeAt.heading} (in the sentence being written)`}
              onClick={() => {
                // The app learns the fact (for its chip's label) as when it is dragged.
                props.onDragFact(fact);
                citeAt.cite(fact.id);
                sayIfRetracted(fact);
              }}
            >
              Cite at cursor
            </button>
          ) : null}
          {fact.quote ? (
            <button
              type="button"
              className="secondary"
              onClick={() => props.onCite(fact, sectionId, true)}
              title="Cite the verbatim quote instead of the statement"
            >
              Add quote
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});

/** A virtualized list: only the rows on screen are in the DOM, so 100k results scroll like 10. */
export function FactList(props: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<Record<string, string>>({});
  // The section last chosen or cited into is every other card's default: adding several facts to
  // "Key developments" one after another does not mean choosing it on each card.
  const [lastSection, setLastSection] = useState<string | undefined>();
  const defaultSection =
    lastSection && props.sections.some((s) => s.id === lastSection) ? lastSection : props.sections[0]?.id;
  const onTarget = useCallback((factId: string, sectionId: string) => {
    setTarget((t) => ({ ...t, [factId]: sectionId }));
    setLastSection(sectionId);
  }, []);
  const { onCite, citedParagraphs } = props;
  /** A fact already cited, to add again only if the user says so. */
  const [asking, setAsking] = useState<{ fact: Fact; sectionId: string } | null>(null);
  // (Read when a card asks, not a reason to re-render every card: the counts are in a ref.)
  const counts = useRef(citedParagraphs);
  useEffect(() => {
    counts.current = citedParagraphs;
  });
  const onAdd = useCallback(
    (fact: Fact, sectionId: string) => {
      setLastSection(sectionId);
      // Added twice, the same paragraph twice: said before, not found in the briefing later.
      if ((counts.current.get(fact.id) ?? 0) > 0) setAsking({ fact, sectionId });
      else onCite(fact, sectionId);
    },
    [onCite],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; used as TanStack documents
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 8,
    getItemKey: (i) => props.items[i]?.fact.id ?? i,
  });
  const rows = virtualizer.getVirtualItems();
  const citeAt = useCiteTarget();
  const last = rows.at(-1);
  const { onNeedMore, items } = props;

  useEffect(() => {
    if (last && last.index >= items.length - 20) onNeedMore();
  }, [last, items.length, onNeedMore]);

  return (
    <div className="fact-scroll" ref={scrollRef} role="list" aria-label={`Facts: ${props.total} found`}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const hit = props.items[row.index];
          if (!hit) return null;
          return (
            <FactCard
              key={row.key}
              hit={hit}
              index={row.index}
              start={row.start}
              measureRef={virtualizer.measureElement}
              sections={props.sections}
              sectionId={target[hit.fact.id] ?? defaultSection ?? ''}
              citedIn={citedParagraphs.get(hit.fact.id) ?? 0}
              citeAt={citeAt}
              onTarget={onTarget}
              onOpen={props.onOpen}
              onCite={props.onCite}
              onAdd={onAdd}
              onDragFact={props.onDragFact}
              onTag={props.onTag}
            />
          );
        })}
      </div>
      {asking ? (
        <ConfirmDialog
          question={`This fact is already cited in ${paragraphsText(citedParagraphs.get(asking.fact.id) ?? 0)} of the briefing: add it again?`}
          detail={`“Add” puts a new paragraph with its statement and note at the end of ${
            props.sections.find((s) => s.id === asking.sectionId)?.heading ?? 'the section'
          }.`}
          confirmLabel="Add again"
          cancelLabel="Do not add"
          onConfirm={() => {
            setAsking(null);
            onCite(asking.fact, asking.sectionId);
          }}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}

/** "1 paragraph", "2 paragraphs". */
const paragraphsText = (n: number) => `${n.toLocaleString('en')} paragraph${n === 1 ? '' : 's'}`;
