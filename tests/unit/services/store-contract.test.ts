import { join } from 'node:path';
import { FactQuery } from '../../../electron/contract/api';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../electron/services/store/library-store';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { SqliteStore } from '../../../electron/services/store/sqlite-store';
import { Store } from '../../../electron/services/store/store';
import { titleMatchKey, urlMatchKey } from '../../../electron/core/source-item';
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

describePostgres('browsing the whole team library counts every fact (0005-fact-count)', (server) => {
  it('gives the number of facts after adds, raw deletes, a multi-row insert and TRUNCATE', async () => {
    const store = await PostgresStore.connect(await server.freshDatabase(), { isInitialising: true });
    const total = async () => (await store.searchFacts(FactQuery.parse({}))).total;
    const counted = async () =>
      Number((await store.sql<{ n: string }>('SELECT count(*) AS n FROM facts'))[0]?.n);
    const source = await store.createSource({ title: 'T', outlet: 'O' });
    for (let i = 0; i < 5; i++) await store.createFact({ sourceId: source.id, statement: `S${i}` });
    expect(await total()).toBe(5);
    await store.sql("DELETE FROM facts WHERE statement IN ('S1', 'S3')");
    expect(await total()).toBe(3);
    // One statement inserting several rows (as a team import writes them) adds them all.
    await store.sql(
      `INSERT INTO facts (id, source_id, statement, credibility, status, created_at, updated_at, created_by, updated_by, search)
       SELECT 'copy-' || id, source_id, statement || ' again', credibility, status, created_at, updated_at, created_by, updated_by, search
       FROM facts`,
    );
    expect(await total()).toBe(6);
    expect(await total()).toBe(await counted());
    // A rolled-back insert leaves the count as it was.
    await expect(
      store.inTransaction(async (tx) => {
        await tx.createFact({ sourceId: source.id, statement: 'gone' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await total()).toBe(6);
    await store.sql('TRUNCATE facts, fact_history');
    expect(await total()).toBe(0);
    await store.close();
  });
});

describePostgres(
  'a team library keyed before volumes counted is keyed again (0007-volume-match-key)',
  (server) => {
    it('gives each stored volume the key the app writes, and leaves other keys alone', async () => {
      const url = await server.freshDatabase();
      let store = await PostgresStore.connect(url, { isInitialising: true });
      const item = (volume: string, extra: Record<string, unknown> = {}) => ({
        id: '',
        type: 'book',
        title: 'Werke: Kritische Gesamtausgabe',
        author: [{ family: 'Nietzsche', given: 'Friedrich' }],
        issued: { 'date-parts': [[1967]] },
        volume,
        ...extra,
      });
      const sources = [
        await store.createSource({ item: item('III.2') }),
        await store.createSource({ item: item('Ⅱ') }), // no letters or digits in ASCII: no volume part
        await store.createSource({ item: item('12', { type: 'article-journal', 'container-title': 'J' }) }),
      ];
      const keys = async () =>
        Object.fromEntries(
          (await store.sql<{ id: string; match_key: string }>('SELECT id, match_key FROM sources')).map(
            (r) => [r.id, r.match_key],
          ),
        );
      const written = await keys();
      expect(written[sources[0]!.id]).toMatch(/\|viii2$/);
      // As a library at schema 6 had them: no volume part.
      await store.sql("UPDATE sources SET match_key = regexp_replace(match_key, '\\|v[a-z0-9]+$', '')");
      await store.sql('ALTER TABLE sources DROP COLUMN url_key'); // nor had it 0008's URL key
      await store.sql('UPDATE briefing_schema SET version = 6');
      await store.close();
      store = await PostgresStore.connect(url, { isInitialising: true });
      expect(await keys()).toEqual(written);
      for (const s of sources) expect(written[s.id]).toBe(titleMatchKey({ ...s.item, id: s.id }));
      await store.close();
    });
  },
);

describePostgres(
  'a team library from before sources were matched by URL is keyed (0008-url-match-key)',
  (server) => {
    it('gives each stored source the URL key the app writes', async () => {
      const url = await server.freshDatabase();
      let store = await PostgresStore.connect(url, { isInitialising: true });
      const urls = [
        'https://www.reuters.com/world/ceasefire-talks-resume/',
        'HTTP://Example.org/a?utm_source=x&id=7#top',
        'https://www.reuters.com/',
        'not a url',
      ];
      for (const [i, u] of urls.entries())
        await store.createSource({ item: { id: '', type: 'webpage', title: `T${i}`, URL: u } });
      const keys = async () =>
        (
          await store.sql<{ url: string; url_key: string | null }>(
            'SELECT url, url_key FROM sources ORDER BY seq',
          )
        ).map((r) => [r.url, r.url_key]);
      const written = await keys();
      expect(written.map(([, key]) => key)).toEqual([
        'reuters.com/world/ceasefire-talks-resume',
        'example.org/a?id=7',
        null,
        null,
      ]);
      // As a library at schema 7 was: no url_key column.
      await store.sql('ALTER TABLE sources DROP COLUMN url_key');
      await store.sql('UPDATE briefing_schema SET version = 7');
      await store.close();
      store = await PostgresStore.connect(url, { isInitialising: true });
      expect(await keys()).toEqual(written);
      for (const [u, key] of written) expect(key).toBe(urlMatchKey(u) ?? null);
      await store.close();
    });
  },
);
