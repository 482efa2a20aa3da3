import { expect, it } from 'vitest';
import type { ExportProgress } from '../../electron/contract/api';
import { AppError } from '../../electron/core/errors';
import { cancelImport } from '../../electron/services/import/progress';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { bigFactsCsv } from '../helpers/big-csv';
import { describePostgres } from '../helpers/postgres';

const bib = (n: number, prefix: string) =>
  Array.from(
    { length: n },
    (_, i) =>
      `@article{${prefix}${i},\n  title = {${prefix} entry ${i}},\n  author = {Smith, Anna},\n  journal = {Reuters},\n  year = {2020}\n}\n`,
  ).join('');

/** Runs an import to its end, returning its report or its error. */
const settle = <T>(run: Promise<T>) =>
  run.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

describePostgres('a source import into the team library reports progress and can be cancelled', (server) => {
  it('reports entries checked, then rows written to the team library, then done; Cancel during the write leaves it as it was', async () => {
    const url = await server.freshDatabase();
    const team = await PostgresStore.connect(url, { isInitialising: true, actor: 'Anna' });
    try {
      const events: ExportProgress[] = [];
      const report = await team.importSources('bibtex', bib(1200, 'a'), {
        exportId: 'team-import-1',
        progress: (e) => events.push(e),
      });
      expect(report.sourcesCreated).toBe(1200);
      expect((await team.stats()).sources).toBe(1200);
      const reads = events.filter((e) => e.stage === 'read' && e.total === 1200).map((e) => e.done);
      expect(reads).toEqual([500, 1000, 1200]);
      const writes = events.filter((e) => e.stage === 'write');
      expect(writes.map((e) => e.done)).toEqual([0, ...Array.from({ length: 12 }, (_, i) => (i + 1) * 100)]);
      expect(writes.every((e) => e.total === 1200 && e.isCancellable === true)).toBe(true);
      expect(writes.at(-1)?.message).toBe('Saved 1,200 of 1,200 rows to the team library');
      expect(events.at(-1)).toMatchObject({ stage: 'done', message: 'Added 1,200 sources' });
      // Only the team library's write is reported, not the staging copy's.
      expect(events.filter((e) => e.stage === 'done')).toHaveLength(1);

      // A Cancel in the middle of the write: the transaction is rolled back, nothing is added.
      let answer: { cancelled: boolean } | undefined;
      const outcome = await settle(
        team.importSources('bibtex', bib(900, 'b'), {
          exportId: 'team-import-2',
          progress: (e) => {
            if (e.stage === 'write' && e.done >= 300 && !answer) answer = cancelImport('team-import-2');
          },
        }),
      );
      expect(answer).toEqual({ cancelled: true });
      expect('error' in outcome && outcome.error).toBeInstanceOf(AppError);
      expect((outcome as { error: AppError }).error.code).toBe('cancelled');
      expect((await team.stats()).sources).toBe(1200);
      expect(cancelImport('team-import-2')).toEqual({ cancelled: false });

      // And a Cancel while checking entries stops it before it writes.
      let early: { cancelled: boolean } | undefined;
      const stopped = await settle(
        team.importSources('bibtex', bib(3000, 'c'), {
          exportId: 'team-import-3',
          progress: (e) => {
            if (e.stage === 'read' && e.done >= 1000 && !early) early = cancelImport('team-import-3');
          },
        }),
      );
      expect(early).toEqual({ cancelled: true });
      expect((stopped as { error: AppError }).error.message).toBe(
        'The import was cancelled: nothing was written.',
      );
      expect((await team.stats()).sources).toBe(1200);
    } finally {
      await team.close();
    }
  }, 120_000);

  it('a facts import reports the same way, and a Cancel during its write leaves the team library as it was', async () => {
    const url = await server.freshDatabase();
    const team = await PostgresStore.connect(url, { isInitialising: true, actor: 'Anna' });
    try {
      const events: ExportProgress[] = [];
      const report = await team.importFacts('csv', bigFactsCsv(1200), {
        exportId: 'team-facts-1',
        progress: (e) => events.push(e),
      });
      expect(report).toMatchObject({ factsCreated: 1200, sourcesCreated: 1 });
      const reads = events.filter((e) => e.stage === 'read' && e.total === 1200).map((e) => e.done);
      expect(reads).toEqual([500, 1000, 1200]);
      expect(events.filter((e) => e.stage === 'write').every((e) => e.isCancellable === true)).toBe(true);
      expect(events.at(-1)).toMatchObject({ stage: 'done', message: 'Added 1,200 facts' });

      let answer: { cancelled: boolean } | undefined;
      const outcome = await settle(
        team.importFacts('csv', bigFactsCsv(900, 'Other source,AP'), {
          exportId: 'team-facts-2',
          progress: (e) => {
            if (e.stage === 'write' && e.done >= 300 && !answer) answer = cancelImport('team-facts-2');
          },
        }),
      );
      expect(answer).toEqual({ cancelled: true });
      expect((outcome as { error: AppError }).error.code).toBe('cancelled');
      expect(await team.stats()).toMatchObject({ sources: 1, facts: 1200 });
    } finally {
      await team.close();
    }
  }, 120_000);
});
