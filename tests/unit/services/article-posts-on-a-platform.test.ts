// A statement posted on a platform is relayed by that platform (the fixtures README, "Conventions settled in
// session 24": "said on X", "posted on X", "said in a post on the social media site X", "said in a social
// media post" → social media). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a post on X relays X', () => {
  it('"wrote on X", "posted on X", "said in a post on X"', () => {
    expect(
      only(['The Harbour Workers Union wrote on X on Monday that the order was unlawful.']).relayedBy,
    ).toBe('X');
    expect(only(['“The vote was rigged,” Ola Brandt posted on X.']).relayedBy).toBe('X');
    expect(only(['Ola Brandt said in a post on X that the vote was rigged.']).relayedBy).toBe('X');
  });

  it('"on the social media site X", "on social media platform X": the kind of site before the name', () => {
    expect(
      only([
        'Ivo Ruml, a researcher at the Lake Institute, said on social media platform X that talks would fail.',
      ]).relayedBy,
    ).toBe('X');
    expect(only(['Mina Kovac said on the social media site X that she was safe.']).relayedBy).toBe('X');
  });

  it('"Roe on X on Sunday called …": the channel before the verb', () => {
    expect(only(['Ola Brandt on X on Sunday called the plan “a disgrace.”']).relayedBy).toBe('X');
  });
});

describe('a network named after a possessive and its kind', () => {
  it('"said on his social media network, Truth Social", "posted on her own social media network Truth Social"', () => {
    expect(
      only(['Ivo Ruml said on his social media network, Truth Social, that the harbour would reopen.'])
        .relayedBy,
    ).toBe('Truth Social');
    expect(
      only(['Mina Kovac posted on her own social media network Truth Social that the port should reopen.'])
        .relayedBy,
    ).toBe('Truth Social');
  });
});

describe('social media with no network named', () => {
  it('"said in a post on social media", "said in a social media post"', () => {
    expect(
      only(['Ola Brandt said in a post on social media Sunday that the vote was rigged.']).relayedBy,
    ).toBe('social media');
    expect(only(['Mina Kovac said in a social media post that she was resigning.']).relayedBy).toBe(
      'social media',
    );
  });
});

describe('an X that is no network', () => {
  it('a lower-case x, an X-ray, a letter in a name', () => {
    expect(only(['Ola Brandt said on X-rays the fracture was clear.']).relayedBy).toBeUndefined();
    expect(only(['Ola Brandt said Project X would start in May.']).relayedBy).toBeUndefined();
  });
});
