import type { Source } from '../../core/schemas';
import type { FilePayload } from '../../contract/api';
import type { Store } from '../store/store';

/**
 * A source's CSL item as citeproc reads it: the whole item, under the source's id (citations and facts
 * point at sources by id).
 */
export function sourceToCsl(s: Source): Record<string, unknown> {
  return { ...s.item, id: s.id };
}

/**
 * A source's item as a library export writes it: exactly as stored, keeping the id it came with (a
 * citation key, a Zotero URI) so a library goes back to Zotero or pandoc as it came; items made here
 * carry the source's id.
 */
export function sourceToExportItem(s: Source): Record<string, unknown> {
  return { ...s.item };
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
      sources.map(sourceToExportItem),
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
