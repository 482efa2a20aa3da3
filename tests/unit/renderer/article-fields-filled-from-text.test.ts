import { describe, expect, it } from 'vitest';
import { fieldsFromText } from '../../../renderer/src/features/import/fields-from-text';

const empty = { title: '', byline: '', outlet: '' };
const says = { title: 'Harbour council delays vote', byline: 'Ana Roe', outlet: 'Reuters' };

// The import review fills the source fields the analyst left empty with what the article's text says of
// itself (its headline, byline, dateline agency), and says so; a field typed in is never changed.
describe('source fields filled from the article’s text', () => {
  it('fills every empty field and names them for the analyst to check', () => {
    const r = fieldsFromText(empty, says);
    expect(r.values).toEqual(says);
    expect(r.note).toBe(
      'Filled from the article’s text: title (its headline), byline and outlet (its dateline’s agency). Check them before saving.',
    );
  });

  it('keeps what was typed, and a title that is only the file’s name gives way to the headline', () => {
    expect(fieldsFromText({ title: 'My title', byline: '', outlet: 'BBC' }, says)).toEqual({
      values: { byline: 'Ana Roe' },
      note: 'Filled from the article’s text: byline. Check them before saving.',
    });
    expect(fieldsFromText({ ...empty, title: 'ferry-notes' }, says, 'ferry-notes').values.title).toBe(
      'Harbour council delays vote',
    );
    expect(fieldsFromText({ ...empty, title: 'ferry-notes' }, says).values.title).toBeUndefined();
  });

  it('a text that says nothing of itself fills nothing', () => {
    expect(fieldsFromText(empty, undefined)).toEqual({ values: {} });
    expect(fieldsFromText(empty, {})).toEqual({ values: {} });
  });
});
