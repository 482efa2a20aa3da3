import { spawn, spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { repoRoot } from './fixtures';

/** Runs the CLI as a user does (`bin/briefing.mjs …`): its exit code, stdout and stderr. */
export function briefing(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/briefing.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Builds the CLI bundle if the sources changed since it was built (for a `beforeAll`). */
export function buildCliIfStale(): void {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  expect(built.status).toBe(0);
}

/** The CLI as a child that runs beside the test (for two processes at once): its exit code and output. */
export function briefingAsync(
  args: string[],
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['bin/briefing.mjs', ...args], { cwd: repoRoot });
    let stderr = '';
    let stdout = '';
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    p.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}
