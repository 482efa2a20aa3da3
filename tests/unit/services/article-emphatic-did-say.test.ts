// "She did say that …", "he does warn that …": the emphatic auxiliary affirms the verb after it, which is
// the claim's ("did not say" stays no claim). Sentences written for the test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (sentence: string) =>
  propose(['Harbour vote', 'Mayor Ann Roe spoke to the council on Tuesday.', sentence], { model: null }).map(
    (c) => c.speaker,
  );

describe('an emphatic "did", "does" before a verb of saying', () => {
  it.each([
    'But she did say that the vote had come too late.',
    'Roe does warn that the harbour fees will rise.',
    'She did acknowledge that the budget had mistakes in it.',
  ])('%s', (sentence) => expect(speakers(sentence)).toEqual(['Ann Roe']));

  it('"did not say" is still no claim', () => {
    expect(speakers('She did not say when the harbour would reopen.')).toEqual([]);
  });
});
