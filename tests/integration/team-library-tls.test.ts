import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { tempDir } from '../helpers/fixtures';
import { postgresBin, startCluster, type Cluster } from '../helpers/postgres-cluster';

/** A CA, and a server certificate it signed for 127.0.0.1 and localhost (as an admin would make them). */
function makeCertificates(dir: string, name: string): { ca: string; cert: string; key: string } {
  const file = (f: string) => join(dir, `${name}-${f}`);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${name} CA`,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
  );
  ssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
  );
  writeFileSync(file('san.ext'), 'subjectAltName = IP:127.0.0.1, DNS:localhost\n');
  ssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    file('san.ext'),
    '-out',
    file('server.crt'),
  );
  return {
    ca: file('ca.pem'),
    cert: readFileSync(file('server.crt'), 'utf8'),
    key: readFileSync(file('server.key'), 'utf8'),
  };
}

// Needs a cluster it starts itself (its own server certificate), even when BRIEFING_TEST_PG is set.
const bin = postgresBin();
const missing = bin ? undefined : 'needs initdb/pg_ctl to start a cluster with its own certificate';
if (missing && !process.env.CI) console.warn(`\n*** SKIPPED TLS test: ${missing}\n`);

(missing && !process.env.CI ? describe.skip : describe)(
  'a team library over TLS (sslmode=verify-full)',
  () => {
    let cluster: Cluster | undefined;
    let ca = '';
    let otherCa = '';
    beforeAll(async () => {
      if (missing) throw new Error(`${missing} (CI=1)`);
      const dir = tempDir('briefing-tls-');
      const mine = makeCertificates(dir, 'team');
      otherCa = makeCertificates(dir, 'stranger').ca;
      ca = mine.ca;
      cluster = await startCluster(bin as string, { tls: { certPem: mine.cert, keyPem: mine.key } });
    }, 60_000);
    afterAll(() => cluster?.stop());

    it('connects with the CA file, encrypted, and refuses a server the CA did not sign', async () => {
      const base = cluster!.adminUrl;
      const url = `${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca)}`;
      const store = await PostgresStore.connect(url, { isInitialising: true });
      try {
        const [row] = await store.sql<{ ssl: boolean }>(
          'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
        );
        expect(row?.ssl).toBe(true);
      } finally {
        await store.close();
      }
      // The same server checked against another CA: refused before anything is sent.
      await expect(
        PostgresStore.connect(`${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(otherCa)}`),
      ).rejects.toThrow(/certificate/i);
    });
  },
);
