import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inClusters, notePrefix, type CitationRef } from '../../../electron/core/citations';
import { builtInStylesDir, cslFormatter, cslItemOf } from '../../../electron/services/export/csl';
import { parseLocator } from '../../../electron/services/export/csl-locator';
import { notePositions, Position } from '../../../electron/services/export/csl-positions';
import { makeFact, makeSource } from '../../helpers/builders';
import { repoRoot, templatesDir } from '../../helpers/fixtures';

const stylesDir = builtInStylesDir(templatesDir);
const chicago = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'),
  'utf8',
);
const briefingNotes = readFileSync(join(stylesDir, 'briefing-notes.csl'), 'utf8');
/** A note style that prints which position citeproc gave each cite, so any disagreement shows. */
const positionsStyle = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>Positions</title><id>positions</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation near-note-distance="3"><layout><group delimiter=" ">
    <text variable="title"/>
    <choose>
      <if position="ibid-with-locator"><text value="IBID-LOC"/></if>
      <else-if position="ibid"><text value="IBID"/></else-if>
      <else-if position="subsequent"><text value="SUBSEQUENT"/></else-if>
      <else><text value="FIRST"/></else>
    </choose>
    <choose><if position="near-note"><text value="NEAR"/></if></choose>
    <text variable="first-reference-note-number" prefix="n"/>
    <text variable="locator" prefix="p"/>
  </group></layout></citation>
</style>`;

const sources = ['a', 'b', 'c', 'd'].map((id, i) =>
  makeSource(id, ['Reuters', 'Le Monde', 'AP', 'BBC'][i] ?? 'X', {
    title: `Report ${id}`,
    published: `2025-12-1${i}`,
    url: `https://example.org/${id}`,
    authors: i === 1 ? [{ family: 'Dupont', given: 'Jean' }] : [],
  }),
);

/** citeproc's own answer: every note as one cluster through `rebuildProcessorState`. */
interface Engine {
  rebuildProcessorState(c: object[], mode: 'text'): Array<[string, number, string]>;
}
const csl = (
  plugins as unknown as {
    config: {
      get(n: '@csl'): { engine(...a: unknown[]): Engine; styles: { add(n: string, x: string): void } };
    };
  }
).config.get('@csl');
const registered = new Set<string>();
function citeprocNotes(xml: string, name: string, refs: CitationRef[], sizes?: number[]): string[] {
  if (!registered.has(name)) csl.styles.add(name, xml);
  registered.add(name);
  const items = [...new Map(refs.map((r) => [r.source.id, cslItemOf(r.source)])).values()];
  const engine = csl.engine(items, name, 'en-US', 'text');
  const clusters = inClusters(refs, sizes).map((cluster, i) => ({
    citationID: `c${i}`,
    citationItems: cluster.map((r) => {
      const prefix = notePrefix(r.fact, r.source);
      return {
        id: r.source.id,
        ...(prefix ? { prefix } : {}),
        ...(r.fact.locator ? parseLocator(r.fact.locator) : {}),
      };
    }),
    properties: { noteIndex: i + 1 },
  }));
  return engine.rebuildProcessorState(clusters, 'text').map(([, , text]) => text.replace(/\s+/g, ' ').trim());
}

