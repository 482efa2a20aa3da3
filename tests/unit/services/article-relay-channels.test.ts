// An opening that names the programme an interview was given on relays it, and so do the same speaker's
// lines under a lead-in that only points to them (fixtures README, session 28's "Openings that name a
// programme or network"); a page reprinting another outlet's story under its quoted headline ("ICYMI: “…”")
// relays that outlet in the claims after an opening that cites it (session 26's "Passages quoted from an
// outlet"); a network named after a post's noun relays ("in a post on X"); the one "told" ends before a
// clause or a day after it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (paragraphs: string[], outlet = 'The Harbor Office') =>
  propose(paragraphs, { outlet, model: null }).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('an interview on a programme named in the opening', () => {
  it('relays the programme, and the lines under a pointing lead-in too', () => {
    expect(
      relays([
        'Governor Roe Speaks Out',
        'March 3, 2025',
        'In an exclusive, wide-ranging interview on Harbor Morning today, Governor Ana Roe praised the ferry workers, outlined new steps to cut fares, and much more.',
        'Here are key moments you missed:',
        'Governor Roe praised the ferry workers: “They never stopped working, not for a single day.”',
        'Governor Roe vowed to cut fares: “We are going to cut the fares in half by the summer.”',
      ]),
    ).toEqual([
      ['Ana Roe', 'Harbor Morning'],
      ['Ana Roe', 'Harbor Morning'],
      ['Ana Roe', 'Harbor Morning'],
    ]);
  });

  it('does not read a place or a day as a programme', () => {
    expect(
      relays([
        'Ferry fares',
        'In an interview on Capitol Hill, Senator Ana Roe said the ferry fares would fall by the summer.',
      ]),
    ).toEqual([['Ana Roe', null]]);
    expect(
      relays([
        'Ferry fares',
        'In a brief interview on Tuesday, Senator Ana Roe said the ferry fares would fall by the summer.',
      ]),
    ).toEqual([['Ana Roe', null]]);
  });

  it('carries no relay past a paragraph that is not a pointing lead-in', () => {
    expect(
      relays([
        'Governor Roe Speaks Out',
        'In an interview on Harbor Morning, Governor Ana Roe said the ferry fares would fall by the summer.',
        'The ferries carried four million riders last year, up from three million.',
        'Governor Roe said the new boats would arrive in June.',
      ]),
    ).toEqual([
      ['Ana Roe', 'Harbor Morning'],
      ['Ana Roe', null],
    ]);
  });
});

describe('a page reprinting another outlet’s story', () => {
  const page = (headline: string) => [
    headline,
    'March 3, 2025',
    'More and more firms are building new plants at home, according to a new report from Reuters.',
    'ACME TOOLS',
    'The toolmaker plans to open a second plant in Ohio next year, its chief executive Ana Roe said on March 1.',
    'BOLT WORKS',
    'The fastener maker is weighing a new factory in Texas, a regional newspaper reported on Feb. 2.',
  ];

  it('relays the outlet the opening cites in the claims that name no relay of their own', () => {
    expect(relays(page('ICYMI: “Firms look to build new plants at home”'))).toEqual([
      [null, 'Reuters'],
      ['Ana Roe', 'Reuters'],
      [null, 'regional newspaper'],
    ]);
  });

  it('does nothing under a headline of the page’s own', () => {
    expect(relays(page('Firms Look to Build New Plants at Home'))).toEqual([
      [null, 'Reuters'],
      ['Ana Roe', null],
      [null, 'regional newspaper'],
    ]);
  });
});

describe('a post on a network named after the noun', () => {
  it('relays the network ("in a post on X", "in a video posted to Facebook")', () => {
    expect(
      relays([
        'Ferry fares',
        'Ana Roe said in a post on X that the ferries could not run at a loss.',
        'Tom Lee, the union leader, criticised the plan in a short video posted to Facebook on Sunday.',
      ]),
    ).toEqual([
      ['Ana Roe', 'X'],
      ['Tom Lee', 'Facebook'],
    ]);
  });
});

describe('the one told', () => {
  it('ends before a clause or a day after it', () => {
    expect(
      relays([
        'Plant news',
        'Mayor Tom Lee told local television after welcoming the minister that the plant would reopen.',
      ]),
    ).toEqual([['Tom Lee', 'local television']]);
  });
});
