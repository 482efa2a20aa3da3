import { join } from 'node:path';
import { FactQuery } from '../../../electron/contract/api';
import { FACT_IN_USE } from '../../../electron/core/errors';
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

/**
 * Takes 0010's columns away, as a library from before it had none (the search index over the folded
 * speaker goes with its column; the migrations that run again make the one they made).
 */
async function dropFoldedColumns(store: PostgresStore): Promise<void> {
  await store.sql('ALTER TABLE facts DROP COLUMN speaker_fold');
  await store.sql('ALTER TABLE sources DROP COLUMN outlet_fold');
  await store.sql('CREATE INDEX IF NOT EXISTS facts_search ON facts USING gin (search)');
  await store.sql('CREATE INDEX IF NOT EXISTS sources_outlet ON sources (lower(outlet))');
}

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

describePostgres('a team fact colleagues may cite is not deleted', (server) => {
  it('refuses to delete a fact someone else added or changed, saying retract it instead', async () => {
    const store = await PostgresStore.connect(await server.freshDatabase(), { isInitialising: true });
    try {
      store.setActor('Anna');
      const source = await store.createSource({ title: 'T', outlet: 'O' });
      const annas = await store.createFact({ sourceId: source.id, statement: 'Added by Anna.' });
      const edited = await store.createFact({
        sourceId: source.id,
        statement: 'Added by Anna, edited by Ben.',
      });
      const own = await store.createFact({ sourceId: source.id, statement: 'Added by Anna alone.' });
      store.setActor('Ben');
      await store.updateFact(edited.id, { tags: ['checked'] });
      await expect(store.deleteFact(annas.id)).rejects.toMatchObject({
        code: FACT_IN_USE,
        message: expect.stringMatching(
          /by Anna; colleagues' briefings.*Retract it instead/,
        ) as unknown as string,
      });
      store.setActor('Anna');
      await expect(store.deleteFact(edited.id)).rejects.toMatchObject({
        code: FACT_IN_USE,
        message: expect.stringContaining('by Ben') as unknown as string,
      });
      await store.deleteFact(own.id);
      expect(await store.getFact(own.id)).toBeUndefined();
      expect(await store.getFact(annas.id)).toBeDefined();
    } finally {
      await store.close();
    }
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
      await dropFoldedColumns(store); // nor 0010's folded speaker and outlet
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
      await dropFoldedColumns(store);
      await store.sql('UPDATE briefing_schema SET version = 7');
      await store.close();
      store = await PostgresStore.connect(url, { isInitialising: true });
      expect(await keys()).toEqual(written);
      for (const [u, key] of written) expect(key).toBe(urlMatchKey(u) ?? null);
      await store.close();
    });
  },
);

/** Facts whose speakers the filters must find folded, in a library or store from before 0010 (0014). */
const FOLD_SPEAKERS = ['Recep Tayyip Erdoğan', 'Сергей Лавров', 'Dmitry Peskov'];
const FOLD_OUTLET = 'El País';

async function withFoldedNames(store: LibraryStore): Promise<void> {
  const source = await store.createSource({ title: 'Entrevista', outlet: FOLD_OUTLET });
  for (const speaker of FOLD_SPEAKERS)
    await store.createFact({ sourceId: source.id, statement: `Talks with ${speaker}.`, speaker });
  await store.createFact({ sourceId: source.id, statement: 'Nobody said it.' });
}

async function expectFoldedFilters(store: LibraryStore): Promise<void> {
  const speakers = async (q: FactQuery) =>
    (await store.searchFacts(FactQuery.parse(q))).items.map((i) => i.fact.speaker);
  expect(await speakers({ speaker: 'erdogan' })).toEqual(['Recep Tayyip Erdoğan']);
  expect(await speakers({ text: 'talks', speaker: 'ЛАВРОВ' })).toEqual(['Сергей Лавров']);
  expect(await speakers({ outlet: 'el pais' })).toHaveLength(4);
}

describe('a local store from before the filters folded accents is folded (0014-folded-speaker-and-outlet)', () => {
  it('folds the speakers and outlets it has when it opens', async () => {
    const file = join(tempDir(), 'briefing.sqlite');
    let store = new SqliteStore(new Store(file));
    await withFoldedNames(store);
    // As a store at schema 13 was: no folded columns.
    store.local.db.exec(`DROP INDEX facts_speaker_unfolded; DROP INDEX sources_outlet_unfolded;
      ALTER TABLE facts DROP COLUMN speaker_fold; ALTER TABLE sources DROP COLUMN outlet_fold;
      PRAGMA user_version = 13;`);
    await store.close();
    store = new SqliteStore(new Store(file));
    try {
      const rows = store.local.db.prepare('SELECT speaker, speaker_fold FROM facts ORDER BY rowid').all();
      expect(rows).toEqual([
        { speaker: 'Recep Tayyip Erdoğan', speaker_fold: 'recep tayyip erdogan' },
        { speaker: 'Сергей Лавров', speaker_fold: 'сергеи лавров' }, // й folds to и, as the text index folds it
        { speaker: 'Dmitry Peskov', speaker_fold: 'dmitry peskov' },
        { speaker: null, speaker_fold: null },
      ]);
      expect(store.local.db.prepare('SELECT outlet_fold FROM sources').pluck().all()).toEqual(['el pais']);
      await expectFoldedFilters(store);
    } finally {
      await store.close();
    }
  });
});

describePostgres(
  'a team library from before the filters folded accents is folded (0010-folded-speaker-and-outlet)',
  (server) => {
    it('folds the speakers and outlets it has, and indexes the folded speaker', async () => {
      const url = await server.freshDatabase();
      let store = await PostgresStore.connect(url, { isInitialising: true });
      await withFoldedNames(store);
      // As a library at schema 9 was: no folded columns, the index over the speaker as written.
      await dropFoldedColumns(store);
      await store.sql('DROP INDEX facts_search');
      await store.sql(
        'CREATE INDEX facts_search ON facts USING gin (search, speaker gin_trgm_ops, status, tags)',
      );
      await store.sql('UPDATE briefing_schema SET version = 9');
      await store.close();
      store = await PostgresStore.connect(url, { isInitialising: true });
      try {
        const rows = await store.sql<{ speaker: string | null; speaker_fold: string | null }>(
          'SELECT speaker, speaker_fold FROM facts ORDER BY seq',
        );
        expect(rows).toEqual([
          { speaker: 'Recep Tayyip Erdoğan', speaker_fold: 'recep tayyip erdogan' },
          { speaker: 'Сергей Лавров', speaker_fold: 'сергеи лавров' }, // й folds to и, as the text index folds it
          { speaker: 'Dmitry Peskov', speaker_fold: 'dmitry peskov' },
          { speaker: null, speaker_fold: null },
        ]);
        expect((await store.sql('SELECT outlet_fold FROM sources')).map((r) => r.outlet_fold)).toEqual([
          'el pais',
        ]);
        expect(await store.hasFilteredSearchIndex()).toBe(true);
        await expectFoldedFilters(store);
      } finally {
        await store.close();
      }
    });
  },
);
