import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { importFacts, previewFacts } from '../../../electron/services/import/facts';
import type { Services } from '../../../electron/services/services';
import { factsSummary } from '../../../renderer/src/features/import/report-text';
import { appErrorOf, freshServices, repoRoot } from '../../helpers/fixtures';

// A facts file is previewed before it is imported, as a source file is: what it would add, what
// repeats facts already saved, and every refused row by line and field; nothing is written.

const csv = () => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', 'facts.csv'), 'utf8');
const open: Services[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
const services = () => {
  const s = freshServices();
  open.push(s);
  return s;
};

describe('the facts import preview', () => {
  it('says what a file would add, writing nothing, and the import then does exactly that', () => {
    const s = services();
    const preview = previewFacts(s.store, 'csv', csv());
    expect(preview).toEqual({
      entries: 3,
      toAdd: 3,
      unreadable: 0,
      duplicates: [],
      problems: [],
      sample: [],
      facts: [
        {
          line: 2,
          statement: 'Ukraine will not recognise the Donbas as Russian.',
          speaker: 'Volodymyr Zelenskyy',
          source: 'Berlin talks',
        },
        {
          line: 3,
          statement: 'US officials pressed Kyiv to withdraw from Donetsk, Reuters said.',
          speaker: 'US officials',
          source: 'Berlin talks',
        },
        {
          line: 4,
          statement: 'Peskov: NATO "is a fundamental issue".',
          speaker: 'Dmitry Peskov',
          source: 'Moscow reaction',
        },
      ],
      sourcesToAdd: 2,
      isWhole: true,
    });
    expect(factsSummary(preview)).toBe(
      '3 facts will be added (2 new sources), 0 rows repeat facts already saved, no row is refused.',
    );
    // Nothing was written, not even the sources the rows name.
    expect(s.store.stats()).toEqual({ sources: 0, facts: 0, briefings: 0 });
    const report = importFacts(s.store, 'csv', csv());
    expect(report.factsCreated).toBe(preview.toAdd);
    expect(report.sourcesCreated).toBe(preview.sourcesToAdd);
    expect(report.duplicates).toEqual(preview.duplicates);
  });

  it('names repeats and every refused row by its line and field, and the import of it is still refused whole', () => {
    const s = services();
    importFacts(s.store, 'csv', csv());
    const before = s.store.stats();
    const lines = csv().trimEnd().split('\n');
    const file = [
      ...lines,
      'A new fact from Berlin.,,Olaf,,,2025-12-16,,,,,Berlin talks,Sample outlet,https://example.org/berlin,2025-12-15',
      'A bad date.,,X,,,2025-13-45,,,,,Berlin talks,Sample outlet,https://example.org/berlin,2025-12-15',
      'A bad credibility and status.,,X,,,,,9,,maybe,Berlin talks,Sample outlet,https://example.org/berlin,2025-12-15',
      ',,No statement,,,,,,,,Berlin talks,Sample outlet,,',
    ].join('\n');
    const preview = previewFacts(s.store, 'csv', file);
    expect(preview.entries).toBe(7);
    expect(preview.toAdd).toBe(1);
    expect(preview.sourcesToAdd).toBe(0);
    expect(preview.unreadable).toBe(3);
    expect(preview.facts).toEqual([
      { line: 5, statement: 'A new fact from Berlin.', speaker: 'Olaf', source: 'Berlin talks' },
    ]);
    // The three rows already saved, each by its line.
    expect(preview.duplicates.map((d) => d.line)).toEqual([2, 3, 4]);
    expect(preview.duplicates[0]?.message).toBe(
      'Line 2 repeats a fact already saved from the same source; not added again.',
    );
    // Each refused field on its own, with the row's line and the column as the file names it.
    expect(preview.problems.map((p) => [p.line, p.field, p.severity])).toEqual([
      [6, 'event_date', 'error'],
      [7, 'credibility', 'error'],
      [7, 'status', 'error'],
      [8, 'statement', 'error'],
    ]);
    for (const p of preview.problems) expect(p.message).not.toMatch(/^Line \d/);
    expect(factsSummary(preview)).toBe(
      '1 fact will be added, 3 rows repeat facts already saved, 3 rows are refused: a facts file is imported whole, so nothing will be until they are fixed.',
    );
    expect(s.store.stats()).toEqual(before);
    // The import keeps its rule: the whole file is refused, naming the same rows.
    const refused = appErrorOf(() => importFacts(s.store, 'csv', file));
    expect(refused.message).toMatch(/^Nothing was imported: 4 problems in 3 rows\./);
    expect(refused.message).toContain('Line 6, field event_date:');
    expect(s.store.stats()).toEqual(before);
  });

  it('refuses a file it cannot read at all as the import does', () => {
    const s = services();
    const bad = 'statement,colour\nA,red\n';
    const preview = appErrorOf(() => previewFacts(s.store, 'csv', bad));
    const imported = appErrorOf(() => importFacts(s.store, 'csv', bad));
    expect(preview).toBeInstanceOf(AppError);
    expect(preview.message).toBe(imported.message);
    expect(preview.message).toMatch(/Line 1, column 2: unknown column "colour"/);
  });

  it('through the API, leaves its upload for the import that follows', async () => {
    const s = services();
    const handlers = s.handlers();
    const bytes = Buffer.from(csv());
    const uploadId = s.uploads.begin('import', bytes.length);
    s.uploads.append(uploadId, bytes);
    const preview = await handlers['import:facts-preview']({ format: 'csv', uploadId });
    expect(preview.toAdd).toBe(3);
    expect((await handlers['store:stats']({})).facts).toBe(0);
    const report = await handlers['import:facts']({ format: 'csv', uploadId });
    expect(report.factsCreated).toBe(3);
  });
});
