// A source's date that cannot be broken into year, month and day ("Spring 2025" as CSL's `raw`, "20xx",
// a literal) is kept when the library goes out as BibTeX or RIS: read back by pandoc and by our parsers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibtex, parseRis, toBibtex, toRis, type CslItem } from '../../electron/services/import/formats';
import { pandocRead } from '../helpers/csl-compare';

const items: CslItem[] = [
  { id: 'spring', type: 'article-journal', title: 'Drones and attrition', issued: { raw: 'Spring 2025' } },
  { id: 'month', type: 'article-journal', title: 'Raw month', issued: { raw: '2019-03' } },
  { id: 'around', type: 'report', title: 'Around then', issued: { literal: 'Winter term 2024, draft' } },
  { id: 'unknown', type: 'article-journal', title: 'Unknown year', issued: { literal: '20xx' } },
];
const byId = <T extends { id?: unknown }>(list: T[]) => new Map(list.map((i) => [String(i.id), i]));

describe('library export keeps dates it cannot break into parts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-dates-'));

  it('BibTeX: the year (and a season) in year/date, the text as written in the note', () => {
    const bib = toBibtex(items);
    const path = join(dir, 'out.bib');
    writeFileSync(path, bib);
    for (const from of ['bibtex', 'biblatex'] as const) {
      const read = pandocRead(path, from);
      expect(read.error).toBeUndefined();
      const got = byId(read.items as Array<{ id?: unknown; issued?: unknown; note?: unknown }>);
      // pandoc reads EDTF's season (2025-21) as CSL's month 21, spring.
      expect(got.get('spring')?.issued).toEqual({ 'date-parts': [[2025, 21]] });
      expect(got.get('month')?.issued).toEqual({ 'date-parts': [[2019, 3]] });
      expect(got.get('around')?.issued).toEqual({ 'date-parts': [[2024]] });
      expect(got.get('around')?.note).toBe('Date: Winter term 2024, draft');
      expect(got.get('unknown')?.note).toBe('Date: 20xx');
    }
    const ours = byId(parseBibtex(bib).entries.map((e) => e.item));
    expect(ours.get('spring')?.issued?.['date-parts']).toEqual([[2025]]);
    expect(ours.get('around')?.note).toBe('Date: Winter term 2024, draft');
  });

  it('RIS: PY the year, DA the season or the text as written in its other-info part', () => {
    const ris = toRis(items);
    expect(ris).toContain('PY  - 2025\nDA  - 2025///Spring');
    expect(ris).toContain('PY  - 2024\nDA  - 2024///Winter term 2024, draft');
    expect(ris).toContain('PY  - 20xx');
    const back = byId(parseRis(ris).entries.map((e) => e.item));
    expect(back.get('spring')?.issued).toEqual({ 'date-parts': [[2025]], season: 1 });
    expect(back.get('month')?.issued).toEqual({ 'date-parts': [[2019, 3]] });
    expect(back.get('around')?.issued?.['date-parts']).toEqual([[2024]]);
    expect(back.get('unknown')?.issued).toEqual({ literal: '20xx' });
  });
});
