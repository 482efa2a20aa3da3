// A large .bib file is read on a worker thread while the importing thread checks and writes what it
// has been given: the entries, their order, lines and problems must be exactly those of the reading in
// one thread, and a stopped import must stop the worker. The worker is bundled for this test as the
// build bundles it (dist/node/read-worker.mjs).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../../../electron/services/import/formats';
import { sourceEntries } from '../../../electron/services/import/read-off-thread';
import { readSourceEntries } from '../../../electron/services/import/sources';
import { repoRoot } from '../../helpers/fixtures';

const workerFile = join(repoRoot, 'dist', 'test', `read-worker-${process.pid}-${Date.now()}.mjs`);
beforeAll(async () => {
  await build({
    entryPoints: [join(repoRoot, 'electron', 'services', 'import', 'read-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  });
});
afterAll(() => rmSync(workerFile, { force: true }));

const corpus = join(repoRoot, 'tests', 'fixtures', 'import-corpus');
const bibFiles = ['bibtex', 'biblatex'].flatMap((d) =>
  readdirSync(join(corpus, d))
    .filter((f) => f.endsWith('.bib'))
    .map((f) => ({ format: d as 'bibtex' | 'biblatex', path: join(corpus, d, f) })),
);

/** Every entry of the stream, then its file problems (complete only after the entries). */
function drain(text: string, format: 'bibtex' | 'biblatex') {
  const file = sourceEntries(text, format, { workerFile, minChars: 0 });
  const entries = [...file.entries];
  return { entries, problems: file.problems };
}

describe('reading a .bib file on a worker thread', () => {
  it('gives the same entries, in the same order, with the same lines and problems, as one thread (the corpus .bib files)', () => {
    // The files without crossref/xdata as one text (read entry by entry, as a large export is), each
    // file with crossref/xdata on its own (read whole, then passed on).
    const texts = bibFiles.map(({ format, path }) => ({ format, text: decodeFile(readFileSync(path)).text }));
    const linked = texts.filter((t) => /\b(?:crossref|xdata)\s*=/i.test(t.text));
    // Every third file: enough variety (strings, broken entries, comments, encodings) at a test's cost.
    const plain = texts
      .filter((t, i) => !linked.includes(t) && i % 3 === 0)
      .map((t) => t.text)
      .join('\n');
    let compared = 0;
    for (const { format, text } of [{ format: 'biblatex' as const, text: plain }, ...linked.slice(0, 4)]) {
      const here = readSourceEntries(text, format);
      const there = drain(text, format);
      expect(there).toEqual({ entries: here.entries, problems: here.problems });
      compared += there.entries.length;
    }
    expect(compared).toBeGreaterThan(1500);
  }, 240_000);

  it('a large export (an @string, 3,000 entries, a broken one at the end) comes in batches, the same as in one thread', () => {
    const one = (i: number) =>
      `@article{k${i}, author = {M{\\"u}ller, Anna and Smith, Jo}, title = {Talks {NATO} ${i}}, journal = j, year = ${1990 + (i % 30)}, doi = {10.1000/t.${i}}}\n`;
    const text = `@string{j = "Journal"}\n${Array.from({ length: 3000 }, (_, i) => one(i)).join('')}@book{broken, title = {Unclosed\n`;
    const file = sourceEntries(text, 'bibtex', { workerFile, minChars: 0 });
    // About how many, before they are read (for the progress bar): the entry heads.
    expect(file.expected).toBe(3001);
    const here = readSourceEntries(text, 'bibtex');
    expect({ entries: [...file.entries], problems: file.problems }).toEqual({
      entries: here.entries,
      problems: here.problems,
    });
    expect(here.entries).toHaveLength(3001);
    expect(here.entries[3000]!.problems[0]!.severity).toBe('error');
  });

  it('stops the worker when the import stops early, and names a file with no entry as one thread does', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `@misc{m${i}, title = {T${i}}}\n`).join('');
    const file = sourceEntries(text, 'bibtex', { workerFile, minChars: 0 });
    const it = file.entries[Symbol.iterator]();
    expect(it.next().value).toMatchObject({ line: 1 });
    file.close();
    // A closed stream is done: nothing more comes, nothing hangs.
    expect(() => [...{ [Symbol.iterator]: () => it }]).not.toThrow();
    expect(() => drain('% only a comment\n', 'bibtex')).toThrow(/No BibTeX entries found/);
  });
});
