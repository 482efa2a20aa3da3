import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationRef } from '../../../electron/core/citations';
import { buildRenderModel } from '../../../electron/core/render-model';
import { attribution, type Briefing, type Source } from '../../../electron/core/schemas';
import { Template } from '../../../electron/core/template';
import { builtInStylesDir, cslFormatter } from '../../../electron/services/export/csl';
import { repoRoot, templatesDir } from '../../helpers/fixtures';
import { block, makeFact, makeSource } from '../../helpers/builders';

const stylesDir = builtInStylesDir(templatesDir);
const chicago = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'),
  'utf8',
);

const source = (id: string, outlet: string, title: string, extra: Partial<Source> = {}): Source =>
  makeSource(id, outlet, { title, ...extra });
const fact = makeFact;

const reuters = source('s1', 'Reuters', 'Kremlin rejects troops', {
  published: '2025-12-15',
  url: 'https://example.org/reuters',
});
const monde = source('s2', 'Le Monde', 'Les discussions de Berlin', {
  published: '2025-12-14',
  authors: [{ family: 'Dupont', given: 'Jean' }],
});
const peskov = fact('f1', 's1', {
  speaker: 'Dmitry Peskov',
  speakerRole: 'Kremlin spokesman',
  quote: 'We reject it.',
});
const refs: CitationRef[] = [
  { fact: peskov, source: reuters },
  { fact: fact('f2', 's2'), source: monde },
  { fact: fact('f3', 's1'), source: reuters },
  { fact: fact('f4', 's1'), source: reuters },
];

