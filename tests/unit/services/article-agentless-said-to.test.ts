// "X is said to …", "X was reported to …": agentless saying. Its subject is what is said of, not who says
// it: a claim with no speaker, unless the sentence names a source after it ("…, according to two friends").
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('agentless "is said to" and "was reported to"', () => {
  it('a named subject is no speaker', () => {
    const c = only(['Ana Kirov is said to have turned down the offer while on holiday in Greece.'], {
      model: null,
    });
    expect(c.speaker).toBeUndefined();
  });

  it('nor is a thing, with an adverb before the participle', () => {
    const c = only(['The bid was widely reported to have been cut by a third.'], { model: null });
    expect(c.speaker).toBeUndefined();
  });

  it('a pronoun subject stays empty too', () => {
    const c = only(
      ['Tomas Berg met the board on Monday.', 'He is said to be feeling more confident about the plan.'],
      { model: null },
    );
    expect(c.speaker).toBeUndefined();
  });

  it('a source named after it speaks', () => {
    const c = only(['Lena Orr is said to be furious, according to two former colleagues.'], { model: null });
    expect(c.speaker).toBe('former colleagues');
  });
});
