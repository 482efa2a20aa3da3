// A pull quote (a quotation the page repeats from its body, set apart) proposes nothing and does not move
// who "he" is; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('pull quotes', () => {
  it('the quotation repeated in a paragraph of its own is left to the body', () => {
    const c = propose([
      '“If you do not have a big booster, you are not going to make it,” Stafford said.',
      '“The fewer launches per mission, the higher the chance of success,” said Doug Cooke, a former associate administrator.',
      '“SLS is not being used for what it was designed to do,” he continued.',
      'Tom Stafford spoke next. “If you do not have a big booster, you are not going to make it,” he said.',
    ]);
    expect(c.slice(0, 2).map((x) => x.speaker)).toEqual(['Doug Cooke', 'Doug Cooke']);
    expect(c).toHaveLength(3);
    expect(c.at(-1)!.speaker).toBe('Tom Stafford');
  });

  it('a short quotation said twice ("No comment") is no pull quote', () => {
    const c = propose(['“No comment,” Roe said.', 'Asked again, “No comment,” Roe said.']);
    expect(c).toHaveLength(2);
  });
});
