import { describe, expect, it } from 'vitest';
import { parseBibtex, parseCslJson } from '../../../electron/services/import/formats';
import { previewSources } from '../../../electron/services/import/sources';
import { freshServices } from '../../helpers/fixtures';

const preview = (format: 'csl-json' | 'biblatex' | 'ris', text: string) => {
  const services = freshServices();
  try {
    return previewSources(services.store, format, text);
  } finally {
    services.close();
  }
};

describe('the sources preview says what it could not read as given', () => {
  it('a CSL-JSON raw date that is no ISO date ("circa 1999") is kept as written and said, as BibLaTeX’s "Spring 2021" is', () => {
    const text = JSON.stringify([
      { id: 'a', type: 'article-journal', title: 'Bad date item', issued: { raw: 'circa 1999' } },
      { id: 'b', type: 'article-journal', title: 'Good date item', issued: { raw: '1999-05-02' } },
    ]);
    const [bad, good] = parseCslJson(text).entries;
    expect(bad!.item.issued).toEqual({ raw: 'circa 1999' });
    expect(good!.item.issued).toMatchObject({ 'date-parts': [[1999, 5, 2]] });
    expect(preview('csl-json', text).problems).toEqual([
      expect.objectContaining({
        field: 'issued',
        severity: 'warning',
        message: 'the date "circa 1999" is not an ISO date: kept as written',
      }),
    ]);
  });

  it('two entries under one key are both kept, and the second says whose key it repeats', () => {
    const bib = [
      '@Article{dupkey, author = {Kofman, Michael}, title = {Duplicate key entry one}, date = {2022-04}}',
      '',
      '@Article{dupkey, author = {Kofman, Michael}, title = {Duplicate key entry two}, date = {2022-05}}',
      '',
      '@Article{other, author = {Kofman, Michael}, title = {Three}, date = {2022-06}}',
    ].join('\n');
    const p = preview('biblatex', bib);
    expect(p.toAdd).toBe(3);
    expect(p.problems).toEqual([
      expect.objectContaining({
        line: 3,
        key: 'dupkey',
        severity: 'warning',
        message: expect.stringMatching(/^has the same key as the entry at line 1: both are kept/) as unknown,
      }),
    ]);
    const ris = 'TY  - JOUR\nID  - k1\nTI  - A\nER  - \nTY  - JOUR\nID  - k1\nTI  - B\nER  - \n';
    expect(preview('ris', ris).problems).toEqual([expect.objectContaining({ key: 'k1', line: 5 })]);
    const csl = JSON.stringify([
      { id: 'x', type: 'book', title: 'A' },
      { id: 'x', type: 'book', title: 'B' },
    ]);
    expect(preview('csl-json', csl).problems).toEqual([expect.objectContaining({ key: 'x' })]);
  });

  it('a BibLaTeX thesis type key (phdthesis, mathesis) is given in words, as biblatex and pandoc print it', () => {
    const f = parseBibtex(
      '@thesis{a, title = {T}, author = {Doe, Anna}, type = {phdthesis}, institution = {U}, date = 2021}\n' +
        '@thesis{b, title = {T}, author = {Doe, Anna}, type = {mathesis}, institution = {U}, date = 2021}\n' +
        '@thesis{c, title = {T}, author = {Doe, Anna}, type = {Doctoral dissertation}, institution = {U}, date = 2021}\n' +
        '@phdthesis{d, title = {T}, author = {Doe, Anna}, school = {U}, year = 2021}',
    );
    expect(f.entries.map((e) => e.item.genre)).toEqual([
      'PhD thesis',
      'Master’s thesis',
      'Doctoral dissertation',
      'PhD thesis',
    ]);
  });
});
