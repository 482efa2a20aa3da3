import { isolateField } from './bidi-isolate';
import { isPlatform } from './platforms';
import { attribution, type Fact, type Source } from './schemas';
import { formatPartialDate, partialDateYear } from './partial-date';
import { namesPerson } from './same-person';
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
  /**
   * The note texts, in reading order: one a mark, or with `sizes` (how many marks each citation cluster
   * holds, in order: adjacent chips are one cluster) one a cluster, its cites in one note joined as the
   * style joins them ("Reuters, “…,” 2. ; Le Monde, …" as "Reuters, “…,” 2; Le Monde, ….").
   */
  notes(refs: readonly CitationRef[], sizes?: readonly number[]): string[];
  /**
   * The in-text citations for author-date placement, in reading order: one a mark, or with `sizes` (how
   * many marks each citation cluster holds, in order: adjacent chips are one cluster) one a cluster,
   * `(“EU Member States Split,” 2024; “المغرب…,” 2024)`, its items joined as the style joins them.
   */
  inText(refs: readonly CitationRef[], sizes?: readonly number[]): string[];
  /** The source list: each source once, in the order the style sorts them. */
  bibliography(sources: readonly Source[]): Array<{ sourceId: string; text: string }>;
  /**
   * The direction of the language the style writes its notes and entries in (its punctuation, dates and
   * words: "(2024).", "quoted in"): each note and entry is a paragraph of that direction, its Arabic or
   * Hebrew fields isolates inside it. Unset: each one's first strong letter outside its fields decides.
   */
  direction?: 'ltr' | 'rtl';
}

/**
 * Who said it, as a note on `source` names them: "cited by Reuters" is left out when the note names
 * Reuters anyway ("US officials, quoted in Reuters, …", not "US officials, cited by Reuters, quoted in
 * Reuters, …").
 */
export function noteAttribution(
  fact: Pick<Fact, 'speaker' | 'speakerRole' | 'relayedBy'>,
  source: Pick<Source, 'outlet'>,
): string {
  return attribution({ ...fact, relayedBy: noteRelay(fact, source) });
}

/** The outlet that relayed a fact, unless it is the source's own outlet (which the note names anyway). */
function noteRelay(fact: Pick<Fact, 'relayedBy'>, source: Pick<Source, 'outlet'>): string | undefined {
  const relay = fact.relayedBy?.trim();
  return relay && relay.toLowerCase() !== source.outlet.trim().toLowerCase() ? relay : undefined;
}

/**
 * Whether the speaker is who the source is by: its author ("Volodymyr Zelenskyy", a speech by him) or,
 * for an organisation's own statement, its outlet ("Ministry of Defence"). Their words in it are their own.
 */
export function speaksForItself(fact: Pick<Fact, 'speaker'>, source: Pick<Source, 'authors' | 'outlet'>) {
  const speaker = fact.speaker?.trim();
  if (!speaker) return false;
  if (source.outlet.trim() && namesPerson(speaker, { literal: source.outlet })) return true;
  return source.authors.some((a) => namesPerson(speaker, a));
}

/**
 * What a note puts before its reference to the source, as Chicago chains secondary sources: who said
 * it, then "quoted in" for their verbatim words ("Dmitry Peskov, Kremlin spokesman, quoted in …") and
 * "cited in" for a paraphrase ("US officials, cited in …"); when another outlet reported it first,
 * that outlet too ("US officials, quoted in Axios, cited in …", "US officials, as reported by Axios,
 * cited in …"); words posted on a social network, "Nawaf Salam, posting on X, cited in …"; that
 * outlet's own reporting, with no speaker, "Axios, cited in …". Nothing when the
 * source speaks for itself (no speaker, or a speech or statement by the speaker).
 */
