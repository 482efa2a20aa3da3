// Every file of the real-file corpus goes through the import (readSourceEntries → the entry check that
// decides what is stored) and each stored item is compared with another reader's reading of the same
// file: pandoc for BibTeX, BibLaTeX and CSL-JSON; Zotero's own expected items (its RIS translator's test
// cases) for RIS, which pandoc 2.17 cannot read. The corpus is split into dev and a held-out test split
// (manifest.json): dev is tuned on and gated at 99 %; the test split is only reported on (its files must
// import). Session 8's test split was retired into dev after its report (`retired` in the manifest) and
// is reported apart as well; session 9's held-out files are the test split now.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile, detectFormat } from '../../electron/services/import/formats';
import { checkEntry, NOT_IDENTIFYING } from '../../electron/services/import/source-entries';
import { readSourceEntries } from '../../electron/services/import/sources';
import {
  compareItems,
  GATED,
  pandocReadAll,
  pandocVersion,
  type Csl,
  type Disagreement,
} from '../helpers/csl-compare';
import { zoteroToCsl } from '../helpers/zotero-expected';

const corpus = join(__dirname, '..', 'fixtures', 'import-corpus');
interface ManifestFile {
  file: string;
  format: string;
  split: 'dev' | 'test';
  /** The session whose test split this file was in before it was retired into dev. */
  retired?: string;
}
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { files: ManifestFile[] };

/** Disagreements where the reference is wrong and we are right, each with its reason (docs/import.md). */
interface ReferenceWrong {
  file: string;
  key: string;
  field: string;
  reason: string;
}
const referenceWrong = (
  JSON.parse(readFileSync(join(corpus, 'reference-wrong.json'), 'utf8')) as { entries: ReferenceWrong[] }
).entries;
const listed = (file: string, d: Disagreement) =>
  referenceWrong.some((w) => w.file === file && w.key === d.key && w.field === d.field);

interface FileResult {
  file: string;
  split: 'dev' | 'test';
  retired: boolean;
  /** Entries the import would store. */
  stored: Csl[];
  error?: string;
  referenceCount: number;
  /** Items of the reference that hold anything beyond an id and a type (a readable entry). */
  referenceReadable: number;
  compared: number;
  disagreements: Disagreement[];
  unidentifiable: number;
}

/**
 * pandoc 2.17 takes the braced group after `\\textendash`/`\\textemdash` as the command's argument and
 * drops it (`{{III}}\\textendash{{V Nanowires}}` becomes "III"): where the entry's own text has such a
 * group and pandoc's title is ours with words missing, pandoc is wrong. Listed in docs/import.md.
 */
