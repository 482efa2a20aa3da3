import { describe, expect, it } from 'vitest';
import { shortPrefixNote } from '../../../electron/core/search-prefix';
import { parseQueryText } from '../../../electron/services/search/search';

// "r*" is searched as the word "r" (a one-letter prefix would expand to most of the vocabulary); the
// library pane's result line and the CLI say so instead of a bare "0 facts".
describe('a prefix too short to be one', () => {
  it('is searched as a word, and the note says which', () => {
    expect(parseQueryText('r*')).toEqual([{ tokens: ['r'], prefix: false }]);
    expect(shortPrefixNote('r*')).toBe('A prefix needs 2 letters or more: r* was searched as the word “r”.');
    expect(shortPrefixNote('talks r* 9*')).toBe(
      'A prefix needs 2 letters or more: r*, 9* was searched as the words “r”, “9”.',
    );
    expect(shortPrefixNote('"é*"')).toMatch(/“é”/);
  });

  it('says nothing of prefixes long enough, or of a star inside a word', () => {
    expect(parseQueryText('ro*')).toEqual([{ tokens: ['ro'], prefix: true }]);
    for (const text of ['ro*', 'negot* talks', 'ab*c', '', 'x'])
      expect(shortPrefixNote(text), text).toBeUndefined();
  });
});
