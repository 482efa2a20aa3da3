import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoredTemplatesText } from '../../../electron/core/backup-templates-text';
import { backupStore } from '../../../electron/services/store/backup';
import { TEMPLATES_TABLE } from '../../../electron/services/store/backup-templates';
import { setFaultHook } from '../../../electron/services/store/durable';
import type { Services } from '../../../electron/services/services';
import { appErrorOfAsync, freshServices, tempDir } from '../../helpers/fixtures';

// A backup holds the user's own templates (<data>/templates) beside the store; a restore brings them
// back with the store, never over a different template of the same id, and all or nothing.

const refusal = appErrorOfAsync;

/** A store with a briefing whose layout is saved as the user's template "Desk note", the briefing then on it. */
async function storeWithOwnTemplate(dataDir = tempDir('ui-safety-')) {
  const services = freshServices(dataDir);
  const handlers = services.handlers();
  const draft = await handlers['briefings:create']({
    templateId: 'situation-brief',
    title: 'Berlin talks',
    date: '2026-01-10',
  });
  await handlers['templates:from-briefing']({ briefingId: draft.id, id: 'desk-note', name: 'Desk note' });
  const briefing = await handlers['briefings:create']({
    templateId: 'desk-note',
    title: 'On the desk note',
    date: '2026-01-11',
  });
  return { services, handlers, briefing, dataDir };
}

const templatesIn = (dataDir: string) =>
  existsSync(join(dataDir, 'templates')) ? readdirSync(join(dataDir, 'templates')).sort() : [];
const open: Services[] = [];
afterEach(() => {
  setFaultHook(undefined);
  for (const s of open.splice(0)) s.close();
});

