import { expect, it } from 'vitest';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { dispatch } from '../../electron/contract/dispatch';
import { FACT_IN_USE } from '../../electron/core/errors';
import { citedFactIds } from '../../electron/core/schemas';
import { Services } from '../../electron/services/services';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';

// With a team library, briefings stay in the analyst's local store: a team fact one of them cites is not
// deleted from the team library, though no briefing there cites it.
describePostgres('deleting a team fact', (server) => {
  it('is refused while a briefing in the local store cites it, naming it; an uncited fact goes from the team library', async () => {
    const url = await server.freshDatabase();
    const owner = await PostgresStore.connect(url, { isInitialising: true });
    const team = await PostgresStore.connect(url);
    const services = new Services({
      dataDir: tempDir(),
      templatesDir,
      mode: 'browser',
      version: 'test',
      team,
    });
    try {
      const file = syntheticBriefingFile(templatesDir, {
        paragraphs: 2,
        words: 8,
        citations: 2,
        sourceCount: 1,
      });
      const briefing = await services.importBriefingFile(file);
      const [cited] = citedFactIds(briefing.sections);
      if (!cited) throw new Error('the briefing cites facts');
      expect((await owner.stats()).briefings).toBe(0);

      const refused = await dispatch(services.handlers(), 'facts:delete', { id: cited });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: FACT_IN_USE,
          message: expect.stringContaining(`cited in “${briefing.title}”`) as unknown,
        },
      });
      expect(await owner.getFact(cited)).toBeDefined();

      const source = (await owner.listSources())[0];
      if (!source) throw new Error('the briefing file brought its source');
      const spare = await services.library.createFact({
        sourceId: source.id,
        statement: 'Entered by mistake.',
      });
      expect(await dispatch(services.handlers(), 'facts:delete', { id: spare.id })).toEqual({
        ok: true,
        value: {},
      });
      expect(await owner.getFact(spare.id)).toBeUndefined();
    } finally {
      services.close();
      await owner.close();
    }
  });
});
