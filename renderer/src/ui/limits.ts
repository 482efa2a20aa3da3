import { ApiError } from '../api/client';
import { megabytes } from '../../../electron/core/limits';

/**
 * Refuses a picked file over `limit` before it is read or sent, saying the limit in words (the same limit
 * the app itself enforces: electron/core/limits.ts).
 */
export function assertFileSize(file: File, limit: number, what: string): void {
  if (file.size > limit)
    throw new ApiError({
      code: 'too_large',
      message: `${file.name} is ${megabytes(file.size)}; ${what} may be at most ${megabytes(limit)}.`,
    });
}

/** Above this many candidates an article review ticks none: accepting them all is a decision, not a default. */
export const MANY_CANDIDATES = 300;

/** The article review lays out its candidates this many at a time (more as the list scrolls). */
export const REVIEW_PAGE_ROWS = 100;

/** How long the article's title, address, outlet and date rest before the library is asked for it. */
export const SOURCE_CHECK_PAUSE_MS = 400;
