import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';

/**
 * PostgreSQL for tests: `BRIEFING_TEST_PG` (a URL of a role that may create databases) when set;
 * otherwise a throwaway cluster started here with the system's initdb/pg_ctl (Debian:
 * /usr/lib/postgresql/<version>/bin) in a temporary folder, on a free port, as an unprivileged user
 * (postgres itself refuses to run as root), stopped after the file's tests. With neither, the tests
 * fail under CI (CI=1) and are skipped locally, both with a message saying what is missing.
 */

/** The folder of initdb/pg_ctl: the newest Debian cluster version, else one found on PATH. */
function postgresBin(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return found ? join(found, '..') : undefined;
  } catch {
    return undefined;
  }
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  if (process.env.BRIEFING_TEST_PG) return undefined;
  if (postgresBin()) return undefined;
  return 'PostgreSQL is not available: set BRIEFING_TEST_PG to a database URL, or install the postgresql package (initdb and pg_ctl) so the tests can start a throwaway cluster.';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Cluster {
  /** URL of the maintenance database, for CREATE DATABASE. */
  adminUrl: string;
  stop(): void;
}

/** Starts a cluster in a temp folder, as the `postgres` user when running as root. */
async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-pg-'));
  const isRoot = userInfo().uid === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  if (isRoot) {
    const { uid, gid } = pgUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--locale=C',
  ]);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function pgUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** A PostgreSQL server for one test file: fresh, empty databases on demand. */
export interface TestPostgres {
  /** Creates an empty database and returns its URL. */
  freshDatabase(): Promise<string>;
  /** The URL of the server's maintenance database (for roles and grants in tests). */
  adminUrl(): string;
}

let counter = 0;

/**
 * `describe` for tests that need PostgreSQL: starts (or connects to) the server before the block and
 * stops it after. Without PostgreSQL the block fails under CI and is skipped, loudly, elsewhere.
 */
export function describePostgres(name: string, body: (server: TestPostgres) => void): void {
  const missing = postgresMissing();
  if (missing) {
    if (process.env.CI) {
      describe(name, () => {
        beforeAll(() => {
          throw new Error(`${missing} (CI=1: tests that need PostgreSQL must run in CI.)`);
        });
        body({
          freshDatabase: () => Promise.reject(new Error(missing)),
          adminUrl: () => '',
        });
      });
      return;
    }
    console.warn(`\n*** SKIPPED "${name}": ${missing}\n`);
    describe.skip(name, () =>
      body({ freshDatabase: () => Promise.reject(new Error(missing)), adminUrl: () => '' }),
    );
    return;
  }
  let cluster: Cluster | undefined;
  const adminUrl = () => process.env.BRIEFING_TEST_PG ?? cluster?.adminUrl ?? '';
  const created: string[] = [];
  describe(name, () => {
    beforeAll(async () => {
      if (!process.env.BRIEFING_TEST_PG) cluster = await startCluster(postgresBin() as string);
    }, 60_000);
    afterAll(async () => {
      if (cluster) cluster.stop();
      else if (created.length > 0) {
        const admin = new pg.Client({ connectionString: adminUrl() });
        await admin.connect();
        for (const db of created) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        await admin.end();
      }
    }, 60_000);
    body({
      adminUrl,
      async freshDatabase() {
        const db = `briefing_test_${process.pid}_${Date.now()}_${++counter}`;
        const admin = new pg.Client({ connectionString: adminUrl() });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE ${db}`);
        } finally {
          await admin.end();
        }
        created.push(db);
        const url = new URL(adminUrl());
        url.pathname = `/${db}`;
        return url.toString();
      },
    });
  });
}
