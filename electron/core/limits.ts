/**
 * The size limits of what the app takes in, defined once. The contract's schemas, the importers, the
 * browser host's request limit and the words the UI shows before sending all come from here, so they
 * cannot disagree.
 */
export const LIMITS = {
  /** An import (CSV, JSON, BibTeX, RIS, an article, a portable briefing file). */
  importBytes: 50 * 1024 * 1024,
  /** A template file. */
  templateBytes: 2 * 1024 * 1024,
  /** A backup to restore. */
  restoreBytes: 256 * 1024 * 1024,
  /** Any other API request (a briefing's content, a fact, a search). */
  requestBytes: 16 * 1024 * 1024,
  /**
   * Names in one role of a source (authors, editors…): a large physics collaboration's paper lists about
   * 5,500 authors (ATLAS, CMS). An import past it keeps the first ones and reports the rest as a problem.
   */
  namesPerRole: 10_000,
  /**
   * Facts saved from one article in one import: the review refuses to send more (a pasted megabyte of
   * text gives a few thousand candidates; a pasted archive of articles, more than anyone reviews).
   */
  articleFacts: 5000,
} as const;

/** "50 MB", "2 MB", "256 MB": a limit in words. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** What a file upload carries; each kind has its limit above. */
export type UploadKind = 'import' | 'restore';

/** The largest file an upload of `kind` may be. */
export function uploadLimit(kind: UploadKind): number {
  return kind === 'restore' ? LIMITS.restoreBytes : LIMITS.importBytes;
}

/** Electron sends an upload over IPC in pieces of at most this size (browser mode streams it whole). */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
