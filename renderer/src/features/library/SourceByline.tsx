import { partialDateYear } from '../../../../electron/core/partial-date';
import type { Source } from '../../../../electron/core/schemas';
import { formatNameList } from '../../../../electron/core/source-item';
import { GRADE_MEANING } from '../../../../electron/core/grading';
import { withoutCslMarkup } from '../../../../electron/core/text';

/**
 * A library card's line: author(s) and year, then title and outlet: "Nakamura and WHO (2020). Title — Journal"
 * ("Jensen et al. (n.d.)." when the year is unknown); without authors the title leads and the year follows.
 */
export function SourceByline({ source: s }: { source: Source }) {
  const names = formatNameList(s.authors.length > 0 ? s.authors : s.editors);
  // The year, or what the file says instead ("submitted", "in press"), or n.d. as author–date styles write it.
  const year = partialDateYear(s.published);
  const when = year ?? (s.published?.trim() || 'n.d.');
  return (
    <>
      {names ? <bdi className="source-authors">{names}</bdi> : null}
      {names ? <span className="source-year"> ({when}). </span> : null}
      <strong>{s.title ? <bdi>{withoutCslMarkup(s.title)}</bdi> : 'Untitled'}</strong>
      {s.outlet ? (
        <>
          {' — '}
          <bdi>{s.outlet}</bdi>
        </>
      ) : null}
      <span className="muted">
        {!names && year !== undefined ? <span className="source-year"> · {year}</span> : null}
        {s.doi ? ` · DOI ${s.doi}` : ''} ·{' '}
        <span className="nowrap" title={`Source reliability: ${GRADE_MEANING[s.grade]}`}>
          grade {s.grade}
          {s.grade === 'F' ? ' (not judged)' : ''}
        </span>
      </span>
    </>
  );
}
