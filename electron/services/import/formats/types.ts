// The shapes every format parser returns. The CSL item types come from electron/core/csl-item.ts,
// shared with the source model.
export {
  CSL_DATE_VARIABLES,
  CSL_ITEM_TYPES as CSL_TYPES,
  CSL_NAME_VARIABLES,
  CSL_TEXT_VARIABLES,
  type CslDate,
  type CslItem,
  type CslItemType as CslType,
  type CslName,
} from '../../../core/csl-item';

import type { CslItem } from '../../../core/csl-item';

/** A problem with one entry (or one field of it). `error` means the entry cannot be read at all. */
export interface EntryProblem {
  field?: string;
  /** The 1-based line of the field itself, when the reader knows it (else the entry's line is given). */
  line?: number;
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

/** Each format as the messages name it. */
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
  biblatex: 'BibLaTeX',
  ris: 'RIS',
  'endnote-xml': 'EndNote XML',
};
