// A quoted sentence right after a paraphrase that quoted nothing, in the same paragraph, is a claim of its
// own, the same speaker's, when the paraphrase said something of its own ("X said [paraphrase]. “[Quotation].”":
// two claims, the labels' convention since session 20). A sentence that only announces the words ("… he
// muttered in the hallway: .", "X echoed that message.") keeps them in its claim. Sentences written for the
// test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a quoted sentence after a plain paraphrase', () => {
  it('is a claim of its own, the same speaker’s', () => {
    for (const paragraph of [
      'Mr Venn said the new rules were needed. “Travellers deserve to know what they are owed.”',
      'Ms Ola added that she was glad nobody had been hurt. “I would not want anyone to suffer for this.”',
      'The scheme was far too slow, Ruth Kalder warned. “We are running out of time.”',
      'Dr Osei insisted that he would not rush into a judgement. “My duty is to read the findings first.”',
    ]) {
      const claims = propose([paragraph], { model: null });
      expect(claims, paragraph).toHaveLength(2);
      expect(claims[1]?.speaker, paragraph).toBe(claims[0]?.speaker);
      expect(claims[0]?.quote, paragraph).toBeUndefined();
      expect(claims[1]?.quote, paragraph).toBeDefined();
    }
  });

  it('stays in the claim of a sentence that only announces it', () => {
    for (const paragraph of [
      'Ruth Kalder echoed that message on the radio on Monday. “The scheme is too slow.”',
    ]) {
      const claims = propose([paragraph], { model: null });
      expect(claims, paragraph).toHaveLength(1);
      expect(claims[0]?.quote, paragraph).toBeDefined();
    }
  });
});
