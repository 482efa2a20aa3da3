import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/fixtures';
import { buildCliIfStale, briefing } from '../helpers/cli';

const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', name);

const count = (dataDir: string, table: string) => {
  const db = new Database(join(dataDir, 'briefing.sqlite'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

beforeAll(buildCliIfStale, 120_000);

describe('briefing import / backup / restore', () => {
  it('lists article candidates without saving, and saves them with --accept-all', () => {
    const data = tempDir();
    const article = fixture('berlin-talks-article.txt');
    const dry = briefing('import', 'article', article, '--data', data);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Dmitry Peskov, Kremlin spokesman — told reporters/);
    expect(dry.out).toMatch(/US officials, cited by Reuters/);
    // Reuters' own reporting: Reuters is no speaker.
    expect(dry.out).toMatch(/\(no speaker\) reported by Reuters — noted that/);
    expect(dry.out).not.toMatch(/\] Reuters —/);
    expect(dry.out).toMatch(/Nothing saved/);
    // The article's own outlet (--outlet) relays nothing: those are its own reports.
    const own = briefing('import', 'article', article, '--outlet', 'Reuters', '--data', data);
    expect(own.out).toMatch(/\] US officials — reported that/);
    expect(own.out).toMatch(/\] \(no speaker\) — noted that/);
    expect(own.out).not.toMatch(/(cited|reported) by Reuters —/);
    const save = briefing(
      'import',
      'article',
      article,
      '--accept-all',
      '--title',
      'Berlin talks',
      '--outlet',
      'Sample',
      '--published',
      '2025-12-15',
      '--data',
      data,
    );
    expect(save.code).toBe(0);
    // The rules' 18 ("Other reports described …" relayed by the reports, session 21; "A joint statement by European leaders …
    // backed …", session 33); the learnt model adds none.
    expect(save.out).toMatch(/Added 1 source and 18 facts/);
    expect(briefing('import', 'article', article, '--accept-all', '--data', data).code).toBe(1);
  });

  it('what a plain text or a saved page says about itself stands in for the options not given', () => {
    const data = tempDir();
    const article = join(data, 'harbour.txt');
    writeFileSync(
      article,
      [
        'Harbour council delays vote on new ferry terminal',
        'By Ana Roe and LI WEI',
        'PORTVILLE, May 4, 2026 (Reuters) - The council on Tuesday postponed a vote on the terminal, its chair Mara Quill said.',
        '"We need another month," Quill told Reuters.',
      ].join('\n\n'),
    );
    const save = briefing('import', 'article', article, '--accept-all', '--data', data);
    expect(save.code).toBe(0);
    expect(save.out).toContain(
      'From the text: title “Harbour council delays vote on new ferry terminal” (its headline); byline “Ana Roe, Li Wei”; outlet “Reuters” (its dateline); published 2026-05-04.',
    );
    const out = join(data, 'library.json');
    expect(briefing('export', 'library', '--format', 'csl-json', '--out', out, '--data', data).code).toBe(0);
    const [item] = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({
      title: 'Harbour council delays vote on new ferry terminal',
      'container-title': 'Reuters',
      author: [
        { family: 'Roe', given: 'Ana' },
        { family: 'Wei', given: 'Li' },
      ],
      issued: { 'date-parts': [[2026, 5, 4]] },
    });
    // A dateline with no year dates nothing, and says so rather than leave the source silently undated.
    const undated = join(data, 'undated.txt');
    writeFileSync(
      undated,
      'Ferry vote put off\n\nPORTVILLE, May 4 (Reuters) - The vote was put off, chair Mara Quill said.\n',
    );
    expect(briefing('import', 'article', undated, '--data', data).out).toContain(
      'The dateline gives 4 May but no year: give --published YYYY-MM-DD to date the source',
    );
    // A saved page's metadata stands in as the app's "Open article file…" takes it, its outlet read as its own.
    const page = join(data, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Ferry vote | Portville Gazette</title>
      <meta property="og:title" content="Ferry vote put off again">
      <meta property="og:site_name" content="Portville Gazette">
      <meta property="article:published_time" content="2026-05-04T09:00:00Z">
      <link rel="canonical" href="https://gazette.example/ferry-vote"></head>
      <body><nav>Home | News</nav><article><h1>Ferry vote put off again</h1>
      <p>The harbour council postponed the vote on Tuesday, its chair Mara Quill told the Portville Gazette.</p>
      </article></body></html>`,
    );
    const fromPage = briefing('import', 'article', page, '--accept-all', '--data', data);
    expect(fromPage.code).toBe(0);
    expect(fromPage.out).toContain(
      'From the page: title “Ferry vote put off again”; outlet “Portville Gazette”; published 2026-05-04; address “https://gazette.example/ferry-vote”.',
    );
    expect(fromPage.out).toMatch(/\] Mara Quill, chair — told\n/);
    // A text with no headline and no dateline names the options it needs.
    const bare = join(data, 'bare.txt');
    writeFileSync(bare, 'The council postponed the vote, its chair Mara Quill said.\n');
    const refused = briefing('import', 'article', bare, '--accept-all', '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err + refused.out).toMatch(
      /the text gives no headline and no dateline agency: give --title and --outlet/,
    );
  });

  it('imports sources by extension and facts from CSV; bad input exits 1 naming the problem', () => {
    const data = tempDir();
    expect(briefing('import', 'sources', fixture('import/sources.bib'), '--data', data).out).toMatch(
      /Added 3 source/,
    );
    expect(briefing('import', 'sources', fixture('import/sources.ris'), '--data', data).out).toMatch(
      /Added 1 source and 0 facts; skipped 2 duplicate/,
    );
    expect(briefing('import', 'facts', fixture('import/facts.csv'), '--data', data).out).toMatch(/3 facts/);
    const bad = join(data, 'bad.csv');
    writeFileSync(bad, 'statement,source_title,source_outlet\nFine.,T,O\n,T,O\n');
    const refused = briefing('import', 'facts', bad, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Line 3, field statement: Statement is required/);
    expect(briefing('import', 'sources', fixture('import/malformed.ris'), '--data', data).code).toBe(1);
    expect(count(data, 'facts')).toBe(3);
  });

  it('imports facts from .tsv and .txt (Excel’s Unicode Text: UTF-16 with a BOM, tabs) as delimited text', () => {
    const data = tempDir();
    const rows = [
      'statement\tspeaker\tsource_title\tsource_outlet',
      'Tab one.\tX\tT\tO',
      'Tab two.\tY\tT\tO',
    ];
    const tsv = join(data, 'facts.tsv');
    writeFileSync(tsv, `${rows.slice(0, 2).join('\r\n')}\r\n`);
    const unicodeText = join(data, 'facts.txt');
    writeFileSync(unicodeText, Buffer.from(`\uFEFF${[rows[0], rows[2]].join('\r\n')}\r\n`, 'utf16le'));
    const fromTsv = briefing('import', 'facts', tsv, '--data', data);
    expect(fromTsv.err).toBe('');
    expect(fromTsv.out).toMatch(/Added 1 source and 1 fact\b/);
    expect(briefing('import', 'facts', unicodeText, '--data', data).out).toMatch(
      /Added 0 sources and 1 fact\b/,
    );
    expect(count(data, 'facts')).toBe(2);
    const other = join(data, 'facts.xlsx');
    writeFileSync(other, 'x');
    expect(briefing('import', 'facts', other, '--data', data).err).toMatch(/\.csv, \.tsv or \.txt file/);
  });

  it('backs up and restores the store', () => {
    const data = tempDir();
    briefing('import', 'facts', fixture('import/facts.csv'), '--data', data);
    const out = join(tempDir(), 'backup.sqlite');
    expect(briefing('backup', '--out', out, '--data', data).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    briefing('import', 'sources', fixture('import/sources.json'), '--data', data);
    expect(count(data, 'sources')).toBe(5);
    const restored = briefing('restore', out, '--data', data);
    expect(restored.out).toMatch(
      /Restored: 2 sources, 3 facts, \d+ briefings?\. The store before it is kept in the data folder as briefing-before-restore-[\d-]+\.sqlite\./,
    );
    expect(count(data, 'sources')).toBe(2);
    const refused = briefing('restore', fixture('import/facts.csv'), '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not a Briefing Builder backup/);
    expect(count(data, 'sources')).toBe(2);
  });
});
