// A government named as its executive ("the Mercian Executive") is a body of that kind: "an executive
// spokesman said" after it is that body speaking through its spokesman, as "a company spokesperson" is the
// company's (the fixtures README: a spokesperson of a body the text names speaks for the body). Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) =>
  propose(paragraphs, { model: null }).find((x) => x.statement.includes(words))?.speaker;

describe('a government named as its executive', () => {
  it('"An executive spokesman said" after "the Mercian Executive" is the Mercian Executive', () => {
    expect(
      speakerOf(
        [
          'The Mercian Executive published its budget on Tuesday.',
          'An executive spokesman said the plan was sound.',
        ],
        'the plan was sound',
      ),
    ).toBe('Mercian Executive');
  });

  it('"a company executive said" with no executive body named is not made one', () => {
    expect(
      speakerOf(
        ['Acme Ltd cut its prices.', 'A senior executive said the cuts were planned.'],
        'were planned',
      ),
    ).not.toBe('Acme Ltd');
  });
});
