// The article's list of full names: a capitalised run must not take in a place before the name (a
// dateline's "…, Virginia" run into the text) or a heading's words after it ("… Breaks Silence on …").
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker);

describe('a name run past its edges', () => {
  it('"Norfolk, Virginia Donald Kell may have …": Virginia is the dateline’s', () => {
    expect(
      speakers([
        'Ann Lee, BBC News, Norfolk, Virginia Donald Kell may have kept the crowd waiting.',
        '“We will win,” Kell said.',
      ]),
    ).toContain('Donald Kell');
  });

  it('"Martin Kessel Breaks Silence on …": the heading’s verb ends the name', () => {
    expect(
      speakers(['Martin Kessel Breaks Silence on Film Feud', '“It was my choice,” Kessel said.']),
    ).toEqual(['Martin Kessel']);
  });
});
