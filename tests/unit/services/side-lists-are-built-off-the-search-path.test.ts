import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

  /** Facts holding a list key as the list counts them (its own count plus the facts it cannot tokenize). */
  const countsOf = (key: string) => ({
    listed:
      ((store.db.prepare('SELECT sure_facts FROM search_rank_terms WHERE term = ?').pluck().get(key) as
        number | undefined) ?? 0) +
      (store.db
        .prepare(
          `SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ? AND rowid IN (SELECT fact FROM search_rank_unsure)`,
        )
        .pluck()
        .get(`"${key}"`) as number),
    matches: store.db
      .prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?')
      .pluck()
      .get(`"${key}"`),
  });
  /** The real yield of list-builds.ts: a timer, so that what was queued meanwhile runs first. */
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  /** The word has its list, which counts each of its facts once, and its page is the exact one. */
  function expectListedExactly(word: string) {
    expect(hasList(store.db, word)).toBe(true);
    const { listed, matches } = countsOf(word);
    expect(listed).toBe(matches);
    expect(search(word).items.map((h) => h.fact.id)).toEqual(exact(word));
  }

  it('answers the first search of a frequent word exactly, then builds its list while idle', async () => {
    expect(hasList(store.db, COMMON_TERM)).toBe(false);
    const first = search(COMMON_TERM);
    // Answered without the list (it is not built inside the search)…
    expect(hasList(store.db, COMMON_TERM)).toBe(false);
    expect(first.items.map((h) => h.fact.id)).toEqual(exact(COMMON_TERM));
    // …and built after it, with every fact of the word counted once.
    await whenListsBuilt(store.db);
    expectListedExactly(COMMON_TERM);
  });

  it('gives the thread back between slices: a search made during a build is answered before it ends', async () => {
    const word = corpus.vocabulary[0]!;
    expect(hasList(store.db, word)).toBe(false);
    const order: string[] = [];
    let yields = 0;
    const build = buildListsInSlices(
      store.db,
      [word],
      () => {
        yields++;
        return nextTask();
      },
      0,
    ).then((outcome) => {
      order.push('built');
      return outcome;
    });
    // Queued after the build began, as a search arriving from the window is.
    setTimeout(() => {
      order.push('searched');
      expect(search(corpus.vocabulary[3]!).items.length).toBeGreaterThan(0);
    }, 0);
    expect(await build).toBe('built');
    expect(yields).toBeGreaterThan(1);
    expect(order).toEqual(['searched', 'built']);
    expectListedExactly(word);
  });

  /** A build of `word` with `change` made at its third slice: the facts' change is seen, nothing written. */
  async function changedDuringScan(word: string, change: () => void) {
    let slice = 0;
    const outcome = await buildListsInSlices(
      store.db,
      [word],
      async () => {
        if (++slice === 3) change();
        await nextTask();
      },
      0,
    );
    expect(slice).toBeGreaterThan(3);
    expect(outcome).toBe('changed');
    expect(hasList(store.db, word)).toBe(false);
  }
  const someFact = () =>
    store.db.prepare('SELECT id FROM facts ORDER BY rowid DESC LIMIT 1').pluck().get() as string;

  it('writes nothing when this connection edits a fact during the scan (still queued)', async () => {
    const word = corpus.vocabulary[1]!;
    await changedDuringScan(word, () =>
      store.updateFact(someFact(), { statement: `${word} ${word} edited while scanning.` }),
    );
  });

  it('writes nothing when a fact edited during the scan was folded into the lists by a search meanwhile', async () => {
    const word = corpus.vocabulary[2]!;
    await changedDuringScan(word, () => {
      store.updateFact(someFact(), { statement: `${word} ${word} edited and searched while scanning.` });
      search(COMMON_TERM); // syncs the queue into the lists that exist
      expect(store.db.prepare('SELECT count(*) FROM search_rank_dirty').pluck().get()).toBe(0);
    });
  });

  it('writes nothing when another connection writes a fact during the scan and folds it in', async () => {
    const word = corpus.vocabulary[4]!;
    const other = new Store(store.db.name);
    try {
      await changedDuringScan(word, () => {
        other.updateFact(someFact(), { statement: `${word} written by another connection.` });
        // …which folds its change into the lists itself (its own search): nothing is left in the queue.
        searchFacts(other.db, FactQuery.parse({ text: COMMON_TERM }));
        expect(store.db.prepare('SELECT count(*) FROM search_rank_dirty').pluck().get()).toBe(0);
      });
    } finally {
      other.close();
    }
  });

  it('tries a changed build again through the queue until it is built, exact', async () => {
    const word = corpus.vocabulary[1]!;
    let edits = 0;
    const fact = someFact();
    // An edit during the first attempt's scan only.
    const timer = setInterval(() => {
      if (edits++ === 0) store.updateFact(fact, { statement: `${word} once more while scanning.` });
    }, 0);
    try {
      expect(search(word).items.map((h) => h.fact.id)).toEqual(exact(word));
      await whenListsBuilt(store.db);
    } finally {
      clearInterval(timer);
    }
    expectListedExactly(word);
  });

  it('asks for no list on a store opened read-only, and still answers exactly', async () => {
    const word = corpus.vocabulary[5]!;
    const file = store.db.name;
    const reader = new Database(file, { readonly: true });
    try {
      const page = searchFacts(reader, FactQuery.parse({ text: word }));
      await whenListsBuilt(reader);
      expect(hasList(reader, word)).toBe(false);
      expect(page.items.map((h) => h.fact.id)).toEqual(exact(word));
    } finally {
      reader.close();
    }
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
  const opened: Array<{ store: PostgresStore; blocker: pg.Client; isClosed?: boolean }> = [];
  afterEach(async () => {
    for (const { store, blocker, isClosed } of opened.splice(0)) {
      await blocker.end().catch(() => undefined);
      if (!isClosed) await store.close();
    }
  });
  afterAll(() => {
    Object.assign(exactRankLimits, saved);
  });

  /**
   * A team library of these facts (CSV lines: statement, source title), and another session holding its
   * lists' table in SHARE mode: reads go on, a list's writing waits (as a search that waited for its
   * list would).
   */
  async function libraryWithListsHeld(lines: string[]) {
    Object.assign(exactRankLimits, { bruteForceMax: 200, listDepth: 100 });
    const url = await server.freshDatabase();
    const store = await PostgresStore.connect(url, { isInitialising: true });
    const blocker = new pg.Client({ connectionString: url });
    const library = { store, blocker, isClosed: false };
    opened.push(library);
    const csv = `${['statement,source_title', ...lines].join('\n')}\n`;
    expect((await store.importFacts('csv', csv)).factsCreated).toBe(lines.length);
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE rank_terms IN SHARE MODE');
    return library;
  }

  it('answers the first search of a frequent word without waiting for its list, then builds it', async () => {
    const { store, blocker } = await libraryWithListsHeld(
      Array.from(
        { length: 600 },
        (_, i) => `Alpha ${'alpha '.repeat(i % 3)}fact ${i} w${i % 17}.,Source ${i % 5}`,
      ),
    );
    const isListed = async () =>
      (await store.sql('SELECT 1 FROM rank_terms WHERE term = $1', ['alpha'])).length > 0;
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
  }, 60_000);

  it('closes at once while a list is being built: the build is cancelled, nothing is written', async () => {
    const library = await libraryWithListsHeld(
      Array.from({ length: 400 }, (_, i) => `Bravo fact ${i}.,Source ${i % 5}`),
    );
    const { store, blocker } = library;
    await store.searchFacts(FactQuery.parse({ text: 'bravo' }));
    // The build is waiting for the lock (its lock timeout is longer than this wait).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    await store.close();
    library.isClosed = true;
    expect(performance.now() - started).toBeLessThan(1_500);
    await blocker.query('COMMIT');
    const rows = await blocker.query('SELECT count(*)::int AS n FROM rank_terms');
    expect(rows.rows[0].n).toBe(0);
  }, 60_000);
});
