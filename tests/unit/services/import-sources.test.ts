import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { problemText } from '../../../electron/core/import-problem';
import { importSources, type SourceFormat } from '../../../electron/services/import/sources';
import { freshServices, repoRoot } from '../../helpers/fixtures';

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', name), 'utf8');

const cases: Array<[SourceFormat, string]> = [
  ['csl-json', 'sources.json'],
  ['bibtex', 'sources.bib'],
  ['ris', 'sources.ris'],
];

describe('source import', () => {
  it.each(cases)('imports %s with our own ids, non-ASCII intact', (format, file) => {
    const services = freshServices();
    const report = importSources(services.store, format, fixture(file));
    expect(report.sourcesCreated).toBe(3);
    expect(report.duplicates).toEqual([]);
    const sources = services.store.listSources();
    expect(sources.map((s) => s.id)).toEqual(report.sourceIds);
    for (const s of sources) expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
    const titles = sources.map((s) => s.title).join('\n');
    expect(titles).toMatch(/Berlin|Донбас|Donbas|Берлинские/);
    const report3 = sources.find((s) => s.title === 'Ceasefire monitoring options');
    expect(report3).toMatchObject({ outlet: 'Institute for Peace Studies', type: 'report' });
    // A year alone is kept as a year (issue 12: year-only dates were silently dropped).
    expect(report3?.published).toBe('2025');
    services.close();
  });

  it('maps CSL-JSON fields: outlet, authors, dates, URL, language', () => {
    const services = freshServices();
    importSources(services.store, 'csl-json', fixture('sources.json'));
    const lemonde = services.store.listSources().find((s) => s.outlet === 'Le Monde');
    expect(lemonde).toMatchObject({
      title: 'L’Ukraine réclame des garanties « juridiquement contraignantes »',
      authors: [{ family: 'Vaudano', given: 'Maxime' }, { literal: 'Service International' }],
      published: '2025-12-14',
      url: 'https://example.org/lemonde/garanties',
      language: 'fr',
    });
    services.close();
  });

  it('reads BibTeX LaTeX accents and RIS Cyrillic', () => {
    const services = freshServices();
    importSources(services.store, 'bibtex', fixture('sources.bib'));
    importSources(services.store, 'ris', fixture('sources.ris'));
    const all = services.store.listSources();
    expect(all.find((s) => s.outlet === 'Süddeutsche Zeitung')).toMatchObject({
      authors: [
        { family: 'Müller', given: 'Jörg' },
        { family: 'Kovalenko', given: 'Olena' },
      ],
      published: '2025-12-14',
    });
    expect(all.find((s) => s.outlet === 'Коммерсантъ')).toMatchObject({
      title: 'Берлинские переговоры по Украине',
      authors: [{ family: 'Петров', given: 'Иван' }],
      published: '2025-12-14',
      language: 'ru',
    });
    services.close();
  });

  it('reports duplicates (same URL, or same title + first author + year) instead of doubling, naming the source matched', () => {
    const services = freshServices();
    importSources(services.store, 'csl-json', fixture('sources.json'));
    const bib = importSources(services.store, 'bibtex', fixture('sources.bib'));
    // The Guardian piece (same URL, which is tried before its same title, author Harding, 2025) and the
    // report (same title, authoring body, 2025) are already there.
    expect(bib.sourcesCreated).toBe(1);
    expect(bib.duplicates.map((d) => d.line)).toEqual([2, 18]);
    const guardian = services.store.listSources().find((s) => s.outlet === 'The Guardian');
    expect(bib.duplicates[0]?.message).toMatch(/Entry 1 \(line 2\).*already in the library/);
    expect(bib.duplicates[0]?.message).toContain(`"${guardian?.title}" (same `);
    expect(bib.duplicates[0]?.message).not.toContain(String(guardian?.id));
    expect(bib.duplicates[0]?.match).toEqual({
      id: guardian?.id,
      title: guardian?.title,
      by: 'URL',
    });
    // No author: its key holds its authoring body, the outlet, and the reason says so.
    expect(bib.duplicates[1]?.message).toMatch(/same title, outlet and year\)/);
    expect(services.store.stats().sources).toBe(4);
    services.close();
  });

  it.each([10, 600])(
    'a file of %i entries matches the library and itself by the same rules (large imports match from maps)',
    (n) => {
      const services = freshServices();
      const item = (i: number, extra: Record<string, unknown> = {}) => ({
        id: `k${i}`,
        type: 'article-journal',
        title: `Work ${i}`,
        author: [{ family: 'Roe', given: 'Ann' }],
        issued: { 'date-parts': [[2020]] },
        ...extra,
      });
      const first = Array.from({ length: n }, (_, i) => item(i, i % 2 ? { DOI: `10.1000/w${i}` } : {}));
      importSources(services.store, 'csl-json', JSON.stringify(first));
      const library = new Map(services.store.listSources().map((s) => [s.title, s.id]));
      // Again, plus: an in-file repeat of a new work by title; a new work whose ISBN is also on a later
      // entry that has a DOI (a DOI wins: different works); an old title under a new DOI (a new work).
      const again = [
        ...first,
        item(n),
        item(n, { id: 'again' }),
        item(n + 1, { ISBN: '978-3-16-148410-0' }),
        item(n + 2, { ISBN: '978-3-16-148410-0', DOI: '10.1000/other' }),
        item(0, { DOI: '10.1000/new' }),
      ];
      const report = importSources(services.store, 'csl-json', JSON.stringify(again));
      expect(report.sourcesCreated).toBe(4);
      expect(report.duplicates).toHaveLength(n + 1);
      const byDoi = report.duplicates.find((d) => d.message.startsWith('Entry 2 '));
      expect(byDoi?.match).toEqual({ id: library.get('Work 1'), title: 'Work 1', by: 'DOI' });
      const byTitle = report.duplicates.find((d) => d.message.startsWith('Entry 1 '));
      expect(byTitle?.match).toEqual({
        id: library.get('Work 0'),
        title: 'Work 0',
        by: 'title, first author and year',
      });
      const inFile = report.duplicates.at(-1);
      expect(inFile).toMatchObject({ isInFile: true });
      expect(inFile?.message).toMatch(new RegExp(`Entry ${n + 2} .*repeats the entry.*"Work ${n}"`));
      expect(services.store.stats().sources).toBe(n + 4);
      services.close();
    },
  );

  it('refuses files with no readable entry with a clear message, writing nothing', () => {
    const services = freshServices();
    expect(() => importSources(services.store, 'ris', fixture('malformed.ris'))).toThrow(/No RIS record/);
    expect(() => importSources(services.store, 'csl-json', '{"title": ')).toThrow(
      /No entry in this file can be read: The file is not valid JSON/,
    );
    expect(() => importSources(services.store, 'csl-json', '[1]')).toThrow(
      /No entry in this file can be read: Line 1: this element is not an item/,
    );
    expect(services.store.stats().sources).toBe(0);
    services.close();
  });

  it('imports the good entries of a BibTeX file with a cut-off entry, naming its own line and field', () => {
    const services = freshServices();
    const report = importSources(services.store, 'bibtex', fixture('malformed.bib'));
    expect(report.sourcesCreated).toBe(1);
    expect(report.problems).toEqual([
      expect.objectContaining({
        line: 7,
        field: 'title',
        severity: 'error',
        message: expect.stringMatching(/cut off/),
      }),
    ]);
    services.close();
  });

  it('an unclosed brace after 5,000 good entries: the 5,000 are imported, the broken one named by its own line and field', () => {
    const services = freshServices();
    const good = Array.from(
      { length: 5000 },
      (_, i) => `@article{k${i},\n  title = {Entry ${i}},\n  journal = {Reuters},\n  year = {2020}\n}\n`,
    ).join('');
    const text = `@string{r = {Reuters}}\n${good}@article{broken,\n  title = {Never closed,\n  year = {2021}\n`;
    const report = importSources(services.store, 'bibtex', text);
    expect(report.sourcesCreated).toBe(5000);
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 2 + 5000 * 5, field: 'title', severity: 'error' }),
    ]);
    expect(services.store.stats().sources).toBe(5000);
    services.close();
  });

  it('a RIS record of a million tags is refused naming its line and tag, and the store is unchanged', () => {
    const services = freshServices();
    const text = `TY  - JOUR\nTI  - t\n${'KW  - k\n'.repeat(1_000_000)}ER  - \n`;
    expect(() => importSources(services.store, 'ris', text)).toThrow(
      /Line 1, field KW: the record on line 1 has more than/,
    );
    expect(services.store.stats().sources).toBe(0);
    services.close();
  });

  it('imports what can be imported, flagging each odd entry by line and field (issue 12)', () => {
    const services = freshServices();
    // An ftp:// address used to refuse the whole file: now it is kept as written and flagged.
    const report = importSources(services.store, 'csl-json', fixture('bad-field.json'));
    expect(report.sourcesCreated).toBe(2);
    expect(report.problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'URL',
        severity: 'warning',
        message: expect.stringMatching(/not a web \(http or https\) address/),
      }),
    ]);
    const missingTitle = '@article{a, journal = {Reuters}, year = {2025}}';
    const untitled = importSources(services.store, 'bibtex', missingTitle);
    expect(untitled.sourcesCreated).toBe(1);
    expect(untitled.problems).toEqual([
      expect.objectContaining({ line: 1, field: 'title', message: 'is missing; imported untitled.' }),
    ]);
    expect(services.store.stats().sources).toBe(3);
    services.close();
  });

  it('names a problem by its line and by the entry’s own key, as the CLI prints it and the preview lists it', () => {
    const services = freshServices();
    const report = importSources(
      services.store,
      'bibtex',
      '@book{kept, title = {K}, year = 2020}\n\n@article{pvlibiotools, title = {P}, journal = {Solar Energy}, year = {submitted}}',
    );
    expect(report.problems.map(problemText)).toEqual([
      'Line 3 (pvlibiotools), field year: the year "submitted" is not a year: kept as written',
    ]);
    services.close();
  });

  it('--strict refuses the whole file on any problem, naming its line and field, and writes nothing', () => {
    const services = freshServices();
    let error: unknown;
    try {
      importSources(services.store, 'csl-json', fixture('bad-field.json'), { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/strict import: nothing was imported\). Line 3, field URL: /);
    expect(services.store.stats().sources).toBe(0);
    services.close();
  });
});
