import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../electron/services/store/library-store';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { SqliteStore } from '../../../electron/services/store/sqlite-store';
import { Store } from '../../../electron/services/store/store';
import { tempDir } from '../../helpers/fixtures';
import { describePostgres } from '../../helpers/postgres';
import { storeContract } from '../../helpers/store-contract';

// The same behaviour from both engines: the suite is written once against LibraryStore.
describe('LibraryStore contract: SQLite', () => {
  storeContract(async () => new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite'))));
});

describePostgres('LibraryStore contract: PostgreSQL', (server) => {
  storeContract(async () => PostgresStore.connect(await server.freshDatabase(), { isInitialising: true }));
});

/** A library with one fact edited once, so its history has a row. */
async function withHistory(store: LibraryStore): Promise<void> {
  const source = await store.createSource({ title: 'T', outlet: 'O' });
  const fact = await store.createFact({ sourceId: source.id, statement: 'S' });
  await store.updateFact(fact.id, { status: 'retracted', reason: 'Wrong.' });
}

describe('fact history is append-only: SQLite', () => {
  it('refuses to rewrite or delete a history row', async () => {
    const store = new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite')));
    await withHistory(store);
    const db = store.local.db;
    expect(() => db.prepare("UPDATE fact_history SET reason = 'Fine.'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM fact_history').run()).toThrow(/append-only/);
    expect((await store.factHistory((await store.listFacts())[0]!.id))[0]?.reason).toBe('Wrong.');
    await store.close();
  });
});

describePostgres('fact history is append-only: PostgreSQL', (server) => {
  it('refuses to rewrite or delete a history row', async () => {
    const store = await PostgresStore.connect(await server.freshDatabase(), { isInitialising: true });
    await withHistory(store);
    await expect(store.sql("UPDATE fact_history SET reason = 'Fine.'")).rejects.toThrow(/append-only/);
    await expect(store.sql('DELETE FROM fact_history')).rejects.toThrow(/append-only/);
    expect((await store.factHistory((await store.listFacts())[0]!.id))[0]?.reason).toBe('Wrong.');
    await store.close();
  });
});
