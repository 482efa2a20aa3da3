import type { z } from 'zod';
import type { FactQuery, SearchResult } from '../../contract/api';
import { notImplemented } from '../not-implemented';
import type { Db } from '../store/db';

export type ParsedFactQuery = z.output<typeof FactQuery>;

/** Full-text search over the fact library with filters, ranking, snippets and paging. */
export function searchFacts(_db: Db, _query: ParsedFactQuery): SearchResult {
  return notImplemented('Search');
}
