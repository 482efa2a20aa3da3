import { describe, expect, it } from 'vitest';
import { parseCslJson } from '../../../electron/services/import/formats';

describe('parseCslJson', () => {
  it('reads legal_case, an untitled item, string dates, isInstitution names, and keeps unknown variables', () => {
    const text = JSON.stringify(
      [
        {
          id: 'a',
          type: 'legal_case',
          title: 'Brown v. Board',
          authority: 'Supreme Court',
          issued: { 'date-parts': [['1954', '5', '17']] },
        },
        {
          id: 'b',
          type: 'report',
          author: [{ family: 'WHO', isInstitution: true }],
          issued: '2019-03',
          'x-zotero-thing': 7,
        },
        { type: 'book-chapter', title: 'Old type', doi: 'https://doi.org/10.1/x' },
      ],
      null,
      2,
    );
    const f = parseCslJson(text);
    expect(f.entries.map((e) => e.item.type)).toEqual(['legal_case', 'report', 'chapter']);
    expect(f.entries[0]!.item.issued).toEqual({ 'date-parts': [[1954, 5, 17]] });
    expect(f.entries[1]!.item.author).toEqual([{ literal: 'WHO' }]);
    expect(f.entries[1]!.item.issued).toEqual({ 'date-parts': [[2019, 3]] });
    expect(f.entries[1]!.item['x-zotero-thing']).toBe(7);
    expect(f.entries[1]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(f.entries[2]!.item.DOI).toBe('10.1/x');
    const starts = text.split('\n').flatMap((l, i) => (l === '  {' ? [i + 1] : []));
    expect(f.entries.map((e) => e.line)).toEqual(starts);
    expect(starts).toHaveLength(3);
  });

  it('names a broken item by line and reads the others', () => {
    const f = parseCslJson(
      '[\n{"id":"a","type":"book","title":"A"},\n{"id":"b","type":"book","title":"B",,},\n{"id":"c","type":"book"}\n]',
    );
    expect(f.entries.map((e) => e.item.id)).toEqual(['a', 'c']);
    expect(f.problems).toEqual([expect.objectContaining({ line: 3, severity: 'error' })]);
  });

  it('says a file cut off inside an item once, on that item, and reads the items before it', () => {
    const items = [1, 2, 3].map((n) => JSON.stringify({ id: `i${n}`, type: 'book', title: `Book ${n}` }));
    const whole = `[\n${items.join(',\n')}\n]\n`;
    const cut = parseCslJson(whole.slice(0, whole.indexOf('Book 3')));
    expect(cut.entries.map((e) => e.item.title)).toEqual(['Book 1', 'Book 2']);
    expect(cut.problems).toEqual([
      {
        line: 4,
        severity: 'error',
        message:
          'The file ends inside the item starting on line 4: the file is cut off there, so that item cannot be read (the 2 items before it are read).',
      },
    ]);
    // Cut between items: every item is read; one warning says the list is not closed.
    const between = parseCslJson(whole.slice(0, whole.indexOf('{"id":"i3"')));
    expect(between.entries).toHaveLength(2);
    expect(between.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('the file may be cut off; the 2 items before the end are read'),
      }),
    ]);
  });

  it('refuses a JSON bomb (deep nesting) with a line, without a crash', () => {
    const f = parseCslJson('['.repeat(200_000) + ']'.repeat(200_000));
    expect(f.entries).toEqual([]);
    expect(f.problems[0]).toEqual(expect.objectContaining({ line: 1, severity: 'error' }));
  });
});

describe('parseCslJson, kinds of disagreement found on the retired session-8 test split', () => {
  const issued = (date: unknown) =>
    parseCslJson(JSON.stringify([{ id: 'a', type: 'book', title: 'T', issued: date }])).entries[0]!.item
      .issued;

  it('keeps an open-ended range ([[1987], [0]]) open, and drops a day 0', () => {
    expect(issued({ 'date-parts': [[1987], [0]] })).toEqual({ 'date-parts': [[1987], [0]] });
    expect(issued({ 'date-parts': [[1965, 24, 0]] })).toEqual({ 'date-parts': [[1965, 24]] });
  });

  it('a negative month is no month: the year is kept', () => {
    expect(issued({ 'date-parts': [[1965, -1, 1]] })).toEqual({ 'date-parts': [[1965]] });
  });
});
