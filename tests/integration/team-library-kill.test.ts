import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { FactQuery } from '../../electron/contract/api';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { writeBigFactsCsv } from '../helpers/big-csv';
import { briefing, buildCliIfStale } from '../helpers/cli';
import { repoRoot, tempDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';

beforeAll(() => buildCliIfStale(), 120_000);

/** Resolves once another session is writing facts (the import's transaction is under way). */
async function importWriting(url: string): Promise<void> {
  const watcher = new pg.Client({ connectionString: url });
  await watcher.connect();
  try {
    for (let i = 0; i < 600; i++) {
      const { rows } = await watcher.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'INSERT INTO facts%' AND pid <> pg_backend_pid()",
      );
      if (Number(rows[0]?.n) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import never started writing facts');
  } finally {
    await watcher.end();
  }
}

describePostgres('SIGKILL in the middle of a team import', (server) => {
  it('leaves the team library as it was, and the other analyst keeps working', async () => {
    const url = await server.freshDatabase();
    const other = await PostgresStore.connect(url, { isInitialising: true, actor: 'Ben' });
    try {
      const source = await other.createSource({ title: 'Before', outlet: 'AP' });
      await other.createFact({ sourceId: source.id, statement: 'A fact from before the import.' });
      const csv = join(tempDir(), 'facts.csv');
      writeBigFactsCsv(csv, 20_000);
      const child = spawn(
        process.execPath,
        ['bin/briefing.mjs', 'import', 'facts', csv, '--db', url, '--data', tempDir()],
        {
          cwd: repoRoot,
          stdio: 'ignore',
        },
      );
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await importWriting(url);
      child.kill('SIGKILL');
      await exited;
      // All before: the killed import's rows are gone with its transaction (and its lock with its session).
      expect(await other.stats()).toEqual({ sources: 1, facts: 1, briefings: 0 });
      // The other analyst's app works on: it writes, searches and imports.
      await other.createFact({ sourceId: source.id, statement: 'Written after the kill.' });
      expect((await other.searchFacts(FactQuery.parse({ text: 'kill' }))).total).toBe(1);
      // All after: the same import, run to its end, adds everything once.
      const again = briefing('import', 'facts', csv, '--db', url, '--data', tempDir());
      expect(again.err).toBe('');
      expect(again.out).toMatch(/Added \d+ sources? and 20,000 facts/);
      expect((await other.stats()).facts).toBe(20_002);
    } finally {
      await other.close();
    }
  }, 300_000);
});
