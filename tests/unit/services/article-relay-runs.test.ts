// A post's run of units: a speaker's claims next to the one naming the network the words were posted on
// relay it too (the fixtures README, session 24). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (paragraphs: string[]) =>
  propose(paragraphs, { model: null }).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('the same speaker next to the unit naming the channel', () => {
  it('the claims after "said on Facebook" relay it', () => {
    expect(
      relays([
        'Mayor Ola Brandt said on Facebook that the bridge would reopen in spring.',
        'Brandt said the repairs had cost more than planned.',
        '“We owe the town an apology,” she said.',
      ]),
    ).toEqual([
      ['Ola Brandt', 'Facebook'],
      ['Ola Brandt', 'Facebook'],
      ['Ola Brandt', 'Facebook'],
    ]);
  });

  it('the claim before "posted on X" relays it', () => {
    expect(
      relays([
        'Senator Ivo Ruml said the tariff plan would hurt farmers.',
        '“This is a tax on every family,” Ruml posted on X.',
      ]),
    ).toEqual([
      ['Ivo Ruml', 'X'],
      ['Ivo Ruml', 'X'],
    ]);
  });
});

describe('the run ends', () => {
  it('at another speaker', () => {
    expect(
      relays([
        'Mayor Ola Brandt said on Facebook that the bridge would reopen in spring.',
        'Council member Tomas Lind said the date was unrealistic.',
        'Brandt said the repairs had cost more than planned.',
      ]),
    ).toEqual([
      ['Ola Brandt', 'Facebook'],
      ['Tomas Lind', null],
      ['Ola Brandt', null],
    ]);
  });

  it('at a setting of its own ("Later, … told reporters", "in a statement")', () => {
    expect(
      relays([
        'Mayor Ola Brandt said on Facebook that the bridge would reopen in spring.',
        'Later, Brandt told reporters at the town hall that the repairs had cost more than planned.',
      ]),
    ).toEqual([
      ['Ola Brandt', 'Facebook'],
      ['Ola Brandt', null],
    ]);
    expect(
      relays([
        'Mayor Ola Brandt said on Facebook that the bridge would reopen in spring.',
        'Brandt said in a statement that the repairs had cost more than planned.',
      ]),
    ).toEqual([
      ['Ola Brandt', 'Facebook'],
      ['Ola Brandt', null],
    ]);
  });

  it('an outlet runs on too ("told the Harbor Times"; session 22\'s interview run, since session 27)', () => {
    expect(
      relays([
        'Mayor Ola Brandt told the Harbor Times that the bridge would reopen in spring.',
        'Brandt said the repairs had cost more than planned.',
      ]),
    ).toEqual([
      ['Ola Brandt', 'Harbor Times'],
      ['Ola Brandt', 'Harbor Times'],
    ]);
  });
});
