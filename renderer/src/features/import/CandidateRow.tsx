import { memo } from 'react';
import { LEARNT_CUE } from '../../../../electron/core/article-cues';
import { CREDIBILITY_CHOICES } from '../../../../electron/core/grading';
import { TAGS_PLACEHOLDER } from '../../../../electron/core/tags';
import { Options } from '../../ui/form';
import type { Row } from './candidate-rows';
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
}

/**
 * One candidate beside its paragraph. Memoised: typing in one row, or a bulk change that leaves a row
 * as it was, does not re-render the others (the row object and `onEdit` keep their identity).
 */
export const CandidateRow = memo(function CandidateRow({ row: r, index: i, paragraph, onEdit }: Props) {
  const n = i + 1;
  return (
    <li className={r.isAccepted ? 'candidate' : 'candidate candidate-off'} data-testid="candidate">
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
          onChange={(e) => onEdit(i, 'statement', e.target.value)}
        />
        <div className="row">
          <input
            aria-label={`Speaker ${n}`}
            placeholder="Speaker"
            value={r.speaker ?? ''}
            onChange={(e) => onEdit(i, 'speaker', e.target.value)}
          />
          <input
            aria-label={`Role ${n}`}
            placeholder="Role"
            value={r.speakerRole ?? ''}
            onChange={(e) => onEdit(i, 'speakerRole', e.target.value)}
          />
          <input
            aria-label={`Relayed by ${n}`}
            placeholder="Relayed by"
            value={r.relayedBy ?? ''}
            onChange={(e) => onEdit(i, 'relayedBy', e.target.value)}
          />
        </div>
        <input
          aria-label={`Quote ${n}`}
          placeholder="Verbatim quote"
          value={r.quote ?? ''}
          onChange={(e) => onEdit(i, 'quote', e.target.value)}
        />
        <div className="row">
          <input
            aria-label={`Event date ${n}`}
            placeholder="YYYY-MM-DD"
            title="YYYY, YYYY-MM or YYYY-MM-DD, as the fact form takes it"
            value={r.eventDate ?? ''}
            onChange={(e) => onEdit(i, 'eventDate', e.target.value)}
          />
          <select
            aria-label={`Credibility ${n}`}
            value={r.credibility}
            onChange={(e) => onEdit(i, 'credibility', Number(e.target.value))}
          >
            <Options items={CREDIBILITY_CHOICES} />
          </select>
          <input
            aria-label={`Tags ${n}`}
            placeholder={TAGS_PLACEHOLDER}
            value={r.tags}
            onChange={(e) => onEdit(i, 'tags', e.target.value)}
          />
        </div>
      </div>
    </li>
  );
});
