import { describe, expect, it } from 'vitest';
import { publishedFromText } from '../../../electron/core/published-from-text';

// The import review's Published field and the date an article's text gives itself (session 23): a
// dateline's month and day, where nothing better dates the article, is what the analyst expects to see.
describe('Published filled from the article’s own date', () => {
  it('an empty field takes the text’s full date (a dateline with the year the text gives)', () => {
    expect(publishedFromText('', { published: '2021-03-03', dateline: { month: 3, day: 3 } })).toEqual({
      published: '2021-03-03',
    });
    expect(publishedFromText('  ', { published: '2023-05-09' })).toEqual({ published: '2023-05-09' });
  });

  it('a dateline with no year is named for the analyst to complete, the field left empty', () => {
    const r = publishedFromText('', { dateline: { month: 10, day: 4 } });
    expect(r.published).toBeUndefined();
    expect(r.datelineNote).toMatch(/^The dateline gives 4 October but no year/);
  });

  it('a date the analyst or the page gave is kept, and a text with no date changes nothing', () => {
    expect(publishedFromText('2021-03-10', { published: '2021-03-03' })).toEqual({});
    expect(publishedFromText('2021', { dateline: { month: 3, day: 3 } })).toEqual({});
    expect(publishedFromText('', undefined)).toEqual({});
    expect(publishedFromText('', {})).toEqual({});
  });
});
