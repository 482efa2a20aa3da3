// A named person's family speaks as the family, not as that person ("Mr Varga's family said" → Varga's
// family, "the Orlov family said" → Orlov family), as the labels name it; and one who speaks for a family
// ("a family spokeswoman") speaks in her own voice, as a relative or a lawyer unnamed does. Sentences written
// for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) => {
  const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes(words));
  return c && [c.speaker, c.speakerRole ?? null];
};

describe("a named person's family", () => {
  it('"Mr Varga\'s family said" is Varga\'s family, not Varga', () => {
    expect(
      speakerOf(
        ['Tomas Varga, 58, died in the crash on Tuesday.', "Mr Varga's family said he had loved the sea."],
        'loved the sea',
      ),
    ).toEqual(["Varga's family", null]);
  });

  it('"the Orlov family said" is the Orlov family', () => {
    expect(
      speakerOf(
        [
          'The singer Anna Orlov was questioned on Friday.',
          'The Orlov family said in a statement that the claims were false.',
        ],
        'claims were false',
      ),
    ).toEqual(['Orlov family', null]);
  });

  it('"a family spokeswoman said" is the family spokeswoman, in her own voice', () => {
    expect(
      speakerOf(
        ['Tomas Varga was released from hospital.', 'A family spokeswoman said he was resting at home.'],
        'resting at home',
      ),
    ).toEqual(['family spokeswoman', null]);
  });
});
