import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

/**
 * The CSL processor test suite (tests/fixtures/csl-test-suite, see its README) and a runner for it
 * that does what citeproc-js's own test runner does: register the items, cite what the fixture cites
 * (clusters made at once, or processed one after another), and read the citations or the bibliography
 * back in the output format asked for.
 */
const suiteDir = join(repoRoot, 'tests', 'fixtures', 'csl-test-suite');

export interface Fixture {
  name: string;
  mode: string;
  result: string;
  csl: string;
  input: Array<Record<string, unknown>>;
  citationItems?: Array<Array<Record<string, unknown>>>;
  citations?: Array<[Record<string, unknown>, Array<[string, number]>, Array<[string, number]>]>;
  bibentries?: string[][];
  bibsection?: Record<string, unknown>;
  abbreviations?: Record<string, Record<string, Record<string, string>>>;
}

const SECTION = />>=+ ([A-Z0-9-]+) =+>>\n?([\s\S]*?)\n?<<=+ \1 =+<</g;

function parseFixture(name: string, text: string): Fixture | null {
  const sections = new Map<string, string>();
  for (const m of text.replace(/\r\n?/g, '\n').matchAll(SECTION)) sections.set(m[1]!, m[2]!);
  const json = <T>(key: string): T | undefined =>
    sections.has(key) ? (JSON.parse(sections.get(key)!) as T) : undefined;
  const mode = sections.get('MODE')?.trim();
  const csl = sections.get('CSL');
  const result = sections.get('RESULT');
  const input = json<Fixture['input']>('INPUT');
  if (!mode || csl === undefined || result === undefined || !input) return null;
  const fixture: Fixture = { name, mode, result, csl, input };
  const citationItems = json<Fixture['citationItems']>('CITATION-ITEMS');
  if (citationItems) fixture.citationItems = citationItems;
  const citations = json<Fixture['citations']>('CITATIONS');
  if (citations) fixture.citations = citations;
  const bibentries = json<Fixture['bibentries']>('BIBENTRIES');
  if (bibentries) fixture.bibentries = bibentries;
  const bibsection = json<Fixture['bibsection']>('BIBSECTION');
  if (bibsection) fixture.bibsection = bibsection;
  const abbreviations = json<Fixture['abbreviations']>('ABBREVIATIONS');
  if (abbreviations) fixture.abbreviations = abbreviations;
  return fixture;
}

/** Every fixture of the suite that holds a mode, a style, its input and a result. */
export function suiteFixtures(): Fixture[] {
  const dir = join(suiteDir, 'humans');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseFixture(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8')) ?? []);
}

interface Engine {
  updateItems(ids: string[], nosort?: boolean): void;
  makeCitationCluster(items: Array<Record<string, unknown>>): string;
  processCitationCluster(
    citation: Record<string, unknown>,
    pre: Array<[string, number]>,
    post: Array<[string, number]>,
  ): [unknown, Array<[number, string, string]>];
  process_CitationCluster(items: unknown): string;
  makeBibliography(section?: unknown): [Record<string, string>, string[]] | false;
  setOutputFormat(format: string): void;
  registry: { citationreg: { citationByIndex: Array<{ sortedItems: unknown }> } };
  opt: { development_extensions: Record<string, unknown> };
}

const requireHere = createRequire(import.meta.url);
const citeproc = requireHere('citeproc') as {
  Engine: new (sys: object, style: string) => Engine;
};

const localeCache = new Map<string, string | undefined>();
function retrieveLocale(lang: string): string | undefined {
  if (!localeCache.has(lang)) {
    let xml: string | undefined;
    try {
      xml = readFileSync(join(suiteDir, 'locales', `locales-${lang}.xml`), 'utf8');
    } catch {
      xml = undefined;
    }
    localeCache.set(lang, xml);
  }
  return localeCache.get(lang);
}

/**
 * The output of `fixture` through citeproc-js, with the style given as `style` (the fixture's XML, or
 * a specialised style in the JSON form of citeproc's parse); citeproc's error message if it throws.
 */
export function runFixture(fixture: Fixture, style: string): string {
  const byId = new Map(fixture.input.map((item) => [String(item.id), item]));
  const sys = {
    retrieveItem: (id: string) => byId.get(String(id)),
    retrieveLocale,
    getAbbreviation: (
      _list: unknown,
      obj: Record<string, Record<string, Record<string, string>>>,
      jurisdiction: string,
      category: string,
      key: string,
    ) => {
      const found = fixture.abbreviations?.default?.[category]?.[key];
      obj[jurisdiction] ??= {};
      obj[jurisdiction]![category] ??= {};
      if (found) obj[jurisdiction]![category]![key] = found;
      return jurisdiction;
    },
  };
  try {
    const engine = new citeproc.Engine(sys, style);
    if (fixture.mode.endsWith('-rtf')) engine.setOutputFormat('rtf');
    const nosort = fixture.mode === 'bibliography-nosort';
    const ids = fixture.input.map((item) => String(item.id));
    if (fixture.bibentries) for (const set of fixture.bibentries) engine.updateItems(set, nosort);
    else if (!fixture.citations) engine.updateItems(ids, nosort);
    const out: string[] = [];
    let last: Array<[number, string, string]> = [];
    if (fixture.citations) {
      for (const [citation, pre, post] of fixture.citations)
        last = engine.processCitationCluster(citation, pre, post)[1];
      const updated = new Map(last.map(([index, text]) => [index, text]));
      engine.registry.citationreg.citationByIndex.forEach((citation, index) => {
        const text = updated.get(index);
        out.push(
          text !== undefined
            ? `>>[${index}] ${text}`
            : `..[${index}] ${engine.process_CitationCluster(citation.sortedItems)}`,
        );
      });
    } else {
      const clusters = fixture.citationItems ?? [ids.map((id) => ({ id }))];
      for (const cluster of clusters) out.push(engine.makeCitationCluster(cluster));
    }
    if (fixture.mode.startsWith('bibliography') && fixture.mode !== 'bibliography-header') {
      const bib = fixture.bibsection
        ? engine.makeBibliography(fixture.bibsection)
        : engine.makeBibliography();
      if (!bib) return '';
      return `${bib[0].bibstart ?? ''}${bib[1].join('')}${bib[0].bibend ?? ''}`;
    }
    return out.join('\n');
  } catch (error) {
    return `ERROR: ${(error as Error).message}`;
  }
}

/** Whether an output is the fixture's expected result (line ends and the outer white space aside). */
export const passes = (fixture: Fixture, output: string) =>
  output.replace(/\r\n?/g, '\n').trim() === fixture.result.trim();
