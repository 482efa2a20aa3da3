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
