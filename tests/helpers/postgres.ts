import { afterAll, beforeAll, describe } from 'vitest';
import { postgresMissing, startTestServer, type TestServer } from './postgres-cluster';

export { postgresMissing } from './postgres-cluster';

/**
 * `describe` for tests that need PostgreSQL (see postgres-cluster.ts for where it comes from): the
 * server is started before the block and stopped after. Without PostgreSQL the block fails under CI
 * (CI=1) and is skipped, loudly, elsewhere.
 */
export function describePostgres(name: string, body: (server: TestPostgres) => void): void {
  const missing = postgresMissing();
  const unavailable: TestPostgres = {
    freshDatabase: () => Promise.reject(new Error(missing)),
    adminUrl: () => '',
  };
  if (missing) {
    if (process.env.CI) {
      describe(name, () => {
        beforeAll(() => {
          throw new Error(`${missing} (CI=1: tests that need PostgreSQL must run in CI.)`);
        });
        body(unavailable);
      });
      return;
    }
    console.warn(`\n*** SKIPPED "${name}": ${missing}\n`);
    describe.skip(name, () => body(unavailable));
    return;
  }
  let server: TestServer | undefined;
  describe(name, () => {
    beforeAll(async () => {
      server = await startTestServer();
    }, 60_000);
    afterAll(async () => {
      await server?.stop();
    }, 60_000);
    body({
      adminUrl: () => server?.adminUrl() ?? '',
      freshDatabase: () => (server ? server.freshDatabase() : Promise.reject(new Error('not started'))),
    });
  });
}

/** A PostgreSQL server for one test file: fresh, empty databases on demand. */
export interface TestPostgres {
  /** Creates an empty database and returns its URL. */
  freshDatabase(): Promise<string>;
  /** The URL of the server's maintenance database (for roles and grants in tests). */
  adminUrl(): string;
}
