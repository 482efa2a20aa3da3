import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { PG_SCHEMA_VERSION } from '../../electron/services/store/postgres/migrations';
import { briefing, buildCliIfStale } from '../helpers/cli';
import { repoRoot, tempDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';

const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', 'import', name);

/** The CLI with BRIEFING_DB set, as a user with the variable in their shell runs it. */
function withEnvDb(url: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/briefing.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_DB: url },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => buildCliIfStale(), 120_000);

describePostgres('briefing --db: a team library from the command line', (server) => {
  it('sets up a library, imports into it, searches and counts it, and refuses a non-PostgreSQL --db', async () => {
    const url = await server.freshDatabase();
    const data = tempDir();
    const before = briefing('stats', '--db', url, '--data', data);
    expect(before.code).toBe(1);
    expect(before.err).toMatch(/is not a team library yet\. Set it up with: briefing db init --db URL/);
    const init = briefing('db', 'init', '--db', url);
    expect(init.err).toBe('');
    expect(init.out).toMatch(/Team library ready at postgres:\/\/.*: 0 sources, 0 facts\./);
    const imported = briefing('import', 'facts', fixture('facts.csv'), '--db', url, '--data', data);
    expect(imported.out).toMatch(/Added 2 sources and 3 facts/);
    const found = withEnvDb(url, 'search', 'donbas', '--data', data);
    expect(found.out).toMatch(/Ukraine will not recognise the Donbas as Russian\./);
    expect(found.out).toMatch(/1 matching fact\./);
    expect(withEnvDb(url, 'stats', '--json', '--data', data).out.trim()).toBe(
      JSON.stringify({ sources: 2, facts: 3, briefings: 0 }),
    );
    // Nothing was written to the local store of the data folder.
    expect(briefing('stats', '--json', '--data', data).out.trim()).toBe(
      JSON.stringify({ sources: 0, facts: 0, briefings: 0 }),
    );
    const bad = briefing('stats', '--db', 'mysql://x@y/z', '--data', data);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--db \(or BRIEFING_DB\) must be a PostgreSQL URL/);
    const backup = briefing('backup', '--out', join(data, 'b.sqlite'), '--db', url, '--data', data);
    expect(backup.err).toMatch(/pg_dump/);
  });

  it('pushes a local library into the team library, matched not duplicated, and pulls it back', async () => {
    const url = await server.freshDatabase();
    expect(briefing('db', 'init', '--db', url).code).toBe(0);
    const local = tempDir();
    briefing('import', 'facts', fixture('facts.csv'), '--data', local);
    briefing('import', 'sources', fixture('sources.json'), '--data', local);
    const push = briefing('db', 'push', '--from', local, '--db', url);
    expect(push.err).toBe('');
    expect(push.out).toMatch(
      /^Copied 5 sources and 3 facts into postgres:[^;]*\. Briefings stay in the local store/,
    );
    const again = briefing('db', 'push', '--from', local, '--db', url);
    // Sources and facts counted apart (it said "8 already there").
    expect(again.out).toMatch(
      /^Copied 0 sources and 0 facts into .*; 5 sources and 3 facts were already there \(matched, not duplicated\)\./,
    );
    const copy = tempDir();
    const pull = briefing('db', 'pull', '--to', copy, '--db', url);
    expect(pull.out).toMatch(/^Copied 5 sources and 3 facts into [^;]*\.\n$/);
    expect(briefing('stats', '--json', '--data', copy).out.trim()).toBe(
      JSON.stringify({ sources: 5, facts: 3, briefings: 0 }),
    );
  });

  it('refuses a team library set up by a newer version, leaving it untouched', async () => {
    const url = await server.freshDatabase();
    expect(briefing('db', 'init', '--db', url).code).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE briefing_schema SET version = 99');
    const refused = briefing('stats', '--db', url, '--data', tempDir());
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `set up by a newer version of Briefing Builder (schema 99; this version knows ${PG_SCHEMA_VERSION})`,
    );
    expect(briefing('db', 'init', '--db', url).err).toMatch(/schema 99/);
    expect((await client.query('SELECT version FROM briefing_schema')).rows).toEqual([{ version: 99 }]);
    await client.end();
  });
});
