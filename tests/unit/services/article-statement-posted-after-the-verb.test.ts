// "…, Roe said in a statement posted on social media.", "…, Roe said in a series of messages posted on
// Twitter.": the participle after the main verb's own words names the channel of the statement (the fixtures
// README, "Posts on a platform", session 24); the phrase before "posted" is no one who relays the claim, as a
// closing "…, Reuters reported" is. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a statement posted on a platform, after the verb', () => {
  it('relays the platform, not the words before "posted"', () => {
    expect(
      only(['Both ferry crews were rescued, Governor Lena Marsh said in a statement posted on social media.'])
        .relayedBy,
    ).toBe('social media');
  });

  it('"a series of messages posted on Twitter": the plural noun of the post', () => {
    const claim = only([
      '“The ferry will run again by June,” Olaf Brin, a spokesman for the harbour board, said in a series of messages posted on Twitter.',
    ]);
    expect([claim.speaker, claim.relayedBy]).toEqual(['Olaf Brin', 'Twitter']);
  });

  it('a closing outlet still relays', () => {
    expect(
      only(['The ferry will run again by June, the harbour board said, Reuters reported.']).relayedBy,
    ).toBe('Reuters');
  });
});
