// "He said …" after a quotation of an unnamed speaker ("a senior border official told reporters") is that
// speaker's, the noun as the labels' convention names it, not a person named further up. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('a pronoun after an unnamed speaker', () => {
  it('is the unnamed speaker described by nationality, not a spokesman named before', () => {
    expect(
      speakers([
        'Ferry talks',
        'Port authority spokesman Olaf Brandt said on Monday that the harbour would stay open.',
        '“We will not close the crossing for the winter,” a senior Danish official told reporters.',
        'He said the ferries would keep running until March.',
      ]),
    ).toEqual(['Olaf Brandt', 'senior Danish official', 'senior Danish official']);
  });

  it('is the unnamed speaker with no nationality too', () => {
    expect(
      speakers([
        'Bridge closure',
        'Mayor Ingrid Vass said the bridge would reopen in spring.',
        'A senior highways official said on Tuesday that the cracks were deeper than thought.',
        'He said the repairs could take a year.',
      ]).at(-1),
    ).toBe('senior highways official');
  });

  it('does not take a body’s name for an unnamed person', () => {
    expect(
      speakers([
        'Rail strike',
        'The Port Authority said on Monday that the line was unsafe.',
        'He said the trains would stop.',
      ]).at(-1),
    ).toBeUndefined();
  });
});
