import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationRef } from '../../../electron/core/citations';
import type { Source } from '../../../electron/core/schemas';
import type { Template } from '../../../electron/core/template';
import { builtInStylesDir, cslFormatter, Recent } from '../../../electron/services/export/csl';
import { specialiseStyle, type CslNode } from '../../../electron/services/export/csl-specialise';
import { makeFact, makeSource } from '../../helpers/builders';
import { repoRoot, templatesDir } from '../../helpers/fixtures';

const stylesDir = builtInStylesDir(templatesDir);
const chicago = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'),
  'utf8',
);
const citeproc = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'))(
  'citeproc',
) as { parseXml(xml: string): CslNode };

const el = (name: string, attrs: Record<string, string> = {}, ...children: CslNode[]): CslNode => ({
  name,
  attrs,
  children,
});
const text = (value: string) => el('text', { value });
/** A macro holding one choose, specialised to `types`, as the names of what each kept branch prints. */
function decided(types: string[], ...branches: CslNode[]): Array<[string, Record<string, string>, string]> {
  const style = el('style', {}, el('macro', { name: 'm' }, el('choose', {}, ...branches)));
  const macro = specialiseStyle(style, new Set(types)).children[0] as CslNode;
  const choose = macro.children[0] as CslNode | undefined;
  return (choose?.children ?? []).map((b) => {
    const branch = b as CslNode;
    return [branch.name, branch.attrs, ((branch.children[0] as CslNode).attrs.value ?? '') as string];
  });
}

describe('a CSL style specialised to the cited item types', () => {
  it('leaves out branches no cited type takes, and everything after one every cited type takes', () => {
    const branches = [
      el('if', { type: 'book' }, text('book')),
      el('else-if', { type: 'article-newspaper report', match: 'any' }, text('news')),
      el('else-if', { variable: 'URL' }, text('web')),
      el('else', {}, text('other')),
    ];
    expect(decided(['article-newspaper'], ...branches)).toEqual([
      ['if', { type: 'article-newspaper report', match: 'any' }, 'news'],
    ]);
    // Not decided for every type present: kept, with what follows it.
    expect(decided(['article-newspaper', 'webpage'], ...branches)).toEqual([
      ['if', { type: 'article-newspaper report', match: 'any' }, 'news'],
      ['else-if', { variable: 'URL' }, 'web'],
      ['else', {}, 'other'],
    ]);
    expect(decided(['book', 'webpage'], ...branches)).toEqual([
      ['if', { type: 'book' }, 'book'],
      ['else-if', { variable: 'URL' }, 'web'],
      ['else', {}, 'other'],
    ]);
  });

  it('decides match="none", keeps every test that is not on the type alone, and keeps an else well formed', () => {
    expect(
      decided(
        ['webpage'],
        el('if', { type: 'webpage', match: 'none' }, text('not web')),
        el('else-if', { type: 'webpage', variable: 'URL', match: 'all' }, text('web with url')),
        el('else', {}, text('other')),
      ),
    ).toEqual([
      ['if', { type: 'webpage', variable: 'URL', match: 'all' }, 'web with url'],
      ['else', {}, 'other'],
    ]);
    // Only the else is left: it becomes an if every item passes (a choose must start with one), an
    // item without a type ('') included: a test that no type is one no item has.
    for (const types of [['webpage', 'report'], [''], ['', 'book']])
      expect(
        decided(types, el('if', { type: 'thesis' }, text('thesis')), el('else', {}, text('other'))),
      ).toEqual([['if', { type: 'briefing-builder-no-such-type', match: 'none' }, 'other']]);
    // No branch can be taken: the choose is gone.
    expect(decided(['webpage'], el('if', { type: 'book' }, text('book')))).toEqual([]);
  });

  it('does not change the tree it is given, nor a style when nothing is cited, and shrinks Chicago for news', () => {
    const style = citeproc.parseXml(chicago);
    const before = JSON.stringify(style);
    const specialised = specialiseStyle(style, new Set(['article-newspaper']));
    expect(JSON.stringify(style)).toBe(before);
    expect(specialiseStyle(style, new Set())).toBe(style);
    // citeproc builds each macro again at every use: the elements it builds, with every macro expanded
    // where it is used. For news articles, Chicago's shrink to a small fraction: its engine build time.
    const expanded = (root: CslNode) => {
      const macros = new Map(
        root.children.flatMap((c) =>
          typeof c !== 'string' && c.name === 'macro' ? [[c.attrs.name, c]] : [],
        ),
      );
      const size = (n: CslNode): number =>
        1 +
        (n.attrs.macro && n.name !== 'macro' ? size(macros.get(n.attrs.macro) ?? el('macro')) : 0) +
        n.children.reduce((sum, c) => sum + (typeof c === 'string' ? 0 : size(c)), 0);
      return root.children.reduce(
        (sum, c) => sum + (typeof c !== 'string' && c.name !== 'macro' ? size(c) : 0),
        0,
      );
    };
    expect(expanded(specialised)).toBeLessThan(expanded(style) * 0.05);
  });
});

/** Item types a briefing's sources may have, with the ones Chicago treats each in its own way. */
const TYPES = [
  'article-newspaper',
  'article-magazine',
  'article-journal',
  'report',
  'webpage',
  'post',
  'post-weblog',
  'book',
  'chapter',
  'interview',
  'broadcast',
  'speech',
  'legal_case',
  'legislation',
  'personal_communication',
  'dataset',
  'document',
  'entry-encyclopedia',
  'classic',
  'thesis',
] as const;