export function notePrefix(
  fact: Pick<Fact, 'speaker' | 'speakerRole' | 'relayedBy' | 'quote'>,
  source: Pick<Source, 'authors' | 'outlet'>,
  /** Each name as the note writes it: the exports isolate a right-to-left one (`isolateField`). */
  field: (name: string) => string = (name) => name,
): string {
  const relayed = noteRelay(fact, source);
  const relay = relayed && field(relayed);
  if (speaksForItself(fact, source)) return relay ? `${relay}, cited in ` : '';
  const who = attribution({
    speaker: fact.speaker && field(fact.speaker),
    speakerRole: fact.speakerRole && field(fact.speakerRole),
  });
  const isQuote = Boolean(fact.quote?.trim());
  // A social network is where the words were posted, not an outlet that quoted them.
  if (who && relay && relayed && isPlatform(relayed)) return `${who}, posting on ${relay}, cited in `;
  if (who && relay)
    return isQuote ? `${who}, quoted in ${relay}, cited in ` : `${who}, as reported by ${relay}, cited in `;
  if (who) return isQuote ? `${who}, quoted in ` : `${who}, cited in `;
  return relay ? `${relay}, cited in ` : '';
}

/**
 * The note text for one citation of a fact: who said it (when the fact is attributed), then where it
 * was reported. Example: `Dmitry Peskov, Kremlin spokesman, quoted in Reuters, “Kremlin says …”, 15 December 2025, https://….`
 */
export function formatNote(fact: Fact, source: Source, field: (text: string) => string = (t) => t): string {
  const parts: string[] = [];
  const authors = formatNameList(source.authors, 'full');
  const head = [authors, source.outlet].filter(Boolean).map(field).join(', ');
  parts.push(`${notePrefix(fact, source, field)}${head}`);
  if (source.title) parts.push(`“${field(source.title)}”`);
  if (source.published) parts.push(formatPartialDate(source.published));
  if (source.url) parts.push(source.url);
  return `${parts.filter(Boolean).join(', ')}.`;
}

/** One entry of the source list at the end of a briefing. */
export function formatSourceEntry(source: Source, field: (text: string) => string = (t) => t): string {
  const authors = formatNameList(source.authors, 'full');
  const parts = [
    authors && `${field(authors)}.`,
    source.outlet && `${field(source.outlet)}.`,
    source.title && `“${field(source.title)}.”`,
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

/** The marks in their citation clusters, `sizes` marks a cluster in order (one a cluster without it). */
export function inClusters<T>(refs: readonly T[], sizes?: readonly number[]): T[][] {
  if (!sizes) return refs.map((r) => [r]);
  const out: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(refs.slice(at, at + size));
    at += size;
  }
  return out;
}

/**
 * The notes of one citation cluster as one note, each cite's text without its closing full stop, joined
 * by semicolons: "Reuters, “…”, 2 May 2025; Le Monde, “…”, 3 May 2025." (Chicago's notes for several
 * sources at one place).
 */
export function joinNotes(texts: readonly string[]): string {
  if (texts.length <= 1) return texts[0] ?? '';
  return `${texts.map((t) => t.replace(/\.$/u, '')).join('; ')}.`;
}

/** In-text citation for author-date placement: `(Reuters, 2025)`. */
export function formatAuthorDate(source: Source): string {
  const who = formatNameList(source.authors) || source.outlet || source.title;
  return `(${who}, ${partialDateYear(source.published) ?? 'n.d.'})`;
}

/**
 * A dependency-free formatter for previews; exports use the CSL formatter instead. Its notes and entries
 * mark their right-to-left fields for isolation, as the CSL formatter's do.
 */
export const simpleFormatter: CitationFormatter = {
  notes: (refs, sizes) =>
    inClusters(refs, sizes).map((cluster) =>
      joinNotes(cluster.map((r) => formatNote(r.fact, r.source, isolateField))),
    ),
  inText: (refs, sizes) =>
    inClusters(refs, sizes).map((cluster) =>
      cluster.length === 1
        ? formatAuthorDate(cluster[0]!.source)
        : `(${cluster.map((r) => formatAuthorDate(r.source).slice(1, -1)).join('; ')})`,
    ),
  bibliography: (sources) =>
    [...sources]
      .sort(compareSources)
      .map((s) => ({ sourceId: s.id, text: formatSourceEntry(s, isolateField) })),
};
