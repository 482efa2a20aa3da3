import { partialDateYear } from '../../../../electron/core/partial-date';
import type { Source } from '../../../../electron/core/schemas';
import { formatNameList } from '../../../../electron/core/source-item';

/** A library card's line: author(s) and year, then title and outlet: "Nakamura and WHO (2020). Title — Journal". */
export function SourceByline({ source: s }: { source: Source }) {
  const names = formatNameList(s.authors.length > 0 ? s.authors : s.editors);
  const year = partialDateYear(s.published);
  return (
    <>
      {names ? <span className="source-authors">{names}</span> : null}
      {year !== undefined ? <span className="source-year"> ({year})</span> : null}
      {names || year !== undefined ? '. ' : ''}
      <strong>{s.title || 'Untitled'}</strong>
      {s.outlet ? ` — ${s.outlet}` : ''}
      <span className="muted">
        {s.doi ? ` · DOI ${s.doi}` : ''} · grade {s.grade}
      </span>
    </>
  );
}
