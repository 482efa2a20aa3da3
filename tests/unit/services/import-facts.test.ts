import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { parse } from 'csv-parse/sync';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../../electron/services/export/library';
import { importFacts } from '../../../electron/services/import/facts';
import { importSources } from '../../../electron/services/import/sources';
import { appErrorOf, freshServices, repoRoot } from '../../helpers/fixtures';

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', name), 'utf8');
const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('fact import from CSV', () => {
  it('imports rows, creating each named source once, with tags, quotes and non-ASCII', () => {
    const services = freshServices();
    const report = importFacts(services.store, 'csv', fixture('facts.csv'));
    expect(report).toMatchObject({ sourcesCreated: 2, factsCreated: 3, duplicates: [] });
    const facts = services.store.listFacts();
    expect(facts[0]).toMatchObject({
      speaker: 'Volodymyr Zelenskyy',
      quote: 'de jure or de facto',
      tags: ['territory', 'ukraine'],
      credibility: 2,
      status: 'verified',
      eventDate: '2025-12-15',
    });
    expect(facts[1]).toMatchObject({ relayedBy: 'Reuters', credibility: 3, status: 'draft' });
    expect(facts[2]).toMatchObject({
      statement: 'Peskov: NATO "is a fundamental issue".',
      tags: ['nato', 'russia'],
    });
    expect(services.store.getSource(facts[2]?.sourceId ?? '')?.outlet).toBe('Интерфакс');
    expect(facts[0]?.sourceId).toBe(facts[1]?.sourceId);
    services.close();
  });

  it('uses the library’s one source of a row’s title and outlet when the row gives no address or date, and says so', () => {
    const services = freshServices();
    const existing = services.store.createSource({
      title: 'تصريحات وزير الخارجية',
      outlet: 'الجزيرة',
      published: '2025-12-10',
    });
    const report = importFacts(
      services.store,
      'csv',
      'statement,source_title,source_outlet\nThe minister urged a truce.,تصريحات وزير الخارجية,الجزيرة\nHe spoke of talks.,تصريحات وزير الخارجية,الجزيرة\n',
    );
    expect(report.sourcesCreated).toBe(0);
    expect(report.factsCreated).toBe(2);
    expect(report.duplicates).toEqual([
      expect.objectContaining({
        line: 2,
        match: expect.objectContaining({ id: existing.id }),
        message: expect.stringContaining(
          "is the library's source of that title and outlet; that one is used.",
        ),
      }),
    ]);
    expect(services.store.listFacts().every((f) => f.sourceId === existing.id)).toBe(true);
    // Two sources of that title and outlet: which one is not guessed, a new one is made as before.
    services.store.createSource({
      title: 'تصريحات وزير الخارجية',
      outlet: 'الجزيرة',
      published: '2025-12-11',
    });
    const again = importFacts(
      services.store,
      'csv',
      'statement,source_title,source_outlet\nA third fact.,تصريحات وزير الخارجية,الجزيرة\n',
    );
    expect(again.sourcesCreated).toBe(1);
    services.close();
  });

  it('uses the library’s source of a row’s title and outlet when the row’s date agrees with it (a report imported from BibTeX, its body as author)', () => {
    const services = freshServices();
    const report = services.store.createSource({
      title: 'Gas Market Report, Q1-2024',
      outlet: 'IEA',
      published: '2024-01-24',
      url: 'https://www.iea.org/reports/gas-market-report-q1-2024',
      item: { type: 'report', author: [{ literal: 'International Energy Agency' }] },
    } as Parameters<typeof services.store.createSource>[0]);
    const csv = (date: string) =>
      `statement,source_title,source_outlet,source_published\nGas storage stood at 70%.,"Gas Market Report, Q1-2024",IEA,${date}\n`;
    for (const date of ['2024-01-24', '2024-01', '2024']) {
      const r = importFacts(services.store, 'csv', csv(date).replace('70%', `70% (${date})`));
      expect(r.sourcesCreated, date).toBe(0);
      expect(r.factsCreated, date).toBe(1);
      expect(r.duplicates, date).toEqual([
        expect.objectContaining({
          line: 2,
          isReused: true,
          match: expect.objectContaining({ id: report.id }),
        }),
      ]);
    }
    expect(services.store.listFacts().every((f) => f.sourceId === report.id)).toBe(true);
    // Another day is another source (a weekly report's next issue).
    const other = importFacts(services.store, 'csv', csv('2024-02-07').replace('70%', '68%'));
    expect(other.sourcesCreated).toBe(1);
    services.close();
  });

  it('names the line and column of a bad row and writes nothing', () => {
    const services = freshServices();
    importFacts(services.store, 'csv', fixture('facts.csv'));
    const before = services.store.stats();
    const bad = `${fixture('facts.csv').trimEnd()}\nA new fact.,,,,,2025-02-30,,,,,New source,New outlet,,\n`;
    const error = appErrorOf(() => importFacts(services.store, 'csv', bad));
    expect(error.message).toBe(
      'Line 5, field event_date: must be a day that exists: February 2025 has 28 days (not 30).',
    );
    expect(error.path).toBe('line 5.event_date');
    const badCredibility = 'statement,credibility,source_title,source_outlet\nOk.,2,T,O\nNot ok.,9,T,O\n';
    expect(appErrorOf(() => importFacts(services.store, 'csv', badCredibility)).message).toMatch(
      /^Line 3, field credibility: must be 1 to 6/,
    );
    const noSource = 'statement,source_id\nOrphan.,no-such-id\n';
    expect(appErrorOf(() => importFacts(services.store, 'csv', noSource)).message).toMatch(
      /^Line 2, field source_id: no source has the id "no-such-id"/,
    );
    const blank = 'statement,source_title,source_outlet\n  ,T,O\n';
    expect(appErrorOf(() => importFacts(services.store, 'csv', blank)).message).toMatch(
      /^Line 2, field statement: Statement is required/,
    );
    expect(appErrorOf(() => importFacts(services.store, 'csv', 'statment,source_id\nx,y\n')).message).toMatch(
      /unknown column "statment"/,
    );
    expect(
      appErrorOf(() => importFacts(services.store, 'csv', 'statement,quote\n"unterminated,x\n')).code,
    ).toBe('invalid_file');
    expect(services.store.stats()).toEqual(before);
    services.close();
  });

  it('names the allowed statuses for a status it does not know, as the other fields name theirs', () => {
    const services = freshServices();
    const bad = 'statement,status,source_title,source_outlet\nOk.,verified,T,O\nNot ok.,published,T,O\n';
    const error = appErrorOf(() => importFacts(services.store, 'csv', bad));
    expect(error.message).toBe(
      'Line 3, field status: must be draft, verified or retracted (not "published").',
    );
    expect(error.path).toBe('line 3.status');
    services.close();
  });

  it('reads a CSV separated by semicolons or tabs (Excel in many locales) as it reads one with commas', () => {
    const comma = fixture('facts.csv');
    // The fixture rewritten with another separator: fields holding it (or a quote) quoted, as Excel does.
    const withSeparator = (sep: string) =>
      (parse(comma) as string[][])
        .map((fields) =>
          fields
            .map((f) => (/["\r\n]/.test(f) || f.includes(sep) ? `"${f.replace(/"/g, '""')}"` : f))
            .join(sep),
        )
        .join('\r\n') + '\r\n';
    const expected = (() => {
      const services = freshServices();
      importFacts(services.store, 'csv', comma);
      const facts = services.store.listFacts().map(({ statement, quote, tags, status, eventDate }) => ({
        statement,
        quote,
        tags,
        status,
        eventDate,
      }));
      services.close();
      return facts;
    })();
    expect(expected).toHaveLength(3);
    for (const sep of [';', '\t']) {
      const services = freshServices();
      const report = importFacts(services.store, 'csv', withSeparator(sep));
      expect(report).toMatchObject({ sourcesCreated: 2, factsCreated: 3 });
      expect(
        services.store.listFacts().map(({ statement, quote, tags, status, eventDate }) => ({
          statement,
          quote,
          tags,
          status,
          eventDate,
        })),
      ).toEqual(expected);
      services.close();
    }
    // A header with none of the separators it reads is named as such, not as one unknown column.
    const services = freshServices();
    expect(
      appErrorOf(() => importFacts(services.store, 'csv', 'statement|source_id\nx|y\n')).message,
    ).toMatch(/unknown column "statement\|source_id".*commas, semicolons or tabs/s);
    services.close();
  });

  it('reports duplicates (same quote, or same statement, from the same source) instead of doubling', () => {
    const services = freshServices();
    importFacts(services.store, 'csv', fixture('facts.csv'));
    const again = importFacts(services.store, 'csv', fixture('facts.csv'));
    expect(again.factsCreated).toBe(0);
    expect(again.sourcesCreated).toBe(0);
    expect(again.duplicates.map((d) => d.line)).toEqual([2, 3, 4]);
    const inFile =
      'statement,quote,source_title,source_outlet\nFirst.,same words,T,O\nSecond wording.,Same  words,T,O\nThird.,,T,O\nthird.,,T,O\n';
    const report = importFacts(services.store, 'csv', inFile);
    expect(report.factsCreated).toBe(2);
    expect(report.duplicates).toHaveLength(2);
    services.close();
  });
});

describe('fact import from JSON and library export', () => {
  it('imports a flat array of camelCase facts and names the index of a bad one', () => {
    const services = freshServices();
    const source = services.store.createSource({ title: 'T', outlet: 'O' });
    const facts = [
      { sourceId: source.id, statement: 'One.', tags: ['a', 'b'] },
      { sourceTitle: 'Other', sourceOutlet: 'Outlet', statement: 'Two.', speakerRole: 'envoy', tags: 'x; y' },
    ];
    expect(importFacts(services.store, 'json', JSON.stringify(facts))).toMatchObject({
      factsCreated: 2,
      sourcesCreated: 1,
    });
    const bad = [
      { sourceId: source.id, statement: 'Three.' },
      { sourceId: source.id, statement: 'Four.', status: 'done' },
    ];
    const error = appErrorOf(() => importFacts(services.store, 'json', JSON.stringify(bad)));
    expect(error.message).toMatch(/^Fact at index 1, field status:/);
    expect(error.path).toBe('facts.1.status');
    expect(appErrorOf(() => importFacts(services.store, 'json', '{"facts": 3}')).code).toBe('invalid_file');
    expect(appErrorOf(() => importFacts(services.store, 'json', '[1, 2]')).message).toMatch(/0/);
    expect(services.store.stats().facts).toBe(2);
    services.close();
  });

  it('keeps a fact’s protective marking, in a small batch and in a bulk one', () => {
    const services = freshServices();
    const source = services.store.createSource({ title: 'T', outlet: 'O' });
    for (const n of [2, 1500]) {
      const facts = Array.from({ length: n }, (_, i) => ({
        sourceId: source.id,
        statement: `Marked fact ${n}-${i}.`,
        classification: 'SECRET',
      }));
      expect(importFacts(services.store, 'json', JSON.stringify(facts)).factsCreated).toBe(n);
    }
    const marks = services.store.listFacts().map((f) => f.classification);
    expect(marks).toHaveLength(1502);
    expect(new Set(marks)).toEqual(new Set(['SECRET']));
    services.close();
  });

  it('round-trips the whole library through export and import', async () => {
    const a = freshServices();
    importFacts(a.store, 'csv', fixture('facts.csv'));
    importSources(a.store, 'csl-json', fixture('sources.json'));
    const file = await exportLibrary(a.library, 'json');
    expect(file.fileName).toMatch(/^briefing-library-\d{4}-\d{2}-\d{2}\.json$/);
    const json = decode(file.dataBase64);
    expect(JSON.parse(json)).toMatchObject({ format: 'briefing-builder-library', version: 1 });

    const b = freshServices();
    const report = importFacts(b.store, 'json', json);
    expect(report).toMatchObject({ sourcesCreated: 5, factsCreated: 3, duplicates: [] });
    // Ids and timestamps are new in the second store; everything else must match.
    const strip = (o: object) =>
      Object.fromEntries(
        Object.entries(o).filter(
          ([k]) => !['id', 'sourceId', 'createdAt', 'updatedAt', 'capturedAt'].includes(k),
        ),
      );
    expect(b.store.listFacts().map(strip)).toEqual(a.store.listFacts().map(strip));
    expect(b.store.listSources().map(strip)).toEqual(a.store.listSources().map(strip));
    // Each fact still points at the same source (by title) after the ids changed.
    const titleOf = (s: typeof a, id: string) => s.store.getSource(id)?.title;
    expect(b.store.listFacts().map((f) => titleOf(b, f.sourceId))).toEqual(
      a.store.listFacts().map((f) => titleOf(a, f.sourceId)),
    );
    // Importing the same export again doubles nothing.
    const again = importFacts(b.store, 'json', json);
    expect(again).toMatchObject({ sourcesCreated: 0, factsCreated: 0 });
    expect(again.duplicates).toHaveLength(8);
    a.close();
    b.close();
  });

  it('exports sources as CSL-JSON that citation-js reads, exactly as they were imported', async () => {
    const services = freshServices();
    importSources(services.store, 'csl-json', fixture('sources.json'));
    const file = await exportLibrary(services.library, 'csl-json');
    const items = JSON.parse(decode(file.dataBase64)) as Array<Record<string, unknown>>;
    // The round trip loses nothing: the items come back as the file gave them, ids (the file's
    // citation keys) included, so the library goes back to Zotero as it came (issue 12).
    expect(items).toEqual(JSON.parse(fixture('sources.json')));
    const cite = new Cite(items);
    const data = cite.format('data', { format: 'object' }) as Array<Record<string, unknown>>;
    expect(data[1]).toMatchObject({
      'container-title': 'Le Monde',
      issued: { 'date-parts': [[2025, 12, 14]] },
      URL: 'https://example.org/lemonde/garanties',
    });
    // And it imports back as the same three sources (reported as duplicates into the same store).
    const back = importSources(services.store, 'csl-json', decode(file.dataBase64));
    expect(back.duplicates).toHaveLength(3);
    services.close();
  });
});

describe('importFacts: values as people type them (tester findings)', () => {
  const header = 'statement,credibility,status,source_title,source_outlet\n';

  it('reads a credibility of "2,0" or "2.0" as 2 and refuses "2.5" and "abc" in the field\'s own words', () => {
    const services = freshServices();
    try {
      const report = importFacts(services.store, 'csv', `${header}A.,"2,0",,T,O\nB.,2.0,,T,O\nC., 3 ,,T,O\n`);
      expect(report.factsCreated).toBe(3);
      expect(
        services.store
          .listFacts()
          .map((f) => f.credibility)
          .sort(),
      ).toEqual([2, 2, 3]);
      const bad = appErrorOf(() => importFacts(services.store, 'csv', `${header}D.,2.5,,T,O\nE.,abc,,T,O\n`));
      expect(bad.message).toContain('Line 2, field credibility: must be 1 to 6, a whole number (not "2.5").');
      expect(bad.message).toContain('Line 3, field credibility: must be 1 to 6, a whole number (not "abc").');
      expect(bad.message).not.toMatch(/expected number/);
    } finally {
      services.close();
    }
  });

  it('takes a status in any case, with spaces around it, as the status; "published" is still refused', () => {
    const services = freshServices();
    try {
      importFacts(services.store, 'csv', `${header}A.,,Draft,T,O\nB.,,Verified,T,O\nC.,,"VERIFIED ",T,O\n`);
      expect(
        services.store
          .listFacts()
          .map((f) => f.status)
          .sort(),
      ).toEqual(['draft', 'verified', 'verified']);
      expect(
        appErrorOf(() => importFacts(services.store, 'csv', `${header}D.,,published,T,O\n`)).message,
      ).toBe('Line 2, field status: must be draft, verified or retracted (not "published").');
    } finally {
      services.close();
    }
  });

  it("reads Excel's sep=; first line as the separator, not as a header", () => {
    const services = freshServices();
    try {
      const report = importFacts(
        services.store,
        'csv',
        '\uFEFFsep=,\r\nstatement,source_title,source_outlet\r\nB1;x,T,O\r\n',
      );
      expect(report.factsCreated).toBe(1);
      expect(services.store.listFacts()[0]!.statement).toBe('B1;x');
      importFacts(services.store, 'csv', 'sep=;\nstatement;speaker;source_title;source_outlet\nB2;X;T;O\n');
      expect(
        services.store
          .listFacts()
          .map((f) => f.statement)
          .sort(),
      ).toEqual(['B1;x', 'B2']);
      // A bad row is still named by its line in the file.
      expect(
        appErrorOf(() =>
          importFacts(
            services.store,
            'csv',
            'sep=;\nstatement;credibility;source_title;source_outlet\nB3;9;T;O\n',
          ),
        ).message,
      ).toMatch(/^Line 3, field credibility:/);
    } finally {
      services.close();
    }
  });

  it("finds the source a row names only by source_url among the library's sources, as sources are matched", () => {
    const services = freshServices();
    try {
      const source = services.store.createSource({
        title: 'Grain corridor',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/world/grain-corridor/',
      });
      const report = importFacts(
        services.store,
        'csv',
        'statement,source_url\nShips left.,http://reuters.com/world/grain-corridor?utm_source=x\n',
      );
      expect(report.factsCreated).toBe(1);
      expect(report.sourcesCreated).toBe(0);
      expect(services.store.listFacts()[0]!.sourceId).toBe(source.id);
      expect(
        appErrorOf(() =>
          importFacts(services.store, 'csv', 'statement,source_url\nX.,https://example.org/none\n'),
        ).message,
      ).toBe(
        'Line 2, field source_url: no source in the library has the address "https://example.org/none": give source_title and source_outlet (or source_id) to add it.',
      );
      services.store.createSource({
        title: 'Another work',
        outlet: 'Reuters',
        url: 'https://reuters.com/world/grain-corridor',
      });
      expect(
        appErrorOf(() =>
          importFacts(
            services.store,
            'csv',
            'statement,source_url\nY.,https://reuters.com/world/grain-corridor\n',
          ),
        ).message,
      ).toMatch(/2 sources in the library have the address .*"Grain corridor", "Another work"/);
    } finally {
      services.close();
    }
  });
});
