import { describe, expect, it } from 'vitest';
import { articleParagraphs, articleReading } from '../../../electron/services/import/article';
import { textParagraphs, textToParagraphs } from '../../../electron/services/import/plain-text';

// A plain text's layout is read once: its paragraphs as written (the byline line still in them, for what
// the text says about itself) and as the story is read (the furniture dropped) come from the one reading.
const STORY = [
  'Harbour council delays vote on new ferry terminal',
  'By Ana Roe and LI WEI',
  'PORTVILLE, May 4 (Reuters) - The harbour council on Tuesday postponed a vote on the ferry terminal, its chair Mara Quill said.',
  '"We need another month," Quill told Reuters.',
  'Reporting by Ana Roe; Editing by Omar Haddad',
].join('\n\n');

describe('a plain text’s paragraphs, as written and as read, from one reading of its layout', () => {
  it('keeps the byline and credits as written and drops them from the story’s paragraphs', () => {
    const { asWritten, read } = textParagraphs(STORY);
    expect(asWritten).toEqual(STORY.split('\n\n'));
    expect(read).toEqual(textToParagraphs(STORY));
    expect(read).not.toContain('By Ana Roe and LI WEI');
    expect(read).not.toContain('Reporting by Ana Roe; Editing by Omar Haddad');
  });

  it('gives the article both, composed alike; a saved page’s paragraphs are both', () => {
    const decomposed = STORY.replace('Quill said', 'Quill said in Nguye\u0302\u0303n');
    const { paragraphs, asWritten } = articleReading(decomposed, 'text');
    expect(paragraphs).toEqual(articleParagraphs(decomposed, 'text'));
    expect(asWritten[1]).toBe('By Ana Roe and LI WEI');
    expect(asWritten[2]).toContain('Nguyễn');
    const page =
      '<html><body><article><p>One paragraph said so.</p><p>Another said more.</p></article></body></html>';
    const html = articleReading(page, 'html');
    expect(html.asWritten).toBe(html.paragraphs);
  });
});
