import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  process: ChildProcess;
  /** Everything the host printed so far, stdout and stderr. */
  output(): string;
  /** The address it printed, with its one-time launch code (`#launch=…`), as a user copies it. */
  launchUrl: string;
  /** The port it listens on. */
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts `briefing serve` (browser mode) on a free port (or `port`: the same one again, as a restart
 * does) and resolves once it prints its address; `extraArgs` such as `--db URL` (a team library) are
 * passed on.
 */
export function startHost(
  dataDir: string,
  extraArgs: readonly string[] = [],
  port = 0,
): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'briefing.mjs'),
      'serve',
      '--no-open',
      '--port',
      String(port),
      '--data',
      dataDir,
      ...extraArgs,
    ],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /Briefing Builder is running at ((http:\/\/127\.0\.0\.1:(\d+)\/)#launch=[0-9a-f]+)/.exec(
        out,
      );
      if (match?.[2]) {
        // The token, from the file only this user can read (the printed link's code works once).
        const { token } = JSON.parse(readFileSync(join(dataDir, 'browser-session.json'), 'utf8')) as {
          token: string;
        };
        resolve({
          url: `${match[2]}#token=${token}`,
          launchUrl: match[1]!,
          port: Number(match[3]),
          process: child,
          output: () => out + err,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`briefing serve exited (${code}): ${err || out}`)));
  });
}
