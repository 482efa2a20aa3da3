import Database from 'better-sqlite3';
import { briefingContent } from '../../electron/core/briefing-edit';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, BackupContents, RestoreReport } from '../../electron/contract/api';
import { dispatch } from '../../electron/contract/dispatch';
import type { Briefing } from '../../electron/core/schemas';
import type { Services } from '../../electron/services/services';
import { freshServices, tempDir } from '../helpers/fixtures';

// A backup restored while a briefing is open: the window saves the briefing's pending edits first (so the
// store the restore keeps aside holds them), and a save of the draft from before the restore that
// arrives after it (an autosave on its way) is refused, never written over the restored briefing.

const open: Services[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function call<T>(services: Services, channel: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(services.handlers(), channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}

const titleIn = (file: string, id: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT title FROM briefings WHERE id = ?').pluck().get(id);
  } finally {
    db.close();
  }
};

describe('restore and the open briefing’s saves', () => {
  it('keeps the flushed edit in the store kept aside, refuses a stale save after the restore, and takes saves of the reopened draft', async () => {
    const dataDir = tempDir('briefing-restore-stale-');
    const services = freshServices(dataDir);
    open.push(services);
    const briefing = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'Baltic air defence — weekly',
      date: '2026-12-06',
    });
    const before = (await call<AppInfo>(services, 'app:info')).storeGeneration;
    expect(before).toBeTruthy();
    const backup = Buffer.from((await services.backup()).dataBase64, 'base64');

    // Typed after the backup and flushed before the restore (the window's autosave, run now).
    await call(services, 'briefings:update', {
      id: briefing.id,
      content: { ...briefingContent(briefing), title: 'Typed after the backup' },
      storeGeneration: before,
    });

    const uploadId = services.uploads.begin('restore', backup.length);
    services.uploads.append(uploadId, backup);
    // The question can say the open briefing changed since the backup.
    const contents = await call<BackupContents>(services, 'store:check-backup', {
      uploadId,
      briefingId: briefing.id,
    });
    expect(contents.openBriefing).toEqual({
      title: 'Typed after the backup',
      inBackup: true,
      changedSinceBackup: true,
    });
    const report = await call<RestoreReport>(services, 'store:restore', { uploadId });

    // The store has the backup's briefing; the one it replaced, with the flushed edit, is kept aside.
    const file = join(dataDir, 'briefing.sqlite');
    expect(titleIn(file, briefing.id)).toBe('Baltic air defence — weekly');
    expect(titleIn(join(dataDir, report.kept), briefing.id)).toBe('Typed after the backup');

    // The restore changed the generation; an autosave of the old draft arriving now is refused.
    const after = (await call<AppInfo>(services, 'app:info')).storeGeneration;
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    await expect(
      call(services, 'briefings:update', {
        id: briefing.id,
        content: { ...briefingContent(briefing), title: 'Typed after the backup, more' },
        storeGeneration: before,
      }),
    ).rejects.toMatchObject({ code: 'edit_conflict', message: expect.stringMatching(/backup was restored/) });
    expect(titleIn(file, briefing.id)).toBe('Baltic air defence — weekly');
    // Nothing went into the store kept aside either: it stays as it was at the restore.
    expect(titleIn(join(dataDir, report.kept), briefing.id)).toBe('Typed after the backup');

    // The briefing reopened from the restored store saves as usual.
    const reopened = await call<Briefing>(services, 'briefings:get', { id: briefing.id });
    await call(services, 'briefings:update', {
      id: briefing.id,
      content: { ...briefingContent(reopened), title: 'After the restore' },
      storeGeneration: after,
    });
    expect(titleIn(file, briefing.id)).toBe('After the restore');

    // A restart keeps the generation (a tab that reconnects still saves); only a restore changes it.
    services.close();
    open.splice(0);
    const restarted = freshServices(dataDir);
    open.push(restarted);
    expect((await call<AppInfo>(restarted, 'app:info')).storeGeneration).toBe(after);
  });

  it('says when the open briefing is the backup’s copy, or not in the backup at all', async () => {
    const services = freshServices(tempDir('briefing-restore-stale-'));
    open.push(services);
    const kept = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'As backed up',
      date: '2026-12-06',
    });
    const backup = Buffer.from((await services.backup()).dataBase64, 'base64');
    const added = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'Made after the backup',
      date: '2026-12-06',
    });
    const ask = async (briefingId: string) => {
      const uploadId = services.uploads.begin('restore', backup.length);
      services.uploads.append(uploadId, backup);
      const contents = await call<BackupContents>(services, 'store:check-backup', { uploadId, briefingId });
      services.uploads.discard(uploadId);
      return contents.openBriefing;
    };
    expect(await ask(kept.id)).toEqual({ title: 'As backed up', inBackup: true, changedSinceBackup: false });
    expect(await ask(added.id)).toEqual({
      title: 'Made after the backup',
      inBackup: false,
      changedSinceBackup: true,
    });
  });
});
