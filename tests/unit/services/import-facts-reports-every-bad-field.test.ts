import { describe, expect, it } from 'vitest';
import { importFacts, importFactsWithProgress } from '../../../electron/services/import/facts';
import { MAX_LISTED_ROW_PROBLEMS } from '../../../electron/services/import/limits';
import { appErrorOf, freshServices } from '../../helpers/fixtures';

const HEADER = 'statement,event_date,credibility,status,source_id,source_title,source_outlet';

// A tester's CSV: the import named line 3's first bad field only; fixed, the next try named the next one.
const CSV = [
  HEADER,
  'Fine.,2025-12-15,2,verified,,T,O',
  ',2025-02-30,9,done,,T,O',
  'Also fine.,,,,,T,O',
  'No source.,2025-13-01,,,,,',
  'Unknown source.,,,,no-such-id,,',
].join('\n');

describe('a facts file with bad rows', () => {
  it('is refused naming every bad field of every bad row, and nothing is written', () => {
    const services = freshServices();
    const before = services.store.stats();
    const error = appErrorOf(() => importFacts(services.store, 'csv', CSV));
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Nothing was imported: 7 problems in 3 rows.');
    expect(lines.slice(1)).toEqual([
      'Line 3, field statement: Statement is required.',
      'Line 3, field event_date: must be a day that exists: February 2025 has 28 days (not 30).',
      expect.stringMatching(/^Line 3, field credibility: must be 1 to 6/),
      expect.stringMatching(/^Line 3, field status: /),
      expect.stringMatching(/^Line 5, field source_id: give the source, by source_id or by source_title/),
      expect.stringMatching(/^Line 5, field event_date: /),
      'Line 6, field source_id: no source has the id "no-such-id".',
    ]);
    // Each also an issue with its place, for the app to list; the first is the error's own place.
    expect(error.issues?.map((i) => i.path)).toEqual([
      'line 3.statement',
      'line 3.event_date',
      'line 3.credibility',
      'line 3.status',
      'line 5.source_id',
      'line 5.event_date',
      'line 6.source_id',
    ]);
    expect(error.path).toBe('line 3.statement');
    expect(error.code).toBe('invalid_input');
    // All or nothing, as before: the good rows are not written either.
    expect(services.store.stats()).toEqual(before);
    services.close();
  });

  it('is refused the same way with progress, and JSON rows by index', async () => {
    const services = freshServices();
    const refused = importFactsWithProgress(services.store, 'csv', CSV, { exportId: 'every-bad-field' });
    await expect(refused).rejects.toThrow(/^Nothing was imported: 7 problems in 3 rows\./);
    const json = JSON.stringify([
      { statement: 'Fine.', sourceTitle: 'T', sourceOutlet: 'O' },
      { statement: '', credibility: 0, sourceTitle: 'T', sourceOutlet: 'O' },
    ]);
    expect(appErrorOf(() => importFacts(services.store, 'json', json)).message.split('\n')).toEqual([
      'Nothing was imported: 2 problems in one row.',
      'Fact at index 1, field statement: Statement is required.',
      expect.stringMatching(/^Fact at index 1, field credibility: must be 1 to 6/),
    ]);
    expect(services.store.stats().facts).toBe(0);
    services.close();
  });

  it(`lists the first ${MAX_LISTED_ROW_PROBLEMS} problems of a file wrong throughout and counts the rest`, () => {
    const services = freshServices();
    const rows = Array.from({ length: 150 }, () => ',,9,,,T,O');
    const error = appErrorOf(() => importFacts(services.store, 'csv', [HEADER, ...rows].join('\n')));
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Nothing was imported: 300 problems in 150 rows.');
    expect(lines).toHaveLength(1 + MAX_LISTED_ROW_PROBLEMS + 1);
    expect(lines.at(-1)).toBe(`…and ${300 - MAX_LISTED_ROW_PROBLEMS} more.`);
    expect(error.issues).toHaveLength(MAX_LISTED_ROW_PROBLEMS);
    services.close();
  });

  it('keeps a single problem’s own words and code', () => {
    const services = freshServices();
    const error = appErrorOf(() =>
      importFacts(services.store, 'csv', `${HEADER}\nFine.,,,,,T,O\nOrphan.,,,,no-such-id,,`),
    );
    expect(error.message).toBe('Line 3, field source_id: no source has the id "no-such-id".');
    expect(error.code).toBe('unknown_source');
    services.close();
  });
});
