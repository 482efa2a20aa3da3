import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';
import { readPhrase } from '../../../electron/services/import/article/recognition';

// A subject phrase that is all quantifier ("a number of", "a number of the") has no speaker in it: the
// reader says so (undefined) instead of failing on an empty list of words, and the article is read on.
describe('subject phrases with nothing left after their quantifier', () => {
  it('reads none of them as a speaker, and throws on none', () => {
    for (const phrase of ['a number of', 'number of', 'A number of', 'the number of', 'both', 'a number'])
      expect(() => readPhrase([phrase]), phrase).not.toThrow();
    expect(readPhrase(['a number of'])).toBeUndefined();
    expect(readPhrase(['a number of analysts'])?.name).toBe('analysts');
  });

  it('reads an article whose sentence has such a subject, and its other claims', () => {
    const { candidates } = proposeCandidates(
      [
        'Trade talks stalled on Monday, a number of said, after the delegations left early.',
        'Finance minister Ana Example said the talks would resume next week.',
      ].join('\n\n'),
      'text',
    );
    expect(candidates.some((c) => c.speaker === 'Ana Example')).toBe(true);
  });
});
