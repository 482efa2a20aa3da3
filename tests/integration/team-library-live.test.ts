import { expect, it } from 'vitest';
import type { LibraryEvent } from '../../electron/contract/api';
import pg from 'pg';
import { LIVE_APPLICATION_NAME } from '../../electron/services/store/postgres/live';
import { SCHEMA_NOTIFY_SQL } from '../../electron/services/store/postgres/migrations';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { describePostgres } from '../helpers/postgres';
import { startTcpProxy, viaPort } from '../helpers/tcp-proxy';

/** Resolves with the first event `accept` takes, or rejects after `ms`. */
function nextEvent(
  store: PostgresStore,
  accept: (e: LibraryEvent) => boolean,
  ms: number,
): Promise<LibraryEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching event within ${ms} ms`));
    }, ms);
    const stop = store.watch((event) => {
      if (!accept(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

describePostgres('a team library pushes changes to every connected app', (server) => {
  it("tells analyst B's app within 2 s that analyst A retracted a fact, with who and the new version", async () => {
    const url = await server.freshDatabase();
    const a = await PostgresStore.connect(url, { isInitialising: true, actor: 'Anna' });
    const b = await PostgresStore.connect(url, { actor: 'Ben' });
    try {
      const source = await a.createSource({ title: 'Kremlin reaction', outlet: 'TASS' });
      const fact = await a.createFact({ sourceId: source.id, statement: 'Moscow insists on neutrality.' });
      const live = nextEvent(b, (e) => e.kind === 'connection' && e.isLive, 5000);
      await live;
      const heard = nextEvent(b, (e) => e.kind === 'fact' && e.id === fact.id, 2000);
      await a.updateFact(fact.id, { status: 'retracted', reason: 'TASS withdrew it.', baseVersion: 1 });
      expect(await heard).toMatchObject({
        kind: 'fact',
        id: fact.id,
        status: 'retracted',
        version: 2,
        by: 'Anna',
      });
      // B's next save made against version 1 is refused, naming Anna.
      await expect(b.updateFact(fact.id, { statement: 'Changed.', baseVersion: 1 })).rejects.toThrow(
        /changed by Anna at \d\d:\d\d — reload or overwrite/,
      );
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('says when the live connection is lost and when it is back', async () => {
    const url = await server.freshDatabase();
    const a = await PostgresStore.connect(url, { isInitialising: true });
    try {
      await nextEvent(a, (e) => e.kind === 'connection' && e.isLive, 5000);
      const lost = nextEvent(a, (e) => e.kind === 'connection' && !e.isLive, 5000);
      const back = nextEvent(a, (e) => e.kind === 'connection' && e.isLive, 10_000);
      // The server ends the listening session (as a restart or a network cut would).
      // (By its name: its last statement is the schema version read once it listens, not the LISTEN.)
      await a.sql(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
        [LIVE_APPLICATION_NAME],
      );
      expect(await lost).toMatchObject({
        isLive: false,
        message: expect.stringContaining('retrying') as unknown as string,
      });
      expect(await back).toMatchObject({ isLive: true });
    } finally {
      await a.close();
    }
  });

  it('stops writing within 2 s, without polling, once a newer app upgrades the library while it is open', async () => {
    const url = await server.freshDatabase();
    const a = await PostgresStore.connect(url, { isInitialising: true, actor: 'Alice' });
    const newer = new pg.Client({ connectionString: url });
    await newer.connect();
    try {
      const source = await a.createSource({ title: 'Kremlin reaction', outlet: 'TASS' });
      const fact = await a.createFact({ sourceId: source.id, statement: 'Moscow insists on neutrality.' });
      await nextEvent(a, (e) => e.kind === 'connection' && e.isLive, 5000);
      const told = nextEvent(a, (e) => e.kind === 'connection' && !e.isLive, 2000);
      const started = Date.now();
      // A newer app's upgrade, as migratePg makes it: the version bump and its NOTIFY in one transaction.
      await newer.query('BEGIN');
      await newer.query('UPDATE briefing_schema SET version = 99');
      await newer.query(SCHEMA_NOTIFY_SQL, [99]);
      await newer.query('COMMIT');
      expect(await told).toMatchObject({
        message: expect.stringMatching(
          /set up by a newer version .*schema 99.* Update the app/,
        ) as unknown as string,
      });
      await expect(a.updateFact(fact.id, { statement: 'Changed.', baseVersion: 1 })).rejects.toThrow(
        /set up by a newer version of Briefing Builder \(schema 99/,
      );
      expect(Date.now() - started).toBeLessThan(2000);
      // Nothing was written.
      expect((await newer.query<{ statement: string }>('SELECT statement FROM facts')).rows).toEqual([
        { statement: 'Moscow insists on neutrality.' },
      ]);
    } finally {
      await newer.end();
      await a.close();
    }
  });

  it('checks the version again when it is back after being out of reach, before anything is written', async () => {
    const url = await server.freshDatabase();
    const owner = await PostgresStore.connect(url, { isInitialising: true });
    const target = new URL(url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    const a = await PostgresStore.connect(viaPort(url, proxy.port), { actor: 'Alice' });
    try {
      const source = await a.createSource({ title: 'Kremlin reaction', outlet: 'TASS' });
      await proxy.cut();
      await expect(a.createSource({ title: 'Lost in the cut' })).rejects.toThrow(/cannot be reached/);
      // Upgraded meanwhile by a newer app; its announcement never reached this one.
      await owner.sql('UPDATE briefing_schema SET version = 99');
      await proxy.restore();
      await expect(
        a.createFact({ sourceId: source.id, statement: 'Written after the upgrade.' }),
      ).rejects.toThrow(/set up by a newer version/);
      expect(await owner.sql('SELECT 1 FROM facts')).toHaveLength(0);
    } finally {
      await a.close();
      await owner.close();
      await proxy.close();
    }
  });
});
