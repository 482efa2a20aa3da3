// The social network words went through is their relay when the sentence gives it as the verb's channel;
// sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a network given as the channel relays', () => {
  it('"said on Twitter", "wrote Monday on Instagram", "said on Facebook"', () => {
    expect(only(['Ola Brandt said on Twitter that the vote was rigged.']).relayedBy).toBe('Twitter');
    expect(only(['The singer Mina Kovac wrote on Instagram that she was resting.']).relayedBy).toBe(
      'Instagram',
    );
    expect(only(['The Harbour Rowing Club said on Facebook that the race was off.']).relayedBy).toBe(
      'Facebook',
    );
  });

  it('"On Twitter, Roe argued …", "In a Facebook video, she said …": the channel opening the sentence', () => {
    expect(only(['On Twitter, Ola Brandt argued that the vote was rigged.']).relayedBy).toBe('Twitter');
    expect(only(['In a Facebook video posted late on Friday, Mina Kovac said she was safe.']).relayedBy).toBe(
      'Facebook',
    );
  });
});

describe('a network named otherwise does not', () => {
  it('the network speaking, a network in the role or the content', () => {
    expect(only(['Twitter said on Tuesday that it would review the account.']).relayedBy).toBeUndefined();
    expect(
      only(['“It doubled,” said Ivo Ruml, a baker who moved his shop onto Instagram last year.']).relayedBy,
    ).toBeUndefined();
    expect(only(['Ola Brandt said she would quit Twitter.']).relayedBy).toBeUndefined();
  });
});
