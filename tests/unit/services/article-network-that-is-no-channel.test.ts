// A network named after the verb that is not the channel of the words: "said he was on Facebook when …" (where
// he was, in a clause of its own) and "called on Facebook to abandon …" (the network urged, not used). Neither
// relays; "said on Facebook that …" still does (the fixtures README, "Posts on a platform"). Sentences written
// for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a network that is no channel', () => {
  it('"said he was on Facebook when …": the clause’s own place, no relay', () => {
    expect(
      only(['Ferry row', 'Tom Hale said he was on Facebook when he heard the ferry had sunk.']).relayedBy,
    ).toBe(undefined);
  });

  it('"called on Facebook last week to abandon …": the network urged, no relay', () => {
    expect(
      only([
        'Ferry row',
        'Child health experts called on Facebook last week to abandon its new messaging app for children.',
      ]).relayedBy,
    ).toBe(undefined);
  });

  it('"said on Facebook that …" relays', () => {
    expect(only(['Ferry row', 'Tom Hale said on Facebook that the ferry had sunk.']).relayedBy).toBe(
      'Facebook',
    );
  });
});
