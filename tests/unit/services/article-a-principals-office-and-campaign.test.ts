// A person speaking through an office or a campaign of their own ("Roe's campaign said", "The Roe campaign
// said", "Roe's Downing Street office insisted") is that person, named in full, the noun the role (the
// fixtures README: a person speaking through a representative named by a possessive or a modifier is the
// speaker). A cause's campaign and an office named by its title stay as written. Sentences written for the
// test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) => {
  const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes(words));
  return c && [c.speaker, c.speakerRole ?? null];
};

describe("a principal's office or campaign", () => {
  it('"Varga\'s campaign said" is the candidate, role campaign', () => {
    expect(
      speakerOf(
        [
          'Helena Varga spoke to farmers in Dorset on Monday.',
          "Varga's campaign said the crowd was the largest yet.",
        ],
        'the largest yet',
      ),
    ).toEqual(['Helena Varga', 'campaign']);
  });

  it('"The Varga campaign said" is the candidate, role campaign', () => {
    expect(
      speakerOf(
        [
          'Helena Varga spoke to farmers in Dorset on Monday.',
          'The Varga campaign said the crowd was the largest yet.',
        ],
        'the largest yet',
      ),
    ).toEqual(['Helena Varga', 'campaign']);
  });

  it('"Orlov\'s Kremlin office insisted" is the leader, the office with its place the role', () => {
    expect(
      speakerOf(
        [
          'Pavel Orlov met the envoy on Friday.',
          "Orlov's Kremlin office insisted the meeting had been cordial.",
        ],
        'had been cordial',
      ),
    ).toEqual(['Pavel Orlov', 'Kremlin office']);
  });

  it('"President Ana Varga\'s spokesman said": the title is hers, the role the spokesman\'s', () => {
    expect(
      speakerOf(
        ['The plan was debated.', "President Ana Varga's spokesman said the plan was sound."],
        'was sound',
      ),
    ).toEqual(['Ana Varga', 'spokesman']);
  });

  it("a cause's campaign is no person's", () => {
    expect(
      speakerOf(['The Save Our Meadows campaign said the vote was a betrayal.'], 'a betrayal')?.[0],
    ).toBe('Save Our Meadows campaign');
  });
});
