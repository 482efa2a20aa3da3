import type { FilePayload } from '../../contract/api';
import { notImplemented } from '../not-implemented';
import type { Store } from '../store/store';

/** The whole library (sources and facts) as JSON, or the sources as CSL-JSON. */
export function exportLibrary(_store: Store, _format: 'json' | 'csl-json'): FilePayload {
  return notImplemented('Library export');
}
