// A speaker's aside between commas inside a sentence ("Simultaneously, he continued, the government has
// …", "The bank, Roe went on, intervenes …") goes on with their words; sentences written for the test,
// none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const OPENING = 'Finance Minister Karl Odum spoke at the harbour forum on Monday.';

describe('an aside that goes on', () => {
  it.each([
    'Simultaneously, he continued, the government has cut the deficit by half.',
    'The Central Bank, he continued, intervenes only when the currency slides.',
    'The reserve, Odum went on, would last another year.',
    'Exports, Karl Odum continues, have never been higher.',
  ])('%s', (sentence) => {
    const claims = propose([OPENING, sentence]);
    expect(claims.map((c) => c.speaker)).toEqual(['Karl Odum']);
    expect(claims[0]?.sentence).toBe(sentence);
  });
});

describe('and not a story that goes on', () => {
  it.each([
    'The talks continued, and the harbour stayed shut.',
    'The strike, which continued, closed the port.',
    'In June the rain continued, flooding the lower town.',
  ])('%s', (sentence) => {
    expect(propose([OPENING, sentence])).toHaveLength(0);
  });
});
