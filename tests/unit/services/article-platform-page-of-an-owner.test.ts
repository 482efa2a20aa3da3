// A network named as someone's page ("on the agency's Facebook page", "on the Sunvale Instagram account", "in a
// comment on the singer's Instagram") is still the channel the words went through. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (sentence: string) =>
  propose(['Park closed', sentence], { outlet: 'The Valley Herald', model: null }).map(
    (c) => c.relayedBy ?? null,
  );

describe('a network named as an owner’s page', () => {
  it('relays a post on a body’s page', () => {
    expect(
      relays('The park will stay closed until June, ranger Paul Ito wrote on the agency’s Facebook page.'),
    ).toEqual(['Facebook']);
  });

  it('relays a statement posted on a named page', () => {
    expect(
      relays(
        'In a statement posted on the Sunvale Park Facebook page, the council said the gates would stay shut.',
      ),
    ).toEqual(['Facebook']);
  });

  it('relays a comment on a person’s account', () => {
    expect(
      relays('The closure is a disgrace, one visitor said in a comment on the mayor’s Instagram.'),
    ).toEqual(['Instagram']);
  });
});
