import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefing, buildCliIfStale } from '../helpers/cli';
import { repoRoot, tempDir } from '../helpers/fixtures';

const zotero = join(repoRoot, 'tests', 'fixtures', 'import', 'zotero-library.json');

/** pandoc's reading of a file, as CSL-JSON. */
const pandocCsl = (file: string, from: string) =>
  JSON.parse(spawnSync('pandoc', ['-f', from, '-t', 'csljson', file], { encoding: 'utf8' }).stdout) as Array<
    Record<string, unknown>
  >;

beforeAll(buildCliIfStale, 120_000);

describe('briefing import sources: the report, --dry-run and --strict', () => {
  it('previews without writing, refuses with --strict listing every problem, imports the rest otherwise', () => {
    const data = tempDir();
    const dry = briefing('import', 'sources', zotero, '--dry-run', '--data', data);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(
      /^6 entries: 6 sources will be added, 0 already in the library or repeated in the file, 0 cannot be read\. Nothing was written/,
    );
    expect(dry.out).toContain('warning: Line 46, field title: is missing; imported untitled.');
    expect(dry.out).toContain(
      'will add: Nakamura and World Health Organization (2020). Sanctions and Their Discontents (line 32)',
    );
    expect(dry.out.match(/^ {2}will add: /gm)).toHaveLength(6);
    const strict = briefing('import', 'sources', zotero, '--strict', '--data', data);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain(
      'warning: Line 46, field URL: the URL "www.news.un.org/en/story/2023/05/1136987" has no scheme: read as https://www.news.un.org/',
    );
    expect(strict.err).toMatch(/2 problems in .*--strict: nothing was imported/);
    expect(briefing('stats', '--json', '--data', data).out).toContain('"sources":0');
    const done = briefing('import', 'sources', zotero, '--data', data);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Added 6 sources and 0 facts; skipped 0 duplicates\./);
    const again = briefing('import', 'sources', zotero, '--data', data);
    expect(again.out).toMatch(
      /Entry 3 \(line 32\) "Sanctions and Their Discontents" is already in the library as "Sanctions and Their Discontents" \(same DOI\); not added again\.$/m,
    );
  });

  it('writes nothing in a dry run: an older store is not upgraded, a current one not touched, none made', () => {
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const old = tempDir();
    const store = join(old, 'briefing.sqlite');
    copyFileSync(join(repoRoot, 'tests', 'fixtures', 'stores', 'v4.sqlite'), store);
    const before = sha(store);
    const dry = briefing('import', 'sources', zotero, '--dry-run', '--data', old);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toMatch(
      /^The store is from an older version of the app \(schema 4; this one reads \d+\): opened only to read, it is not upgraded\. Previewed against an upgraded copy; the store itself is unchanged/,
    );
    expect(dry.out).toMatch(/^6 entries: \d sources? will be added.*Nothing was written \(--dry-run\)\.$/m);
    expect(sha(store)).toBe(before);
    // The store's files as they were (the writer lock's file may be there: it is the folder's, not the store's).
    const storeFiles = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.startsWith('briefing.sqlite'))
        .sort();
    expect(storeFiles(old)).toEqual(['briefing.sqlite']);

    // A current store is opened only to read: its bytes and its folder as they were.
    const current = tempDir();
    expect(briefing('import', 'sources', zotero, '--data', current).code).toBe(0);
    const files = storeFiles(current);
    const hashes = files.map((f) => (statSync(join(current, f)).isFile() ? sha(join(current, f)) : f));
    const again = briefing('import', 'sources', zotero, '--dry-run', '--data', current);
    expect(again.out).toMatch(/^6 entries: 0 sources will be added, 6 already in the library/);
    expect(storeFiles(current)).toEqual(files);
    expect(files.map((f) => (statSync(join(current, f)).isFile() ? sha(join(current, f)) : f))).toEqual(
      hashes,
    );

    // No store yet: none is made.
    const empty = tempDir();
    expect(briefing('import', 'sources', zotero, '--dry-run', '--data', empty).out).toMatch(
      /^6 entries: 6 source/,
    );
    expect(storeFiles(empty)).toEqual([]);
  });
});

describe('briefing export library', () => {
  it('writes CSL-JSON, BibTeX and RIS that other tools read back with the same titles, names, dates and DOIs', () => {
    const data = tempDir();
    expect(briefing('import', 'sources', zotero, '--data', data).code).toBe(0);
    const out = tempDir();
    for (const format of ['csl-json', 'bibtex', 'ris']) {
      const r = briefing(
        'export',
        'library',
        '--format',
        format,
        '--out',
        join(out, `lib.${format}`),
        '--data',
        data,
      );
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`(6 sources, ${format})`);
    }
    const csl = pandocCsl(join(out, 'lib.csl-json'), 'csljson');
    const bib = pandocCsl(join(out, 'lib.bibtex'), 'biblatex');
    for (const items of [csl, bib]) {
      const paper = items.find((i) => i.title === 'Sanctions and Their Discontents');
      expect(paper).toMatchObject({
        type: 'article-journal',
        DOI: '10.1234/JCS.2020.0042',
        author: [{ family: 'Nakamura', given: 'Yuki' }, { literal: 'World Health Organization' }],
        issued: { 'date-parts': [[2020]] },
      });
      const book = items.find((i) => String(i.title).startsWith('The Rules of the Game'));
      expect(book).toMatchObject({
        type: 'book',
        issued: { 'date-parts': [[2019, 3]] },
        publisher: 'Oxford University Press',
      });
      expect(items.find((i) => String(i.title).startsWith('Bosnia'))?.type).toBe('legal_case');
    }
    const ris = readFileSync(join(out, 'lib.ris'), 'utf8');
    expect(ris).toMatch(/TY {2}- CASE\r?\n/);
    expect(ris).toContain('DO  - 10.1234/JCS.2020.0042');
    expect(ris).toContain('AU  - Nakamura, Yuki');
    const usage = briefing('export', 'library', '--format', 'docx', '--out', join(out, 'x'), '--data', data);
    expect(usage.code).toBe(1);
    expect(usage.err).toMatch(/--format must be csl-json, bibtex, ris or json/);
  });
});