describe('CSL formatter (citation-js)', () => {
  it('briefing-notes: first note in full with who said it (their words quoted in it), later notes short', () => {
    const notes = cslFormatter('briefing-notes', stylesDir).notes(refs);
    expect(notes[0]).toBe(
      'Dmitry Peskov, Kremlin spokesman, quoted in Reuters, “Kremlin rejects troops,” December 15, 2025, https://example.org/reuters.',
    );
    // The byline first, then the headline and the outlet (in italics in the exports).
    expect(notes[1]).toBe('Jean Dupont, “Les discussions de Berlin,” Le Monde, December 14, 2025.');
    expect(notes[2]).toBe('Reuters, “Kremlin rejects troops.”');
    expect(notes[3]).toBe('Reuters, “Kremlin rejects troops.”');
    // The British house convention: day month year, single quotes, punctuation outside them.
    const british = cslFormatter('briefing-notes', stylesDir, 'en-GB').notes(refs);
    expect(british[0]).toBe(
      'Dmitry Peskov, Kremlin spokesman, quoted in Reuters, ‘Kremlin rejects troops’, 15 December 2025, https://example.org/reuters.',
    );
  });

  it('a paraphrase is "cited in", not "quoted in"; a speech by the speaker is their own', () => {
    const speech = source('sp', 'President of Ukraine', 'Address to the Bundestag', {
      type: 'speech',
      published: '2024-06-11',
      authors: [{ family: 'Zelenskyy', given: 'Volodymyr' }],
    });
    const notes = cslFormatter('briefing-notes', stylesDir, 'en-GB').notes([
      { fact: fact('p1', 's1', { speaker: 'US officials' }), source: reuters },
      { fact: fact('p2', 'sp', { speaker: 'Volodymyr Zelenskyy', quote: 'We stand.' }), source: speech },
    ]);
    expect(notes[0]).toMatch(/^US officials, cited in Reuters, ‘Kremlin rejects troops’, /);
    expect(notes[1]).toBe(
      'Volodymyr Zelenskyy, ‘Address to the Bundestag’, 11 June 2024, President of Ukraine.',
    );
  });

  it('names a relay that is not the source: the speaker quoted in it, it cited in the source', () => {
    const words = { speaker: 'US officials', quote: 'No troops.' };
    const relayed = [
      { fact: fact('r1', 's1', { ...words, relayedBy: 'Reuters' }), source: reuters },
      { fact: fact('r2', 's2', { ...words, relayedBy: 'Axios' }), source: monde },
      { fact: fact('r3', 's2', { speaker: 'US officials', relayedBy: 'Axios' }), source: monde },
    ];
    const [same, other, paraphrase] = cslFormatter('briefing-notes', stylesDir).notes(relayed);
    expect(same).toMatch(/^US officials, quoted in Reuters, “Kremlin rejects troops,”/);
    expect(other).toMatch(/^US officials, quoted in Axios, cited in Jean Dupont, “Les discussions/);
    expect(paraphrase).toMatch(/^US officials, as reported by Axios, cited in Dupont, “Les discussions/);
  });

  it("an outlet's own reporting names no speaker: another outlet's is 'cited in', the source's own plain", () => {
    const reported = [
      { fact: fact('o1', 's2', { relayedBy: 'Axios' }), source: monde },
      { fact: fact('o2', 's1', { relayedBy: 'reuters' }), source: reuters },
    ];
    const [other, own] = cslFormatter('briefing-notes', stylesDir, 'en-GB').notes(reported);
    expect(other).toBe(
      'Axios, cited in Jean Dupont, ‘Les discussions de Berlin’, Le Monde, 14 December 2025.',
    );
    expect(own).toBe('Reuters, ‘Kremlin rejects troops’, 15 December 2025, https://example.org/reuters.');
    // The fact card and the check name it as reporting, not as a speaker.
    expect(attribution({ relayedBy: 'Axios' })).toBe('reported by Axios');
    expect(attribution({ speaker: 'US officials', relayedBy: 'Axios' })).toBe('US officials, cited by Axios');
  });

  it('an export after one on the same sources gives what a first export gives; an edited source is read again', () => {
    // The app keeps each style's engine, and its registry when the same items come again (see
    // engineOver): the notes and source list must be what registering them afresh gives.
    const dupont2 = source('s3', 'Le Monde', 'Berlin et Moscou', {
      published: '2025-12-16',
      authors: [{ family: 'Dupont', given: 'Jean' }],
    });
    const cites = [
      ...refs,
      { fact: fact('f5', 's3'), source: dupont2 },
      { fact: fact('f6', 's2'), source: monde },
    ];
    const sources = [reuters, monde, dupont2];
    for (const style of [{ csl: chicago }, 'briefing-notes'] as const) {
      const exportOnce = (these: CitationRef[], list: Source[]) => {
        const f = cslFormatter(style, stylesDir, 'en-US', { emphasis: true });
        return { notes: f.notes(these), sources: f.bibliography(list) };
      };
      const first = exportOnce(cites, sources);
      expect(exportOnce(cites, sources)).toEqual(first);
      // In-text cites in between rebuild the registry their own way; notes after them are unchanged.
      cslFormatter(style, stylesDir, 'en-US', { emphasis: true }).inText(cites);
      expect(exportOnce(cites, sources)).toEqual(first);
      // The same ids with an edited title: the notes and the list say the new title.
      const edited = { ...reuters, item: { ...reuters.item, title: 'Kremlin rejects all troops' } };
      const editedCites = cites.map((c) => (c.source.id === 's1' ? { ...c, source: edited } : c));
      const after = exportOnce(editedCites, [edited, monde, dupont2]);
      expect(after.notes[0]).toMatch(/Kremlin rejects all troops/i);
      expect(after.sources.some((e) => /Kremlin rejects all troops/i.test(e.text))).toBe(true);
      expect(exportOnce(cites, sources)).toEqual(first);
      // Notes and lists kept from one export for the next (see renderedBy) are kept per output format
      // and per positioned cite: plain text asked for gets no italics marks, other positions their notes.
      const plain = cslFormatter(style, stylesDir, 'en-US').notes(cites);
      expect(plain.join('')).not.toMatch(/[\uE000\uE001]/);
      expect(plain).toEqual(first.notes.map((n) => n.replace(/[\uE000\uE001]/g, '')));
      const reversed = [...cites].reverse();
      const fresh = cslFormatter(style, stylesDir, 'en-US', { emphasis: true, specialise: false });
      expect(exportOnce(reversed, sources)).toEqual({
        notes: fresh.notes(reversed),
        sources: fresh.bibliography(sources),
      });
    }
  });

  it('a style citeproc cannot run gives one clear error, wherever citeproc fails', () => {
    // Parses and builds, then fails while rendering (a text element naming neither variable nor macro
    // citeproc can use): the error names the style, not citeproc's internals.
    const broken = `<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><citation><layout><text variable="nosuch" macro="missing"/></layout></citation></style>`;
    const f = cslFormatter({ csl: broken }, stylesDir);
    for (const call of [() => f.notes(refs), () => f.bibliography([reuters])])
      expect(call).toThrow(expect.objectContaining({ code: 'citation_style' }));
    expect(() => f.notes(refs)).toThrow(/^The citation style cannot be used: /);
  });

  it('briefing-notes: the source list is sorted by author (or outlet), each source once', () => {
    const list = cslFormatter('briefing-notes', stylesDir, 'en-GB').bibliography([reuters, monde, reuters]);
    expect(list.map((e) => e.sourceId)).toEqual(['s2', 's1']);
    expect(list.map((e) => e.text)).toEqual([
      'Dupont, Jean. ‘Les discussions de Berlin’. Le Monde, 14 December 2025.',
      'Reuters. ‘Kremlin rejects troops’. 15 December 2025. https://example.org/reuters.',
    ]);
  });

  it('runs the Chicago notes style from the CSL repository unchanged: first full, later short', () => {
    const f = cslFormatter({ csl: chicago }, stylesDir);
    const notes = f.notes(refs);
    expect(notes[0]).toBe(
      'Dmitry Peskov, Kremlin spokesman, quoted in “Kremlin Rejects Troops,” Reuters, December 15, 2025, https://example.org/reuters.',
    );
    expect(notes[1]).toBe('Jean Dupont, “Les Discussions de Berlin,” Le Monde, December 14, 2025.');
    expect(notes[2]).toBe('Reuters, “Kremlin Rejects Troops.”');
    expect(f.bibliography([reuters, monde]).map((e) => e.sourceId)).toEqual(['s2', 's1']);
  });

  it('gives "Ibid." where a carried style asks for it, registered under its own name', () => {
    // A minimal note style whose repeat of the previous source is "Ibid.".
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>Ibid test</title><id>ibid-test</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout suffix="."><choose>
    <if position="ibid"><text term="ibid" text-case="capitalize-first"/></if>
    <else-if position="subsequent"><text variable="container-title"/></else-if>
    <else><group delimiter=", "><text variable="container-title"/><text variable="title"/></group></else>
  </choose></layout></citation>
</style>`;
    const plain = refs.map((r) => ({
      ...r,
      fact: { ...r.fact, speaker: undefined, speakerRole: undefined },
    }));
    expect(cslFormatter({ csl: xml }, stylesDir).notes(plain)).toEqual([
      'Reuters, Kremlin rejects troops.',
      'Le Monde, Les discussions de Berlin.',
      'Reuters.',
      'Ibid.',
    ]);
  });

  it('apa, harvard1 and vancouver (shipped by plugin-csl) give in-text cites and a sorted list', () => {
    expect(cslFormatter('apa', stylesDir).inText(refs)).toEqual([
      '(“Kremlin Rejects Troops,” 2025)',
      '(Dupont, 2025)',
      '(“Kremlin Rejects Troops,” 2025)',
      '(“Kremlin Rejects Troops,” 2025)',
    ]);
    expect(cslFormatter('harvard1', stylesDir).inText(refs)[0]).toBe('(Reuters, 2025)');
    expect(cslFormatter('vancouver', stylesDir).inText(refs).slice(0, 2)).toEqual(['(1)', '(2)']);
    // Vancouver numbers sources in order of first citation; APA sorts by author.
    const van = cslFormatter('vancouver', stylesDir).bibliography([reuters, monde]);
    expect(van.map((e) => e.text.slice(0, 3))).toEqual(['1. ', '2. ']);
    expect(
      cslFormatter('apa', stylesDir)
        .bibliography([reuters, monde])
        .map((e) => e.sourceId),
    ).toEqual(['s2', 's1']);
  });

  it('prints a doi.org link only for a DOI: a stored value that is not one is never a link', () => {
    const paper = (id: string, DOI: string) =>
      source(id, 'Journal of Tests', `Paper ${id}`, {
        published: '2024',
        item: {
          id,
          type: 'article-journal',
          title: `Paper ${id}`,
          'container-title': 'Journal of Tests',
          DOI,
        },
      });
    const sources = [
      paper('p1', '10.1234/good.1'),
      paper('p2', 'not a doi'),
      paper('p3', 'doi:10.1234/good.3'),
    ];
    for (const style of ['apa', 'briefing-notes'] as const) {
      const list = cslFormatter(style, stylesDir).bibliography(sources);
      const text = (id: string) => list.find((e) => e.sourceId === id)?.text ?? '';
      expect(text('p1')).toContain('https://doi.org/10.1234/good.1');
      expect(text('p3')).toContain('https://doi.org/10.1234/good.3');
      expect(text('p3')).not.toContain('doi:');
      expect(text('p2')).toContain('Paper p2');
      expect(text('p2')).not.toContain('doi.org');
      expect(text('p2')).not.toContain('not a doi');
    }
  });

  it('feeds the render model: notes from the style, grades kept, source list from the style', () => {
    const template = Template.parse({
      id: 't',
      name: 'T',
      version: 1,
      classifications: [{ id: 'o', label: 'OFFICIAL', colour: '#112233' }],
      defaultClassification: 'o',
      sections: [{ id: 'a', heading: 'Key developments' }],
      citations: { style: 'briefing-notes', placement: 'footnotes', showGrades: true, convention: 'british' },
    });
    const briefing: Briefing = {
      id: 'b',
      templateId: 't',
      title: 'Brief',
      date: '2025-12-16',
      classification: 'o',
      frontMatter: { author: 'A. Analyst' },
      createdAt: '',
      updatedAt: '',
      sections: [
        {
          id: 'a',
          blocks: [block('p1', 'Text.', ['f1']), block('p2', 'More.', ['f2']), block('p3', 'Again.', ['f3'])],
        },
      ],
    };
    const model = buildRenderModel({
      briefing,
      template,
      facts: [peskov, fact('f2', 's2'), fact('f3', 's1')],
      sources: [reuters, monde],
      formatter: cslFormatter(template.citations.style, stylesDir, 'en-GB', { emphasis: true }),
    });
    expect(model.notes.map((n) => n.text)).toEqual([
      'Dmitry Peskov, Kremlin spokesman, quoted in Reuters, ‘Kremlin rejects troops’, 15 December 2025, https://example.org/reuters. [B2]',
      'Jean Dupont, ‘Les discussions de Berlin’, Le Monde, 14 December 2025. [B2]',
      'Reuters, ‘Kremlin rejects troops’. [B2]',
    ]);
    // The outlet of a news article is set in italics.
    const [start, end] = model.notes[1]?.italic?.[0] ?? [0, 0];
    expect(model.notes[1]?.text.slice(start, end)).toBe('Le Monde');
    expect(model.sourceList?.entries.map((e) => e.sourceId)).toEqual(['s2', 's1']);
    expect(model.author).toBe('A. Analyst');
  });
});
