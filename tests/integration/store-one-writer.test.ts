import { chmodSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../e2e/browser-host';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { buildCliIfStale, briefingAsync } from '../helpers/cli';
import { storeWithFacts } from '../helpers/stores';

// Two processes on one data folder, in every combination a user can make: the app (browser mode, the
// same Services the desktop app opens) with a second app, a CLI write, a CLI restore and a CLI read.

beforeAll(buildCliIfStale, 120_000);

const cli = briefingAsync;

/** Calls the running app's API as its page does. */
async function api(host: RunningHost, channel: string, input: unknown): Promise<unknown> {
  const { origin, hash } = new URL(host.url);
  const token = /token=([0-9a-f]+)/.exec(hash)?.[1] ?? '';
  const res = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
}

const running: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.stop()));
});
async function app(dataDir: string): Promise<RunningHost> {
  const host = await startHost(dataDir);
  running.push(host);
  return host;
}

const facts = (dataDir: string) => {
  const services = freshServices(dataDir);
  try {
    return services.store.listFacts().map((f) => f.statement);
  } finally {
    services.close();
  }
};
const factsCsv = join(repoRoot, 'tests', 'fixtures', 'import', 'facts.csv');
const holderOf = (host: RunningHost) =>
  new RegExp(`in use by browser mode \\(briefing serve\\) \\(process ${host.process.pid}, since `);

describe('one writer per data folder', () => {
  it('app + app: the second app is refused, naming the first', async () => {
    const dataDir = tempDir('briefing-one-');
    const first = await app(dataDir);
    const second = await cli(['serve', '--no-open', '--port', '0', '--data', dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(holderOf(first));
    expect(second.stderr).toMatch(/Use its window, or stop it and start again\./);
  }, 60_000);

  it('app + CLI write: the import goes through the app, which acknowledges it; nothing is lost', async () => {
    const dataDir = storeWithFacts(2);
    const host = await app(dataDir);
    const r = await cli(['import', 'facts', factsCsv, '--data', dataDir]);
    expect(r.stderr).toMatch(
      new RegExp(`Browser mode \\(process ${host.process.pid}\\) writes this store: done through it`),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Added 2 sources and 3 facts/);
    // The app itself wrote them: its own API lists them at once.
    const listed = (await api(host, 'facts:list', {})) as Array<{ statement: string }>;
    expect(listed.map((f) => f.statement)).toContain('Ukraine will not recognise the Donbas as Russian.');
    await host.stop();
    expect(facts(dataDir)).toHaveLength(5);
  }, 60_000);

  it('app + CLI write, when the app’s session file is readable by others: refused naming the app, nothing written', async () => {
    const dataDir = storeWithFacts(2);
    const host = await app(dataDir);
    // A token file others could have written is not trusted with our files.
    chmodSync(join(dataDir, 'browser-session.json'), 0o644);
    const r = await cli(['import', 'facts', factsCsv, '--data', dataDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(holderOf(host));
    expect(r.stderr).toMatch(/Nothing was changed\. Do this in the app, or close it/);
    await host.stop();
    expect(facts(dataDir)).toHaveLength(2);
  }, 60_000);

  it('app + CLI restore: done by the app; what it acknowledged before is kept aside, after is kept', async () => {
    const backupDir = storeWithFacts(1);
    const backup = join(tempDir(), 'backup.sqlite');
    expect((await cli(['backup', '--out', backup, '--data', backupDir])).code).toBe(0);

    const dataDir = storeWithFacts(2);
    const host = await app(dataDir);
    const sources = (await api(host, 'sources:list', {})) as Array<{ id: string }>;
    await api(host, 'facts:create', {
      sourceId: sources[0]?.id,
      statement: 'Acknowledged before the restore.',
    });
    const r = await cli(['restore', backup, '--data', dataDir]);
    expect(r.stderr).toMatch(/done through it/);
    expect(r.stdout).toMatch(/Restored: 1 source, 1 fact/);
    expect(r.code).toBe(0);
    // The app goes on writing into the restored store.
    const restored = (await api(host, 'sources:list', {})) as Array<{ id: string }>;
    await api(host, 'facts:create', {
      sourceId: restored[0]?.id,
      statement: 'Acknowledged after the restore.',
    });
    await host.stop();
    expect(facts(dataDir)).toContain('Acknowledged after the restore.');
    expect(facts(dataDir)).toHaveLength(2);
    // The store it replaced is kept whole, with what was acknowledged before.
    const kept = readdirSync(dataDir).find((n) => /^briefing-before-restore-.+\.sqlite$/.test(n)) ?? '';
    const keptDir = tempDir();
    copyFileSync(join(dataDir, kept), join(keptDir, 'briefing.sqlite'));
    expect(facts(keptDir)).toContain('Acknowledged before the restore.');
    expect(facts(keptDir)).toHaveLength(3);
  }, 60_000);

  it('app + CLI read: search, stats and backup run beside it and see what it acknowledged', async () => {
    const dataDir = storeWithFacts(2);
    const host = await app(dataDir);
    const sources = (await api(host, 'sources:list', {})) as Array<{ id: string }>;
    await api(host, 'facts:create', { sourceId: sources[0]?.id, statement: 'Zanzibar written by the app.' });

    const stats = await cli(['stats', '--json', '--data', dataDir]);
    expect(stats.stderr).toBe('');
    expect(JSON.parse(stats.stdout)).toMatchObject({ facts: 3 });
    const search = await cli(['search', 'Zanzibar', '--data', dataDir]);
    expect(search.stdout).toMatch(/Zanzibar written by the app\./);
    const copy = join(tempDir(), 'copy.sqlite');
    expect((await cli(['backup', '--out', copy, '--data', dataDir])).code).toBe(0);
    // The app still writes after the readers have gone.
    await api(host, 'facts:create', { sourceId: sources[0]?.id, statement: 'After the readers.' });
  }, 60_000);

  it('a SIGKILLed app leaves no lock behind: the next writer goes straight in', async () => {
    const dataDir = storeWithFacts(2);
    const host = await app(dataDir);
    const exited = new Promise((resolve) => host.process.once('exit', resolve));
    host.process.kill('SIGKILL');
    await exited;
    const r = await cli(['import', 'facts', factsCsv, '--data', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});
