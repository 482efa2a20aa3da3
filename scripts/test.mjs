// `npm test`: everything a user needs to trust a build, in order, stopping at the first failure:
// type-check, lint + format check, build, unit + integration tests (Vitest), end-to-end tests (Playwright).
// Ends with one line that totals the tests: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = new URL('..', import.meta.url).pathname;
// Not test-results/: Playwright empties that folder when it starts.
const results = join(root, '.test-reports');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const missing = [
  ['pandoc', '/usr/bin/pandoc'],
  ['pdftotext (poppler-utils)', '/usr/bin/pdftotext'],
  ['soffice (libreoffice-writer-nogui)', '/usr/bin/soffice'],
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['pikepdf (python3-pikepdf)', '/usr/lib/python3/dist-packages/pikepdf'],
].filter(([, path]) => !existsSync(path));
if (missing.length > 0) {
  console.error(`Missing test tools: ${missing.map(([name]) => name).join(', ')}.`);
  console.error(
    'Install them with: sudo apt-get install -y --no-install-recommends chromium pandoc poppler-utils libreoffice-writer-nogui python3-pikepdf',
  );
  process.exit(1);
}

const vitestJson = join(results, 'vitest.json');
const playwrightJson = join(results, 'playwright.json');
const steps = [
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['build', ['node', 'scripts/build.mjs']],
  [
    'unit + integration',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  ],
  [
    'end-to-end',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  ],
];

const counts = { passed: 0, failed: 0, skipped: 0 };
function tally() {
  if (existsSync(vitestJson)) {
    const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
    counts.passed += v.numPassedTests;
    counts.failed += v.numFailedTests;
    counts.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  }
  if (existsSync(playwrightJson)) {
    const p = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
    counts.passed += p.expected + p.flaky;
    counts.failed += p.unexpected;
    counts.skipped += p.skipped;
  }
}

let failedStep = null;
for (const [name, [command, ...args], env] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`${r.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}
tally();
const electron = findElectronBinary();
if (!electron.path)
  console.log(
    `\nElectron e2e project skipped: ${electron.reason}. The browser-mode project ran the same user flow.`,
  );
if (failedStep) console.log(`\nFailed at: ${failedStep}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
