// A description read as the person in view ("The director said" → Quentin Roe) is that person's role from
// then on: a later "the director said", with someone else speaking between and a name of the unit's own
// before it ("In an interview with Harbor Weekly, the director said"), finds the director again, not the
// name in the unit (the fixtures README's "A noun alone for the speaker"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a description found again', () => {
  it('"the director said" later is the director, with another speaker between', () => {
    expect(
      speakers([
        'Marcus Delane has said letting Ivy Norberg drive the car was a mistake.',
        'The director said failing to check the road was his worst error.',
        'In a radio interview, Norberg said she had doubts about the car.',
        'In an interview with Harbor Weekly, the director said he was sorry.',
      ]),
    ).toEqual(['Marcus Delane', 'Marcus Delane', 'Ivy Norberg', 'Marcus Delane']);
  });
});
