// A body the article names, then a plural noun for the people who speak for it ("Halvard executives said"), is
// that body speaking through them, the noun the role (the fixtures README's rule of session 15). Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) => {
  const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes(words));
  return c && [c.speaker, c.speakerRole];
};

describe('a body named by the article, then its people', () => {
  it('"Halvard executives said" after "Halvard Inc" is Halvard, role executives', () => {
    expect(
      speakerOf(
        [
          'Halvard Inc reported a loss for the quarter.',
          'Halvard executives said the loss was smaller than feared.',
        ],
        'smaller than feared',
      ),
    ).toEqual(['Halvard', 'executives']);
  });

  it('a body named in full, then its name and "officials"', () => {
    expect(
      speakerOf(
        [
          'The Brenford Group said on Monday it would close two plants.',
          'Brenford Group officials said the plants had lost money for years.',
        ],
        'lost money',
      ),
    ).toEqual(['Brenford Group', 'officials']);
  });

  it('a name the article never gives a body is left as written', () => {
    expect(speakerOf(['Ramsey researchers said the results were promising.'], 'promising')?.[0]).toBe(
      'Ramsey researchers',
    );
  });
});
