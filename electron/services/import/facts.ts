import type { ImportReport } from '../../contract/api';
import { notImplemented } from '../not-implemented';
import type { Store } from '../store/store';

/** Imports facts from CSV or JSON, in one transaction. */
export function importFacts(_store: Store, _format: 'csv' | 'json', _text: string): ImportReport {
  return notImplemented('Fact import');
}
