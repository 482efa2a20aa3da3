// A title-case headline's run of capitals with a verb, a preposition or an adjective in it ("Zentro Picks
// Up $30 Million") is no full name for the body's or person's later mentions. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('headline words are no name', () => {
  it('"Zentro notes" after the headline "Zentro Picks Up $30 Million For Video Gear" is Zentro', () => {
    expect(
      speakers([
        'Zentro Picks Up $30 Million For Video Gear',
        'The startup sells backpacks to broadcasters.',
        'Zentro notes that its gear is used by 1,000 stations.',
      ]),
    ).toEqual(['Zentro']);
  });

  it('a headline run with no such word still names ("Orvale Rangers" for "Orvale")', () => {
    expect(
      speakers([
        'Orvale Rangers — Thirty Years At The Top',
        'Orvale said in a statement that the coach would start in June.',
      ]),
    ).toEqual(['Orvale Rangers']);
  });
});

describe('a year between the subject and its verb', () => {
  it('"Vantor in 2017 announced …" is Vantor', () => {
    expect(speakers(['Vantor in 2017 announced a deal with the city to build a depot.'])).toEqual(['Vantor']);
  });
});
