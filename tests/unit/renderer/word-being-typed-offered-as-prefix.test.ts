import { describe, expect, it } from 'vitest';
import { asPrefixQuery } from '../../../electron/core/search-prefix';
import { parseQueryText } from '../../../electron/services/search/search';

// A search as you type that finds nothing for a word still being typed ("negotiat") offers the same query
// with that word as a prefix ("negotiat*"), which the search reads as one.
describe('a word perhaps still being typed', () => {
  it('is offered as a prefix, the rest of the query kept', () => {
    expect(asPrefixQuery('negotiat')).toBe('negotiat*');
    expect(asPrefixQuery('peskov wound ')).toBe('peskov wound*');
    expect(asPrefixQuery('Zelenskyy’s')).toBe('Zelenskyy’s*');
    expect(parseQueryText(asPrefixQuery('peskov wound') ?? '')).toEqual([
      { tokens: ['peskov'], prefix: false },
      { tokens: ['wound'], prefix: true },
    ]);
  });

  it('is not offered for a prefix already, a phrase, an operator or a word too short', () => {
    expect(asPrefixQuery('negot*')).toBeUndefined();
    expect(asPrefixQuery('"border talks')).toBeUndefined();
    expect(asPrefixQuery('"border talks"')).toBeUndefined();
    expect(asPrefixQuery('talks OR')).toBeUndefined();
    expect(asPrefixQuery('ab')).toBeUndefined();
    expect(asPrefixQuery('')).toBeUndefined();
  });
});
