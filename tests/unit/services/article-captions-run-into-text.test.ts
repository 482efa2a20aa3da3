import { describe, expect, it } from 'vitest';
import { isBoilerplateParagraph, withoutInlineCaptions } from '../../../electron/services/import/boilerplate';
import { textToParagraphs } from '../../../electron/services/import/plain-text';

// A page copied as text can run its photo captions into the story, the whole story one paragraph:
// "Image copyright X Image caption <caption, no full stop> <the story's sentence> …". Only the captions
// are page furniture.
const story = [
  'Image copyright Harbour Press Image caption Boats waited outside the flooded marina',
  'The harbour board closed the marina on Monday after a storm surge flooded its lower pontoons, officials said.',
  'Engineers will inspect the sea wall before any boat is allowed back in.',
  'Image caption The board met in an emergency session',
  'Its chair, Lena Example, said the damage was "worse than anything we saw last winter".',
  "Media caption Watch: the surge reaches the town's promenade",
  'Boat owners said they had been given no warning.',
  'One owner, Tom Sample, told reporters that he had lost two weeks of work.',
  'The board said it expected to reopen the marina before the summer season begins in May.',
].join(' ');

describe('captions run into the text are dropped, the text around them kept', () => {
  it('keeps a long paragraph of prose that opens with a caption marker', () => {
    expect(isBoilerplateParagraph(story)).toBe(false);
    // A caption on its own line is still page furniture.
    expect(
      isBoilerplateParagraph('Image copyright Harbour Press Image caption Boats waited outside the marina'),
    ).toBe(true);
  });

  it('takes out each marker and its caption, up to where the sentence after it opens', () => {
    expect(textToParagraphs(`Marina closed after storm\n\n${story}`)).toEqual([
      'Marina closed after storm',
      [
        'The harbour board closed the marina on Monday after a storm surge flooded its lower pontoons, officials said.',
        'Engineers will inspect the sea wall before any boat is allowed back in.',
        'Its chair, Lena Example, said the damage was "worse than anything we saw last winter".',
        'Boat owners said they had been given no warning.',
        'One owner, Tom Sample, told reporters that he had lost two weeks of work.',
        'The board said it expected to reopen the marina before the summer season begins in May.',
      ].join(' '),
    ]);
  });

  it('ends a caption where a capital follows a lower-case word, or at a title before a name', () => {
    expect(
      withoutInlineCaptions(
        'Crews worked through the night. Image caption A crane lifted the hull off the rocks Coastguard officer Ann Doe said the crew were safe.',
      ),
    ).toBe('Crews worked through the night. Coastguard officer Ann Doe said the crew were safe.');
    expect(
      withoutInlineCaptions(
        'Crews worked through the night. Media caption Divers search the bay near Port Example Mr Doe said the crew were safe.',
      ),
    ).toBe('Crews worked through the night. Mr Doe said the crew were safe.');
  });

  it('keeps the words when no end of the caption is found, taking out only the marker', () => {
    expect(withoutInlineCaptions('Image caption Mr Doe said the crew were safe and well.')).toBe(
      'Mr Doe said the crew were safe and well.',
    );
  });

  it('reads a crosshead in single quotes run into the text as a heading of its own', () => {
    const text = `Marina closed after storm\n\n${story} 'Worse than last winter' A second storm is forecast for Friday, forecasters said. "It will be close," he said.`;
    const paragraphs = textToParagraphs(text);
    expect(paragraphs.at(-2)).toBe('Worse than last winter');
    expect(paragraphs.at(-1)).toBe(
      'A second storm is forecast for Friday, forecasters said. "It will be close," he said.',
    );
    // A quotation in prose ends on its stop or comma: no heading.
    expect(
      textToParagraphs("The crew cheered. 'We made it,' Ann Doe said. 'Now we rest.' Then they slept."),
    ).toHaveLength(1);
  });
});
