import type { Collection } from '../../contract/api';
import { notImplemented } from '../not-implemented';
import type { Db } from '../store/db';
import type { ParsedFactQuery } from './search';

/** Saved searches. */
export function listCollections(_db: Db): Collection[] {
  return notImplemented('Collections');
}
export function saveCollection(_db: Db, _name: string, _query: ParsedFactQuery): Collection {
  return notImplemented('Collections');
}
export function deleteCollection(_db: Db, _id: string): void {
  notImplemented('Collections');
}
