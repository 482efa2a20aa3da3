import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL for tests, whatever runs them (vitest, Playwright): `BRIEFING_TEST_PG` (a URL of a role that
 * may create databases) when set; otherwise a throwaway cluster started with the system's initdb/pg_ctl
 * (Debian: /usr/lib/postgresql/<version>/bin) in a temporary folder, on a free port, as an unprivileged
 * user (postgres refuses to run as root), stopped at the end.
 */

/** The folder of initdb/pg_ctl: the newest Debian cluster version, else one found on PATH. */
export function postgresBin(): string | undefined {
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

export interface Cluster {
  /** URL of the maintenance database, for CREATE DATABASE. */
  adminUrl: string;
  stop(): void;
}

/** Starts a cluster in a temp folder, as the `postgres` user when running as root. */
export async function startCluster(
  bin: string,
  options: {
    tls?: { certPem: string; keyPem: string };
    /** Passwords checked over TCP (scram-sha-256), the `postgres` superuser's being this one. */
    superuserPassword?: string;
  } = {},
): Promise<Cluster> {
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
  let tlsOptions = '';
  if (options.tls) {
    // The server's key must belong to the server's user and be private to it.
    const cert = join(dir, 'server.crt');
    const key = join(dir, 'server.key');
    writeFileSync(cert, options.tls.certPem);
    writeFileSync(key, options.tls.keyPem, { mode: 0o600 });
    if (isRoot) {
      const { uid, gid } = pgUser();
      chownSync(cert, uid, gid);
      chownSync(key, uid, gid);
    }
    tlsOptions = ` -c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key}`;
  }
  let auth = ['-A', 'trust'];
  if (options.superuserPassword !== undefined) {
    const pwfile = join(dir, 'pwfile');
    writeFileSync(pwfile, `${options.superuserPassword}\n`, { mode: 0o600 });
    if (isRoot) {
      const { uid, gid } = pgUser();
      chownSync(pwfile, uid, gid);
    }
    auth = ['--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`];
  }
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', ...auth, '-E', 'UTF8', '--no-sync', '--locale=C']);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${tlsOptions}`,
    'start',
  ]);
  return {
    adminUrl:
      options.superuserPassword === undefined
        ? `postgres://postgres@127.0.0.1:${port}/postgres`
        : `postgres://postgres:${encodeURIComponent(options.superuserPassword)}@127.0.0.1:${port}/postgres`,
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

/** A server for a run of tests: fresh, empty databases on demand, dropped or stopped at the end. */
export interface TestServer {
  freshDatabase(): Promise<string>;
  adminUrl(): string;
  stop(): Promise<void>;
}

let counter = 0;

/** Starts (or connects to) PostgreSQL for tests; call `postgresMissing()` first. */
export async function startTestServer(): Promise<TestServer> {
  const cluster = process.env.BRIEFING_TEST_PG ? undefined : await startCluster(postgresBin() as string);
  const adminUrl = () => process.env.BRIEFING_TEST_PG ?? cluster?.adminUrl ?? '';
  const created: string[] = [];
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    adminUrl,
    async freshDatabase() {
      const db = `briefing_test_${process.pid}_${Date.now()}_${++counter}`;
      await admin((c) => c.query(`CREATE DATABASE ${db}`));
      created.push(db);
      const url = new URL(adminUrl());
      url.pathname = `/${db}`;
      return url.toString();
    },
    async stop() {
      if (cluster) return cluster.stop();
      await admin(async (c) => {
        for (const db of created) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      });
    },
  };
}
