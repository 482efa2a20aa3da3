// An accusation whose makers go unnamed ("was accused of …") is a claim with no speaker (the corpus
// labels' convention); "…, say officials." closing a sentence is the officials'. Sentences written for the
// test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a passive accusation with no one named', () => {
  it.each([
    'The harbour board was accused Tuesday of hiding the cost of the new pier.',
    'The two guards are also accused of falsifying the night records.',
    'The ferry company has been accused of ignoring safety warnings by changing its rota.',
  ])('%s', (sentence) => {
    const c = only([sentence]);
    expect(c.speaker).toBeUndefined();
    expect(c.cue).toBe('accused of');
  });

  it('names the accuser when "by" gives one', () => {
    expect(only(['The harbour board was accused by the auditors of hiding the cost.']).speaker).toBe(
      'auditors',
    );
  });

  it.each(['The accused sat quietly in the dock.', 'She was arrested and accused of fraud.'])(
    'no claim: %s',
    (sentence) => {
      expect(propose([sentence])).toHaveLength(0);
    },
  );
});

describe('an inverted "say" closing the sentence', () => {
  it.each([
    ['The pier will reopen in the spring, say officials.', 'officials'],
    ['Ferry fares were largely unchanged, say analysts.', 'analysts'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });

  it('"as they say" in mid-sentence is no inverted frame', () => {
    expect(propose(['Rules, as the saying goes, are rules.'])).toHaveLength(0);
  });
});
