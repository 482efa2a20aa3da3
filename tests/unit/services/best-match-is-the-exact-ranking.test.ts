import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactQuery } from '../../../electron/contract/api';
import {
  buildListsInSlices,
  exactRankLimits,
  exactTopOfWords,
  matchOfKey,
} from '../../../electron/services/search/exact-rank';
import { whenListsBuilt } from '../../../electron/services/search/list-builds';
import { parseQueryText, rankEveryMatch, toMatchExpression } from '../../../electron/services/search/search';
import { toTsQuery } from '../../../electron/services/store/postgres/postgres-search';
import type { LibraryStore } from '../../../electron/services/store/library-store';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { SqliteStore } from '../../../electron/services/store/sqlite-store';
import { Store } from '../../../electron/services/store/store';
import { tempDir } from '../../helpers/fixtures';
import { describePostgres } from '../../helpers/postgres';
import { prng } from '../../helpers/synthetic-corpus';

// "Best match" is the exact top of every match by each engine's ranking function (SQLite: FTS5 bm25 with
// the index's column weights; PostgreSQL: ts_rank with the same weights), newest first on ties — not the
// best of the newest few thousand. Each engine's page is compared with its function applied to every
// match by brute force here, for words in most facts (more matches than the search counts), with and
// without filters, on later pages, and after inserts, edits and deletes (which the side lists of frequent
// words must follow). The limits are lowered so that a corpus of 3,000 facts has words with lists.
// The same for two frequent words together and a frequent phrase (SQLite: the threshold algorithm over
// the words' lists, a phrase's own list; PostgreSQL: the query's own list).

/** What a test needs of an engine beyond the interface: its ranking, every match, and a raw delete. */
interface Engine {
  store: LibraryStore;
  /** What must have a side list once the pages were asked for. */
  expectedLists: string[];
  bruteForce(text: string, filter: Filter, limit: number, offset: number): Promise<string[]>;
  deleteFact(id: string): Promise<void>;
  /** Checks what the lists keep against the index itself (PostgreSQL: after multi-row writes). */
  checkLists?(): Promise<void>;
  /** The words, phrases and queries that have side lists. */
  listedWords(): Promise<string[]>;
  /** Waits for the lists the searches asked for (SQLite builds them off the search's path). */
  listsBuilt?(): Promise<void>;
}

type Filter = { statuses?: string[]; tags?: string[] };

/**
 * 3,000 facts: "alpha" in ~90% (1–3 times, in any column), "bravo" in ~85%, the phrase "charlie delta"
 * in ~75% (and each of its words alone), "echo" in ~30% (bm25's idf is floored for words in over half), lengths 4–40 words, 5% with words in other scripts.
 */
