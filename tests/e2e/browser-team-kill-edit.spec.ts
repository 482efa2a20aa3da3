import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startHost, type RunningHost } from './browser-host';
import { useTeamServer } from './team-server';

const team = useTeamServer();

/** An analyst's browser-mode app on the team library (their own data folder; settings name them). */
async function analyst(name: string, url: string): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), `briefing-e2e-kill-${name}-`));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ teamFolders: [], analystName: name }));
  return startHost(dataDir, ['--db', url]);
}

/** Calls a channel of the app's API as its page does (the session token as a Bearer header). */
async function call<T>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const base = new URL(host.url);
  const token = new URLSearchParams(base.hash.slice(1)).get('token') ?? '';
  const response = await fetch(new URL(`/api/${channel}`, base), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message ?? 'failed');
  return result.value as T;
}

interface FactRow {
  statement: string;
  version: number;
  updated_by: string;
}

test('SIGKILL of an app in the middle of an edit to a team fact: the library holds all-before, the other analyst works on', async () => {
  const url = await team.freshLibrary();
  const anna = await analyst('Anna', url);
  const ben = await analyst('Ben', url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const source = await call<{ id: string }>(ben, 'sources:create', { title: 'Wire copy', outlet: 'AP' });
    const fact = await call<{ id: string; version: number }>(ben, 'facts:create', {
      sourceId: source.id,
      statement: 'The talks resumed in Geneva.',
    });
    const row = async () =>
      (await db.query<FactRow>('SELECT statement, version, updated_by FROM facts WHERE id = $1', [fact.id]))
        .rows[0];
    const history = async () =>
      Number(
        (await db.query('SELECT count(*) AS n FROM fact_history WHERE fact_id = $1', [fact.id])).rows[0].n,
      );
    const before = await row();
    const historyBefore = await history();

    // Hold Anna's edit inside its transaction: her fact row is already rewritten (not committed) when its
    // history row waits for this lock.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE fact_history IN EXCLUSIVE MODE');
    const annaSave = call(anna, 'facts:update', {
      id: fact.id,
      patch: { statement: 'The talks collapsed in Geneva.', baseVersion: fact.version },
    }).catch(() => 'killed');
    await expect
      .poll(
        async () =>
          Number(
            (
              await db.query(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO fact_history%'",
              )
            ).rows[0].n,
          ),
        { timeout: 20_000 },
      )
      .toBe(1);
    const exited = new Promise((resolve) => anna.process.once('exit', resolve));
    anna.process.kill('SIGKILL');
    await exited;
    expect(await annaSave).toBe('killed');
    await holder.query('COMMIT');
    await holder.end();
    // Her session ends with its socket: the transaction rolls back, its row lock with it.
    await expect
      .poll(
        async () =>
          Number(
            (
              await db.query(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'INSERT INTO fact_history%'",
              )
            ).rows[0].n,
          ),
        { timeout: 20_000 },
      )
      .toBe(0);

    // All before: the fact and its history are as they were.
    expect(await row()).toEqual(before);
    expect(await history()).toBe(historyBefore);

    // Ben's app works on: it edits the same fact (no lock left, no conflict), and finds it.
    const edited = await call<{ statement: string; version: number }>(ben, 'facts:update', {
      id: fact.id,
      patch: { statement: 'The talks paused in Geneva.', baseVersion: fact.version },
    });
    expect(edited).toMatchObject({ statement: 'The talks paused in Geneva.', version: fact.version + 1 });
    const found = await call<{ items: Array<{ fact: { id: string } }> }>(ben, 'facts:search', {
      text: 'paused',
    });
    expect(found.items.map((h) => h.fact.id)).toEqual([fact.id]);
    // All after, for an edit that runs to its end: the row and one history entry, together.
    expect(await row()).toMatchObject({ statement: 'The talks paused in Geneva.', updated_by: 'Ben' });
    expect(await history()).toBe(historyBefore + 1);
  } finally {
    await db.end();
    await ben.stop();
    await anna.stop();
  }
});
