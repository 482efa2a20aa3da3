import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/fixtures';

// Electronegativity over electron/ and renderer/, offline. Without `-e` and the two excluded global checks
// it scans nothing and exits 0; it also exits 0 *with* findings, so the SARIF report is what is judged.
const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const electronVersion = (require('electron/package.json') as { version: string }).version;
const security = join(repoRoot, 'tests', 'security');
const fixtureDir = 'electronegativity-fixture';

interface Allowed {
  ruleId: string;
  file: string;
  reason: string;
}
interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
}

function scan(): SarifResult[] {
  const dir = tempDir('electronegativity-');
  const input = join(dir, 'scan');
  for (const part of ['electron', 'renderer'])
    cpSync(join(repoRoot, part), join(input, part), { recursive: true });
  // A deliberately insecure file scanned with the app: proof the scanner really parsed and checked files.
  cpSync(join(security, fixtureDir), join(input, fixtureDir), { recursive: true });
  const sarif = join(dir, 'report.sarif');
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      join(security, 'electronegativity-offline.cjs'),
      cli,
      '-i',
      input,
      '-e',
      electronVersion,
      '-x',
      'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck',
      '-r',
      '-o',
      sarif,
    ],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  expect(run.status, run.stderr + run.stdout).toBe(0);
  const report = JSON.parse(readFileSync(sarif, 'utf8')) as {
    runs: { results: SarifResult[]; invocations: { executionSuccessful: boolean }[] }[];
  };
  expect(report.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  return report.runs[0]!.results;
}

const fileOf = (r: SarifResult) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? '';

describe('electronegativity', () => {
  const results = scan();
  const allowlist = (
    JSON.parse(readFileSync(join(security, 'electronegativity-allowlist.json'), 'utf8')) as {
      entries: Allowed[];
    }
  ).entries;

  it('really scans: the deliberately insecure fixture is flagged', () => {
    const flagged = new Set(results.filter((r) => fileOf(r).startsWith(fixtureDir)).map((r) => r.ruleId));
    for (const rule of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
    ])
      expect(flagged).toContain(rule);
  });

  it('finds nothing in the app that was not reviewed', () => {
    const unreviewed = results
      .filter((r) => !fileOf(r).startsWith(fixtureDir))
      .filter((r) => !allowlist.some((a) => a.ruleId === r.ruleId && a.file === fileOf(r)))
      .map(
        (r) =>
          `${r.ruleId} ${fileOf(r)}:${r.locations[0]?.physicalLocation.region?.startLine ?? '?'} ${r.message.text}`,
      );
    expect(unreviewed).toEqual([]);
  });

  it('keeps the allowlist honest: every entry has a reason and still matches a finding', () => {
    for (const entry of allowlist) {
      expect(entry.reason.length, entry.ruleId).toBeGreaterThan(40);
      expect(
        results.some((r) => r.ruleId === entry.ruleId && fileOf(r) === entry.file),
        `stale allowlist entry ${entry.ruleId} ${entry.file}`,
      ).toBe(true);
    }
  });
});
