// "a senior Treasury Department official", "top Acme executives": a rank before one who speaks for a body the
// phrase names is part of the role, and the body speaks (the fixtures README: an organisation speaking through
// an unnamed spokesperson or official is the speaker); with no body named ("a senior British official") the
// phrase stays the speaker. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) => {
  const c = propose(paragraphs, { model: null }).find((x) => x.statement.includes(words));
  return c && [c.speaker, c.speakerRole ?? null];
};

describe("a rank before a body's official", () => {
  it('"a senior Treasury Department official said" is the department, role senior official', () => {
    expect(
      speakerOf(
        [
          'The talks stalled on Friday.',
          'A senior Treasury Department official said the talks would resume.',
        ],
        'would resume',
      ),
    ).toEqual(['Treasury Department', 'senior official']);
  });

  it('"a senior Danish official" names no body and stays as written', () => {
    expect(
      speakerOf(
        ['The talks stalled on Friday.', 'A senior Danish official said the talks would resume.'],
        'would resume',
      )?.[0],
    ).toBe('senior Danish official');
  });
});
