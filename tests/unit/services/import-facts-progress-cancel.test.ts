import { describe, expect, it } from 'vitest';
import { FactQuery, type ExportProgress } from '../../../electron/contract/api';
import { importFactsWithProgress } from '../../../electron/services/import/facts';
import { cancelImport } from '../../../electron/services/import/progress';
import { searchFacts } from '../../../electron/services/search/search';
import { bigFactsCsv } from '../../helpers/big-csv';
import { freshServices } from '../../helpers/fixtures';
import { expectCancelledImport } from '../../helpers/import-cancel';

type Services = ReturnType<typeof freshServices>;

/** Everything a fact import could change: rows, the search index, and the schema (indexes, triggers). */
function snapshot(s: Services) {
  const all = (sql: string) => s.store.db.prepare(sql).all();
  return {
    stats: s.store.stats(),
    facts: all('SELECT * FROM facts ORDER BY rowid'),
    tags: all('SELECT * FROM fact_tags ORDER BY fact_id, tag'),
    sources: all('SELECT * FROM sources ORDER BY id'),
    index: all('SELECT rowid, * FROM facts_fts ORDER BY rowid'),
    schema: all('SELECT type, name, sql FROM sqlite_master ORDER BY name'),
  };
}

describe('a fact import with progress and Cancel', () => {
  it('reports rows checked of all rows, then facts saved of all, then done; the store is whole after', async () => {
    const s = freshServices();
    try {
      const schema = s.store.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
      const events: ExportProgress[] = [];
      // Past the size at which the bulk insert drops and rebuilds the facts' indexes.
      const report = await importFactsWithProgress(s.store, 'csv', bigFactsCsv(12_000), {
        exportId: 'facts-test-1',
        progress: (e) => events.push(e),
      });
      expect(report).toMatchObject({ factsCreated: 12_000, sourcesCreated: 1 });
      const reads = events.filter((e) => e.stage === 'read' && e.total === 12_000).map((e) => e.done);
      expect(reads.slice(0, 3)).toEqual([500, 1000, 1500]);
      expect(reads.at(-1)).toBe(12_000);
      const writes = events.filter((e) => e.stage === 'write');
      expect(writes.length).toBeGreaterThan(1);
      expect(writes.every((e) => e.total === 12_000)).toBe(true);
      expect(writes.at(-1)).toMatchObject({ done: 12_000, message: 'Saved 12,000 of 12,000 facts' });
      expect(events.at(-1)).toMatchObject({ stage: 'done', message: 'Added 12,000 facts' });
      expect(events.every((e) => e.done <= e.total && e.exportId === 'facts-test-1')).toBe(true);
      // Indexes and triggers dropped for the write are back as they were, and the data is sound.
      expect(s.store.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(
        schema,
      );
      expect(s.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(searchFacts(s.store.db, FactQuery.parse({ text: 'n7 "number 11997"' })).total).toBe(1);
      expect(s.store.db.prepare("SELECT count(*) FROM facts WHERE speaker = 'Speaker 5'").pluck().get()).toBe(
        124,
      );
      expect(cancelImport('facts-test-1')).toEqual({ cancelled: false });
    } finally {
      s.close();
    }
  });

  it('a Cancel while checking rows writes nothing and says so', async () => {
    const s = freshServices();
    try {
      await importFactsWithProgress(s.store, 'csv', bigFactsCsv(3), { exportId: 'facts-test-0' });
      const before = snapshot(s);
      let answer: { cancelled: boolean } | undefined;
      await expectCancelledImport(
        importFactsWithProgress(s.store, 'csv', bigFactsCsv(5000, 'Other,Outlet'), {
          exportId: 'facts-test-2',
          progress: (e) => {
            if (e.stage === 'read' && e.done >= 2000 && !answer) answer = cancelImport('facts-test-2');
          },
        }),
      );
      expect(answer).toEqual({ cancelled: true });
      expect(snapshot(s)).toEqual(before);
      expect(cancelImport('facts-test-2')).toEqual({ cancelled: false });
    } finally {
      s.close();
    }
  });
});
