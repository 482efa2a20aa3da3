// Where a person is from, or an affiliation alone, set off by commas after the name ("Tony Roe, of
// Burnley, said", "Ana Roe, 26, from Wales, said") is no name and no role: the person speaks. Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

const rules = { model: null } as const;

describe('a town or an affiliation after the name', () => {
  it('"Tony Marten, of Burnley, said: …" is Tony Marten, no role', () => {
    const c = only(['Tony Marten, of Burnley, said: "He has won us two terms."'], rules);
    expect([c.speaker, c.speakerRole]).toEqual(['Tony Marten', undefined]);
  });

  it('"Stephen Dowling, 26, from Wales, said …" is Stephen Dowling', () => {
    const c = only(
      ['Stephen Dowling, 26, from Wales, said after the speech: "It was a turning point."'],
      rules,
    );
    expect(c.speaker).toBe('Stephen Dowling');
  });

  it('a role before the name stays; the town after it is neither name nor role', () => {
    const c = only(
      ['After the vote finance spokesman Bob Wellingborough, of Torfaen, said the rises were too high.'],
      rules,
    );
    expect([c.speaker, c.speakerRole]).toEqual(['Bob Wellingborough', 'finance spokesman']);
  });

  it('"of the Example Trust" alone gives no role', () => {
    const c = only(['Ana Roe, of the Example Trust, said the plan was bad.'], rules);
    expect([c.speaker, c.speakerRole]).toEqual(['Ana Roe', undefined]);
  });
});
