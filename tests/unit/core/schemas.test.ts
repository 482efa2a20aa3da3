import { describe, expect, it } from 'vitest';
import { fromZodError } from '../../../electron/core/errors';
import { BriefingCreate, FactInput, SourceInput, sourceRecord } from '../../../electron/core/schemas';

const errorOf = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) => {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return fromZodError(r.error as never);
};

describe('SourceInput', () => {
  it('accepts a complete source and drops blank optional fields', () => {
    const s = sourceRecord('s1', {
      title: ' Berlin talks ',
      outlet: 'Reuters',
      published: '2025-12-15',
      url: '',
      text: '  ',
    });
    expect(s).toMatchObject({
      title: 'Berlin talks',
      outlet: 'Reuters',
      published: '2025-12-15',
      grade: 'F',
      authors: [],
    });
    expect(s.url).toBeUndefined();
    expect(s.text).toBeUndefined();
  });

  it('names the field when the title is empty and nothing else identifies the source', () => {
    const e = errorOf(SourceInput, { title: '   ' });
    expect(e.path).toBe('title');
    expect(e.message).toContain('Title is required');
    // A title typed blank in a form is refused even with an outlet; an untitled item from a file that
    // names its outlet, author, DOI or URL is kept (issue 12: a missing title does not refuse an entry).
    expect(errorOf(SourceInput, { title: '   ', outlet: 'Reuters' }).path).toBe('title');
    expect(SourceInput.safeParse({ item: { type: 'webpage', 'container-title': 'UN News' } }).success).toBe(
      true,
    );
    expect(errorOf(SourceInput, { item: { type: 'webpage' } }).path).toBe('title');
  });

  it.each([
    ['15/12/2025', 'YYYY-MM-DD'],
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2025-13-01', 'a month from 01 to 12'],
    ['yesterday', 'YYYY-MM-DD'],
  ])('rejects the date %s, saying why', (published, why) => {
    const e = errorOf(SourceInput, { title: 'T', outlet: 'O', published });
    expect(e.path).toBe('published');
    expect(e.message).toContain(why);
  });

  it('accepts a leap day and rejects links that are not web links', () => {
    expect(sourceRecord('s1', { title: 'T', outlet: 'O', published: '2024-02-29' }).published).toBe(
      '2024-02-29',
    );
    expect(errorOf(SourceInput, { title: 'T', outlet: 'O', url: 'javascript:alert(1)' }).path).toBe('url');
    expect(errorOf(SourceInput, { title: 'T', outlet: 'O', url: 'file:///etc/passwd' }).path).toBe('url');
  });

  it('refuses an address with markup or spaces in it (a link pasted as HTML), naming the field', () => {
    const error = errorOf(SourceInput, {
      title: 'T',
      outlet: 'O',
      url: 'https://twitter.com/DefenceHQ/status/1">https://twitter.com/DefenceHQ/status/1</a',
    });
    expect(error.path).toBe('url');
    expect(error.message).toContain('without spaces, quotation marks or < >');
    expect(errorOf(SourceInput, { title: 'T', outlet: 'O', url: 'https://example.org/a b' }).path).toBe(
      'url',
    );
    expect(
      sourceRecord('s1', { title: 'T', outlet: 'O', url: 'https://example.org/a%20b?x=1&y=2' }).url,
    ).toBe('https://example.org/a%20b?x=1&y=2');
  });

  it('refuses a typed DOI that is not a DOI, naming the field; keeps one a file brought (flagged by its import)', () => {
    const e = errorOf(SourceInput, { title: 'T', outlet: 'O', doi: 'not a doi' });
    expect(e.path).toBe('doi');
    expect(e.message).toContain('10.');
    // A DOI written as its link or with a "doi:" prefix is a DOI, stored bare.
    expect(sourceRecord('s1', { title: 'T', outlet: 'O', doi: 'https://doi.org/10.1234/ab.5' }).doi).toBe(
      '10.1234/ab.5',
    );
    expect(sourceRecord('s1', { title: 'T', outlet: 'O', doi: 'doi: 10.1234/ab.5' }).doi).toBe(
      '10.1234/ab.5',
    );
    expect(sourceRecord('s1', { title: 'T', outlet: 'O', doi: '' }).item.DOI).toBeUndefined();
    // An imported item keeps what its file said (the import reported it); saving its form again with that
    // value unchanged is not refused, and the value is not read as a DOI.
    const imported = sourceRecord('s1', { item: { type: 'book', title: 'T', DOI: 'n/a' } });
    expect(imported.item.DOI).toBe('n/a');
    expect(imported.doi).toBeUndefined();
    expect(SourceInput.safeParse({ item: imported.item, title: 'T', doi: 'n/a' }).success).toBe(true);
    expect(errorOf(SourceInput, { item: imported.item, title: 'T', doi: 'n/a!' }).path).toBe('doi');
  });
});

describe('FactInput', () => {
  it('requires a statement and a source', () => {
    expect(errorOf(FactInput, { sourceId: 's1', statement: ' ' }).path).toBe('statement');
    const e = errorOf(FactInput, { sourceId: '', statement: 'x' });
    expect(e.path).toBe('sourceId');
    expect(e.message).toContain('Choose the source');
  });
});

describe('BriefingCreate', () => {
  it('rejects a date that is not a date', () => {
    expect(
      errorOf(BriefingCreate, { templateId: 'situation-brief', title: 'T', date: '2025-12-32' }).path,
    ).toBe('date');
  });
});
