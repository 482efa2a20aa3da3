// "It blamed …" after a sentence that opened on a body named by one word or a run no list knows: the
// body is the speaker. A sentence that opens on a person, a common word or an adverb gives "it" no one.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('"It" after a sentence that opened on a body', () => {
  it('a one-word company after its descriptors', () => {
    expect(
      speakers([
        'Dutch paint maker Vorlanda is to close two plants after weak sales in 2024.',
        'It blamed the poor results on a wet summer and slow decisions.',
      ]),
    ).toEqual(['Vorlanda']);
  });

  it('a body opening a sentence that says something itself is still "it" after', () => {
    expect(
      speakers([
        'Korvex has withdrawn the update after complaints from users. It said a fix would follow within a week.',
      ]),
    ).toEqual(['Korvex']);
  });

  it('no body from a common word or a person', () => {
    expect(speakers(['Shares fell 2% on Monday. It said the plan would work.'])).toEqual([undefined]);
    expect(speakers(['Here is the plan as drafted. It said the plan would work.'])).toEqual([undefined]);
  });
});
