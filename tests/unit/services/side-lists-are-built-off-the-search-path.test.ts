import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactQuery } from '../../../electron/contract/api';
import { buildListsInSlices, exactRankLimits, hasList } from '../../../electron/services/search/exact-rank';
import { whenListsBuilt } from '../../../electron/services/search/list-builds';
import { rankEveryMatch, searchFacts } from '../../../electron/services/search/search';
import { insertFacts, type ParsedFact } from '../../../electron/services/store/bulk';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { Store } from '../../../electron/services/store/store';
import pg from 'pg';
import { tempDir } from '../../helpers/fixtures';
import { describePostgres } from '../../helpers/postgres';
import { COMMON_TERM, makeCorpus } from '../../helpers/synthetic-corpus';

// The first search of a frequent word ranks every match and answers; the word's side list is built
// afterwards, a slice at a time, so that the searches typed meanwhile are answered between slices
// (list-builds.ts). Before, the search itself built the list: ~0.45 s for the first search of each
// frequent word of a 100,000-fact library, seconds at a million.

describe('side lists are built off the search path', () => {
  const saved = { ...exactRankLimits };
  const corpus = makeCorpus(7);
  let store: Store;
  const search = (text: string) => searchFacts(store.db, FactQuery.parse({ text }));
  const exact = (text: string) => rankEveryMatch(store.db, FactQuery.parse({ text }));

  beforeAll(() => {
    Object.assign(exactRankLimits, { bruteForceMax: 500, listDepth: 200 });
    store = new Store(join(tempDir(), 'briefing.sqlite'));
    const sourceIds = Array.from({ length: 10 }, (_, i) => store.createSource({ title: `Source ${i}` }).id);
    const facts: ParsedFact[] = Array.from({ length: 6_000 }, () => {
      const { sourceIndex, ...fact } = corpus.nextFact();
      return { ...fact, sourceId: sourceIds[sourceIndex % sourceIds.length]! };
    });
    insertFacts(store, facts);
  });
  afterAll(() => {
    Object.assign(exactRankLimits, saved);
    store?.close();
  });

  it('answers the first search of a frequent word exactly, then builds its list while idle', async () => {
    expect(hasList(store.db, COMMON_TERM)).toBe(false);
    const first = search(COMMON_TERM);
    // Answered without the list (it is not built inside the search)…
    expect(hasList(store.db, COMMON_TERM)).toBe(false);
    expect(first.items.map((h) => h.fact.id)).toEqual(exact(COMMON_TERM));
    // …and built after it, with every fact of the word counted.
    await whenListsBuilt(store.db);
    expect(hasList(store.db, COMMON_TERM)).toBe(true);
    const matches = store.db
      .prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?')
      .pluck()
      .get(`"${COMMON_TERM}"`);
    const unsure = store.db.prepare('SELECT count(*) FROM search_rank_unsure').pluck().get() as number;
    const sure = store.db
      .prepare('SELECT sure_facts FROM search_rank_terms WHERE term = ?')
      .pluck()
      .get(COMMON_TERM) as number;
    expect(sure + unsure).toBeGreaterThanOrEqual(matches as number);
    expect(search(COMMON_TERM).items.map((h) => h.fact.id)).toEqual(exact(COMMON_TERM));
  });

  it('gives the thread back between slices: a search typed during a build is answered before it ends', async () => {
    const word = corpus.vocabulary[0]!;
    expect(hasList(store.db, word)).toBe(false);
    const order: string[] = [];
    let yields = 0;
    const build = buildListsInSlices(
      store.db,
      [word],
      async () => {
        yields++;
        if (yields === 1) {
          order.push('search');
          expect(search(corpus.vocabulary[3]!).items.length).toBeGreaterThan(0);
        }
        await new Promise((r) => setTimeout(r, 0));
      },
      0,
    ).then((outcome) => {
      order.push('built');
      return outcome;
    });
    expect(await build).toBe('built');
    expect(yields).toBeGreaterThan(1);
    expect(order).toEqual(['search', 'built']);
    expect(hasList(store.db, word)).toBe(true);
  });

  it('writes nothing when the facts change during the scan, and the request is tried again', async () => {
    const word = corpus.vocabulary[1]!;
    const fact = store.db.prepare('SELECT id FROM facts LIMIT 1').pluck().get() as string;
    let edited = false;
    const outcome = await buildListsInSlices(
      store.db,
      [word],
      async () => {
        if (!edited) store.updateFact(fact, { statement: `${word} ${word} ${word} edited while scanning.` });
        edited = true;
      },
      0,
    );
    expect(outcome).toBe('changed');
    expect(hasList(store.db, word)).toBe(false);
    // Through the queue: asked for by a search, tried again until built, and exact.
    const text = `${word}`;
    expect(search(text).items.map((h) => h.fact.id)).toEqual(exact(text));
    await whenListsBuilt(store.db);
    expect(hasList(store.db, word)).toBe(true);
    expect(search(text).items.map((h) => h.fact.id)).toEqual(exact(text));
  });

  it('stops without writing when the store is closed during a build', async () => {
    const other = new Store(join(tempDir(), 'briefing.sqlite'));
    const sourceId = other.createSource({ title: 'S' }).id;
    insertFacts(
      other,
      Array.from({ length: 1_000 }, () => ({ ...corpus.nextFact(), sourceId })),
    );
    const outcome = await buildListsInSlices(other.db, [COMMON_TERM], async () => other.close(), 0);
    expect(outcome).toBe('closed');
  });
});

describePostgres('side lists are built off the search path: PostgreSQL', (server) => {
  const saved = { ...exactRankLimits };
  afterAll(() => {
    Object.assign(exactRankLimits, saved);
  });

  it('answers the first search of a frequent word without waiting for its list, then builds it', async () => {
    Object.assign(exactRankLimits, { bruteForceMax: 200, listDepth: 100 });
    const url = await server.freshDatabase();
    const store = await PostgresStore.connect(url, { isInitialising: true });
    const blocker = new pg.Client({ connectionString: url });
    try {
      const lines = ['statement,source_title'];
      for (let i = 0; i < 600; i++)
        lines.push(`Alpha ${'alpha '.repeat(i % 3)}fact ${i} w${i % 17}.,Source ${i % 5}`);
      expect((await store.importFacts('csv', `${lines.join('\n')}\n`)).factsCreated).toBe(600);
      const isListed = async () =>
        (await store.sql('SELECT 1 FROM rank_terms WHERE term = $1', ['alpha'])).length > 0;
      // Another session keeps the lists from being written (reads go on): a search that waited for
      // its list would wait for this lock.
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE rank_terms IN SHARE MODE');
      const query = FactQuery.parse({ text: 'alpha' });
      const first = await store.searchFacts(query);
      expect(first.items).toHaveLength(50);
      expect(await isListed()).toBe(false);
      await blocker.query('COMMIT');
      await store.whenBackgroundDone();
      expect(await isListed()).toBe(true);
      expect((await store.searchFacts(query)).items.map((h) => h.fact.id)).toEqual(
        first.items.map((h) => h.fact.id),
      );
    } finally {
      await blocker.end().catch(() => undefined);
      await store.close();
    }
  }, 60_000);
});
