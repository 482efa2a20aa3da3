import type { Source } from '../../core/schemas';
import type { FilePayload } from '../../contract/api';
import type { Store } from '../store/store';

/** A YYYY-MM-DD date as CSL `date-parts`. */
const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** A source as a CSL-JSON item, keeping our id so citations and facts can point back at it. */
export function sourceToCsl(s: Source): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: s.id,
    type: s.type,
    title: s.title,
    'container-title': s.outlet,
  };
  if (s.authors.length > 0) item.author = s.authors;
  if (s.published) item.issued = dateParts(s.published);
  if (s.accessed) item.accessed = dateParts(s.accessed);
  if (s.url) item.URL = s.url;
  if (s.language) item.language = s.language;
  return item;
}

const today = () => new Date().toISOString().slice(0, 10);

const payload = (fileName: string, mimeType: string, data: unknown): FilePayload => ({
  fileName,
  mimeType,
  dataBase64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64'),
});

/**
 * The whole library (sources and facts) as JSON, or the sources as CSL-JSON. The JSON form is what
 * `import:facts` reads back (`{sources, facts}`), so an export can move a library between machines.
 * Neither format is opened by spreadsheets, so values are written as they are (no formula escaping needed).
 */
export function exportLibrary(store: Store, format: 'json' | 'csl-json'): FilePayload {
  const sources = store.listSources();
  if (format === 'csl-json') {
    return payload(
      `briefing-sources-${today()}.json`,
      'application/vnd.citationstyles.csl+json',
      sources.map(sourceToCsl),
    );
  }
  return payload(`briefing-library-${today()}.json`, 'application/json', {
    format: 'briefing-builder-library',
    version: 1,
    exportedAt: new Date().toISOString(),
    sources,
    facts: store.listFacts(),
  });
}
