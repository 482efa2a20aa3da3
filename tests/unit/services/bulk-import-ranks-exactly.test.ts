import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactQuery } from '../../../electron/contract/api';
import { exactRankLimits } from '../../../electron/services/search/exact-rank';
import { whenListsBuilt } from '../../../electron/services/search/list-builds';
import { rankEveryMatch, searchFacts } from '../../../electron/services/search/search';
import { insertFacts, type ParsedFact } from '../../../electron/services/store/bulk';
import { Store } from '../../../electron/services/store/store';
import { tempDir } from '../../helpers/fixtures';
import { COMMON_TERM, makeCorpus } from '../../helpers/synthetic-corpus';

// A bulk insert of at least 10,000 facts, and at least as many as the store holds, drops the facts'
// indexes and the side lists' insert trigger and makes them again before it commits (store/bulk.ts):
// the new facts must still reach the side lists of exact "best match". Each ranked search is compared
// with bm25() over every match. The corpus is the benchmark's (tests/helpers/synthetic-corpus.ts); the
// limits are lowered so that 12,000 facts have words and a phrase with lists.

describe('ranked search after bulk imports of 12,000 facts (indexes dropped and rebuilt)', () => {
  const saved = { ...exactRankLimits };
  const corpus = makeCorpus(42);
  const v = corpus.vocabulary;
  let store: Store;
  let sourceIds: string[];
  const batch = (n: number): ParsedFact[] =>
    Array.from({ length: n }, () => {
      const { sourceIndex, ...fact } = corpus.nextFact();
      return { ...fact, sourceId: sourceIds[sourceIndex % sourceIds.length]! };
    });
  const queries: FactQuery[] = [
    { text: COMMON_TERM }, // 40% of facts: a side list
    { text: COMMON_TERM, offset: 50 },
    { text: COMMON_TERM, statuses: ['verified'] },
    { text: v[50]! },
    { text: `${v[2]} ${COMMON_TERM}` }, // two frequent words: the threshold algorithm
    { text: `"${v[0]} ${v[1]}"` }, // a frequent phrase: its own list
  ];

  // Each query twice: the first search of a frequent word ranks every match and asks for its list, built
  // off the search's path (list-builds.ts); the second is answered from the lists.
  async function expectExact() {
    for (const round of ['first', 'from the lists']) {
      for (const query of queries) {
        const parsed = FactQuery.parse(query);
        const page = searchFacts(store.db, parsed);
        expect(
          page.items.map((h) => h.fact.id),
          `${round}: ${JSON.stringify(query)}`,
        ).toEqual(rankEveryMatch(store.db, parsed));
      }
      await whenListsBuilt(store.db);
    }
    const listed = store.db.prepare('SELECT term FROM search_rank_terms').pluck().all();
    expect(listed).toEqual(expect.arrayContaining([COMMON_TERM, v[2], `${v[0]} ${v[1]}`]));
  }

  beforeAll(() => {
    Object.assign(exactRankLimits, { bruteForceMax: 1000, listDepth: 300 });
    store = new Store(join(tempDir(), 'briefing.sqlite'));
    sourceIds = Array.from(
      { length: 20 },
      (_, i) => store.createSource({ title: `Source ${i}`, outlet: `Outlet ${i % 4}` }).id,
    );
  });
  afterAll(() => {
    Object.assign(exactRankLimits, saved);
    store?.close();
  });

  it('ranks every query exactly after a bulk import into an empty store', async () => {
    insertFacts(store, batch(12_000));
    await expectExact();
  }, 120_000);

  it('and after a second one as large as the store, whose facts the built lists must take in', async () => {
    insertFacts(store, batch(12_000));
    expect(store.db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(24_000);
    await expectExact();
  }, 120_000);
});
