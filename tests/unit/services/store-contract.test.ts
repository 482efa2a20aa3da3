import { join } from 'node:path';
import { describe } from 'vitest';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { SqliteStore } from '../../../electron/services/store/sqlite-store';
import { Store } from '../../../electron/services/store/store';
import { tempDir } from '../../helpers/fixtures';
import { describePostgres } from '../../helpers/postgres';
import { storeContract } from '../../helpers/store-contract';

// The same behaviour from both engines: the suite is written once against LibraryStore.
describe('LibraryStore contract: SQLite', () => {
  storeContract(async () => new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite'))));
});

describePostgres('LibraryStore contract: PostgreSQL', (server) => {
  storeContract(async () => PostgresStore.connect(await server.freshDatabase(), { isInitialising: true }));
});
