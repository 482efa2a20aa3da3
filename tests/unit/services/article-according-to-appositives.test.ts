// "according to Ana Ruiz, president of the growers' association": the role in apposition after the name
// is the speaker's, as it is after "said X,". Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a role in apposition after "according to" and a name', () => {
  it('at the end of the sentence', () => {
    const c = only([
      'The show was a success, according to Dana Merrow, assistant professor of music and curator of the series.',
    ]);
    expect([c.speaker, c.speakerRole]).toEqual([
      'Dana Merrow',
      'assistant professor of music and curator of the series',
    ]);
  });

  it('opening the sentence, the clause after the second comma', () => {
    const c = only(['According to Omar Tessel, president of the Growers Association, costs are high.']);
    expect([c.speaker, c.speakerRole]).toEqual(['Omar Tessel', 'president of the Growers Association']);
  });

  it('a clause after the name is no role ("…, with 40 pilots grounded")', () => {
    const c = only(['Flights were cut, according to Omar Tessel, with 40 pilots grounded on Monday.']);
    expect(c.speaker).toBe('Omar Tessel');
    expect(c.speakerRole).toBeUndefined();
  });
});
