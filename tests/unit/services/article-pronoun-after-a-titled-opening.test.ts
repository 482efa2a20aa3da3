// "He" after a sentence that opens on a titled person: the role words may be in lower case ("Defence chief
// Anton Rebane met …"), and a titled speaker of the other gender is no referent when a person of the
// pronoun's gender was named in the same sentence. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('"he" after a sentence opening on a titled person', () => {
  it('goes to the man the sentence opens on behind role words in lower case, not the last speaker', () => {
    expect(
      speakers([
        'Baltic defence',
        'Liisa Kask, the bloc’s foreign policy chief, said on Tuesday the bloc would help.',
        'Defence chief Anton Rebane met the minister later. He said Tallinn would buy more artillery next year.',
      ]).at(-1),
    ).toBe('Anton Rebane');
  });

  it('does not open on a body after "the"', () => {
    expect(
      speakers([
        'Rates',
        '“Rates will stay high,” said former Treasury official Mark Dunne.',
        'Banks are nervous. But the Central Bank and other lenders have their own rules, and Dunne doubts they will agree.',
        '“Each will go its own way,” he said.',
      ]).at(-1),
    ).toBe('Mark Dunne');
  });

  it('goes to a man named in the sentence before, not the titled woman it opens on', () => {
    expect(
      speakers([
        'Defence review',
        'Prime Minister Margaret Holm has backed the programme, a view voiced again on Monday by her defence minister, Peter Gale.',
        'He told business leaders that contracts would follow.',
      ]).at(-1),
    ).toBe('Peter Gale');
  });
});
