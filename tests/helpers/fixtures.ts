import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
