import { attribution, type Fact, type Source } from './schemas';
import { formatPartialDate, partialDateYear } from './partial-date';
import { formatNameList } from './source-item';

/** One citation mark: the fact cited and the source it comes from. */
export interface CitationRef {
  fact: Fact;
  source: Source;
}

/**
 * Formats citations for the render model. Core stays pure: the CSL formatter (citation-js) lives on
 * the Node side and is injected by the services; {@link simpleFormatter} serves the editor's preview.
 */
export interface CitationFormatter {
  /** The note text of each citation mark, in reading order (one note per mark). */
  notes(refs: readonly CitationRef[]): string[];
  /** The in-text citation of each mark, in reading order, for author-date placement. */
  inText(refs: readonly CitationRef[]): string[];
  /** The source list: each source once, in the order the style sorts them. */
  bibliography(sources: readonly Source[]): Array<{ sourceId: string; text: string }>;
}

/**
 * Who said it, as a note on `source` names them: "cited by Reuters" is left out when the note names
 * Reuters anyway ("US officials, quoted in Reuters, …", not "US officials, cited by Reuters, quoted in
 * Reuters, …").
 */
export function noteAttribution(fact: Fact, source: Source): string {
  return attribution({ ...fact, relayedBy: noteRelay(fact, source) });
}

/** The outlet that relayed a fact, unless it is the source's own outlet (which the note names anyway). */
function noteRelay(fact: Fact, source: Source): string | undefined {
  const relay = fact.relayedBy?.trim();
  return relay && relay.toLowerCase() !== source.outlet.trim().toLowerCase() ? relay : undefined;
}

/**
 * What a note puts before its reference to the source, as Chicago chains secondary sources: who said it,
 * "quoted in" where they were reported ("Dmitry Peskov, Kremlin spokesman, quoted in …"); when another
 * outlet reported it first, "quoted in" that outlet, "cited in" the source ("US officials, quoted in
 * Axios, cited in …"); that outlet's own reporting with no speaker, "cited in" ("Axios, cited in …");
 * nothing when the source speaks for itself.
 */
export function notePrefix(fact: Fact, source: Source): string {
  const relay = noteRelay(fact, source);
  const who = attribution({ ...fact, relayedBy: undefined });
  if (who) return relay ? `${who}, quoted in ${relay}, cited in ` : `${who}, quoted in `;
  return relay ? `${relay}, cited in ` : '';
}

/**
 * The note text for one citation of a fact: who said it (when the fact is attributed), then where it
 * was reported. Example: `Dmitry Peskov, Kremlin spokesman, quoted in Reuters, “Kremlin says …”, 15 December 2025, https://….`
 */
export function formatNote(fact: Fact, source: Source): string {
  const parts: string[] = [];
  const authors = formatNameList(source.authors, 'full');
  const head = [authors, source.outlet].filter(Boolean).join(', ');
  parts.push(`${notePrefix(fact, source)}${head}`);
  if (source.title) parts.push(`“${source.title}”`);
  if (source.published) parts.push(formatPartialDate(source.published));
  if (source.url) parts.push(source.url);
  return `${parts.filter(Boolean).join(', ')}.`;
}

/** One entry of the source list at the end of a briefing. */
export function formatSourceEntry(source: Source): string {
  const authors = formatNameList(source.authors, 'full');
  const parts = [
    authors && `${authors}.`,
    source.outlet && `${source.outlet}.`,
    source.title && `“${source.title}.”`,
  ];
  if (source.published) parts.push(`${formatPartialDate(source.published)}.`);
  if (source.url) parts.push(`${source.url}.`);
  return parts.filter(Boolean).join(' ');
}

/** Sort key for the source list: outlet, then title, case-insensitively. */
export function compareSources(a: Source, b: Source): number {
  return (
    a.outlet.localeCompare(b.outlet, 'en', { sensitivity: 'base' }) ||
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
    a.id.localeCompare(b.id)
  );
}

/** In-text citation for author-date placement: `(Reuters, 2025)`. */
export function formatAuthorDate(source: Source): string {
  const who = formatNameList(source.authors) || source.outlet || source.title;
  return `(${who}, ${partialDateYear(source.published) ?? 'n.d.'})`;
}

/** A dependency-free formatter for previews; exports use the CSL formatter instead. */
export const simpleFormatter: CitationFormatter = {
  notes: (refs) => refs.map((r) => formatNote(r.fact, r.source)),
  inText: (refs) => refs.map((r) => formatAuthorDate(r.source)),
  bibliography: (sources) =>
    [...sources].sort(compareSources).map((s) => ({ sourceId: s.id, text: formatSourceEntry(s) })),
};
