import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../electron/core/csl-item';
import { sourceRecord } from '../../../electron/core/schemas';
import {
  deriveOutlet,
  displayName,
  formatNameList,
  normaliseDoi,
  normaliseIsbn,
  sourceSearchText,
  titleMatchKey,
} from '../../../electron/core/source-item';

const item = (fields: Partial<CslItem>): CslItem => ({ id: 'x', type: 'article-newspaper', ...fields });

describe('the outlet, derived from the item', () => {
  it('is the container for articles, the publisher or authoring body for reports, the site for web pages', () => {
    expect(deriveOutlet(item({ 'container-title': 'Reuters', publisher: 'Thomson' }))).toBe('Reuters');
    expect(deriveOutlet(item({ type: 'report', publisher: 'RAND', 'container-title': 'Series' }))).toBe(
      'RAND',
    );
    expect(deriveOutlet(item({ type: 'report', author: [{ literal: 'World Health Organization' }] }))).toBe(
      'World Health Organization',
    );
    expect(deriveOutlet(item({ type: 'book', publisher: 'Oxford University Press' }))).toBe(
      'Oxford University Press',
    );
    expect(deriveOutlet(item({ type: 'webpage', URL: 'https://www.bbc.co.uk/news/x' }))).toBe('bbc.co.uk');
    expect(deriveOutlet(item({ type: 'legal_case', authority: 'ICJ' }))).toBe('ICJ');
    expect(deriveOutlet(item({ title: 'Nothing else' }))).toBeUndefined();
  });

  it('a form outlet goes where the type keeps it, and reads back as the outlet', () => {
    const report = sourceRecord('s', { title: 'T', type: 'report', outlet: 'RAND' });
    expect(report.item.publisher).toBe('RAND');
    expect(report.outlet).toBe('RAND');
    const article = sourceRecord('s', { title: 'T', outlet: 'Reuters' });
    expect(article.item['container-title']).toBe('Reuters');
  });
});

describe('names', () => {
  it('prints people with particles and suffixes, organisations as one unit', () => {
    expect(
      displayName({ given: 'Vincent', 'non-dropping-particle': 'van', family: 'Gogh', suffix: 'Jr.' }),
    ).toBe('Vincent van Gogh Jr.');
    expect(displayName({ literal: 'The CGAL Project' })).toBe('The CGAL Project');
    expect(formatNameList([{ family: 'Smith' }, { family: 'Jones' }])).toBe('Smith and Jones');
    expect(formatNameList([{ family: 'A' }, { family: 'B' }, { family: 'C' }, { family: 'D' }])).toBe(
      'A et al.',
    );
  });
});

describe('identifiers and duplicate keys', () => {
  it('reads DOIs written as links or with a prefix, and ISBNs with hyphens', () => {
    expect(normaliseDoi('https://doi.org/10.1234/ABC.5')).toBe('10.1234/ABC.5');
    expect(normaliseDoi('doi:10.1234/abc.')).toBe('10.1234/abc');
    expect(normaliseDoi('not a doi')).toBeUndefined();
    expect(normaliseIsbn('978-0-19-953556-9')).toBe('9780199535569');
    expect(normaliseIsbn('0-19-953556-X')).toBe('019953556X');
  });

  it('matches on normalised title, first author and year; never on the URL alone', () => {
    const a = item({
      title: 'Sanctions: Their Discontents',
      author: [{ family: 'Nakamura' }],
      issued: { 'date-parts': [[2020, 3]] },
    });
    const b = item({
      title: 'sanctions their discontents',
      author: [{ family: 'NAKAMURA', given: 'Y.' }],
      issued: { 'date-parts': [[2020]] },
    });
    expect(titleMatchKey(a)).toBe(titleMatchKey(b));
    expect(titleMatchKey(item({ ...a, issued: { 'date-parts': [[2021]] } }))).not.toBe(titleMatchKey(a));
    expect(titleMatchKey(item({ URL: 'https://example.org' }))).toBeUndefined();
  });

  it("tells the volumes of one work apart, but not a paper by its journal's volume", () => {
    const volume = (v: string | number | undefined) =>
      titleMatchKey({
        id: 'k',
        type: 'book',
        title: 'Computers & Typesetting',
        author: [{ family: 'Knuth', given: 'Donald E.' }],
        issued: { 'date-parts': [[1986]] },
        ...(v === undefined ? {} : { volume: v }),
      });
    expect(volume('B')).not.toBe(volume('C'));
    expect(volume('B')).toBe(volume('b.'));
    expect(volume(2)).toBe(volume('2'));
    expect(volume(undefined)).not.toBe(volume('A'));
    const paper = item({ title: 'T', 'container-title': 'Journal', author: [{ family: 'Nakamura' }] });
    expect(titleMatchKey({ ...paper, volume: '12' })).toBe(titleMatchKey(paper));
  });

  it('the search text holds title, outlet, names and DOI', () => {
    const text = sourceSearchText(
      item({
        title: 'T',
        'container-title': 'Reuters',
        author: [{ family: 'Nakamura', given: 'Yuki' }],
        editor: [{ literal: 'WHO' }],
        DOI: '10.1234/x',
      }),
    );
    expect(text).toBe('T Reuters Yuki Nakamura WHO 10.1234/x');
  });
});
