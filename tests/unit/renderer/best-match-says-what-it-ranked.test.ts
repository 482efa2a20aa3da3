import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/contract/dispatch';
import type { SearchResult } from '../../../electron/contract/api';
import { CANDIDATE_WINDOW } from '../../../electron/services/search/search';
import { resultCountText } from '../../../renderer/src/features/library/result-count';
import { freshServices } from '../../helpers/fixtures';
import { storeWithFacts } from '../../helpers/stores';

// "Best match" over a very common term ranks only the newest matches (the search's candidate window):
// the line above the results must say so rather than claim the best of all of them.
describe('the result count over a common term', () => {
  const services = freshServices(storeWithFacts(CANDIDATE_WINDOW + 500));
  const search = async (query: object) => {
    const r = await dispatch(services.handlers(), 'facts:search', query);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as SearchResult;
  };

  it('says the best matches are among the newest, when more matched than were ranked', async () => {
    const result = await search({ text: 'talks', sort: 'relevance' });
    expect(result.totalIsExact).toBe(false);
    expect(resultCountText(result, 'relevance')).toBe(
      'More than 2,000 facts: the best matches among the newest 2,000 come first',
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
