import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { PORT_FILE } from '../../electron/cli/session-file';
import { repoRoot, tempDir } from '../helpers/fixtures';
import { buildCliIfStale } from '../helpers/cli';

// A tab open across a restart keeps the draft it could not save in its sessionStorage, which belongs to
// its origin (scheme, host and port): browser mode started again on the same data folder listens on the
// same port, so the new address is the same origin and the tab finds its draft.

beforeAll(buildCliIfStale, 120_000);

/** Starts `briefing serve` without --port, returns the port it printed and its output, then stops it. */
async function startAndStop(dataDir: string): Promise<{ port: number; stdout: string }> {
  const serve = spawn(process.execPath, ['bin/briefing.mjs', 'serve', '--no-open', '--data', dataDir], {
    cwd: repoRoot,
  });
  let stdout = '';
  serve.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<number | null>((resolve) => serve.once('exit', resolve));
  try {
    for (let i = 0; i < 400 && !/running at/.test(stdout); i++) await new Promise((r) => setTimeout(r, 50));
    const port = Number(/running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)?.[1]);
    expect(port, stdout).toBeGreaterThan(0);
    return { port, stdout };
  } finally {
    serve.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
}

it('started again on the same data folder, browser mode listens on the port it had; when that is taken, on another, and says so', async () => {
  const dataDir = join(tempDir('briefing-port-'), 'data');
  const first = await startAndStop(dataDir);
  expect(readFileSync(join(dataDir, PORT_FILE), 'utf8').trim()).toBe(String(first.port));

  const second = await startAndStop(dataDir);
  expect(second.port).toBe(first.port);

  // Another program holds the port now: the app still starts, on another port, and says why.
  const other = createServer();
  await new Promise<void>((ok) => other.listen(first.port, '127.0.0.1', ok));
  try {
    const third = await startAndStop(dataDir);
    expect(third.port).not.toBe(first.port);
    expect(third.stdout).toContain(`Port ${first.port} (the last start's) is taken`);
    expect(readFileSync(join(dataDir, PORT_FILE), 'utf8').trim()).toBe(String(third.port));
  } finally {
    await new Promise((ok) => other.close(ok));
  }
}, 90_000);
