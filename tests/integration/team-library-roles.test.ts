import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { FactQuery } from '../../electron/contract/api';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { repoRoot } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';

/** The grants block of docs/team-library.md, as an administrator would paste it. */
function documentedGrants(): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'team-library.md'), 'utf8');
  const block = /```sql team-library-grants\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/team-library.md has no ```sql team-library-grants block');
  return block.replace(/^ {3}/gm, '');
}

/** An insufficient privilege (42501), in the app's words rather than PostgreSQL's "permission denied". */
const REFUSED = /may not read or write it\. Its owner gives analysts the grants/;

const as = (url: string, user: string) => {
  const u = new URL(url);
  u.username = user;
  return u.toString();
};

describePostgres('the least-privilege roles of docs/team-library.md', (server) => {
  it('let an analyst import, edit, retract and search, and nothing more', async () => {
    const url = await server.freshDatabase();
    const database = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: server.adminUrl() });
    await admin.connect();
    const suffix = database.slice(-12);
    const [owner, analysts, anna] = [`owner_${suffix}`, `analysts_${suffix}`, `anna_${suffix}`];
    await admin.query(`CREATE ROLE ${owner} LOGIN`);
    await admin.query(`ALTER DATABASE ${database} OWNER TO ${owner}`);
    await admin.query(`CREATE ROLE ${analysts} NOLOGIN`);
    await admin.query(`CREATE ROLE ${anna} LOGIN IN ROLE ${analysts}`);
    // PostgreSQL 15: the public schema belongs to pg_database_owner, i.e. the owner set above.
    await admin.end();

    await (await PostgresStore.connect(as(url, owner), { isInitialising: true })).close();
    const ownerClient = new pg.Client({ connectionString: as(url, owner) });
    await ownerClient.connect();
    await ownerClient.query(documentedGrants().replaceAll('briefing_analyst', analysts));
    await ownerClient.end();

    const store = await PostgresStore.connect(as(url, anna));
    try {
      expect(store.actor).toBe(anna);
      const report = await store.importArticle({
        source: { title: 'Kremlin reaction', outlet: 'TASS' },
        facts: [{ statement: 'Moscow insists on neutrality.' }],
      });
      const id = report.factIds[0]!;
      await store.updateFact(id, { status: 'retracted', reason: 'Withdrawn.', baseVersion: 1 });
      expect((await store.searchFacts(FactQuery.parse({ text: 'neutrality' }))).items[0]?.fact).toMatchObject(
        {
          status: 'retracted',
          updatedBy: anna,
        },
      );
      expect((await store.factHistory(id))[0]).toMatchObject({ changedBy: anna, reason: 'Withdrawn.' });
      // Browsing the whole library reads the kept count of facts (0005-fact-count.sql), which analysts
      // can read but never set.
      expect((await store.searchFacts(FactQuery.parse({}))).total).toBe(1);
      await expect(store.sql('UPDATE fact_count SET n = 0')).rejects.toThrow(REFUSED);
      await store.saveCollection('Kremlin', FactQuery.parse({ text: 'moscow' }));
      await expect(store.sql('DROP TABLE facts')).rejects.toThrow(REFUSED);
      await expect(store.sql('DELETE FROM fact_history')).rejects.toThrow(REFUSED);
      await expect(store.sql('DELETE FROM facts')).rejects.toThrow(REFUSED);
      await expect(store.sql('UPDATE briefing_schema SET version = 99')).rejects.toThrow(REFUSED);
      await expect(store.sql('CREATE TABLE mine (x int)')).rejects.toThrow(REFUSED);
    } finally {
      await store.close();
    }
  });
});
