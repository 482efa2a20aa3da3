// The shapes every format parser returns. CslItem/CslName/CslDate are a local copy of the CSL-JSON 1.0.2
// schema (citation-style-language/schema, csl-data.json) until electron/core/csl-item.ts lands on main;
// then this file re-exports that one instead.

/** A name in CSL-JSON: a person (family/given and particles) or one unit such as an organisation (literal). */
export interface CslName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  'comma-suffix'?: string | number | boolean;
  'static-ordering'?: string | number | boolean;
  literal?: string;
  'parse-names'?: string | number | boolean;
}

/** A CSL-JSON date: date-parts (one part, or two for a range) at the precision the source gives. */
export interface CslDate {
  'date-parts'?: (string | number)[][];
  season?: string | number;
  circa?: string | number | boolean;
  literal?: string;
  raw?: string;
}

export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;
export type CslType = (typeof CSL_TYPES)[number];

export const CSL_NAME_VARIABLES = [
  'author',
  'chair',
  'collection-editor',
  'compiler',
  'composer',
  'container-author',
  'contributor',
  'curator',
  'director',
  'editor',
  'editorial-director',
  'executive-producer',
  'guest',
  'host',
  'illustrator',
  'interviewer',
  'narrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'recipient',
  'reviewed-author',
  'script-writer',
  'series-creator',
  'translator',
] as const;
export type CslNameVariable = (typeof CSL_NAME_VARIABLES)[number];

export const CSL_DATE_VARIABLES = [
  'accessed',
  'available-date',
  'event-date',
  'issued',
  'original-date',
  'submitted',
] as const;
export type CslDateVariable = (typeof CSL_DATE_VARIABLES)[number];

/** The standard text/number variables of CSL 1.0.2 (csl-data.json). */
export const CSL_TEXT_VARIABLES = [
  'abstract',
  'annote',
  'archive',
  'archive_collection',
  'archive_location',
  'archive-place',
  'authority',
  'call-number',
  'chapter-number',
  'citation-key',
  'citation-label',
  'collection-number',
  'collection-title',
  'container-title',
  'container-title-short',
  'dimensions',
  'division',
  'DOI',
  'edition',
  'event',
  'event-title',
  'event-place',
  'first-reference-note-number',
  'genre',
  'ISBN',
  'ISSN',
  'issue',
  'jurisdiction',
  'keyword',
  'language',
  'license',
  'locator',
  'medium',
  'note',
  'number',
  'number-of-pages',
  'number-of-volumes',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'page',
  'page-first',
  'part',
  'part-title',
  'PMCID',
  'PMID',
  'printing',
  'publisher',
  'publisher-place',
  'references',
  'reviewed-genre',
  'reviewed-title',
  'scale',
  'section',
  'source',
  'status',
  'supplement',
  'title',
  'title-short',
  'URL',
  'version',
  'volume',
  'volume-title',
  'volume-title-short',
  'year-suffix',
] as const;
export type CslTextVariable = (typeof CSL_TEXT_VARIABLES)[number];

/** One CSL-JSON item. Unknown variables from an import are kept under their own names. */
export type CslItem = {
  id: string | number;
  type: CslType | (string & {});
  categories?: string[];
  custom?: Record<string, unknown>;
} & { [K in CslNameVariable]?: CslName[] } & { [K in CslDateVariable]?: CslDate } & {
  [K in CslTextVariable]?: string | number;
} & { [unknown: string]: unknown };

/** A problem with one entry (or one field of it). `error` means the entry cannot be read at all. */
export interface EntryProblem {
  field?: string;
  message: string;
  severity: 'warning' | 'error';
}

/** One entry as read: the CSL item, the 1-based line where the entry itself starts, and what was odd in it. */
export interface ParsedEntry {
  item: CslItem;
  line: number;
  key?: string;
  problems: EntryProblem[];
}

/** A whole file: every readable entry, and problems that belong to no entry (or an unreadable one). */
export interface ParsedFile {
  entries: ParsedEntry[];
  problems: (EntryProblem & { line?: number })[];
  encoding?: string;
}

export type ImportFormat = 'bibtex' | 'biblatex' | 'ris' | 'csl-json' | 'endnote-xml';
