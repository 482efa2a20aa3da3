import { memo } from 'react';
import { LEARNT_CUE } from '../../../../electron/core/article-cues';
import { CREDIBILITY_CHOICES } from '../../../../electron/core/grading';
import { TAGS_PLACEHOLDER } from '../../../../electron/core/tags';
import { Options } from '../../ui/form';
import { candidateFieldId, candidateProblemId, type RowProblems } from './candidate-problems';
import type { EditableKey, Row } from './candidate-rows';
import type { EditRow } from './use-candidate-rows';

/** The article paragraph a candidate came from ("para. 4"), with its sentence marked. */
function SourceParagraph({ paragraph, row }: { paragraph: string; row: Row }) {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return <p className="source-paragraph muted">{row.sentence}</p>;
  const at = text.indexOf(row.sentence);
  return (
    <p className="source-paragraph" data-testid="source-paragraph">
      <span className="muted">{row.locator}: </span>
      {at < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <mark>{row.sentence}</mark>
          {text.slice(at + row.sentence.length)}
        </>
      )}
    </p>
  );
}

interface Props {
  row: Row;
  index: number;
  /** The article paragraph its locator names ('' when it names none). */
  paragraph: string;
  onEdit: EditRow;
  /** What is wrong with its fields (the same object while nothing changes), if anything. */
  problems: RowProblems | undefined;
  /** A field was left: check it now. */
  onCheck: (index: number, key: EditableKey) => void;
}

/** The messages of the fields `keys`, under them: each named by the field's `aria-describedby`. */
function FieldProblems({
  index,
  keys,
  problems,
}: {
  index: number;
  keys: readonly EditableKey[];
  problems: RowProblems | undefined;
}) {
  const shown = keys.filter((k) => problems?.[k]);
  return shown.map((k) => (
    <small key={k} className="field-error" id={candidateProblemId(index, k)} role="alert">
      {problems?.[k]}
    </small>
  ));
}

/**
 * One candidate beside its paragraph. Memoised: typing in one row, or a bulk change that leaves a row
 * as it was, does not re-render the others (the row object and `onEdit` keep their identity).
 */
export const CandidateRow = memo(function CandidateRow({
  row: r,
  index: i,
  paragraph,
  onEdit,
  problems,
  onCheck,
}: Props) {
  const n = i + 1;
  // Each field: its id, marked invalid and described by its message when it has one, checked as it is left.
  const field = (key: EditableKey) => ({
    id: candidateFieldId(i, key),
    onBlur: () => onCheck(i, key),
    ...(problems?.[key] ? { 'aria-invalid': true, 'aria-describedby': candidateProblemId(i, key) } : {}),
  });
  return (
    <li
      className={`candidate${r.isAccepted ? '' : ' candidate-off'}${problems ? ' candidate-invalid' : ''}`}
      data-testid="candidate"
    >
      <SourceParagraph paragraph={paragraph} row={r} />
      <div className="candidate-fields">
        <label className="accept">
          <input
            type="checkbox"
            checked={r.isAccepted}
            onChange={(e) => onEdit(i, 'isAccepted', e.target.checked)}
          />{' '}
          Accept
          <span className="muted">
            {' '}
            · {r.cue === LEARNT_CUE ? 'suggested by the learnt model: check it, and who said it' : r.cue}
            {r.locator ? ` · ${r.locator}` : ''}
          </span>
        </label>
        <textarea
          aria-label={`Statement ${n}`}
          rows={2}
          value={r.statement}
          {...field('statement')}
          onChange={(e) => onEdit(i, 'statement', e.target.value)}
        />
        <FieldProblems index={i} keys={['statement']} problems={problems} />
        <div className="row">
          <input
            aria-label={`Speaker ${n}`}
            placeholder="Speaker"
            value={r.speaker ?? ''}
            {...field('speaker')}
            onChange={(e) => onEdit(i, 'speaker', e.target.value)}
          />
          <input
            aria-label={`Role ${n}`}
            placeholder="Role"
            value={r.speakerRole ?? ''}
            {...field('speakerRole')}
            onChange={(e) => onEdit(i, 'speakerRole', e.target.value)}
          />
          <input
            aria-label={`Relayed by ${n}`}
            placeholder="Relayed by"
            value={r.relayedBy ?? ''}
            {...field('relayedBy')}
            onChange={(e) => onEdit(i, 'relayedBy', e.target.value)}
          />
        </div>
        <FieldProblems index={i} keys={['speaker', 'speakerRole', 'relayedBy']} problems={problems} />
        <input
          aria-label={`Quote ${n}`}
          placeholder="Verbatim quote"
          value={r.quote ?? ''}
          {...field('quote')}
          onChange={(e) => onEdit(i, 'quote', e.target.value)}
        />
        <FieldProblems index={i} keys={['quote']} problems={problems} />
        <div className="row">
          <input
            aria-label={`Event date ${n}`}
            placeholder="YYYY-MM-DD"
            title="YYYY, YYYY-MM or YYYY-MM-DD, as the fact form takes it"
            value={r.eventDate ?? ''}
            {...field('eventDate')}
            onChange={(e) => onEdit(i, 'eventDate', e.target.value)}
          />
          <select
            aria-label={`Credibility ${n}`}
            value={r.credibility}
            {...field('credibility')}
            onChange={(e) => onEdit(i, 'credibility', Number(e.target.value))}
          >
            <Options items={CREDIBILITY_CHOICES} />
          </select>
          <input
            aria-label={`Tags ${n}`}
            placeholder={TAGS_PLACEHOLDER}
            value={r.tags}
            {...field('tags')}
            onChange={(e) => onEdit(i, 'tags', e.target.value)}
          />
        </div>
        <FieldProblems index={i} keys={['eventDate', 'credibility', 'tags']} problems={problems} />
      </div>
    </li>
  );
});
