import type { ImportReport } from '../../contract/api';
import { notImplemented } from '../not-implemented';
import type { Store } from '../store/store';

/** Imports sources from CSL-JSON, BibTeX or RIS, in one transaction. */
export function importSources(
  _store: Store,
  _format: 'csl-json' | 'bibtex' | 'ris',
  _text: string,
): ImportReport {
  return notImplemented('Source import');
}
