import type { FactQuery } from '../../../../electron/contract/api';
import type { FactStatus, Grade } from '../../../../electron/core/schemas';

/** The library's search: the text and every filter, one object (saved searches store it as a FactQuery). */
export interface LibraryQuery {
  text: string;
  tags: string[];
  statuses: FactStatus[];
  grades: Grade[];
  sourceId: string;
  sort: NonNullable<FactQuery['sort']>;
  speaker: string;
  outlet: string;
  from: string;
  to: string;
}

export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  tags: [],
  statuses: [],
  grades: [],
  sourceId: '',
  sort: 'relevance',
  speaker: '',
  outlet: '',
  from: '',
  to: '',
};

/** The search as the contract takes it: empty filters left out. */
export function factQueryOf(q: LibraryQuery): FactQuery {
  const { sourceId, speaker, outlet, from, to, ...rest } = q;
  const optional = Object.entries({ sourceId, speaker, outlet, from, to }).filter(([, v]) => v.trim() !== '');
  return { ...rest, ...Object.fromEntries(optional) };
}

/** A saved search put back on screen, every filter included. */
export const libraryQueryOf = (q: FactQuery): LibraryQuery => ({
  text: q.text ?? '',
  tags: q.tags ?? [],
  statuses: q.statuses ?? [],
  grades: q.grades ?? [],
  sourceId: q.sourceId ?? '',
  sort: q.sort ?? 'relevance',
  speaker: q.speaker ?? '',
  outlet: q.outlet ?? '',
  from: q.from ?? '',
  to: q.to ?? '',
});

/** Whether any filter (beyond the text and the order) is on. */
export const isFiltered = (q: LibraryQuery) =>
  q.tags.length + q.statuses.length + q.grades.length > 0 ||
  [q.sourceId, q.speaker, q.outlet, q.from, q.to].some((v) => v.trim() !== '');

/** Filters off, the text and the order kept. */
export const withoutFilters = (q: LibraryQuery): LibraryQuery => ({
  ...EMPTY_QUERY,
  text: q.text,
  sort: q.sort,
});
