// A role that names its holder only after ("Ruritania's interior minister said …", then "Interior
// Minister Tomas Brenner"), and a name's appositive read only right after the name; sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a role whose holder is named just after', () => {
  it('"X\'s interior minister said" is the interior minister named within the next two paragraphs', () => {
    const c = propose([
      'VIENNA — The house where Ana Kell was born will become a school, Austria’s interior minister said on Tuesday.',
      'The town bought the house last year after a long dispute.',
      '“It is the right use,” Interior Minister Tomas Brenner said in a statement.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Tomas Brenner', 'Tomas Brenner']);
  });

  it('the person a clause names before its comma holds no role from what follows the comma', () => {
    const c = propose([
      'The house where Ana Kell was born will become a school, the interior minister said on Tuesday.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['interior minister']);
  });

  it('a holder named further on is not reached', () => {
    const c = propose([
      'The bridge will close for repairs, the transport minister said on Monday.',
      'Drivers were told to use the ferry.',
      'The ferry adds an hour to the trip.',
      'Traffic was light on Tuesday.',
      'Transport Minister Lea Horn opened the ferry terminal in 2019.',
    ]);
    expect(c[0]?.speaker).toBe('transport minister');
  });
});

describe("a body's role, then the name in apposition", () => {
  it('"Acme\'s chief economist, Ana Roe, said": Ana Roe speaks, the role is hers', () => {
    const c = propose(['Acme’s chief economist, Ana Roe, said prices would rise.']);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([['Ana Roe', 'Acme’s chief economist']]);
  });
});

describe('a name written with and without its marks', () => {
  it('"Muller" and "Mueller" are the "Gerhard Müller" named before', () => {
    const c = propose([
      'Cardinal Gerhard Müller met the nuns on Monday.',
      'Muller criticized the nuns for their silence.',
      'Mueller said the order would change.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Gerhard Müller', 'Gerhard Müller']);
  });
});

describe('"Both" opens no name', () => {
  it('"Both Johnson and Corbyn …" leaves "he" to the Johnson named in full', () => {
    const c = propose([
      'Both Johnson and Corbyn are trying to win over voters.',
      'Prime Minister Boris Johnson spoke in Derby. Audience members laughed when he urged voters to back him.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Boris Johnson']);
  });
});
