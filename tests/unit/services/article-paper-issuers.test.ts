// A statement or letter named again by a definite noun ("the statement said") speaks for whoever issued it
// a few paragraphs before; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('the paper speaks for its issuer', () => {
  it('"X issued a statement …" then "“…,” the statement said" is X, with no relay', () => {
    const c = propose([
      'On Monday, Larkspur Records issued a statement about the dispute.',
      '“We have worked hard to reach a deal,” the statement said.',
    ]);
    expect([c.at(-1)!.speaker, c.at(-1)!.relayedBy]).toEqual(['Larkspur Records', undefined]);
  });

  it('a body that opens a unit sending a letter, the unit no claim itself', () => {
    const c = propose([
      'The Harbour Council sent a letter to the minister on Friday.',
      'The letter said the quay was unsafe.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Harbour Council');
  });

  it('with no issuer named, the bare paper still relays', () => {
    const c = propose(['The letter said the quay was unsafe.']);
    expect([c[0]!.speaker, c[0]!.relayedBy]).toEqual([undefined, 'letter']);
  });
});
