import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo, StoreStats } from '../../electron/contract/api';
import { dispatch } from '../../electron/contract/dispatch';
import { migrations } from '../../electron/services/store/migrations';
import { freshServices } from '../helpers/fixtures';
import { Store } from '../../electron/services/store/store';
import { damagePage, storeDigests, storeWithFacts, storeWithPendingWal } from '../helpers/stores';

// What a store gets checked for when it is opened, and what the app does with one it must not write.
const latest = migrations.at(-1)?.version ?? 0;
const fileOf = (dir: string) => join(dir, 'briefing.sqlite');

async function call(services: ReturnType<typeof freshServices>, channel: string, input: unknown = {}) {
  return dispatch(services.handlers(), channel, input);
}

describe('a store written by a newer version', () => {
  it('opens read-only with a banner, leaving its file and its WAL byte for byte as they were', async () => {
    // The newer app crashed with changes still in its WAL: a read-write open would fold them in on close.
    const dir = storeWithPendingWal(storeWithFacts(50), (db) => {
      db.pragma(`user_version = ${latest + 1}`);
      db.exec("UPDATE facts SET statement = 'Changed by the newer version.' WHERE rowid = 1");
    });
    const before = storeDigests(fileOf(dir));
    expect(Object.keys(before)).toEqual(['main', '-wal']);

    const services = freshServices(dir);
    try {
      const info = await call(services, 'app:info');
      expect(info.ok && (info.value as AppInfo).store).toMatchObject({
        isReadOnly: true,
        reason: 'too-new',
        message: expect.stringMatching(/newer version of Briefing Builder .* update the app/i),
      });
      // It still reads, including what only its WAL holds.
      const stats = await call(services, 'store:stats');
      expect(stats.ok && (stats.value as StoreStats).facts).toBe(50);
      // A write is refused in words, not "Something went wrong".
      const write = await call(services, 'briefings:create', {
        templateId: 'situation-brief',
        title: 'T',
        date: '2026-12-03',
      });
      expect(write).toMatchObject({
        ok: false,
        error: { code: 'store_read_only', message: expect.stringMatching(/^Nothing was changed/) },
      });
    } finally {
      services.close();
    }
    expect(storeDigests(fileOf(dir))).toEqual(before);
  });
});

describe('a damaged store', () => {
  it('is found at start, opened read-only with what to do, and left byte for byte as it was', async () => {
    const dir = storeWithFacts(20_000);
    const file = fileOf(dir);
    // A page well inside the facts table.
    damagePage(file, 40);
    const before = storeDigests(file);

    const services = freshServices(dir);
    try {
      expect(services.store.status).toMatchObject({ isReadOnly: true, reason: 'damaged' });
      expect(services.store.status.message).toMatch(
        /damaged .* restore a backup .* export what can still be read/i,
      );
      const write = await call(services, 'collections:save', { name: 'N', query: {} });
      expect(write.ok).toBe(false);
      expect(!write.ok && write.error.code).toMatch(/^store_(read_only|damaged)$/);
      expect(!write.ok && write.error.message).not.toMatch(/Something went wrong/);
    } finally {
      services.close();
    }
    expect(storeDigests(file)).toEqual(before);
  });

  it('too big to check before opening, is checked in the background and then turns read-only', async () => {
    const dir = storeWithFacts(20_000);
    const file = fileOf(dir);
    damagePage(file, 40);
    // As if the store were over the size checked before opening (64 MB): it opens, and a worker checks it.
    const store = new Store(file, { syncCheckBytes: 0 });
    const heard: string[] = [];
    store.onStatusChange((status) => heard.push(status.reason));
    try {
      await store.integrityChecked;
      expect(store.status).toMatchObject({ isReadOnly: true, reason: 'damaged' });
      expect(store.status.message).toMatch(/damaged .* restore a backup/i);
      expect(heard).toEqual(['damaged']);
      expect(() => store.createSource({ title: 'After the check', outlet: 'AP' })).toThrow(
        /readonly|read-only/i,
      );
    } finally {
      store.close();
    }
  });

  it('an intact store checked in the background stays writable', async () => {
    const dir = storeWithFacts(2_000);
    const store = new Store(fileOf(dir), { syncCheckBytes: 0 });
    try {
      await store.integrityChecked;
      expect(store.status).toMatchObject({ isReadOnly: false, reason: 'ok' });
      store.createSource({ title: 'Written after the check', outlet: 'AP' });
    } finally {
      store.close();
    }
  });

  it('can be replaced by restoring a backup, which is then writable again', async () => {
    const good = freshServices(storeWithFacts(10));
    const backup = await good.backup();
    good.close();
    const dir = storeWithFacts(20_000);
    damagePage(fileOf(dir), 40);

    const services = freshServices(dir);
    try {
      expect(services.store.status.reason).toBe('damaged');
      const restored = await call(services, 'store:restore', { dataBase64: backup.dataBase64 });
      expect(restored).toMatchObject({ ok: true, value: { facts: 10 } });
      expect(services.store.status).toMatchObject({ isReadOnly: false, reason: 'ok' });
      const saved = await call(services, 'collections:save', { name: 'After the restore', query: {} });
      expect(saved.ok).toBe(true);
    } finally {
      services.close();
    }
    const check = new Database(fileOf(dir), { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });
});
