import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCliIfStale } from '../helpers/cli';
import { tempDir } from '../helpers/fixtures';

const root = join(import.meta.dirname, '..', '..');

/** True while a process with this pid exists. */
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

beforeAll(buildCliIfStale, 120_000);

describe('npm start', () => {
  it('stops the app when the shell npm ran it in is killed (kill <npm pid>), leaving no server behind', async () => {
    // As npm runs the start script: a shell running the launcher, which runs browser mode.
    const shell: ChildProcess = spawn(
      'sh',
      ['-c', `"${process.execPath}" scripts/start.mjs --browser --no-open --port 0 --data "${tempDir()}"`],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    shell.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    expect(await until(() => out.includes('is running at'), 60_000)).toBe(true);
    const launcher = Number(execFileSync('pgrep', ['-P', String(shell.pid)], { encoding: 'utf8' }).trim());
    const server = Number(execFileSync('pgrep', ['-P', String(launcher)], { encoding: 'utf8' }).trim());
    expect(isRunning(launcher) && isRunning(server)).toBe(true);
    try {
      // What npm does with its own SIGTERM: it signals the shell, which dies without passing it on.
      shell.kill('SIGTERM');
      expect(await until(() => !isRunning(server) && !isRunning(launcher), 10_000)).toBe(true);
    } finally {
      for (const pid of [server, launcher]) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 90_000);
});