describe('backups hold the user’s own templates', () => {
  it('backs them up, and a restore after they were lost brings them back: the briefing renders with them', async () => {
    const { services, briefing, dataDir } = await storeWithOwnTemplate();
    open.push(services);
    const backup = await services.backup();
    const bytes = Buffer.from(backup.dataBase64, 'base64');
    // The built-in templates are not in it: they come with the app.
    const copy = join(tempDir('ui-safety-'), 'b.sqlite');
    writeFileSync(copy, bytes);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare(`SELECT file FROM ${TEMPLATES_TABLE}`).pluck().all()).toEqual(['desk-note.json']);
    db.close();

    // The disk lost the templates folder.
    rmSync(join(dataDir, 'templates'), { recursive: true });
    services.templates.reload();
    await expect(services.exportBriefing(briefing.id, 'docx')).rejects.toThrow(/desk-note/);

    const report = await services.restore(bytes);
    expect(report.templates).toEqual([
      { file: 'desk-note.json', id: 'desk-note', name: 'Desk note', action: 'added' },
    ]);
    expect(restoredTemplatesText(report.templates)).toBe('Your templates: 1 brought back (“Desk note”).');
    expect(templatesIn(dataDir)).toEqual(['desk-note.json']);
    expect(services.templates.get('desk-note').name).toBe('Desk note');
    const docx = await services.exportBriefing(briefing.id, 'docx');
    expect(docx.bytes.length).toBeGreaterThan(1000);
    // The restored store does not carry the backup's templates table.
    expect(
      services.store.db
        .prepare('SELECT count(*) FROM sqlite_schema WHERE name = ?')
        .pluck()
        .get(TEMPLATES_TABLE),
    ).toBe(0);
    // Nothing of the restore is left in the folder but the kept store.
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('restores onto a new machine, through the CLI’s backup file and an upload as the app sends it', async () => {
    const { services, dataDir } = await storeWithOwnTemplate();
    open.push(services);
    const file = join(tempDir('ui-safety-'), 'backup.sqlite');
    await backupStore(services.store.db, file, join(dataDir, 'templates'));

    const fresh = freshServices(tempDir('ui-safety-'));
    open.push(fresh);
    const uploadId = fresh.uploads.begin('restore', readFileSync(file).length);
    fresh.uploads.append(uploadId, readFileSync(file));
    // The question before the restore already says what happens to them.
    expect(fresh.checkBackup(uploadId).templates).toEqual([
      { file: 'desk-note.json', id: 'desk-note', name: 'Desk note', action: 'added' },
    ]);
    const report = await fresh.restore({ uploadId });
    expect(report.briefings).toBe(2);
    expect(fresh.templates.get('desk-note').name).toBe('Desk note');
    expect(readFileSync(join(fresh.options.dataDir, 'templates', 'desk-note.json'))).toEqual(
      readFileSync(join(dataDir, 'templates', 'desk-note.json')),
    );
  });

  it('keeps both when the folder has another template of the same id, and leaves one already there alone', async () => {
    const { services, handlers, dataDir } = await storeWithOwnTemplate();
    open.push(services);
    const bytes = Buffer.from((await services.backup()).dataBase64, 'base64');
    // Since the backup, the user changed their template, and saved another.
    const mine = JSON.parse(readFileSync(join(dataDir, 'templates', 'desk-note.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    await handlers['templates:save']({
      text: JSON.stringify({ ...mine, name: 'Desk note, edited', version: 2 }),
    });
    await handlers['templates:save']({ text: JSON.stringify({ ...mine, id: 'later', name: 'Later' }) });
    const edited = readFileSync(join(dataDir, 'templates', 'desk-note.json'));

    const report = await services.restore(bytes);
    expect(report.templates).toEqual([
      {
        file: 'desk-note.json',
        id: 'desk-note',
        name: 'Desk note',
        action: 'kept-both',
        as: { file: 'desk-note-restored.json', id: 'desk-note-restored', name: 'Desk note (restored)' },
      },
    ]);
    expect(restoredTemplatesText(report.templates)).toBe(
      "Your templates: “Desk note” differs from yours with the same id: both are kept, the backup's as “Desk note (restored)”.",
    );
    // Theirs is untouched, the other one too; the backup's is beside it.
    expect(readFileSync(join(dataDir, 'templates', 'desk-note.json'))).toEqual(edited);
    expect(templatesIn(dataDir)).toEqual(['desk-note-restored.json', 'desk-note.json', 'later.json']);
    expect(services.templates.get('desk-note').name).toBe('Desk note, edited');
    expect(services.templates.get('desk-note-restored').name).toBe('Desk note (restored)');

    // The same backup again: the folder's template of that id is still the edited one, so the backup's
    // is kept beside it once more, under a free id, never over one.
    const again = await services.restore(bytes);
    expect(again.templates?.[0]?.as?.id).toBe('desk-note-restored-2');
    // A backup taken now and restored at once changes no template.
    const now = Buffer.from((await services.backup()).dataBase64, 'base64');
    const same = await services.restore(now);
    expect(same.templates?.map((t) => t.action)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(restoredTemplatesText(same.templates)).toBe('Your templates: 4 already here.');
  });

  it('restores a backup made before backups held templates, leaving the templates folder alone', async () => {
    const { services, dataDir } = await storeWithOwnTemplate();
    open.push(services);
    // What the app's Backup made until now: the store file alone.
    const old = join(tempDir('ui-safety-'), 'old.sqlite');
    await services.store.db.backup(old);
    const before = readFileSync(join(dataDir, 'templates', 'desk-note.json'));
    const report = await services.restore(readFileSync(old));
    expect(report.templates).toBeUndefined();
    expect(report.briefings).toBe(2);
    expect(restoredTemplatesText(report.templates)).toMatch(/made before backups held them/);
    expect(templatesIn(dataDir)).toEqual(['desk-note.json']);
    expect(readFileSync(join(dataDir, 'templates', 'desk-note.json'))).toEqual(before);
  });

  it('refuses a backup whose template copy is damaged, or that names a path, changing nothing', async () => {
    const { services, dataDir } = await storeWithOwnTemplate();
    open.push(services);
    const file = join(tempDir('ui-safety-'), 'b.sqlite');
    writeFileSync(file, Buffer.from((await services.backup()).dataBase64, 'base64'));
    const damaged = join(tempDir('ui-safety-'), 'damaged.sqlite');
    writeFileSync(damaged, readFileSync(file));
    const db = new Database(damaged);
    db.prepare(`UPDATE ${TEMPLATES_TABLE} SET bytes = substr(bytes, 1, 40)`).run();
    db.close();
    const escaping = join(tempDir('ui-safety-'), 'escaping.sqlite');
    writeFileSync(escaping, readFileSync(file));
    const db2 = new Database(escaping);
    db2.prepare(`UPDATE ${TEMPLATES_TABLE} SET file = '../../evil.json'`).run();
    db2.close();

    rmSync(join(dataDir, 'templates'), { recursive: true });
    const facts = services.store.listFacts();
    const briefings = services.store.listBriefings();
    const names = readdirSync(dataDir).sort();
    const cut = await refusal(services.restore(readFileSync(damaged)));
    expect(cut.code).toBe('invalid_backup');
    expect(cut.message).toBe(
      'This file is not a Briefing Builder backup this app can restore: its copy of the template desk-note.json is damaged (its checksum does not match).',
    );
    const evil = await refusal(services.restore(readFileSync(escaping)));
    expect(evil.message).toMatch(
      /its templates name a file that cannot be restored \("\.\.\/\.\.\/evil\.json"\)/,
    );
    // Nothing changed: no store kept aside, no templates, no leftovers.
    expect(readdirSync(dataDir).sort()).toEqual(names);
    expect(services.store.listFacts()).toEqual(facts);
    expect(services.store.listBriefings()).toEqual(briefings);
    expect(existsSync(join(dataDir, '..', 'evil.json'))).toBe(false);
  });

  it('a restore failing before its point of no return changes nothing; after it, it is finished', async () => {
    const { services, dataDir } = await storeWithOwnTemplate();
    open.push(services);
    const bytes = Buffer.from((await services.backup()).dataBase64, 'base64');
    rmSync(join(dataDir, 'templates'), { recursive: true });
    const briefings = services.store.listBriefings().length;
    services.store.db.prepare('DELETE FROM briefings').run();

    // Fails once the templates are staged, before the marker: the store and the folder as they were.
    setFaultHook((point) => {
      if (point === 'restore:kept-linked') throw new Error('disk gone');
    });
    await expect(services.restore(bytes)).rejects.toThrow(/disk gone/);
    expect(services.store.listBriefings()).toHaveLength(0);
    expect(templatesIn(dataDir)).toEqual([]);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.') || n.startsWith('briefing-before'))).toEqual(
      [],
    );

    // Fails while moving the templates in, after the store took its name: finished by the recovery.
    setFaultHook((point) => {
      if (point === 'restore:template-moved') throw new Error('power cut');
    });
    await expect(services.restore(bytes)).rejects.toThrow(/power cut/);
    setFaultHook(undefined);
    expect(services.store.listBriefings()).toHaveLength(briefings);
    expect(templatesIn(dataDir)).toEqual(['desk-note.json']);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
