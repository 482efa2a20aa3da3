import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

// Acts of speech told by their manner (sentences written for the test, names invented).
describe('article importer: saying with a manner', () => {
  it('reads fuming in a tweet, lashing out, railing against and a tirade as claims', () => {
    expect(only(['Governor Alma Ferrov fumed in a tweet that the vote had been rigged.']).speaker).toContain(
      'Ferrov',
    );
    expect(only(['Senator Piet Vandorn lashed out at the regulators over the delays.']).speaker).toContain(
      'Vandorn',
    );
    expect(only(['Mayor Ina Castell railed against the new parking fees on Monday.']).speaker).toContain(
      'Castell',
    );
    expect(only(['Rolf Amsel went on a tirade against the referees after the match.']).speaker).toContain(
      'Amsel',
    );
  });

  it('reads a position made clear, a claim shut down and a concern questioned as claims', () => {
    expect(only(['The singer Dara Quill made his position pretty clear on the festival.']).speaker).toContain(
      'Dara Quill',
    );
    expect(
      only(['Representatives for Mina Oster swiftly shut down the rumours of a reunion tour.']).speaker,
    ).toBeTruthy();
    expect(only(['Several analysts questioned Ferrov’s concern about the budget gap.'])).toBeTruthy();
  });

  it('reads a long object before "as" in "described … as"', () => {
    expect(
      only(['Tomas Brek described the upper ranks of the regional police command as plagued by waste.'])
        .speaker,
    ).toContain('Brek');
  });

  it('leaves the same verbs without words alone', () => {
    expect(propose(['Tomas Brek fumed over the delay at the airport.'])).toHaveLength(0);
    expect(propose(['The horse lashed out with its hind legs.'])).toHaveLength(0);
    expect(propose(['Tomas Brek went on a trip to the coast in May.'])).toHaveLength(0);
    expect(propose(['The owners shut down the plant in March.'])).toHaveLength(0);
  });
});

describe('a verb in the past with the medium of the words after it (session 17)', () => {
  it('"simpered in a morning tweet", "lashed back in an op-ed" say', () => {
    expect(propose(['Tom Hale simpered in a morning tweet that the pier was his.'])[0]?.cue).toBe('simpered');
    expect(
      propose(['Tom Hale lashed back in an op-ed for the Echo, arguing the toll was fair.'])[0]?.speaker,
    ).toBe('Tom Hale');
  });

  it('"appeared in a video", "was named in a statement" say nothing', () => {
    expect(propose(['Ana Roe appeared in a video about the pier.'])).toEqual([]);
    expect(propose(['The ferry was named in a statement.'])).toEqual([]);
  });
});
