import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../core/errors';
import { LIMITS, megabytes } from '../../core/limits';
import { decodeFile, type DecodedFile } from './formats/decode';

/** The largest file any importer reads: the contract's own limit on import text. */
export const MAX_IMPORT_BYTES = LIMITS.importBytes;

/**
 * The most problems a refused facts file lists (each bad field of each bad row); it still counts the rest
 * ("…and 1,200 more"), so a file wrong throughout is not a message of a million lines.
 */
export const MAX_LISTED_ROW_PROBLEMS = 100;

const mb = megabytes;

/**
 * Refuses import text that is too large or binary before any parser sees it. A NUL character never
 * occurs in CSV, JSON, BibTeX, RIS or an article; it means a binary file (or UTF-16 read as UTF-8).
 */
export function assertImportText(text: string, what = 'The file', maxBytes = MAX_IMPORT_BYTES): void {
  // A JS string of n UTF-16 units is at least n bytes of UTF-8: the length alone decides most cases fast.
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes)
    throw new AppError('too_large', `${what} is larger than the ${mb(maxBytes)} an import may be.`);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    throw new AppError(
      'binary_file',
      `${what} looks binary (a NUL byte on line ${line}): give a text file (UTF-8, UTF-16 or Latin-1).`,
    );
  }
}

/**
 * Reads a text file for import: refuses it unread when it is larger than `maxBytes`, then decodes it
 * (UTF-8 ± BOM, UTF-16, a declared encoding, else Windows-1252 — never for a UTF-8 file with one
 * damaged byte, whose damaged places come back as problems).
 */
export function readTextFileReporting(
  file: string,
  maxBytes = MAX_IMPORT_BYTES,
): { text: string; problems: DecodedFile['problems'] } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new AppError('not_a_file', `${file} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not_found', `File not found: ${file}`);
  }
  if (size > maxBytes)
    throw new AppError('too_large', `${file} is ${mb(size)}; an import may be at most ${mb(maxBytes)}.`);
  return decodeImportBytes(readFileSync(file), file, maxBytes);
}

/**
 * The bytes of an import file (read from disk, or an upload) as text by the rules of `decodeFile`, with
 * what decoding noticed; refused like any import text when binary or too large.
 */
export function decodeImportBytes(
  bytes: Uint8Array,
  what = 'The file',
  maxBytes = MAX_IMPORT_BYTES,
): { text: string; problems: DecodedFile['problems'] } {
  const decoded = decodeFile(bytes);
  assertImportText(decoded.text, what, maxBytes);
  return { text: decoded.text, problems: decoded.problems };
}

/** `readTextFileReporting` for callers that need only the text. */
export function readTextFile(file: string, maxBytes = MAX_IMPORT_BYTES): string {
  return readTextFileReporting(file, maxBytes).text;
}
