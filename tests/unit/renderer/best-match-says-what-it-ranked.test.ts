import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/contract/dispatch';
import type { SearchResult } from '../../../electron/contract/api';
import { CANDIDATE_WINDOW } from '../../../electron/services/search/search';
import { resultCountText } from '../../../renderer/src/features/library/result-count';
import { freshServices } from '../../helpers/fixtures';
import { storeWithFacts } from '../../helpers/stores';

// "Best match" over a very common word, or a phrase with a word, is the exact best of every match; where
// an order is still applied to only the newest matches (event-date order over very many matches), the
// line above the results says "newest matches" rather than claim the earliest of all of them.
describe('the result count over a common term', () => {
  const services = freshServices(storeWithFacts(CANDIDATE_WINDOW + 500));
  const search = async (query: object) => {
    const r = await dispatch(services.handlers(), 'facts:search', query);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as SearchResult;
  };

  it('claims no caveat for a common word: its order is the best of every match', async () => {
    const result = await search({ text: 'talks', sort: 'relevance' });
    expect(result.totalIsExact).toBe(false);
    expect(result.rankedAmongNewest).toBeUndefined();
    expect(resultCountText(result, 'relevance')).toBe('More than 2,000 facts');
  });

  it('claims no caveat for a phrase with a word: each is weighed by its idf over every match', async () => {
    const result = await search({ text: '"the talks" generated', sort: 'relevance' });
    expect(result.totalIsExact).toBe(false);
    expect(result.rankedAmongNewest).toBeUndefined();
    expect(resultCountText(result, 'relevance')).toBe('More than 2,000 facts');
  });

  it('says "newest matches" when dates were ordered among the newest matches only', async () => {
    const result = await search({ text: 'talks', sort: 'event-date' });
    expect(result.rankedAmongNewest).toBeGreaterThan(0);
    expect(resultCountText(result, 'event-date')).toMatch(
      /^More than \d[\d,]* facts: newest matches — dated order among the newest [\d,]+ only$/,
    );
    expect(resultCountText(await search({ text: 'talks', sort: 'newest' }), 'newest')).toBe(
      'More than 2,000 facts',
    );
  });

  it('counts exactly, with no caveat, when every match was ranked', async () => {
    const result = await search({ text: '"number 1234"', sort: 'relevance' });
    expect(result.totalIsExact).toBe(true);
    expect(resultCountText(result, 'relevance')).toBe('1 fact');
  });
});
