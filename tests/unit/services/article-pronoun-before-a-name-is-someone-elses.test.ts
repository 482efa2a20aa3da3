// A sentence that names one person and says "she" before it ("She told Prince Osric about the letter") tells
// nothing of that person's gender: the pronoun is someone's already in view. Taking it as his made every
// later "he" miss him. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('a pronoun written before the one name a sentence gives', () => {
  it('does not give that name its gender', () => {
    expect(
      speakers([
        'Bakery row',
        '“We had no warning at all,” Ingrid Solvay said.',
        'She told Prince Osric about the letter the next morning, the couple recalled.',
        '“I could not believe it,” Osric said on Monday. “We had paid every bill.”',
        '“We will fight this in court,” he said.',
      ]).at(-1),
    ).toBe('Prince Osric');
  });

  it('still reads the gender from a pronoun after the name', () => {
    expect(
      speakers([
        'Bakery row',
        'Tobias Brand opened the shop in 2009 and he still runs it with his sister.',
        '“We will fight this in court,” he said.',
      ]).at(-1),
    ).toBe('Tobias Brand');
  });
});
