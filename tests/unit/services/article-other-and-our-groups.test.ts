// "Other neighbors said", "Our sources say": like "some" and "many", "other" and "our" before a plural are
// no part of the speaker (the fixtures README: determiners and quantifiers are dropped). Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('"other" and "our" before a group', () => {
  it('"Other neighbors said" → neighbors, "Our sources say" → sources', () => {
    expect(
      speakers([
        'Other neighbors said they heard a loud bang after midnight.',
        'Our sources say the singer signed the papers on Friday.',
      ]),
    ).toEqual(['neighbors', 'sources']);
  });

  it('a capitalised name after "Other" is left as written when it is no plural', () => {
    expect(speakers(['Other Worlds Inc. said the game would ship in May.'])).toEqual(['Other Worlds']);
  });
});
