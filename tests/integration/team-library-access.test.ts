import pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { openServices } from '../../electron/cli/context';
import { FactQuery } from '../../electron/contract/api';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { briefing, buildCliIfStale } from '../helpers/cli';
import { tempDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';

const as = (url: string, user: string) => {
  const u = new URL(url);
  u.username = user;
  return u.toString();
};

/** Runs SQL as the server's administrator (on the maintenance database, or `url`'s). */
async function admin(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

const NO_ACCESS = (role: string) =>
  new RegExp(
    `exists, but the role "${role}" may not read or write it\\. Its owner gives analysts the grants of docs/team-library\\.md .*step 4`,
  );
const NOT_OWNER =
  /Only the team library's owner sets up or upgrades it; the role "\w+" at postgres:\/\/.* may not/;

beforeAll(() => buildCliIfStale(), 120_000);

describePostgres('a role without the grants of docs/team-library.md', (server) => {
  /** A team library set up by its owner, and an analyst's role given `grants` (run as the owner). */
  async function library(...grants: string[]) {
    const url = await server.freshDatabase();
    const database = new URL(url).pathname.slice(1);
    const suffix = database.slice(-12);
    const [owner, anna] = [`owner_${suffix}`, `anna_${suffix}`];
    await admin(
      server.adminUrl(),
      `CREATE ROLE ${owner} LOGIN`,
      `ALTER DATABASE ${database} OWNER TO ${owner}`,
      `CREATE ROLE ${anna} LOGIN`,
    );
    await (await PostgresStore.connect(as(url, owner), { isInitialising: true })).close();
    await admin(
      as(url, owner),
      'REVOKE ALL ON SCHEMA public FROM PUBLIC',
      ...grants.map((g) => g.replaceAll('ANNA', anna)),
    );
    return { url, owner, anna, annaUrl: as(url, anna) };
  }

  it('is told the library exists and its owner gives the grants, not "not a team library yet" (app, CLI search, serve)', async () => {
    const { anna, annaUrl } = await library();
    const refused = PostgresStore.connect(annaUrl);
    await expect(refused).rejects.toThrow(NO_ACCESS(anna));
    await expect(refused).rejects.not.toThrow(/not a team library yet/);
    const search = briefing('search', 'ukraine', '--db', annaUrl, '--data', tempDir());
    expect(search.code).toBe(1);
    expect(search.err).toMatch(NO_ACCESS(anna));
    expect(search.err).not.toMatch(/permission denied|not a team library yet/);
    // Following the old advice as that role: db init is the owner's, and says so in words.
    const init = briefing('db', 'init', '--db', annaUrl);
    expect(init.code).toBe(1);
    expect(init.err).toMatch(NOT_OWNER);
    expect(init.err).not.toMatch(/no schema has been selected|permission denied/);
  });

  it('with USAGE but no SELECT on briefing_schema, is refused the same way', async () => {
    const { anna, annaUrl } = await library('GRANT USAGE ON SCHEMA public TO ANNA');
    await expect(PostgresStore.connect(annaUrl)).rejects.toThrow(NO_ACCESS(anna));
  });

  it('with partial grants, gets the same words for any insufficient privilege, not PostgreSQL raw text', async () => {
    const { anna, annaUrl } = await library(
      'GRANT USAGE ON SCHEMA public TO ANNA',
      'GRANT SELECT ON briefing_schema TO ANNA',
    );
    const store = await PostgresStore.connect(annaUrl);
    try {
      await expect(store.listFacts()).rejects.toThrow(NO_ACCESS(anna));
      await expect(store.searchFacts(FactQuery.parse({ text: 'ukraine' }))).rejects.toThrow(NO_ACCESS(anna));
      await expect(store.createSource({ title: 'Kremlin reaction' })).rejects.not.toThrow(
        /permission denied/,
      );
    } finally {
      await store.close();
    }
    // An analyst with every grant of step 4 running db init: the owner's job, said in words.
    const full = await library(
      'GRANT USAGE ON SCHEMA public TO ANNA',
      'GRANT SELECT ON briefing_schema TO ANNA',
      'GRANT SELECT, INSERT, UPDATE ON sources, facts, briefings TO ANNA',
    );
    await expect(PostgresStore.connect(full.annaUrl, { isInitialising: true })).rejects.toThrow(NOT_OWNER);
  });
});

describePostgres('a team library that refuses the app at start (serve --db)', (server) => {
  it('starts on the local store and says why in the banner event and Team library…, when the schema is newer', async () => {
    const url = await server.freshDatabase();
    await (await PostgresStore.connect(url, { isInitialising: true })).close();
    await admin(url, 'UPDATE briefing_schema SET version = 99');
    const services = await openServices(tempDir(), {
      holder: 'browser mode (briefing serve)',
      db: url,
      isOfflineFirst: true,
    });
    try {
      await services.resumeTeam();
      expect(services.library.local).toBeDefined();
      expect(await services.library.stats()).toMatchObject({ briefings: 0 });
      const seen: unknown[] = [];
      services.events.subscribe((e) => seen.push(e));
      expect(seen).toEqual([
        {
          kind: 'connection',
          isLive: false,
          message: expect.stringMatching(/set up by a newer version .* Update the app/) as unknown as string,
        },
      ]);
      expect(services.teamStatus()).toMatchObject({
        isConnected: false,
        message: expect.stringMatching(/newer version/) as unknown as string,
      });
    } finally {
      await services.close();
    }
    // A one-shot command has nothing to fall back to: it refuses.
    await expect(
      openServices(tempDir(), { holder: 'briefing stats', db: url }).then((s) => s.close()),
    ).rejects.toThrow(/newer version/);
  });

  it('starts on the local store when the login is refused, naming Team library…', async () => {
    const url = await server.freshDatabase();
    await (await PostgresStore.connect(url, { isInitialising: true })).close();
    const services = await openServices(tempDir(), {
      holder: 'browser mode (briefing serve)',
      db: as(url, 'nobody_here'),
      isOfflineFirst: true,
    });
    try {
      expect(services.events.outOfReach).toMatchObject({
        isLive: false,
        message: expect.stringMatching(/refused the login.*Team library…/) as unknown as string,
      });
      expect(services.library.local).toBeDefined();
    } finally {
      await services.close();
    }
  });
});
