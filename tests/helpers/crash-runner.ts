import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './fixtures';

/** Bundles tests/helpers/crash-child.ts for this test process; returns its path and a remover. */
export async function buildCrashChild(): Promise<{ child: string; remove(): void }> {
  const child = join(repoRoot, 'dist', 'test', `crash-child-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(repoRoot, 'tests', 'helpers', 'crash-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    loader: { '.sql': 'text' },
    define: { __APP_VERSION__: '"crash-test"' },
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  });
  return { child, remove: () => rmSync(child, { force: true }) };
}

/** Runs the child to its end (or its death); resolves with how it ended and what it printed. */
export function runChild(
  child: string,
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [child, ...args], { cwd: repoRoot }) as ChildProcessWithoutNullStreams;
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) =>
    proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** `fn` over `items`, at most `limit` at a time (children start slowly; a few at once overlap their loading). */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
