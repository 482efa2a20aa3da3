import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { Services } from '../../electron/services/services';
import { backupStore } from '../../electron/services/store/backup';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';

// A restore replaces the local store (its briefings, and the sources and facts kept in it), never the
// team library: what it reports restored is what the backup holds, not the team library's counts.
describePostgres('restoring a backup while a team library is connected', (server) => {
  it('reports the counts of the restored local store', async () => {
    const url = await server.freshDatabase();
    const owner = await PostgresStore.connect(url, { isInitialising: true });
    const team = await PostgresStore.connect(url);
    const dataDir = tempDir();
    const services = new Services({ dataDir, templatesDir, mode: 'browser', version: 'test', team });
    try {
      // The team library: three sources, one fact.
      for (const title of ['One', 'Two', 'Three']) await owner.createSource({ title, outlet: 'Reuters' });
      const teamSource = (await owner.listSources())[0];
      if (!teamSource) throw new Error('a team source');
      await owner.createFact({ sourceId: teamSource.id, statement: 'In the team library.' });

      // The local store backed up: one source, two facts.
      const local = services.store.createSource({ title: 'Local', outlet: 'BBC News' });
      services.store.createFact({ sourceId: local.id, statement: 'First local fact.' });
      services.store.createFact({ sourceId: local.id, statement: 'Second local fact.' });
      const backup = join(tempDir(), 'backup.sqlite');
      await backupStore(services.store.db, backup, join(dataDir, 'templates'));

      const report = await services.restore(readFileSync(backup));
      expect(report).toMatchObject({ sources: 1, facts: 2, briefings: 0 });
      expect(await owner.stats()).toMatchObject({ sources: 3, facts: 1 });
    } finally {
      services.close();
      await owner.close();
    }
  });
});