const refsArb = fc.array(
  fc.record({
    source: fc.constantFrom(...sources),
    // Bare pages, labelled pages (`p. 3` is page 3, as `3` is), and other kinds at the same number.
    locator: fc.option(
      fc.constantFrom('3', '7', '12', 'p. 3', 'para. 3', 'paras. 3-4', '¶ 7', 'sec. 3', 'line 12'),
      {
        nil: undefined,
      },
    ),
    speaker: fc.option(fc.constantFrom('Dmitry Peskov', 'Donald Tusk'), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 14 },
);
/**
 * The picks as citations. A speaker is kept only on a cite whose neighbours cite other sources: who
 * speaks in notes on the same source one after the other is our own rule (see `repeatedNotes`, tested
 * on its own), which citeproc does not know.
 */
const toRefs = (picks: Array<{ source: (typeof sources)[number]; locator?: string; speaker?: string }>) =>
  picks.map(({ source, locator, speaker }, i): CitationRef => {
    const alone = picks[i - 1]?.source !== source && picks[i + 1]?.source !== source;
    return {
      source,
      fact: makeFact(`f${i}`, source.id, {
        ...(locator ? { locator } : {}),
        ...(speaker && alone ? { speaker } : {}),
      }),
    };
  });

describe('note positions', () => {
  it('derives first, ibid, ibid-with-locator, subsequent and near-note as the CSL spec says', () => {
    const out = notePositions(
      [
        { id: 'a' },
        { id: 'a' },
        { id: 'a', locator: '3' },
        { id: 'a', locator: '3' },
        { id: 'a' },
        { id: 'b' },
        { id: 'a' },
      ],
      2,
    );
    expect(out.map((c) => c.position)).toEqual([
      Position.first,
      Position.ibid,
      Position.ibidWithLocator,
      Position.ibid,
      Position.subsequent,
      Position.first,
      Position.subsequent,
    ]);
    expect(out[6]).toMatchObject({ 'first-reference-note-number': 1, 'near-note': true });
  });

  it('tells locators of another kind at the same number apart (ibid-with-locator), pages alike (ibid)', () => {
    const cites = ['para. 3', '3', 'p. 3', '¶ 3'].map((l) => ({ id: 'a', ...parseLocator(l) }));
    expect(notePositions(cites, 2).map((c) => c.position)).toEqual([
      Position.first,
      Position.ibidWithLocator,
      Position.ibid,
      Position.ibidWithLocator,
    ]);
  });

  // The formatter renders each note from positions it derives itself; citeproc's own incremental
  // processing is the reference. Same text for every random run of cites, in every note style we ship.
  for (const [label, xml] of [
    ['position-printing style', positionsStyle],
    ['briefing-notes', briefingNotes],
    ['Chicago notes (CSL repository)', chicago],
  ] as const) {
    it(`gives citeproc's own notes for random cite sequences: ${label}`, () => {
      fc.assert(
        fc.property(refsArb, (picks) => {
          const refs = toRefs(picks);
          // (Ours join a locator to its label with a no-break space; citeproc's plain text, a space.)
          const ours = cslFormatter({ csl: xml }, stylesDir)
            .notes(refs)
            .map((note) => note.replace(/\u00a0/g, ' '));
          expect(ours).toEqual(citeprocNotes(xml, `reference-${label}`, refs));
        }),
        { numRuns: 100 },
      );
    }, 60_000);
  }

  // Chips side by side are one note (one citation cluster): ibid within a note and after a note of one
  // cite, as citeproc's own clusters give them.
  for (const [label, xml] of [
    ['briefing-notes', briefingNotes],
    ['Chicago notes (CSL repository)', chicago],
  ] as const) {
    it(`gives citeproc's own notes when adjacent chips are one note: ${label}`, () => {
      fc.assert(
        fc.property(refsArb, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 14 }), (picks, widths) => {
          const refs = toRefs(picks);
          const sizes: number[] = [];
          for (let left = refs.length, k = 0; left > 0; k++) {
            sizes.push(Math.min(left, widths[k] ?? 1));
            left -= sizes[sizes.length - 1]!;
          }
          const ours = cslFormatter({ csl: xml }, stylesDir)
            .notes(refs, sizes)
            .map((note) => note.replace(/\u00a0/g, ' '));
          expect(ours).toEqual(citeprocNotes(xml, `reference-${label}`, refs, sizes));
        }),
        { numRuns: 60 },
      );
    }, 60_000);
  }

  describe('notes on the same source one after the other, with who said it', () => {
    const reuters = sources[0]!;
    const peskov = { speaker: 'Dmitry Peskov', speakerRole: 'Kremlin spokesman', quote: 'No.' };
    const run = (facts: Array<Parameters<typeof makeFact>[2]>) =>
      facts.map((extra, i): CitationRef => ({ source: reuters, fact: makeFact(`r${i}`, 'a', extra) }));

    it('with "Ibid.": the same speaker again is "Ibid." alone, another speaker a short note naming them', () => {
      const notes = cslFormatter('briefing-notes', stylesDir, 'en-GB', { repeatedNote: 'ibid' }).notes(
        run([peskov, peskov, { speaker: 'Donald Tusk', quote: 'Yes.' }, { locator: 'para. 4' }]),
      );
      expect(notes[0]).toMatch(/^Dmitry Peskov, Kremlin spokesman, quoted in Reuters, ‘Report a’, /);
      expect(notes[1]).toBe('Ibid.');
      expect(notes[2]).toBe('Donald Tusk, quoted in Reuters, ‘Report a’.');
      // No speaker after a speaker: a short note (an "Ibid." would carry Tusk's words over).
      expect(notes[3]).toBe('Reuters, ‘Report a’, para.\u00a04.');
      expect(notes.join(' ')).not.toMatch(/quoted in ibid/i);
    });

    it('with the short form (briefing-notes unless the template asks): never "Ibid.", never the full note again', () => {
      const notes = cslFormatter('briefing-notes', stylesDir, 'en-GB').notes(
        run([peskov, peskov, {}, { locator: 'p. 3' }]),
      );
      expect(notes.slice(1)).toEqual([
        'Dmitry Peskov, Kremlin spokesman, quoted in Reuters, ‘Report a’.',
        'Reuters, ‘Report a’.',
        'Reuters, ‘Report a’, p.\u00a03.',
      ]);
    });
  });
});
