import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { postgresMissing, startTestServer, type TestServer } from '../helpers/postgres-cluster';

/**
 * A PostgreSQL server for the team-library specs of one file, started before them and stopped after.
 * Without PostgreSQL the specs fail under CI (CI=1) and are skipped, loudly, elsewhere. Call at the top
 * level of a spec file; each test calls `freshDatabase()` for an empty team library of its own.
 */
export function useTeamServer(): {
  freshDatabase: () => Promise<string>;
  freshLibrary: () => Promise<string>;
} {
  const missing = postgresMissing();
  let server: TestServer | undefined;
  test.beforeAll(async () => {
    if (missing && process.env.CI) throw new Error(`${missing} (CI=1: the team library e2e must run in CI.)`);
    if (!missing) server = await startTestServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  const freshDatabase = () => {
    test.skip(Boolean(missing), `*** SKIPPED: ${missing}`);
    if (!server) throw new Error('The test PostgreSQL server did not start.');
    return server.freshDatabase();
  };
  return {
    freshDatabase,
    /** An empty database set up as a team library (`briefing db init`), its URL. */
    freshLibrary: async () => {
      const url = await freshDatabase();
      const init = spawnSync(process.execPath, ['bin/briefing.mjs', 'db', 'init', '--db', url], {
        cwd: join(import.meta.dirname, '..', '..'),
        encoding: 'utf8',
      });
      expect(init.stderr).toBe('');
      return url;
    },
  };
}
