// Adverbs and clause words the sentence glues to a subject are no part of the speaker: "Apparently
// Lindsey", "Whether Karenga", "He instead", "The agency flat-out". Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('an adverb or clause word before the name', () => {
  it('"Apparently Torvald said" is Torvald, the full name the article gave', () => {
    expect(
      speakers([
        'Marta Torvald runs the bakery on Elm Street.',
        'Apparently Torvald said the ovens had failed twice that week.',
      ]),
    ).toEqual(['Marta Torvald']);
  });

  it('"Whether Okafor …" opens no name: a later "Okafor said" is the person named in full', () => {
    expect(
      speakers([
        'Dele Okafor founded the cycling club in 1998.',
        'Whether Okafor meant it is unclear, but Okafor said the club would close.',
      ]),
    ).toEqual(['Dele Okafor']);
  });

  it('a name ending in -ly is kept whole ("Rosaly Pereira", "Vassily Orlov")', () => {
    expect(speakers(['Rosaly Pereira said the probe was ready.'])).toEqual(['Rosaly Pereira']);
    expect(speakers(['Vassily Orlov said the draft was weak.'])).toEqual(['Vassily Orlov']);
  });
});

describe('an adverb between the subject and its verb', () => {
  it('"Okafor matter-of-factly said" is Okafor', () => {
    expect(
      speakers(['Dele Okafor founded the club.', 'Okafor matter-of-factly said the club was broke.']),
    ).toEqual(['Dele Okafor']);
  });

  it('"He instead told reporters" is the "he" of the sentence before', () => {
    expect(
      speakers([
        'Dele Okafor said the club was broke.',
        'He instead told reporters that the club would be sold.',
      ]),
    ).toEqual(['Dele Okafor', 'Dele Okafor']);
  });

  it('"The company flat-out denied" is the company', () => {
    const c = propose(['Brightwater Records was sued on Monday.', 'The company flat-out denied the claims.']);
    expect(c.map((x) => x.speaker)).not.toContain('company flat-out');
  });
});
