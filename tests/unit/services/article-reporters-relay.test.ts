// Reporters as their outlet's voice: what a reporter the article names with their outlet reports, the
// outlet relays; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const relayed = (c: { speaker?: string; relayedBy?: string }) => [c.speaker, c.relayedBy];

describe('a reporter named with their outlet', () => {
  it('"according to <reporter> of <outlet>" after the claim\'s own frame: the outlet relays', () => {
    expect(
      relayed(
        only([
          'The harbour board said it had traced every leak, according to Ana Lopez of the New York Times.',
        ]),
      ),
    ).toEqual(['harbour board', 'New York Times']);
  });

  it('"according to <reporter> of <outlet>" alone: no speaker, the outlet relays', () => {
    expect(
      relayed(
        only(['The valley had a dozen cases last year, according to Tom Reyes of the Washington Post.']),
      ),
    ).toEqual([undefined, 'Washington Post']);
  });

  it('"As <reporter> reports for <outlet>, X said": X speaks, the outlet relays', () => {
    expect(
      relayed(only(['As Mia Chen reports for NPR, the ministry said on Monday that schools would close.'])),
    ).toEqual(['ministry', 'NPR']);
  });

  it('"told <outlet> correspondent <reporter>": the outlet relays', () => {
    expect(
      relayed(only(['The commander told VOA correspondent Carla Diaz that the troops would stay.'])),
    ).toEqual(['commander', 'VOA']);
  });

  it('a later "per <surname>" reaches the reporter\'s outlet', () => {
    const c = propose([
      'As Mia Chen reports for NPR, the ministry said on Monday that schools would close.',
      'Some parents are angry, one shopkeeper said, per Chen.',
    ]);
    expect(c.map(relayed)).toEqual([
      ['ministry', 'NPR'],
      ['shopkeeper', 'NPR'],
    ]);
  });

  it('a journalist who says something speaks', () => {
    expect(
      relayed(only(['Ana Lopez of the New York Times said the paper would appeal the ruling.'])),
    ).toEqual(['Ana Lopez', undefined]);
  });
});

describe('words sent to an outlet', () => {
  it('"said in a statement emailed to <outlet>", "in an email to <outlet>": the outlet relays', () => {
    const c = propose([
      'The port office said in a statement emailed to NBC News that the plan was not feasible.',
      'The ferry line said in an email to The Associated Press that it would not comment.',
      'The mayor said in a letter to the council that the bridge would reopen.',
    ]);
    expect(c.map(relayed)).toEqual([
      ['port office', 'NBC News'],
      ['ferry line', 'Associated Press'],
      ['mayor', undefined],
    ]);
  });
});

describe('an outlet described, not named', () => {
  it('"a South Korean newspaper reported": the phrase as written relays', () => {
    expect(
      relayed(
        only([
          'The electronics giant is considering moving production to Tennessee, a South Korean newspaper reported.',
        ]),
      ),
    ).toEqual([undefined, 'South Korean newspaper']);
  });
});

describe('"US media" is no "us"', () => {
  it('"told US media": the media relay; "told us": no one relays', () => {
    const c = propose([
      'The general told US media this month that forces would remain.',
      '“We will stay,” the general told us.',
    ]);
    expect(c.map(relayed)).toEqual([
      ['general', 'US media'],
      ['general', undefined],
    ]);
  });
});

describe('papers with no issuer named relay, no one speaks', () => {
  it('"the report acknowledges", "according to the partially redacted report", "according to interviews"', () => {
    expect(
      propose([
        'An internal review of the flood response was released on Monday.',
        'The report acknowledges that the pumps failed within an hour of the storm.',
        'The crews had no maps of the drains, according to the partially redacted report.',
        'Two managers left the control room early, according to interviews.',
      ]).map(relayed),
    ).toEqual([
      [undefined, 'report'],
      [undefined, 'report'],
      [undefined, 'interviews'],
    ]);
  });

  it('"Federal safety regulations say" relays the rules as named; "according to an official statement" too', () => {
    expect(
      propose([
        'Federal safety regulations say that a crane may not be used in winds above 40 miles an hour.',
        'The crane was moved on Tuesday, according to an official statement.',
      ]).map(relayed),
    ).toEqual([
      [undefined, 'Federal safety regulations'],
      [undefined, 'official statement'],
    ]);
  });

  it('"according to analysis by <body>": the body speaks', () => {
    expect(
      relayed(
        only(['Coal use will fall by a third, according to analysis by the Energy Statistics Office.']),
      ),
    ).toEqual(['Energy Statistics Office', undefined]);
  });

  it('a report the article gives an author still speaks as before', () => {
    expect(
      propose([
        'The report’s authors say the survey is the largest of its kind.',
        'The report says the water was safe to drink.',
      ]).map((c) => c.relayedBy),
    ).toEqual([undefined, undefined]);
  });
});

describe('reports and accounts with no maker named relay, no one speaks', () => {
  it.each([
    ['Nine boats sank, according to credible reports received by the coastguard.', 'reports'],
    [
      'According to eyewitness accounts corroborated by drone footage, the pier collapsed.',
      'eyewitness accounts',
    ],
    ['The toll may be higher, with some reports suggesting as many as forty died.', 'reports'],
  ])('%s', (sentence, relay) => {
    const c = only([sentence]);
    expect(c.speaker).toBeUndefined();
    expect(c.relayedBy).toBe(relay);
  });
});

describe('an outlet’s journalist told', () => {
  it('"told the FT’s Ana Roe", "told Recode editor Ana Roe": the outlet relays', () => {
    expect(propose(['Ivo Ruml told the FT’s Ana Roe that rates would rise.'])[0]!.relayedBy).toBe('FT');
    expect(propose(['Ivo Ruml told Recode editor Ana Roe that the site would close.'])[0]!.relayedBy).toBe(
      'Recode',
    );
  });

  it('"told Ivo Ruml’s Ana Roe": a person’s possessive is no outlet', () => {
    expect(propose(['Tom Lee told Ivo Ruml’s Ana Roe that rates would rise.'])[0]!.relayedBy).toBeUndefined();
  });
});
