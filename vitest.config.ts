import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Migrations are imported as text, as esbuild's `loader: { '.sql': 'text' }` does in the app bundles.
const sqlAsText: Plugin = {
  name: 'sql-as-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
};

const include = ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'];

// Most test files share their worker's loaded modules (`isolate: false`): loading the article engine, citeproc,
// pdfmake and the stores once per worker instead of once per file takes about two thirds off the suite's CPU
// (measured on the article and corpus tests: 271 s → 88 s). A file that changes what other files would load —
// stubbed globals, mocked modules, environment variables, the working directory — gets a fresh worker of its
// own; it is found by what it does, so a new such file is isolated without being listed.
const changesSharedState =
  /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\b|process\.env(\.\w+|\[[^\]]+\])\s*=(?!=)|delete process\.env|process\.chdir/;
function isolatedFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['tests/unit', 'tests/integration'])
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
      if (entry.endsWith('.test.ts') && changesSharedState.test(readFileSync(join(dir, entry), 'utf8')))
        files.push(join(dir, entry));
  return files;
}
const isolated = isolatedFiles();

export default defineConfig({
  plugins: [sqlAsText],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // One worker per core. Vitest's default in a run is one fewer than the cores, which on CI's two-core
    // machine is a single worker: the files ran one after another while half of the time is spent waiting
    // for pandoc, LibreOffice, PostgreSQL and child processes. The suite passes with two workers on a
    // machine loaded by other work (load average 8–9) as well as on a quiet one.
    maxWorkers: '100%',
    projects: [
      { extends: true, test: { name: 'shared', include, exclude: isolated, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated, isolate: true } },
    ],
  },
});
