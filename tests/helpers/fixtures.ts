import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../electron/core/errors';
import { Services } from '../../electron/services/services';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const templatesDir = join(repoRoot, 'templates');
export const articleText = () =>
  readFileSync(join(repoRoot, 'tests', 'fixtures', 'berlin-talks-article.txt'), 'utf8');

/** A fresh data folder under the system temp dir. */
export const tempDir = (prefix = 'briefing-test-') => mkdtempSync(join(tmpdir(), prefix));

/** Services over a fresh store, as the app would open them. */
export function freshServices(dataDir = tempDir()): Services {
  return new Services({ dataDir, templatesDir, mode: 'browser', version: 'test' });
}

/** The AppError `fn` throws (any other error is thrown on; no error at all fails the test). */
export function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** The AppError `promise` rejects with (any other error is thrown on; no rejection fails the test). */
export async function appErrorOfAsync(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
