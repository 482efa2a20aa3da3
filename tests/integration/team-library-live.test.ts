import { expect, it } from 'vitest';
import type { LibraryEvent } from '../../electron/contract/api';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { describePostgres } from '../helpers/postgres';

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
      await a.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
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
});
