import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationRef } from '../../../electron/core/citations';
import type { Source } from '../../../electron/core/schemas';
import { builtInStylesDir, cslFormatter, forgetEngines } from '../../../electron/services/export/csl';
import { repoRoot, templatesDir } from '../../helpers/fixtures';
import { makeFact, makeSource } from '../../helpers/builders';

// The app keeps each style's citation engine between exports. After an edit to a few of the cited
// sources (a title corrected, a date or an author added) it takes those out of the engine's registry
// and registers them again instead of every source (csl.ts engineOver): the notes and the source list
// must be exactly what an engine built afresh gives, whatever the sources and the edits — sources that
// share authors, titles and years, so that disambiguation, sorting and short forms depend on the edit.

const stylesDir = builtInStylesDir(templatesDir);
const chicago = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'),
  'utf8',
);

const FAMILIES = ['Dupont', 'Smith', 'Ivanova'];
const GIVEN = ['Jean', 'Anna'];
const TITLES = ['Talks in Berlin', 'Talks in Berlin resume', 'The grain corridor', 'Sanctions'];
const OUTLETS = ['Reuters', 'Le Monde', 'TASS'];
const DATES = ['2025-12-14', '2025-12', '2024-03-02', '2025'];

const sourceFields = fc.record({
  title: fc.constantFrom(...TITLES),
  outlet: fc.constantFrom(...OUTLETS),
  published: fc.constantFrom(...DATES),
  authors: fc.array(fc.record({ family: fc.constantFrom(...FAMILIES), given: fc.constantFrom(...GIVEN) }), {
    maxLength: 2,
  }),
});
type Fields = typeof sourceFields extends fc.Arbitrary<infer T> ? T : never;
const toSource = (i: number, f: Fields): Source =>
  makeSource(`s${i}`, f.outlet, { title: f.title, published: f.published, authors: f.authors });

const scenario = fc.array(sourceFields, { minLength: 4, maxLength: 9 }).chain((sources) =>
  fc.record({
    sources: fc.constant(sources),
    // Cites in order: which source, and whether the fact has a speaker or a locator.
    cites: fc.array(
      fc.record({
        source: fc.nat(sources.length - 1),
        speaker: fc.boolean(),
        locator: fc.constantFrom(undefined, 'p. 4', 'para. 2'),
      }),
      { minLength: 3, maxLength: 14 },
    ),
    // At most a quarter of the sources edited, each to any other fields.
    edits: fc.uniqueArray(fc.record({ source: fc.nat(sources.length - 1), to: sourceFields }), {
      minLength: 1,
      maxLength: Math.floor(sources.length / 4),
      selector: (e) => e.source,
    }),
  }),
);

function exportOf(
  style: Parameters<typeof cslFormatter>[0],
  sources: Source[],
  cites: Array<{ source: number; speaker: boolean; locator: string | undefined }>,
) {
  const refs: CitationRef[] = cites.map((c, i) => ({
    source: sources[c.source]!,
    fact: makeFact(`f${i}`, sources[c.source]!.id, {
      ...(c.speaker ? { speaker: 'Dmitry Peskov', speakerRole: 'Kremlin spokesman' } : {}),
      ...(c.locator ? { locator: c.locator } : {}),
    }),
  }));
  const cited = [...new Map(refs.map((r) => [r.source.id, r.source])).values()];
  const formatter = cslFormatter(style, stylesDir, 'en-US', { emphasis: true });
  return { notes: formatter.notes(refs), sources: formatter.bibliography(cited) };
}

describe('an edit to a few cited sources, registered again', () => {
  for (const [name, style, runs] of [
    ['briefing-notes', 'briefing-notes', 60],
    ['Chicago notes', { csl: chicago }, 12],
  ] as const) {
    it(`gives what an engine built afresh gives (${name})`, () => {
      fc.assert(
        fc.property(scenario, ({ sources, cites, edits }) => {
          forgetEngines();
          const before = sources.map((f, i) => toSource(i, f));
          const after = before.map((s, i) => {
            const edit = edits.find((e) => e.source === i);
            return edit ? toSource(i, edit.to) : s;
          });
          exportOf(style, before, cites); // the kept engine registers the sources as they were
          const kept = exportOf(style, after, cites);
          forgetEngines();
          expect(kept).toEqual(exportOf(style, after, cites));
        }),
        { numRuns: runs },
      );
    }, 120_000);
  }
});
