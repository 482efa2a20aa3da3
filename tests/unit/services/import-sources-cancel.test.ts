import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../electron/contract/api';
import { cancelImport } from '../../../electron/services/import/progress';
import { importSourcesWithProgress } from '../../../electron/services/import/sources';
import { freshServices } from '../../helpers/fixtures';
import { expectCancelledImport } from '../../helpers/import-cancel';

const bib = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `@article{k${i},\n  title = {Entry ${i}},\n  author = {Smith, Anna},\n  journal = {Reuters},\n  year = {2020}\n}\n`,
  ).join('');

describe('a source import with progress and Cancel', () => {
  it('reports entries checked of all entries, then the write, then done', async () => {
    const s = freshServices();
    try {
      const events: ExportProgress[] = [];
      const report = await importSourcesWithProgress(s.store, 'bibtex', bib(1200), {
        exportId: 'import-test-1',
        progress: (e) => events.push(e),
      });
      expect(report.sourcesCreated).toBe(1200);
      const reads = events.filter((e) => e.stage === 'read' && e.total === 1200).map((e) => e.done);
      expect(reads).toEqual([500, 1000, 1200]);
      expect(events.map((e) => e.stage)).toContain('write');
      expect(events.at(-1)).toMatchObject({ stage: 'done', message: 'Added 1,200 sources' });
      expect(events.every((e) => e.done <= e.total)).toBe(true);
    } finally {
      s.close();
    }
  });

  it('a Cancel while reading writes nothing and says so', async () => {
    const s = freshServices();
    try {
      s.store.createSource({ title: 'Already here', outlet: 'Reuters' });
      const before = s.store.listSources({ withText: false });
      let answer: { cancelled: boolean } | undefined;
      const run = importSourcesWithProgress(s.store, 'bibtex', bib(3000), {
        exportId: 'import-test-2',
        progress: (e) => {
          if (e.stage === 'read' && e.done >= 1000 && !answer) answer = cancelImport('import-test-2');
        },
      });
      await expectCancelledImport(run);
      expect(answer).toEqual({ cancelled: true });
      expect(s.store.listSources({ withText: false })).toEqual(before);
      // Nothing left running under that id.
      expect(cancelImport('import-test-2')).toEqual({ cancelled: false });
    } finally {
      s.close();
    }
  });
});
