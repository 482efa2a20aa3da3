// A plural people's possessive inside a body's name ("Children's Hospital", "People's Liberation Army") is the
// name's own word, not an owner before another name: the body is named whole, and "Hospital officials" after
// it speak for it (the fixtures README: a body the article names in full is named so). Sentences written for
// the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) =>
  propose(paragraphs, { model: null }).find((x) => x.statement.includes(words))?.speaker;

describe("a people's possessive inside a name", () => {
  it('"Hospital officials" after "Marlow Children\'s Hospital Medical Center" are that hospital', () => {
    expect(
      speakerOf(
        [
          "The boy was taken to Marlow Children's Hospital Medical Center.",
          'Hospital officials said he was stable.',
        ],
        'he was stable',
      ),
    ).toBe("Marlow Children's Hospital Medical Center");
  });
});
