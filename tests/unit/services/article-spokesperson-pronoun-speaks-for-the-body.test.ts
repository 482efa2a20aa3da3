// "A spokeswoman for the Harbour Trust said …. “…,” she said": the pronoun after an unnamed person who
// spoke for a body is that person, so the body goes on speaking (the fixtures README: a spokesperson's "He
// added" → the body, no role). It was left empty, the last speaker being a body. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) => propose(paragraphs, { model: null });

describe('a pronoun after a body’s unnamed spokesperson', () => {
  it('goes on with the body', () => {
    const found = claims([
      'Harbour dredging',
      'Dredging of the old harbour will start in March, the council said on Monday.',
      'A spokeswoman for the Harbour Trust said the work would not harm the seals. “We have watched the colony for ten years,” she said.',
    ]);
    const last = found.at(-1);
    expect(last?.speaker).toBe('Harbour Trust');
    expect(last?.speakerRole ?? null).toBeNull();
  });

  it('not when the pronoun is of the other gender than the role', () => {
    expect(
      claims([
        'Harbour dredging',
        'Ana Lukic, who runs the ferry, said she was worried.',
        'A spokeswoman for the Harbour Trust said the work would not harm the seals. “We will pay for any losses,” he said.',
      ]).at(-1)?.speaker,
    ).not.toBe('Harbour Trust');
  });
});
