// "He thanked Roe and described …": a sentence that opens on "he" or "she" names after the pronoun the people
// it speaks of, never who the pronoun is; the person in view before is. Sentences written for the test
// (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('names after a pronoun that opens the sentence', () => {
  it('"He thanked Calder and described …" is the person the sentence before opened on', () => {
    const paragraphs = [
      'Martin Calder took the award for best director. Tomas Verrell won the prize for best actor. He thanked Calder and described the film as "a gift".',
    ];
    const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes('a gift'));
    expect(c?.speaker).toBe('Tomas Verrell');
  });

  it('a name before the pronoun in a clause put first is still a candidate', () => {
    const paragraphs = [
      'Police questioned Ana Merritt on Friday. When officers asked Merritt about the car, she said she had sold it.',
    ];
    const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes('sold it'));
    expect(c?.speaker).toBe('Ana Merritt');
  });
});
