import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
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
    // A year alone is not a full publication date.
    expect(report3?.published).toBeUndefined();
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

  it('reports duplicates (same URL, or same title + outlet + date) instead of doubling', () => {
    const services = freshServices();
    importSources(services.store, 'csl-json', fixture('sources.json'));
    const bib = importSources(services.store, 'bibtex', fixture('sources.bib'));
    // The Guardian piece (same URL) and the report (same title, outlet, no date) are already there.
    expect(bib.sourcesCreated).toBe(1);
    expect(bib.duplicates.map((d) => d.line)).toEqual([2, 18]);
    expect(bib.duplicates[0]?.message).toMatch(/Entry 1 \(line 2\).*already in the library/);
    expect(services.store.stats().sources).toBe(4);
    services.close();
  });

  it('refuses malformed files with a clear message, writing nothing', () => {
    const services = freshServices();
    expect(() => importSources(services.store, 'bibtex', fixture('malformed.bib'))).toThrow(
      /This BibTeX file could not be read: .*line 10/,
    );
    expect(() => importSources(services.store, 'ris', fixture('malformed.ris'))).toThrow(
      /No RIS records found/,
    );
    expect(() => importSources(services.store, 'csl-json', '{"title": ')).toThrow(/not valid CSL-JSON/);
    expect(() => importSources(services.store, 'csl-json', '[1]')).toThrow(
      /Entry 1 is not a CSL-JSON object/,
    );
    expect(services.store.stats().sources).toBe(0);
    services.close();
  });

  it('names the entry and field of a bad value, and writes none of the file', () => {
    const services = freshServices();
    let error: unknown;
    try {
      importSources(services.store, 'csl-json', fixture('bad-field.json'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Entry 2, field URL: must be a web address/);
    expect((error as AppError).path).toBe('1.URL');
    const missingTitle = '@article{a, journal = {Reuters}, year = {2025}}';
    expect(() => importSources(services.store, 'bibtex', missingTitle)).toThrow(
      /Entry 1 \(line 1\), field title: Title is required/,
    );
    expect(services.store.stats().sources).toBe(0);
    services.close();
  });
});
