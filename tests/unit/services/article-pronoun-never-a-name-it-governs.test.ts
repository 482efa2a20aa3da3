// "He said Tomas Berg had left": a name the pronoun's own sentence writes in full after it is someone
// else, never what the pronoun stands for. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('a pronoun and a name it governs', () => {
  it('does not stand for a man its sentence names in full after it', () => {
    const found = speakers([
      'Club dispute',
      'The club fired its coach on Monday. Tomas Berg, the striker, was not told why.',
      'He said Tomas Berg had asked to leave in the summer.',
    ]);
    expect(found.at(-1)).not.toBe('Tomas Berg');
  });

  it('still stands for the man named before when no name follows', () => {
    const found = speakers([
      'Club dispute',
      'The club fired its coach on Monday. Tomas Berg, the striker, was not told why.',
      'He said he had asked to leave in the summer.',
    ]);
    expect(found.at(-1)).toBe('Tomas Berg');
  });
});
