import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBigFactsCsv } from '../helpers/big-csv';
import { repoRoot, tempDir } from '../helpers/fixtures';
import { buildCliIfStale } from '../helpers/cli';

const ROWS = 200_000;
/** The import is killed once its transaction has spilled this much into the WAL: well inside the import. */
const WAL_BYTES_BEFORE_KILL = 4 * 1024 * 1024;

beforeAll(buildCliIfStale, 120_000);

describe('a bulk import killed mid-way', () => {
  it('leaves an intact store holding all or none of the import', async () => {
    const dataDir = tempDir('briefing-crash-');
    const csv = join(dataDir, 'big.csv');
    writeBigFactsCsv(csv, ROWS);
    const wal = join(dataDir, 'briefing.sqlite-wal');

    const child = spawn(process.execPath, ['bin/briefing.mjs', 'import', 'facts', csv, '--data', dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    let done = false;
    void exited.then(() => (done = true));

    // Poll the WAL: it grows once the import's single transaction spills pages, i.e. mid-import.
    while (!done) {
      if (existsSync(wal) && statSync(wal).size > WAL_BYTES_BEFORE_KILL) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const { signal } = await exited;
    expect(signal, `the import finished before it could be killed: ${stderr}`).toBe('SIGKILL');

    // Opening read-write replays (or discards) the WAL, as the app would on its next start.
    const db = new Database(join(dataDir, 'briefing.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const facts = db.prepare('SELECT count(*) FROM facts').pluck().get() as number;
    const tags = db.prepare('SELECT count(*) FROM fact_tags').pluck().get() as number;
    const sources = db.prepare('SELECT count(*) FROM sources').pluck().get() as number;
    db.close();
    expect([0, ROWS]).toContain(facts);
    expect(tags).toBe(facts * 2);
    expect(sources).toBe(facts === 0 ? 0 : 1);
  }, 120_000);
});
