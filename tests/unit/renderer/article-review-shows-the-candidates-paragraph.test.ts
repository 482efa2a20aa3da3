import { describe, expect, it } from 'vitest';
import { sourceParagraph } from '../../../renderer/src/features/import/source-paragraph';

// The review shows each candidate beside the article paragraph it came from. Locators count as a reader
// does (a headline, byline or subheading is no paragraph), the text as read keeps them (invented text).
const paragraphs = [
  'Harbour council delays vote',
  'The council postponed the vote, its chair Mara Quill said.',
  'Ferry services',
  '"We need another month," Quill said.',
];

describe('the paragraph beside a review candidate', () => {
  it('is the one holding its sentence, past the headline and subheadings its locator does not count', () => {
    expect(
      sourceParagraph(paragraphs, 'para. 1', 'The council postponed the vote, its chair Mara Quill said.'),
    ).toBe(paragraphs[1]);
    expect(sourceParagraph(paragraphs, 'para. 2', '"We need another month," Quill said.')).toBe(
      paragraphs[3],
    );
  });

  it('falls back to the numbered paragraph, and shows none without a locator', () => {
    expect(sourceParagraph(paragraphs, 'para. 2', 'A sentence the text no longer holds.')).toBe(
      paragraphs[1],
    );
    expect(sourceParagraph(paragraphs, undefined, 'The council postponed the vote.')).toBe('');
  });
});
