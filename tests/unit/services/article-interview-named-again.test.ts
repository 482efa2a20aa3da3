// "In the interview, …" paragraphs after the same speaker's interview with an outlet: the interview named again
// is that one, its outlet relays the unit and, by the run rule, the speaker's units after it. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const relays = (paragraphs: string[]) =>
  propose(paragraphs, { outlet: 'The Valley Herald', model: null }).map((c) => [
    c.speaker,
    c.relayedBy ?? null,
  ]);

describe('an interview named again by "the interview"', () => {
  it('relays the outlet the speaker gave it to', () => {
    expect(
      relays([
        'Chef speaks out',
        'In an interview with Food Weekly, chef Marco Bellini said the restaurant would close in May.',
        'The building has stood empty since the fire.',
        'Insurers paid for part of the damage.',
        'In the interview, Bellini also said he would open a bakery in the old town.',
        '"Bread is where I started," he added.',
      ]),
    ).toEqual([
      ['Marco Bellini', 'Food Weekly'],
      ['Marco Bellini', 'Food Weekly'],
      ['Marco Bellini', 'Food Weekly'],
    ]);
  });
});
