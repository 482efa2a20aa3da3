// Outside a quotation "you" is the reader or an audience addressed, as "we" and "I" are the writer: its
// verbs of saying make no claim. Sentences written for the test (invented).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('the second person says nothing', () => {
  it('"If you said something …" and "you remind us that …" propose nothing', () => {
    expect(speakers(['If you said something that annoyed him, he would answer in a quieter voice.'])).toEqual(
      [],
    );
    expect(
      speakers(['You bring joy to thousands of families, and you remind us that giving matters most.']),
    ).toEqual([]);
  });

  it('a named speaker in the same kind of sentence still speaks', () => {
    expect(speakers(['Ann Roe reminded reporters that giving matters most.'])).toEqual(['Ann Roe']);
  });
});
