import { describe, expect, it } from 'vitest';
import { FactQuery } from '../../../electron/contract/api';
import {
  EMPTY_QUERY,
  factQueryOf,
  isFiltered,
  libraryQueryOf,
  withoutFilters,
} from '../../../renderer/src/features/library/library-query';

const everyFilter: FactQuery = {
  text: 'ceasefire',
  tags: ['border'],
  statuses: ['verified'],
  grades: ['A', 'B'],
  sourceId: 'src-1',
  sort: 'newest',
  speaker: 'Peskov',
  outlet: 'Reuters',
  from: '2025-11',
  to: '2025-12-01',
};

describe('the library search as one object', () => {
  it('a saved search comes back with every filter, and goes out as the same query', () => {
    const shown = libraryQueryOf(everyFilter);
    expect(isFiltered(shown)).toBe(true);
    expect(factQueryOf(shown)).toEqual(everyFilter);
    // What goes out is a query the contract accepts as it is.
    expect(FactQuery.parse(factQueryOf(shown))).toMatchObject(everyFilter);
  });

  it('empty filters are left out of the query (blank ones too)', () => {
    const q = factQueryOf({ ...EMPTY_QUERY, text: 'grain', speaker: '  ', sourceId: '' });
    expect(q).toEqual({ text: 'grain', tags: [], statuses: [], grades: [], sort: 'relevance' });
    expect(isFiltered({ ...EMPTY_QUERY, speaker: '  ' })).toBe(false);
  });

  it('clearing the filters keeps the text and the order', () => {
    const cleared = withoutFilters(libraryQueryOf(everyFilter));
    expect(cleared).toEqual({ ...EMPTY_QUERY, text: 'ceasefire', sort: 'newest' });
    expect(isFiltered(cleared)).toBe(false);
  });
});
