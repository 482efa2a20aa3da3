// Words that describe a body, put at the head of its name by a lead or a headline ("Singapore-based
// Broadcom", "the 15-member Security Council", "Secretive Telegram"), are no part of the name: the body
// speaks under its name alone (the fixtures README: the speaker "as the article names it"). A speaker's own
// website ("on its website, Acme said") presents no outlet. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('modifiers before a body name', () => {
  it('"Ohio-based Varnell" in a lead does not make "Varnell said" later "Ohio-based Varnell"', () => {
    expect(
      speakers([
        'Ohio-based Varnell is mainly a maker of valves for ships and tankers.',
        'Varnell said on Tuesday the merger would close by June.',
      ]),
    ).toEqual(['Varnell']);
  });

  it('a headline adjective before a body name ("Reclusive Quorbit") is no part of it', () => {
    expect(
      speakers([
        'Reclusive Quorbit app pulled from stores',
        'Quorbit was pulled from two stores on Friday.',
        'In a post on its blog, Quorbit wrote that the outage was brief.',
      ]),
    ).toEqual(['Quorbit']);
  });

  it('a number-member compound before a body is dropped ("the 9-member Tariff Board")', () => {
    expect(speakers(['In a statement, the 9-member Tariff Board said the duties would stay.'])).toEqual([
      'Tariff Board',
    ]);
  });

  it('an adjective that opens a body name stays ("Progressive Party", "Conservative Party")', () => {
    expect(speakers(['The Progressive Party said it would contest every seat.'])).toEqual([
      'Progressive Party',
    ]);
  });

  it('"on its website, Varnell criticised …": the speaker\'s own website presents no outlet', () => {
    const claims = propose([
      'In a presentation posted on its website, Varnell criticised the rival board.',
      'Varnell said the offer was final.',
    ]);
    expect(claims.map((c) => [c.speaker ?? null, c.relayedBy ?? null])).toEqual([
      ['Varnell', null],
      ['Varnell', null],
    ]);
  });
});
