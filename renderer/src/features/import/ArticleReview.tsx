import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CREDIBILITY_CHOICES } from '../../../../electron/core/grading';
import { TAGS_PLACEHOLDER } from '../../../../electron/core/tags';
import { LIMITS } from '../../../../electron/core/limits';
import { Options } from '../../ui/form';
import { MANY_CANDIDATES, REVIEW_PAGE_ROWS } from '../../ui/limits';
import { CandidateRow } from './CandidateRow';
import {
  candidateFieldId,
  eventDateProblem,
  problemsText,
  type FieldAt,
  type Problems,
} from './candidate-problems';
import { candidatesText, type CarriedEdits, type EditableKey, type Row } from './candidate-rows';
import { sourceParagraph } from './source-paragraph';
import type { EditRow, useCandidateRows } from './use-candidate-rows';
import type { ExistingSource } from './use-existing-source';

type Rows = ReturnType<typeof useCandidateRows>;

/** What the review says about the candidates: one message that fits how many there are and what is ticked. */
function Summary({ count, selected }: { count: number; selected: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // The review replaces the text step (and the button that asked for it): the keyboard starts here.
  useEffect(() => ref.current?.focus(), []);
  const found = `${count.toLocaleString('en')} candidate fact${count === 1 ? '' : 's'} found`;
  return (
    <p className="hint" role="status" tabIndex={-1} ref={ref} data-testid="review-summary">
      {count === 0
        ? 'No attributed facts were found. The importer proposes sentences that say who said something (“said”, “told”, “according to”, a quotation with its speaker); this text has none it could read. You can go back and edit the text, or save the article as a source without facts.'
        : count > MANY_CANDIDATES && selected === 0
          ? `${found}: more than ${MANY_CANDIDATES}, so none is ticked yet. Tick the ones you want, or select all to take every one, then save.`
          : `${found}, ${selected.toLocaleString('en')} ticked. Untick what you do not want, edit the wording, then save.`}
    </p>
  );
}

function carriedText({ kept, dropped }: CarriedEdits): string {
  const parts = [`Read again: your edits to ${candidatesText(kept)} were kept.`];
  if (dropped > 0)
    parts.push(
      `${candidatesText(dropped)} you had edited did not come back (the sentence or its paragraph changed), so ${dropped === 1 ? 'its edits were' : 'their edits were'} dropped.`,
    );
  return parts.join(' ');
}

/** "Select all · Select none · Select only [a speaker]". */
function Selection({ rows, speakers }: { rows: Rows; speakers: readonly string[] }) {
  const { selectWhere } = rows;
  return (
    <p className="hint selection" role="group" aria-label="Select candidates">
      <button type="button" className="link" onClick={() => selectWhere(() => true)}>
        Select all
      </button>{' '}
      ·{' '}
      <button type="button" className="link" onClick={() => selectWhere(() => false)}>
        Select none
      </button>{' '}
      ·{' '}
      <label className="inline">
        Select only{' '}
        <select
          aria-label="Select by speaker"
          className="speaker-select"
          value=""
          onChange={(e) => {
            const speaker = e.target.value;
            selectWhere((r: Row) => (r.speaker ?? '') === speaker);
          }}
        >
          <option value="">a speaker…</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

/** One value for every ticked candidate: credibility, tags, event date. */
function BulkSet({ rows }: { rows: Rows }) {
  const [bulk, setBulk] = useState({ credibility: '6', tags: '', eventDate: '' });
  /** What is wrong with the event date to set, shown before it is given to every selected candidate. */
  const [dateProblem, setDateProblem] = useState<string | undefined>();
  const dateInput = useRef<HTMLInputElement>(null);
  const { setSelected } = rows;
  function setEventDate() {
    const problem = eventDateProblem(bulk.eventDate);
    setDateProblem(problem);
    if (problem) dateInput.current?.focus();
    else setSelected({ eventDate: bulk.eventDate.trim() });
  }
  return (
    <div className="row wrap bulk" role="group" aria-label="Set for selected">
      <span className="muted">For the {rows.selected.toLocaleString('en')} selected:</span>
      <select
        aria-label="Credibility for selected"
        value={bulk.credibility}
        onChange={(e) => setBulk({ ...bulk, credibility: e.target.value })}
      >
        <Options items={CREDIBILITY_CHOICES} />
      </select>
      <button
        type="button"
        className="secondary"
        onClick={() => setSelected({ credibility: Number(bulk.credibility) })}
      >
        Set credibility
      </button>
      <input
        aria-label="Tags for selected"
        placeholder={TAGS_PLACEHOLDER}
        value={bulk.tags}
        onChange={(e) => setBulk({ ...bulk, tags: e.target.value })}
      />
      <button type="button" className="secondary" onClick={() => setSelected({ tags: bulk.tags })}>
        Set tags
      </button>
      <input
        ref={dateInput}
        id="bulk-event-date"
        aria-label="Event date for selected"
        placeholder="Event date, YYYY-MM-DD"
        title="YYYY, YYYY-MM or YYYY-MM-DD, as the fact form takes it"
        value={bulk.eventDate}
        onChange={(e) => {
          setBulk({ ...bulk, eventDate: e.target.value });
          // A message shown goes as soon as the date is right.
          if (dateProblem) setDateProblem(eventDateProblem(e.target.value));
        }}
        onBlur={() => setDateProblem(eventDateProblem(bulk.eventDate))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setEventDate();
        }}
        {...(dateProblem ? { 'aria-invalid': true, 'aria-describedby': 'bulk-event-date-error' } : {})}
      />
      <button type="button" className="secondary" onClick={setEventDate}>
        Set event date
      </button>
      {dateProblem ? (
        <small className="field-error bulk-error" id="bulk-event-date-error" role="alert">
          {dateProblem} Nothing was changed.
        </small>
      ) : null}
    </div>
  );
}

/**
 * The candidates, laid out {@link REVIEW_PAGE_ROWS} at a time: more as the list's end scrolls into view
 * (an observer, not a timer), or with "Show more". Thousands of rows of inputs at once froze the page.
 */
function CandidateList({
  rows,
  paragraphs,
  onEdit,
  problems,
  onCheck,
  focus,
}: {
  rows: readonly Row[];
  paragraphs: readonly string[];
  onEdit: EditRow;
  problems: Problems;
  onCheck: (index: number, key: EditableKey) => void;
  /** The field a refused save takes the keyboard to. */
  focus: (FieldAt & { nonce: number }) | null;
}) {
  const [paged, setPaged] = useState(REVIEW_PAGE_ROWS);
  // A refused save shows the candidate it names, if not laid out yet, then takes the keyboard to its
  // field, scrolled to the middle of the dialog: not under the sticky Save bar.
  const reach = focus ? Math.ceil((focus.index + 1) / REVIEW_PAGE_ROWS) * REVIEW_PAGE_ROWS : 0;
  const shown = Math.max(paged, reach);
  const nonce = focus?.nonce;
  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(candidateFieldId(focus.index, focus.key));
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
    // Once per refusal (`nonce`), not again as the rows change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nonce]);
  const end = useRef<HTMLButtonElement>(null);
  const hidden = rows.length - shown;
  const hasMore = hidden > 0;
  // Observed anew after each page: the end still in reach after one (a tall window) brings the next.
  useEffect(() => {
    const button = end.current;
    if (!button) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setPaged(shown + REVIEW_PAGE_ROWS);
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [hasMore, shown]);
  const paragraphOf = (r: Row) => sourceParagraph(paragraphs, r.locator, r.sentence);
  return (
    <>
      <ol className="candidates" aria-label="Candidate facts">
        {rows.slice(0, shown).map((r, i) => (
          <CandidateRow
            key={r.key + i}
            row={r}
            index={i}
            paragraph={paragraphOf(r)}
            onEdit={onEdit}
            problems={problems.get(i)}
            onCheck={onCheck}
          />
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="hint">
          <button
            ref={end}
            type="button"
            className="secondary"
            onClick={() => setPaged(shown + REVIEW_PAGE_ROWS)}
          >
            Show {Math.min(hidden, REVIEW_PAGE_ROWS)} more
          </button>{' '}
          ({hidden.toLocaleString('en')} more below; those not shown yet are saved as they are ticked)
        </p>
      ) : null}
    </>
  );
}

/** The review of an article's candidate facts: select, edit, set in bulk, save. */
export function ArticleReview({
  rows,
  plain,
  existing,
  staleRead,
  progress,
  alert,
  isTitleMissing,
  isBusy,
  onCancel,
  onBack,
  onSave,
}: {
  rows: Rows;
  /** The article as read (its paragraphs separated by blank lines). */
  plain: string;
  existing: ExistingSource | null;
  /** Says the candidates were read with other outlet/date values, with a way to read again. */
  staleRead: ReactNode;
  progress: ReactNode;
  alert: ReactNode;
  isTitleMissing: boolean;
  isBusy: boolean;
  onCancel: () => void;
  onBack: () => void;
  onSave: () => void;
}) {
  const list = rows.rows ?? [];
  const paragraphs = useMemo(() => plain.split('\n\n'), [plain]);
  const isOverLimit = rows.selected > LIMITS.articleFacts;
  return (
    <>
      {existing ? (
        <p className="hint callout" role="status" data-testid="already-in-library">
          This article is already in the library as “{existing.title}” (same {existing.by}). Saving adds only
          the facts not already saved from it, to that source; the source itself is not changed.
        </p>
      ) : null}
      {staleRead}
      {progress}
      {rows.carried ? (
        <p className="hint" role="status" data-testid="edits-carried">
          {carriedText(rows.carried)}
        </p>
      ) : null}
      <Summary count={list.length} selected={rows.selected} />
      {list.length > 0 ? (
        <>
          <Selection rows={rows} speakers={rows.speakers} />
          <BulkSet rows={rows} />
          <CandidateList
            rows={list}
            paragraphs={paragraphs}
            onEdit={rows.edit}
            problems={rows.problems}
            onCheck={rows.check}
            focus={rows.focus}
          />
        </>
      ) : null}
      <div className="actions review-actions">
        {/* In the sticky bar, by the Save button: a refusal is seen wherever the list is scrolled to. */}
        {rows.problems.size > 0 ? (
          <p className="form-alert" role="alert" data-testid="review-problems">
            {problemsText(list, rows.problems)}
          </p>
        ) : null}
        {alert}
        {isTitleMissing ? (
          <p className="hint" role="status" data-testid="title-needed">
            Give the article a title above before saving: the facts are saved under their source, and a source
            is known by its title in the library, in citations and in the notes.
          </p>
        ) : null}
        {isOverLimit ? (
          <p className="hint callout" role="status" data-testid="too-many-selected">
            At most {LIMITS.articleFacts.toLocaleString('en')} facts can be saved from one article at a time;{' '}
            {rows.selected.toLocaleString('en')} are ticked. Untick some (select by speaker above) and save;
            import the article again for the rest: facts already saved from it are not saved twice.
          </p>
        ) : null}
        <button type="button" className="secondary" disabled={isBusy} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="secondary" onClick={onBack}>
          Back to text
        </button>
        <button type="button" onClick={onSave} disabled={isBusy || isOverLimit}>
          {existing
            ? `Save ${rows.selected} facts to the existing source`
            : `Save source and ${rows.selected} facts`}
        </button>
      </div>
    </>
  );
}
