import type { Source } from '../../core/schemas';
import type { FilePayload } from '../../contract/api';
import type { CslItem } from '../../core/csl-item';
import { toBibtex, toRis } from '../import/formats/serialise';
import type { LibraryStore } from '../store/library-store';

/** What an export reads: the library's sources and facts. */
type LibraryReader = Pick<LibraryStore, 'listSources' | 'listFacts'>;

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

const payload = (fileName: string, mimeType: string, data: unknown): FilePayload =>
  textPayload(fileName, mimeType, `${JSON.stringify(data, null, 2)}\n`);

const textPayload = (fileName: string, mimeType: string, text: string): FilePayload => ({
  fileName,
  mimeType,
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
});

/** Formats a reference manager reads the sources back from. */
export type SourceExportFormat = 'csl-json' | 'bibtex' | 'ris';

/**
 * The items as BibTeX and RIS are written from them: each keeps its citation key (the item's
 * `citation-key`, or an id that can be one) as the BibTeX key, so a library goes back to Zotero or a
 * `.bib` file under the keys it came with; items made here get the source's id.
 */
function itemsForReferenceFiles(sources: readonly Source[]): CslItem[] {
  return sources.map((s) => {
    const item = sourceToExportItem(s) as CslItem;
    const key =
      typeof item['citation-key'] === 'string'
        ? item['citation-key']
        : typeof item.id === 'string' && /^[\w:.+-]{1,100}$/.test(item.id)
          ? item.id
          : s.id;
    return { ...item, id: key };
  });
}

/** The sources as CSL-JSON (lossless), BibTeX or RIS, for Zotero, JabRef, EndNote or pandoc. */
export async function exportSources(store: LibraryReader, format: SourceExportFormat): Promise<FilePayload> {
  const sources = await store.listSources({ withText: false });
  if (format === 'csl-json')
    return payload(
      `briefing-sources-${today()}.json`,
      'application/vnd.citationstyles.csl+json',
      sources.map(sourceToExportItem),
    );
  const items = itemsForReferenceFiles(sources);
  const text = format === 'bibtex' ? toBibtex(items) : toRis(items);
  return format === 'bibtex'
    ? textPayload(`briefing-sources-${today()}.bib`, 'application/x-bibtex', text)
    : textPayload(`briefing-sources-${today()}.ris`, 'application/x-research-info-systems', text);
}

/**
 * The whole library (sources and facts) as JSON, or the sources as CSL-JSON. The JSON form is what
 * `import:facts` reads back (`{sources, facts}`), so an export can move a library between machines.
 * Neither format is opened by spreadsheets, so values are written as they are (no formula escaping needed).
 */
export async function exportLibrary(
  store: LibraryReader,
  format: 'json' | SourceExportFormat,
): Promise<FilePayload> {
  if (format !== 'json') return exportSources(store, format);
  const sources = await store.listSources();
  return payload(`briefing-library-${today()}.json`, 'application/json', {
    format: 'briefing-builder-library',
    version: 1,
    exportedAt: new Date().toISOString(),
    sources,
    facts: await store.listFacts(),
  });
}
