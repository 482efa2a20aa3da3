// "the report said" speaks for the body a report was said to be from a few paragraphs before, as "the
// statement said" does for the one who issued a statement; a report with no issuer named still relays.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const fields = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('the report of a body named before', () => {
  it('"according to the report" after "a 2016 report from the Ocean Council" is the council', () => {
    expect(
      fields([
        'Reefs could vanish by 2050, according to a 2016 report from the Ocean Council.',
        'Fishing fleets would shrink by half, according to the report.',
      ]),
    ).toEqual([
      ['Ocean Council', null],
      ['Ocean Council', null],
    ]);
  });

  it('with no issuer named, "the report said" relays', () => {
    expect(fields(['Fishing fleets would shrink by half, the report said.'])).toEqual([[null, 'report']]);
  });
});

describe('a paper opening the unit, then a speaker of its own', () => {
  it('"According to court documents, the Trade Office alleges that …": the office speaks, the papers relay', () => {
    expect(
      fields([
        'According to court documents, the Trade Office alleges that Varga paid bribes to win the contract.',
      ]),
    ).toEqual([['Trade Office', 'court documents']]);
  });

  it('a paper after the claim still relays with no speaker', () => {
    expect(fields(['Varga paid bribes to win the contract, according to court documents.'])).toEqual([
      [null, 'court documents'],
    ]);
  });
});