function corpusCsv(): string {
  const rand = prng(16);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const lines = ['statement,quote,speaker,tags,status,source_title,source_outlet'];
  for (let i = 0; i < 3000; i++) {
    const words = Array.from({ length: 4 + Math.floor(rand() * 37) }, () => `w${Math.floor(rand() * 300)}`);
    if (rand() < 0.9)
      for (let n = 1 + Math.floor(rand() * 3); n > 0; n--)
        words.splice(Math.floor(rand() * words.length), 0, 'alpha');
    if (rand() < 0.85) words.splice(Math.floor(rand() * words.length), 0, 'bravo');
    const extras = [
      ['charlie delta', 0.6],
      ['charlie', 0.25],
      ['delta', 0.25],
      ['charlie delta', 0.4],
      ['echo', 0.3],
    ] as const;
    for (const [extra, p] of extras)
      if (rand() < p) words.splice(Math.floor(rand() * words.length), 0, extra);
    // Some facts in letters the app does not tokenize itself (SQLite: always rescored by FTS5).
    if (rand() < 0.05) words.push(pick(['переговоры', 'Ελλάδα', 'ø']));
    const quote = rand() < 0.3 ? `${rand() < 0.5 ? 'alpha ' : ''}said w${i % 50} q${i}` : '';
    const speaker = rand() < 0.2 ? 'Alpha Speaker' : rand() < 0.5 ? `Speaker ${i % 40}` : '';
    const tags = [rand() < 0.3 ? 'alpha' : 'other', pick(['t1', 't2', 't3'])].join(';');
    const status = pick(['draft', 'draft', 'verified', 'retracted']);
    lines.push(
      `fact n${i} ${words.join(' ')}.,${quote},${speaker},${tags},${status},Source ${i % 7},Outlet ${i % 3}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function exactRanking(open: () => Promise<Engine>): void {
  let engine: Engine;
  const saved = { ...exactRankLimits };
  beforeAll(async () => {
    Object.assign(exactRankLimits, { bruteForceMax: 200, listDepth: 100 });
    engine = await open();
    const report = await engine.store.importFacts('csv', corpusCsv());
    expect(report.factsCreated).toBe(3000);
  }, 240_000);
  afterAll(async () => {
    Object.assign(exactRankLimits, saved);
    await engine?.store.close();
  });

  const pageIds = async (word: string, filter: Filter, limit: number, offset: number) =>
    (await engine.store.searchFacts(FactQuery.parse({ text: word, ...filter, limit, offset }))).items.map(
      (h) => h.fact.id,
    );

  /** Every query checked at every stage: the page must be the brute-force ranking, in order. */
  async function expectExactPages() {
    const cases: Array<[string, Filter, number, number]> = [
      ['alpha', {}, 50, 0],
      ['alpha', {}, 50, 50],
      ['bravo', {}, 50, 0],
      ['alpha', { statuses: ['draft', 'verified'] }, 50, 0],
      ['alpha', { statuses: ['verified'] }, 20, 0],
      ['alpha', { tags: ['t2'] }, 50, 0],
      ['bravo', { statuses: ['draft', 'verified'] }, 30, 30],
      ['alpha bravo', {}, 50, 0],
      ['bravo alpha', {}, 30, 30],
      ['alpha bravo', { statuses: ['verified'] }, 20, 0],
      ['alpha bravo alpha', {}, 50, 0],
      ['"charlie delta"', {}, 50, 0],
      ['"charlie delta"', {}, 50, 50],
      ['"charlie delta"', { tags: ['t2'] }, 20, 0],
      ['alpha charlie', { statuses: ['draft', 'verified'] }, 50, 0],
      ['echo alpha', {}, 50, 0],
      // Fewer matches than the search counts, with a listed word among them: scored with the list's count.
      ['alpha w5', {}, 50, 0],
      ['w7 bravo alpha', { statuses: ['draft', 'verified'] }, 20, 10],
      // Prefixes in most facts, one of one word, one of many (w1, w10…w199): from their own lists.
      ['alph*', {}, 50, 0],
      ['w1*', {}, 50, 0],
      ['w1*', {}, 50, 50],
      ['w2*', { statuses: ['verified'] }, 20, 0],
      // A prefix or a phrase among other terms: each weighed by its own idf, as bm25() weighs them (from
      // the lists when they are frequent, by counting otherwise), over many matches and over few.
      ['alph* bravo', {}, 50, 0],
      ['bravo w1*', {}, 50, 50],
      ['w2* alpha', { statuses: ['verified'] }, 20, 0],
      ['alpha "charlie delta"', {}, 50, 0],
      ['"charlie delta" w1*', { statuses: ['draft', 'verified'] }, 30, 0],
      ['q1* alpha', {}, 50, 0],
      ['echo w3*', {}, 50, 0],
    ];
    for (const [word, filter, limit, offset] of cases) {
      const expected = await engine.bruteForce(word, filter, limit, offset);
      expect(expected.length, `${word} ${JSON.stringify(filter)}`).toBe(limit);
      expect(
        await pageIds(word, filter, limit, offset),
        `${word} ${JSON.stringify(filter)} @${offset}`,
      ).toEqual(expected);
    }
  }

  it('gives the exact top of every match for words in most facts, with filters and on later pages', async () => {
    const result = await engine.store.searchFacts(FactQuery.parse({ text: 'alpha' }));
    expect(result.totalIsExact).toBe(false); // more matches than the search counts
    expect(result.rankedAmongNewest).toBeUndefined();
    await expectExactPages();
    // Where the lists are built off the search's path, the pages above ranked every match: the same
    // pages again once the lists they asked for are in.
    if (engine.listsBuilt) {
      await engine.listsBuilt();
      await expectExactPages();
      await engine.listsBuilt(); // (the queue keeps the newest few keys: the rest were asked for again)
    }
    // The frequent words were ranked from their side lists (not only by ranking every match).
    expect(await engine.listedWords()).toEqual(expect.arrayContaining(engine.expectedLists));
  }, 120_000);

  it('stays exact after inserts, edits and deletes', async () => {
    const sourceId = (await engine.store.listSources())[0]!.id;
    // New facts that belong at the very top, one under a filter.
    const top = await engine.store.createFact({ sourceId, statement: 'alpha alpha alpha bravo.' });
    await engine.store.createFact({ sourceId, statement: 'Alpha alpha, bravo.', status: 'verified' });
    await engine.store.createFact({ sourceId, statement: 'alpha', quote: 'alpha alpha', tags: ['t2'] });
    await engine.store.createFact({ sourceId, statement: 'Charlie delta charlie delta, alpha bravo.' });
    await expectExactPages();
    // A phrase broken by an edit, and one made.
    const [phraseBest] = await pageIds('"charlie delta"', {}, 1, 0);
    await engine.store.updateFact(phraseBest!, { statement: 'delta charlie, alpha.' });
    const [phraseLow] = await pageIds('"charlie delta"', {}, 1, 400);
    await engine.store.updateFact(phraseLow!, { statement: 'charlie delta; charlie delta.' });
    // An edit that takes the best fact out, and one that brings a low one to the top.
    const [best] = await pageIds('alpha', {}, 1, 0);
    await engine.store.updateFact(best!, { statement: 'Nothing about it any more.' });
    const [low] = await pageIds('alpha', {}, 1, 2000);
    await engine.store.updateFact(low!, { statement: 'alpha alpha alpha alpha.', tags: ['t2', 'alpha'] });
    await engine.store.updateFact(top.id, { status: 'retracted' });
    await expectExactPages();
    // Deletes: the best few go.
    for (const id of await pageIds('alpha', {}, 3, 0)) await engine.deleteFact(id);
    for (const id of await pageIds('bravo', { statuses: ['draft', 'verified'] }, 2, 0))
      await engine.deleteFact(id);
    for (const id of await pageIds('echo alpha', {}, 2, 0)) await engine.deleteFact(id);
    await expectExactPages();
    await engine.checkLists?.();
    // (PostgreSQL's check wrote many rows in single statements: still exact.)
    await expectExactPages();
  }, 240_000);
}

describe('best match is the exact ranking: SQLite (bm25)', () => {
  exactRanking(async () => {
    const store = new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite')));
    const db = store.local.db;
    return {
      store,
      expectedLists: ['alpha', 'bravo', 'charlie delta', 'alph*', 'w1*', 'w2*'],
      listsBuilt: () => whenListsBuilt(db),
      async checkLists() {
        // Each list's count of facts holding its word (bm25's idf), kept through every change.
        const rows = db.prepare('SELECT term, sure_facts FROM search_rank_terms').all() as Array<{
          term: string;
          sure_facts: number;
        }>;
        for (const { term, sure_facts } of rows) {
          const unsure = db
            .prepare(
              `SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?
               AND rowid IN (SELECT fact FROM search_rank_unsure)`,
            )
            .pluck()
            .get(matchOfKey(term)) as number;
          const all = db.prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?').pluck();
          expect(sure_facts + unsure, term).toBe(all.get(matchOfKey(term)));
        }
      },
      async bruteForce(text, filter, limit, offset) {
        const where = ['facts_fts MATCH ?'];
        const params: unknown[] = [toMatchExpression(parseQueryText(text))];
        if (filter.statuses) {
          where.push(`f.status IN (${filter.statuses.map(() => '?').join(', ')})`);
          params.push(...filter.statuses);
        }
        for (const tag of filter.tags ?? []) {
          where.push('EXISTS (SELECT 1 FROM fact_tags t WHERE t.fact_id = f.id AND t.tag = ?)');
          params.push(tag);
        }
        return db
          .prepare(
            `SELECT f.id FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid WHERE ${where.join(' AND ')}
             ORDER BY bm25(facts_fts, 10.0, 8.0, 4.0, 3.0, 2.0), facts_fts.rowid DESC LIMIT ? OFFSET ?`,
          )
          .pluck()
          .all(...params, limit, offset) as string[];
      },
      async deleteFact(id) {
        db.prepare('DELETE FROM facts WHERE id = ?').run(id);
      },
      async listedWords() {
        return db.prepare('SELECT term FROM search_rank_terms').pluck().all() as string[];
      },
    };
  });
});

describePostgres('best match is the exact ranking: PostgreSQL (ts_rank)', (server) => {
  exactRanking(async () => {
    const store = await PostgresStore.connect(await server.freshDatabase(), { isInitialising: true });
    return {
      store,
      listsBuilt: () => store.whenBackgroundDone(),
      expectedLists: [
        'alpha',
        'bravo',
        "('alpha') & ('bravo')",
        "('charlie' <-> 'delta')",
        "('alph':*)",
        "('w1':*)",
      ],
      async bruteForce(text, filter, limit, offset) {
        const where = ['search @@ q'];
        const params: unknown[] = [toTsQuery(parseQueryText(text))];
        if (filter.statuses) where.push(`status = ANY($${params.push(filter.statuses)})`);
        if (filter.tags) where.push(`tags @> $${params.push(filter.tags)}::text[]`);
        const rows = await store.sql<{ id: string }>(
          `SELECT id FROM facts, to_tsquery('simple', $1) q WHERE ${where.join(' AND ')}
           ORDER BY ts_rank('{0.2, 0.4, 0.8, 1.0}', search, q) DESC, seq DESC LIMIT ${limit} OFFSET ${offset}`,
          params,
        );
        return rows.map((r) => r.id);
      },
      async deleteFact(id) {
        await store.sql('DELETE FROM facts WHERE id = $1', [id]);
      },
      async checkLists() {
        // Many rows in one statement (as a team import and a bulk delete write them): the lists are kept
        // per statement (0006-set-based-list-upkeep.sql), and must hold exactly the facts a rebuild would.
        await store.sql(
          `INSERT INTO facts (id, source_id, statement, quote, speaker, speaker_role, relayed_by, event_date,
             event_start, event_end, locator, credibility, status, tags, created_at, updated_at, created_by,
             updated_by, search)
           SELECT 'copy-' || id, source_id, statement, quote, speaker, speaker_role, relayed_by, event_date,
             event_start, event_end, locator, credibility, status, tags, created_at, updated_at, created_by,
             updated_by, search
           FROM facts ORDER BY seq LIMIT 300`,
        );
        await store.sql(
          "DELETE FROM facts WHERE seq IN (SELECT seq FROM facts WHERE id NOT LIKE 'copy-%' ORDER BY seq DESC LIMIT 200)",
        );
        const [words] = await store.sql<{ missing: string; extra: string }>(
          `WITH want AS (
             SELECT t.term, ts_rank('{0.2, 0.4, 0.8, 1.0}', f.search, quote_literal(t.term)::tsquery) AS impact, f.seq
             FROM rank_terms t JOIN facts f ON f.search @@ quote_literal(t.term)::tsquery
             WHERE ts_rank('{0.2, 0.4, 0.8, 1.0}', f.search, quote_literal(t.term)::tsquery) >= t.cutoff)
           SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM rank_postings) x) AS missing,
                  (SELECT count(*) FROM (SELECT * FROM rank_postings EXCEPT SELECT * FROM want) x) AS extra`,
        );
        expect(words).toEqual({ missing: '0', extra: '0' });
        const [queries] = await store.sql<{ missing: string; extra: string }>(
          `WITH want AS (
             SELECT q.query, ts_rank('{0.2, 0.4, 0.8, 1.0}', f.search, q.tsq) AS impact, f.seq
             FROM rank_queries q JOIN facts f ON f.search @@ q.tsq
             WHERE ts_rank('{0.2, 0.4, 0.8, 1.0}', f.search, q.tsq) >= q.cutoff)
           SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM rank_query_postings) x) AS missing,
                  (SELECT count(*) FROM (SELECT * FROM rank_query_postings EXCEPT SELECT * FROM want) x) AS extra`,
        );
        expect(queries).toEqual({ missing: '0', extra: '0' });
      },
      async listedWords() {
        return (
          await store.sql<{ term: string }>(
            'SELECT term FROM rank_terms UNION ALL SELECT query FROM rank_queries',
          )
        ).map((r) => r.term);
      },
    };
  });
});

describe('a prefix among other terms under a narrow filter (SQLite: the filter’s facts are read first)', () => {
  it('weighs each term by its idf, as bm25() does', async () => {
    const store = new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite')));
    try {
      // "rarex" in two facts of a small source, "common" in almost every fact of the library: bm25 puts
      // the fact with two "rarex" first; summing the terms without their idf, the one with three "common".
      const lines = ['statement,source_title,source_outlet'];
      lines.push('Fact one rarex common common common.,Narrow,N', 'Fact two rarex rarex common.,Narrow,N');
      for (let i = 0; i < 1500; i++) lines.push(`Filler ${i} common words here.,Wide ${i % 5},W`);
      await store.importFacts('csv', `${lines.join('\n')}\n`);
      const narrow = (await store.listSources()).find((s) => s.title === 'Narrow')!;
      const query = FactQuery.parse({ text: 'rar* common', sourceId: narrow.id });
      const page = (await store.searchFacts(query)).items.map((h) => h.fact.statement);
      expect(page).toEqual(['Fact two rarex rarex common.', 'Fact one rarex common common common.']);
      const ids = (await store.searchFacts(query)).items.map((h) => h.fact.id);
      expect(ids).toEqual(rankEveryMatch(store.local.db, query));
    } finally {
      await store.close();
    }
  });
});

describe('the threshold algorithm over frequent words’ side lists (SQLite)', () => {
  it('proves the exact page of two frequent words from their lists, with their idf, without ranking every match', async () => {
    const saved = { ...exactRankLimits };
    // Lists a third of each word's facts deep (at a million facts: 4,000 of 400,000 prove it).
    Object.assign(exactRankLimits, { bruteForceMax: 200, listDepth: 1000 });
    const store = new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite')));
    try {
      await store.importFacts('csv', corpusCsv());
      const db = store.local.db;
      // "echo" (30% of facts) has fewer matches than a search counts, so no search builds its list.
      expect(await buildListsInSlices(db, ['alpha', 'echo'], async () => undefined)).toBe('built');
      const bm25 = 'bm25(facts_fts, 10.0, 8.0, 4.0, 3.0, 2.0)';
      const match = '"alpha" AND "echo"';
      const top = exactTopOfWords(db, { words: ['alpha', 'echo'], match, k: 50, bm25 });
      expect(top, 'the lists prove the page').not.toBeNull();
      const everyMatch = db
        .prepare(`SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY ${bm25}, rowid DESC LIMIT 50`)
        .pluck()
        .all(match);
      expect(top).toEqual(everyMatch);
    } finally {
      Object.assign(exactRankLimits, saved);
      await store.close();
    }
  }, 120_000);
});

describe('the side lists’ change queue', () => {
  it('takes an upsert of a fact already queued (a trigger’s OR IGNORE would be overridden by it)', () => {
    const store = new Store(join(tempDir(), 'briefing.sqlite'));
    try {
      const source = store.createSource({ title: 'T', outlet: 'O' });
      const fact = store.createFact({ sourceId: source.id, statement: 'First words.' });
      const upsert = store.db.prepare(
        `INSERT INTO facts (id, source_id, statement, credibility, status, created_at, updated_at, created_by, updated_by)
         VALUES (@id, @source, @statement, 3, 'draft', 't', 't', 'a', 'a')
         ON CONFLICT(id) DO UPDATE SET statement = excluded.statement`,
      );
      // Queued once by the insert; each upsert's update queues it again.
      upsert.run({ id: fact.id, source: source.id, statement: 'Second words.' });
      upsert.run({ id: fact.id, source: source.id, statement: 'Third words.' });
      expect(store.db.prepare('SELECT count(*) FROM search_rank_dirty').pluck().get()).toBe(1);
    } finally {
      store.close();
    }
  });
});