const sourceArb = (id: string): fc.Arbitrary<Source> =>
  fc
    .record({
      type: fc.constantFrom(...TYPES),
      outlet: fc.constantFrom('Reuters', 'Le Monde', 'Kyiv Independent', 'Ministry of Defence'),
      title: fc.constantFrom('Talks in Berlin', 'Ceasefire: what is on the table', 'Security guarantees'),
      authors: fc.constantFrom(
        [],
        [{ family: 'Dupont', given: 'Jean' }],
        [
          { family: 'Smith', given: 'Ann' },
          { family: 'Kowalski', given: 'Piotr' },
          { family: 'Ng', given: 'Li' },
        ],
      ),
      published: fc.option(fc.constantFrom('2025-12-14', '2025-12-15', '2024-03-01'), { nil: undefined }),
      accessed: fc.option(fc.constant('2025-12-16'), { nil: undefined }),
      url: fc.option(fc.constantFrom('https://example.org/a', 'https://example.org/b'), { nil: undefined }),
    })
    .map((fields) => makeSource(id, fields.outlet, { ...fields, authors: [...fields.authors] }));

const caseArb = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 6 })
  .chain((seeds) => fc.tuple(...seeds.map((_, i) => sourceArb(`s${i}`))))
  .chain((sources) =>
    fc.record({
      sources: fc.constant(sources),
      cites: fc.array(
        fc.record({
          source: fc.constantFrom(...sources),
          locator: fc.option(fc.constantFrom('3', 'p. 7', 'para. 9', '§ 2'), { nil: undefined }),
          speaker: fc.option(fc.constantFrom('Dmitry Peskov', 'US officials'), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
    }),
  );

const refsOf = (cites: Array<{ source: Source; locator?: string; speaker?: string }>) =>
  cites.map(({ source, locator, speaker }, i): CitationRef => ({
    source,
    fact: makeFact(`f${i}`, source.id, { ...(locator ? { locator } : {}), ...(speaker ? { speaker } : {}) }),
  }));

/**
 * Everything the formatter gives for a case: notes, then the source list (read from the engine the
 * notes used), in-text cites, and the source list of a formatter that made nothing before it.
 */
function output(style: Template['citations']['style'], refs: CitationRef[], specialise: boolean) {
  const formatter = cslFormatter(style, stylesDir, 'en-US', { specialise });
  const sources = [...new Map(refs.map((r) => [r.source.id, r.source])).values()];
  const notes = formatter.notes(refs);
  const bibliographyAfterNotes = formatter.bibliography(sources);
  const inText = formatter.inText(refs);
  const bibliography = cslFormatter(style, stylesDir, 'en-US', { specialise }).bibliography(sources);
  expect(bibliographyAfterNotes).toEqual(bibliography);
  return { notes, inText, bibliography };
}

/** A note style that prints which type branches each cite took, so any wrongly decided branch shows. */
const typeProbe = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>Type probe</title><id>type-probe</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <macro name="kind"><group delimiter=" ">
    <choose>
      <if type="book chapter" match="any"><text value="BOOKISH"/></if>
      <else-if type="report" match="none"><text value="NOT-REPORT"/></else-if>
      <else><text value="REPORT"/></else>
    </choose>
    <choose><if type="webpage post" match="all"><text value="ALL-WEB"/></if></choose>
    <choose><if type="article-newspaper legal_case"><text value="NEWS-OR-CASE"/></if></choose>
    <choose><if type="article-newspaper" variable="URL" match="any"><text value="NEWS-OR-URL"/></if></choose>
    <choose><if type="speech" match="none"><text value="NOT-SPEECH"/></if><else><text value="SPEECH"/></else></choose>
  </group></macro>
  <citation><layout><group delimiter=" "><text variable="title"/><text macro="kind"/></group></layout></citation>
  <bibliography><sort><key macro="kind"/><key variable="title"/></sort>
    <layout><group delimiter=" "><text variable="title"/><text macro="kind"/></group></layout></bibliography>
</style>`;

describe('the specialised style formats exactly as the whole style', () => {
  const styles: Array<[string, Template['citations']['style'], number]> = [
    ['a style probing type tests', { csl: typeProbe }, 60],
    ['briefing-notes', 'briefing-notes', 40],
    ['APA', 'apa', 30],
    ['Harvard', 'harvard1', 20],
    ['Vancouver', 'vancouver', 20],
    ['Chicago notes (CSL repository)', { csl: chicago }, 25],
  ];
  for (const [label, style, numRuns] of styles) {
    it(`notes, in-text cites and source list over random sources of any type: ${label}`, () => {
      fc.assert(
        fc.property(caseArb, ({ cites }) => {
          const refs = refsOf(cites);
          expect(output(style, refs, true)).toEqual(output(style, refs, false));
        }),
        { numRuns },
      );
    }, 180_000); // a guard against hangs only: under a loaded machine these runs take over a minute
  }
});

describe('what the formatter keeps between exports', () => {
  it('keeps the entries used last, up to its limit', () => {
    const kept = new Recent<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1); // a is now the one used last
    kept.set('c', 3);
    expect([kept.get('a'), kept.get('b'), kept.get('c')]).toEqual([1, undefined, 3]);
    kept.set('a', 4);
    kept.set('d', 5);
    expect([kept.get('a'), kept.get('c'), kept.get('d')]).toEqual([4, undefined, 5]);
  });
});
