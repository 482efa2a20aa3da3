// "…, underscoring that …": the -ing form of a WordNet verb of communication with a that-clause frame
// carries the claim of the clause's subject when the sentence has no finite verb of saying; sentences
// written for the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a derived participle before "that"', () => {
  it.each([
    [
      'Mayor Tilda Roan opened the depot on Friday, underscoring that the buses would run all night.',
      'Tilda Roan',
    ],
    ['The Harbour Board reopened the quay, conceding that the repairs had come late.', 'Harbour Board'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });
});

describe('says nothing without a speaker or without "that"', () => {
  it.each([
    'Fares rose by a third in June, suggesting that demand had recovered.',
    'Sales fell, indicating that buyers had gone.',
    'Mayor Tilda Roan opened the depot on Friday, underscoring her plan.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });
});
