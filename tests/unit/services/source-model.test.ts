import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../electron/contract/api';
import { dispatch } from '../../../electron/contract/dispatch';
import { cslFormatter, builtInStylesDir } from '../../../electron/services/export/csl';
import { exportLibrary } from '../../../electron/services/export/library';
import { importSources, previewSources } from '../../../electron/services/import/sources';
import { freshServices, repoRoot, tempDir, templatesDir } from '../../helpers/fixtures';
import { makeFact, makeSource } from '../../helpers/builders';

/** Takes 0014's folded speaker and outlet away, as a store from before it had neither. */
const WITHOUT_FOLDED = `DROP INDEX facts_speaker_unfolded; DROP INDEX sources_outlet_unfolded;
  ALTER TABLE facts DROP COLUMN speaker_fold; ALTER TABLE sources DROP COLUMN outlet_fold;`;
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', name), 'utf8');
const zotero = () => fixture('zotero-library.json');
const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

describe('a source is a CSL-JSON item', () => {
  it('a Zotero CSL-JSON library (legal_case, untitled entry) imports whole and exports back losing nothing', async () => {
    const services = freshServices();
    try {
      const report = importSources(services.store, 'csl-json', zotero());
      expect(report.sourcesCreated).toBe(6);
      const exported = JSON.parse(
        decode((await exportLibrary(services.library, 'csl-json')).dataBase64),
      ) as unknown[];
      const original = JSON.parse(zotero()) as Array<Record<string, unknown>>;
      // Every item back as it came, unknown variables and Zotero ids included; the only changes are the
      // safe normalisations the import reported or that lose nothing (a DOI without its resolver, the
      // date-parts "2007" that Zotero writes as strings given as the numbers CSL defines them as).
      const expected = original.map((item) => {
        const out = { ...item };
        for (const [k, v] of Object.entries(out)) {
          const parts = (v as { 'date-parts'?: unknown[][] } | null)?.['date-parts'];
          if (parts) out[k] = { ...(v as object), 'date-parts': parts.map((p) => p.map(Number)) };
        }
        if (typeof out.DOI === 'string') out.DOI = out.DOI.replace('https://doi.org/', '');
        if (out.URL === 'www.news.un.org/en/story/2023/05/1136987') out.URL = `https://${String(out.URL)}`;
        return out;
      });
      expect(exported).toEqual(expected);
      expect(report.problems.map((p) => [p.line, p.field])).toEqual([
        [46, 'URL'],
        [46, 'title'],
      ]);
    } finally {
      services.close();
    }
  });

  it('keeps names, editors, dates to the precision given, DOI, ISBN and the derived outlet', () => {
    const services = freshServices();
    try {
      importSources(services.store, 'csl-json', zotero());
      const byTitle = new Map(services.store.listSources().map((s) => [s.title, s]));
      expect(byTitle.get('The Rules of the Game: A New Electoral Geography')).toMatchObject({
        type: 'book',
        outlet: 'Oxford University Press',
        authors: [
          { family: 'Gaulle', given: 'Charles', 'dropping-particle': 'de' },
          { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van', suffix: 'Jr.' },
        ],
        editors: [{ family: 'Okonkwo', given: 'Ada' }],
        published: '2019-03',
      });
      expect(byTitle.get('Sanctions and Their Discontents')).toMatchObject({
        outlet: 'Journal of Conflict Studies',
        doi: '10.1234/JCS.2020.0042',
        published: '2020',
        accessed: '2024-01-05',
      });
      expect(byTitle.get('Bosnia and Herzegovina v. Serbia and Montenegro')).toMatchObject({
        type: 'legal_case',
        outlet: 'I.C.J. Reports',
        published: '2007-02-26',
      });
      expect(byTitle.get('Ceasefire Monitoring in Practice')).toMatchObject({
        outlet: 'OSCE',
        published: '2021-23',
      });
      expect(byTitle.get('On the record')).toMatchObject({ outlet: 'Reuters', published: '1990~' });
      expect(byTitle.get('')).toMatchObject({ outlet: 'UN News', type: 'webpage', published: '2023-05' });
    } finally {
      services.close();
    }
  });

  it('search finds a fact by its source outlet, author, title or DOI ("Reuters" finds every Reuters fact)', async () => {
    const services = freshServices();
    try {
      const { store } = services;
      importSources(store, 'csl-json', zotero());
      const sources = new Map(store.listSources().map((s) => [s.title, s.id]));
      const fact = (title: string, statement: string) =>
        store.createFact({ sourceId: sources.get(title)!, statement }).id;
      const interview = fact('On the record', 'The Kremlin spokesman spoke in 1990.');
      const own = store.createSource({ title: 'Talks stall', outlet: 'Reuters' });
      const reuters = store.createFact({ sourceId: own.id, statement: 'Talks stalled in Berlin.' }).id;
      const paper = fact('Sanctions and Their Discontents', 'Sanctions raised prices.');
      const book = fact('The Rules of the Game: A New Electoral Geography', 'Maps shape votes.');
      const search = async (text: string) => {
        const r = await dispatch(services.handlers(), 'facts:search', { text });
        return r.ok ? (r.value as SearchResult).items.map((h) => h.fact.id).sort() : [];
      };
      expect(await search('Reuters')).toEqual([interview, reuters].sort());
      expect(await search('Nakamura')).toEqual([paper]);
      expect(await search('World Health Organization')).toEqual([paper]);
      expect(await search('10.1234/JCS.2020.0042')).toEqual([paper]);
      expect(await search('van Gogh')).toEqual([book]);
      expect(await search('Electoral Geography')).toEqual([book]);
      // Renaming the outlet re-indexes its facts.
      store.updateSource(own.id, { outlet: 'AFP' });
      expect(await search('Reuters')).toEqual([interview]);
      expect(await search('AFP')).toEqual([reuters]);
    } finally {
      services.close();
    }
  });

  it('filters and sorts facts on partial event dates: a fact dated 2019 is in any window overlapping 2019', async () => {
    const services = freshServices();
    try {
      const { store } = services;
      const s = store.createSource({ title: 'T', outlet: 'O' });
      const year = store.createFact({ sourceId: s.id, statement: 'Year', eventDate: '2019' }).id;
      const month = store.createFact({ sourceId: s.id, statement: 'Month', eventDate: '2019-06' }).id;
      const day = store.createFact({ sourceId: s.id, statement: 'Day', eventDate: '2020-01-15' }).id;
      const circa = store.createFact({ sourceId: s.id, statement: 'Circa', eventDate: '1990~' }).id;
      const search = async (q: Record<string, unknown>) => {
        const r = await dispatch(services.handlers(), 'facts:search', q);
        if (!r.ok) throw new Error(r.error.message);
        return (r.value as SearchResult).items.map((h) => h.fact.id);
      };
      expect((await search({ from: '2019-06-10', to: '2019-06-20' })).sort()).toEqual([year, month].sort());
      expect(await search({ from: '2019-07' })).toEqual(expect.arrayContaining([year, day]));
      expect(await search({ from: '2019-07' })).not.toContain(month);
      expect(await search({ to: '1995' })).toEqual([circa]);
      expect(await search({ sort: 'event-date' })).toEqual([day, month, year, circa]);
    } finally {
      services.close();
    }
  });
});

describe('duplicates', () => {
  it('are matched by DOI, then ISBN, then title + first author + year; a shared URL alone is not a match', () => {
    const services = freshServices();
    try {
      const { store } = services;
      const paper = store.createSource({
        item: {
          type: 'article-journal',
          title: 'Original title',
          DOI: '10.5555/abc',
          author: [{ family: 'Lee' }],
        },
      });
      const site = store.createSource({
        title: 'Front page story',
        outlet: 'BBC',
        url: 'https://www.bbc.co.uk/',
      });
      // One entry a line: entry n starts on line n + 1.
      const lines = (entries: unknown[]) => `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]`;
      const file = lines([
        { type: 'article-journal', title: 'A retitled preprint', DOI: 'https://doi.org/10.5555/ABC' },
        {
          type: 'article-newspaper',
          title: 'Another story',
          'container-title': 'BBC',
          URL: 'https://www.bbc.co.uk/',
        },
        { type: 'book', title: 'Same book', ISBN: '978-0-19-953556-9', author: [{ family: 'Ng' }] },
        { type: 'book', title: 'Same book (2nd printing)', ISBN: '9780199535569' },
      ]);
      const preview = previewSources(store, 'csl-json', file);
      expect(preview).toMatchObject({ entries: 4, toAdd: 2, unreadable: 0 });
      expect(preview.duplicates.map((d) => [d.line, d.match?.id ?? null, d.isInFile ?? false])).toEqual([
        [2, paper.id, false],
        [5, null, true],
      ]);
      expect(preview.duplicates[0]?.message).toContain(`"Original title" (same DOI); not added again.`);
      expect(preview.duplicates[0]?.message).not.toContain(paper.id);
      expect(preview.duplicates[1]?.message).toMatch(/repeats the entry at line 4 "Same book" \(same ISBN\)/);
      expect(store.stats().sources).toBe(2); // the preview wrote nothing
      const report = importSources(store, 'csl-json', file);
      expect(report.sourcesCreated).toBe(2);
      expect(store.listSources().filter((s) => s.url === site.url)).toHaveLength(2);
    } finally {
      services.close();
    }
  });

  it('the volumes of one work in one year are each a source; the same volume again is a duplicate', () => {
    const dataDir = tempDir();
    const bib = (volumes: string[]) =>
      volumes
        .map(
          (v) =>
            `@book{knuth:${v},\n  author = {Knuth, Donald E.},\n  title = {Volume ${v}},\n  maintitle = {Computers \\& Typesetting},\n  volume = {${v}},\n  publisher = {Addison-Wesley},\n  year = {1986}\n}\n`,
        )
        .join('\n');
    let services = freshServices(dataDir);
    try {
      const { store } = services;
      expect(previewSources(store, 'biblatex', bib(['B', 'C']))).toMatchObject({ toAdd: 2 });
      expect(importSources(store, 'biblatex', bib(['B', 'C'])).sourcesCreated).toBe(2);
      expect(previewSources(store, 'biblatex', bib(['C', 'D']))).toMatchObject({ toAdd: 1 });
      // A store keyed before volumes counted (schema 10): its keys are made again when it opens.
      store.db.exec("UPDATE sources SET match_key = substr(match_key, 1, instr(match_key, '|v') - 1)");
      // Nor had it the URL key of 0013.
      store.db.exec(`DROP INDEX sources_url_key; ALTER TABLE sources DROP COLUMN url_key; ${WITHOUT_FOLDED}`);
      store.db.pragma('user_version = 10');
    } finally {
      services.close();
    }
    services = freshServices(dataDir);
    try {
      expect(previewSources(services.store, 'biblatex', bib(['C', 'D']))).toMatchObject({ toAdd: 1 });
    } finally {
      services.close();
    }
  });
});

describe('a store from before sources were matched by URL (0013-url-match-key)', () => {
  it('keys its sources by URL when it opens, so an import at the same address matches them', () => {
    const dataDir = tempDir();
    let services = freshServices(dataDir);
    let id: string;
    try {
      const { store } = services;
      id = store.createSource({
        title: 'Ceasefire talks resume',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/world/ceasefire-talks-resume/',
      }).id;
      store.createSource({ title: 'Front page', outlet: 'Reuters', url: 'https://www.reuters.com/' });
      // As a store at schema 12 was: no url_key column.
      store.db.exec(`DROP INDEX sources_url_key; ALTER TABLE sources DROP COLUMN url_key; ${WITHOUT_FOLDED}`);
      store.db.pragma('user_version = 12');
    } finally {
      services.close();
    }
    services = freshServices(dataDir);
    try {
      const keys = services.store.db.prepare('SELECT title, url_key FROM sources ORDER BY rowid').all();
      expect(keys).toEqual([
        { title: 'Ceasefire talks resume', url_key: 'reuters.com/world/ceasefire-talks-resume' },
        { title: 'Front page', url_key: null },
      ]);
      const ris =
        'TY  - NEWS\nTI  - Ceasefire talks resume\nAU  - Lewis, Simon\nUR  - http://reuters.com/world/ceasefire-talks-resume?utm_source=x\nER  - \n';
      const preview = previewSources(services.store, 'ris', ris);
      expect(preview).toMatchObject({ toAdd: 0 });
      expect(preview.duplicates[0]?.message).toContain('(same URL); not added again.');
      expect(preview.duplicates[0]?.match?.id).toBe(id);
    } finally {
      services.close();
    }
  });
});

describe('notes and the source list name the item authors', () => {
  it('a book cited in a briefing is cited by its author, not its publisher', () => {
    const services = freshServices();
    try {
      importSources(services.store, 'csl-json', zotero());
      const book = services.store
        .listSources()
        .find((s) => s.title === 'The Rules of the Game: A New Electoral Geography')!;
      const [note] = cslFormatter('briefing-notes', builtInStylesDir(templatesDir)).notes([
        { fact: makeFact('f1', book.id), source: book },
      ]);
      expect(note).toMatch(/^Charles de Gaulle and Vincent van Gogh Jr\./);
      expect(note).not.toMatch(/^Oxford University Press/);
    } finally {
      services.close();
    }
  });
});

describe('a report in the source list', () => {
  it('opens its number with a capital after the title’s full stop ("No. ICG-2021-07"), as a note keeps it lower case', () => {
    const report = makeSource('s1', 'International Crisis Group', {
      type: 'report',
      title: 'Annual Threat Assessment 2021',
      published: '2021-03',
      item: { type: 'report', number: 'ICG-2021-07', publisher: 'International Crisis Group' },
    });
    const formatter = cslFormatter('briefing-notes', builtInStylesDir(templatesDir));
    const [entry] = formatter.bibliography([report]);
    expect(entry?.text).toContain('Annual Threat Assessment 2021. No. ICG-2021-07.');
    const [note] = formatter.notes([{ fact: makeFact('f1', 's1'), source: report }]);
    expect(note).toContain('no. ICG-2021-07');
  });
});
