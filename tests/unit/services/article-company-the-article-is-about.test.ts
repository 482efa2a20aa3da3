// "the company", "executives" with no body of that kind named in full: the one-word business the article
// is about ("WeWork", "Verizon"), named in its lead and most often so far. Sentences written for the test
// (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('the business the article is about', () => {
  it('"the company announced" after "BrightLoom said …" is BrightLoom', () => {
    const c = propose([
      'BrightLoom will cut 300 jobs, the firm’s chief said on Monday.',
      'BrightLoom has struggled since its failed listing.',
      'Analyst Ana Roe said the cuts were overdue.',
      'On Wednesday, the company announced a new plan for its offices.',
    ]);
    expect(c.at(-1)!.speaker).toBe('BrightLoom');
  });

  it('no such business named in the lead: the noun as written', () => {
    const c = propose(['The company announced a new plan for its offices.']);
    expect(c[0]!.speaker).toBe('company');
  });
});
