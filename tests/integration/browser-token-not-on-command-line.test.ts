import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/fixtures';
import { buildCliIfStale } from '../helpers/cli';

// Browser mode opening its window: what every local user can read with `ps` must not let them in.

beforeAll(buildCliIfStale, 120_000);

const waitFor = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

it('ps shows no token while browser mode has its window open; the launch code on it works once', async () => {
  const dir = tempDir('briefing-ps-');
  const dataDir = join(dir, 'data');
  // A stand-in browser that stays alive with the arguments it was given, as Chromium would.
  const browser = join(dir, 'fake-browser');
  writeFileSync(browser, '#!/bin/sh\necho $$ > "$0.pid"\nsleep 60\n');
  chmodSync(browser, 0o755);
  const serve = spawn(process.execPath, ['bin/briefing.mjs', 'serve', '--port', '0', '--data', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, BRIEFING_BROWSER: browser, DISPLAY: process.env.DISPLAY ?? ':0' },
  });
  let stdout = '';
  serve.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  let browserPid = 0;
  try {
    await waitFor(() => /running at/.test(stdout) && existsSync(`${browser}.pid`), 'the window');
    browserPid = Number(readFileSync(`${browser}.pid`, 'utf8'));
    const sessionFile = join(dataDir, 'browser-session.json');
    const { token } = JSON.parse(readFileSync(sessionFile, 'utf8')) as { token: string };
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    // The token's file is this user's alone.
    expect(statSync(sessionFile).mode & 0o077).toBe(0);

    const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(processes).not.toContain(token);
    expect(stdout).not.toContain(token);
    const launch = /--app=(http:\/\/127\.0\.0\.1:\d+\/)#launch=([0-9a-f]+)/.exec(processes);
    expect(launch, 'the window was opened with a launch link').not.toBeNull();
    const [, origin = '', code = ''] = launch ?? [];

    const trade = () =>
      fetch(`${origin}launch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    // The window trades it (done here in its place); after that, what ps showed is worthless.
    expect(await (await trade()).json()).toEqual({ token });
    expect((await trade()).status).toBe(401);
  } finally {
    // serve starts the browser in its own process group: end it and its sleep together.
    if (browserPid) process.kill(-browserPid, 'SIGTERM');
    const exited = new Promise((resolve) => serve.once('exit', resolve));
    serve.kill('SIGTERM');
    await exited;
  }
  // Stopping removes the token's file.
  expect(existsSync(join(dataDir, 'browser-session.json'))).toBe(false);
}, 60_000);
