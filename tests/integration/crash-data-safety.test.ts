import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText } from '../../electron/core/schemas';
import { createSampleBriefing } from '../../electron/services/sample';
import { buildCrashChild } from '../helpers/crash-runner';
import { articleText, freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { pandocPlain } from '../helpers/readers';
import { briefingAsync } from '../helpers/cli';

// SIGKILL in the middle of an autosave and of an export, and two processes on one store.
let child = '';
let removeChild = () => {};

beforeAll(async () => {
  ({ child, remove: removeChild } = await buildCrashChild());
  // The busy test runs the built CLI, as a user would.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  expect(built.status).toBe(0);
}, 120_000);
afterAll(() => removeChild());

/** A store holding the sample briefing; returns its folder and the briefing id. */
async function sampleStore(): Promise<{ dataDir: string; briefingId: string }> {
  const dataDir = tempDir('briefing-crash-');
  const services = freshServices(dataDir);
  const briefingId = await createSampleBriefing(services, articleText());
  await services.close();
  return { dataDir, briefingId };
}

/** Starts the child and resolves with it once it has reported `count` finished units of work. */
function runUntil(args: string[], count: number) {
  const proc = spawn(process.execPath, [child, ...args], { cwd: repoRoot }) as ChildProcessWithoutNullStreams;
  let last = 0;
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.on('exit', (_code, signal) => resolve(signal)),
  );
  const reached = new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (c: Buffer) => {
      for (const m of c.toString().matchAll(/(?:saved|wrote) (\d+)/g)) last = Number(m[1]);
      if (last >= count) resolve();
    });
    void exited.then(() => reject(new Error(`child exited early: ${stderr}`)));
  });
  return { proc, reached, exited, lastReported: () => last };
}

describe('SIGKILL during autosave', () => {
  it('leaves the briefing at one whole saved version, never a mix, and no later than acknowledged', async () => {
    const { dataDir, briefingId } = await sampleStore();
    const run = runUntil(['autosave', dataDir, briefingId], 30);
    await run.reached;
    // Kill at a random moment inside the next few saves.
    await new Promise((r) => setTimeout(r, Math.random() * 30));
    run.proc.kill('SIGKILL');
    expect(await run.exited).toBe('SIGKILL');
    const acknowledged = run.lastReported();

    const db = new Database(join(dataDir, 'briefing.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const services = freshServices(dataDir);
    const briefing = services.store.getBriefing(briefingId);
    services.close();
    const version = Number(/^Version (\d+)$/.exec(briefing.title)?.[1]);
    expect(version).toBeGreaterThanOrEqual(acknowledged);
    const texts = briefing.sections.flatMap((s) => s.blocks.map(blockText));
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(t.startsWith(`Version ${version} of block`)).toBe(true);
  }, 60_000);
});

describe('SIGKILL during export', () => {
  it('never leaves a torn export file: the previous one stays intact', async () => {
    const { dataDir, briefingId } = await sampleStore();
    const out = tempDir('briefing-export-kill-');
    for (let round = 0; round < 3; round++) {
      const run = runUntil(['export', dataDir, briefingId, out], round + 2);
      await run.reached;
      // Land the kill inside a write of the 24 MB file at least some of the time.
      await new Promise((r) => setTimeout(r, Math.random() * 60));
      run.proc.kill('SIGKILL');
      expect(await run.exited).toBe('SIGKILL');

      const big = readFileSync(join(out, 'big.bin'));
      expect(big.length).toBe(24 * 1024 * 1024);
      const n = big.readUInt32BE(0);
      expect(n).toBeGreaterThanOrEqual(run.lastReported());
      // One version throughout: a byte from another write would mean a torn file.
      expect(big.subarray(4).every((b) => b === n % 251)).toBe(true);
      expect(pandocPlain(join(out, 'brief.docx'))).toMatch(/Version \d+ of block/);
    }
    // A kill mid-write can leave only the hidden temporary file, never a half-written target.
    for (const name of readdirSync(out))
      expect(name).toMatch(/^(brief\.docx|big\.bin|\.(brief\.docx|big\.bin)\.[0-9a-f]{12}\.tmp)$/);
  }, 120_000);
});

describe('two processes on one store', () => {
  it('a second Services on the same folder reads and writes alongside the first', () => {
    const dataDir = tempDir('briefing-two-');
    const a = freshServices(dataDir);
    const b = freshServices(dataDir);
    try {
      const source = a.store.createSource({
        title: 'From A',
        outlet: 'Outlet',
        authors: [],
        type: 'article-newspaper',
      } as never);
      b.store.createFact({ sourceId: source.id, statement: 'Written by B.', tags: [] } as never);
      expect(a.store.listFacts().map((f) => f.statement)).toEqual(['Written by B.']);
      expect(b.store.listSources().map((s) => s.title)).toEqual(['From A']);
    } finally {
      a.close();
      b.close();
    }
  });

  const csv = (dir: string) => {
    const file = join(dir, 'facts.csv');
    spawnSync('sh', [
      '-c',
      `printf 'statement,source_title,source_outlet\\nA fact from the CLI.,CLI source,Outlet\\n' > ${file}`,
    ]);
    return file;
  };
  const cli = briefingAsync;

  it('the CLI waits out a short lock (busy_timeout) and then writes', async () => {
    const dataDir = tempDir('briefing-busy-');
    freshServices(dataDir).close();
    const holder = new Database(join(dataDir, 'briefing.sqlite'));
    holder.exec('BEGIN IMMEDIATE');
    const running = cli(['import', 'facts', csv(dataDir), '--data', dataDir]);
    await new Promise((r) => setTimeout(r, 1000));
    holder.exec('COMMIT');
    holder.close();
    const r = await running;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added 1 source and 1 fact;');
  }, 30_000);

  it('the CLI says the store is in use when the lock outlasts busy_timeout', async () => {
    const dataDir = tempDir('briefing-busy-');
    freshServices(dataDir).close();
    const holder = new Database(join(dataDir, 'briefing.sqlite'));
    holder.exec('BEGIN IMMEDIATE');
    try {
      const r = await cli(['import', 'facts', csv(dataDir), '--data', dataDir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^briefing: The store is in use by another Briefing Builder process/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const services = freshServices(dataDir);
    expect(services.store.stats()).toMatchObject({ facts: 0, sources: 0 });
    services.close();
  }, 30_000);
});