function pandocDroppedBracedGroup(fileText: string, d: Disagreement): boolean {
  if (d.field !== 'title') return false;
  const at = fileText.indexOf(`{${d.key},`);
  if (at === -1) return false;
  const next = fileText.indexOf('\n@', at);
  const entry = fileText.slice(at, next === -1 ? undefined : next);
  if (!/\\text(?:en|em)dash\s*\{/.test(entry)) return false;
  const words = (x: string) =>
    x
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ');
  const ours = words(d.ours);
  let i = 0;
  for (const w of words(d.theirs.replace(/\\[a-z]+/gi, ' '))) {
    while (i < ours.length && ours[i] !== w) i++;
    if (i++ >= ours.length) return false;
  }
  return true;
}

/** A corpus file as the import reads it: its text, decoded, and the format it is read as. */
interface Decoded {
  m: ManifestFile;
  path: string;
  text: string;
  format: ReturnType<typeof detectFormat>;
}

function read({ m, path, text, format }: Decoded, pandocItems: Csl[]): FileResult {
  const stored: Csl[] = [];
  let error: string | undefined;
  /** Entries refused with a reason: unreadable (named by line and field) or naming no work at all. */
  let unidentifiable = 0;
  try {
    if (!format) throw new Error('format not recognised');
    for (const entry of readSourceEntries(text, format).entries) {
      if (entry.problems.some((p) => p.severity === 'error')) {
        unidentifiable++;
        continue;
      }
      const { item, problems } = checkEntry(entry.item);
      if (item) stored.push(item as Csl);
      else if (problems.some((p) => p.message.startsWith('has nothing to identify it'))) unidentifiable++;
    }
  } catch (e) {
    error = (e as Error).message;
  }
  let theirs: Csl[] = [];
  if (format === 'bibtex' || format === 'biblatex' || format === 'csl-json') {
    theirs = pandocItems;
  } else if (format === 'ris') {
    let expected: Parameters<typeof zoteroToCsl>[0][] = [];
    try {
      expected = JSON.parse(
        readFileSync(path.replace(/\.ris$/, '.zotero-expected.json'), 'utf8'),
      ) as typeof expected;
    } catch {
      // JabRef's RIS files carry no expected items: they are only checked to import.
    }
    // Zotero's items carry no ids: pair them with ours by position.
    theirs = expected.map((z, i) => zoteroToCsl(z, String(stored[i]?.id ?? `missing-${i}`)));
  }
  const r = compareItems(stored, theirs);
  r.disagreements = r.disagreements.filter((d) => !pandocDroppedBracedGroup(text, d));
  return {
    file: m.file,
    split: m.split,
    retired: m.retired !== undefined,
    stored,
    ...(error === undefined ? {} : { error }),
    unidentifiable,
    referenceCount: theirs.length,
    // An item only the reference reads something into: one with a field that can name a work (keywords
    // or a note alone cannot; the import refuses such entries, as the issue asks).
    referenceReadable: theirs.filter((i) => Object.keys(i).some((k) => !NOT_IDENTIFYING.has(k))).length,
    compared: r.compared,
    disagreements: r.disagreements,
  };
}

const files = manifest.files.filter(
  (m) =>
    ['bibtex', 'biblatex', 'csl-json', 'ris'].includes(m.format) &&
    !m.file.endsWith('.json') === (m.format !== 'csl-json'),
);
/**
 * Files pandoc 2.17 never finishes (it loops on their crossref and xdata chains until the 20 s limit kills it,
 * measured: 20.3–22.8 s each, over 100 s of every test run): with that pandoc they are read as it reads them
 * then, refused (no items), without running it. Another pandoc version runs on them like any file.
 */
const PANDOC_2_17_LOOPS: ReadonlySet<string> = new Set([
  'biblatex/bibtex-tidy--biber-xdata.bib',
  'biblatex/bibtex-tidy--biber-crossrefs.bib',
  'biblatex/bibtex-tidy--biber-full-dot.bib',
  'bibtex/citationjs--crossref.bib',
  'bibtex/bibtex-tidy--python-bibtexparser-crossref_cascading_cycle.bib',
]);
const pandocLoops = (pandocVersion() ?? '').startsWith('2.17.');
const decoded: Decoded[] = files.map((m) => {
  const path = join(corpus, m.file);
  const { text } = decodeFile(readFileSync(path));
  return { m, path, text, format: detectFormat(text, m.file) };
});
// pandoc reads a file as the format the import reads it as.
const readByPandoc = decoded.flatMap(({ m, path, format }) => {
  if (format !== 'bibtex' && format !== 'biblatex' && format !== 'csl-json') return [];
  if (pandocLoops && PANDOC_2_17_LOOPS.has(m.file)) return [];
  return [{ m, file: path, from: format === 'csl-json' ? ('csljson' as const) : format }];
});
// pandoc runs once per file, as many at a time as there are cores (a thousand files: minutes one by one).
const pandocReadings = await pandocReadAll(readByPandoc);
const pandocItems = new Map(readByPandoc.map(({ m }, i) => [m.file, pandocReadings[i]?.items ?? []]));
const results = decoded.map((d) => read(d, pandocItems.get(d.m.file) ?? []));

// IMPORT_CORPUS_REPORT=file writes every disagreement for a person to read.
if (process.env.IMPORT_CORPUS_REPORT)
  writeFileSync(
    process.env.IMPORT_CORPUS_REPORT,
    results
      .flatMap((r) =>
        r.disagreements.map(
          (d) => `${r.split} ${r.file} ${d.key} ${d.field}\n  ours:      ${d.ours}\n  reference: ${d.theirs}`,
        ),
      )
      .join('\n'),
  );

type Group = 'dev' | 'test' | 'retired';
function summary(group: Group) {
  const rs = results.filter((r) => (group === 'retired' ? r.retired : r.split === group));
  const compared = rs.reduce((n, r) => n + r.compared, 0);
  const bad = new Set<string>();
  const wrong = new Set<string>();
  const lines: string[] = [];
  for (const r of rs)
    for (const d of r.disagreements)
      if (GATED.includes(d.field)) {
        if (listed(r.file, d)) {
          wrong.add(`${r.file}#${d.key}`);
          continue;
        }
        bad.add(`${r.file}#${d.key}`);
        lines.push(
          `${r.file} ${d.key} ${d.field}: ours "${d.ours.slice(0, 100)}" / reference "${d.theirs.slice(0, 100)}"`,
        );
      }
  const byField = Object.fromEntries(
    ['title', 'names', 'date', 'DOI', 'container-title', 'publisher', 'type'].map((f) => [
      f,
      rs.reduce((n, r) => n + r.disagreements.filter((d) => d.field === f).length, 0),
    ]),
  );
  return {
    files: rs.length,
    stored: rs.reduce((n, r) => n + r.stored.length, 0),
    compared,
    /** Entries that agree on every gated field. */
    agreeing: compared - new Set([...bad, ...wrong]).size,
    /** Entries whose only gated disagreements are listed as the reference's error. */
    referenceWrong: [...wrong].filter((k) => !bad.has(k)).length,
    /** Agreeing, or disagreeing only where the reference is listed as wrong. */
    share: compared ? (compared - bad.size) / compared : 1,
    byField,
    lines,
  };
}

describe('the real-file import corpus against pandoc (and Zotero for RIS)', () => {
  it('imports every file that has a readable entry', () => {
    const refused = results
      .filter(
        (r) =>
          r.stored.length === 0 &&
          (r.referenceReadable > 0 ||
            // pandoc refused it: ours must store something, unless it answered for every entry it
            // left out (unreadable, named by line and field; or naming no work: `@book{x, Dc.Date = …}`).
            (r.referenceCount === 0 && r.error === undefined && r.unidentifiable === 0)),
      )
      .map((r) => `${r.file}: ${r.error ?? 'nothing stored'}`);
    expect(refused).toEqual([]);
  });

  it('every entry listed as the reference being wrong still disagrees (the list does not go stale)', () => {
    const stale = referenceWrong.filter(
      (w) =>
        !results.some(
          (r) => r.file === w.file && r.disagreements.some((d) => d.key === w.key && d.field === w.field),
        ),
    );
    expect(stale).toEqual([]);
  });

  // The issue's target is 99 % (entries where the reference is listed as wrong count as ours being
  // right). The dev split is tuned on and gated at 99 %; the held-out test split is only reported on,
  // never tuned against (its gate is the first test: every file with a readable entry imports). The
  // retired session-8 test split, now part of dev, is printed apart. Figures: docs/import.md.
  const report = (group: Group) => {
    const s = summary(group);
    console.log(
      `${group === 'retired' ? 'retired session-8 test split (part of dev)' : `${group} split`}: ${s.files} files, ${s.stored} entries stored, ${s.compared} compared with the reference, ${s.agreeing} agree on title+names+date+DOI (${((s.agreeing / s.compared) * 100).toFixed(2)} %), ${s.referenceWrong} more where the reference is listed as wrong: ${(s.share * 100).toFixed(2)} %; disagreements by field ${JSON.stringify(s.byField)}`,
    );
    if (group !== 'test') for (const line of s.lines.slice(0, 60)) console.log(`  ${line}`);
    return s;
  };

  it('agrees on title, every name, date and DOI for at least 99 % of entries (dev split)', () => {
    const s = report('dev');
    report('retired');
    expect(s.compared).toBeGreaterThan(1500);
    expect(s.share).toBeGreaterThanOrEqual(0.99);
  });

  it('reports the held-out test split (gated only on importing every file with a readable entry)', () => {
    const s = report('test');
    expect(s.compared).toBeGreaterThan(1000);
  });
});
