import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIEFING_EXISTS } from '../../../electron/core/errors';
import type { Briefing } from '../../../electron/core/schemas';
import {
  briefingToFile,
  importBriefingFile,
  parseBriefingFile,
  type BriefingFile,
} from '../../../electron/services/briefing-file';
import type { LibraryStore } from '../../../electron/services/store/library-store';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { SqliteStore } from '../../../electron/services/store/sqlite-store';
import { Store } from '../../../electron/services/store/store';
import { TemplateLibrary } from '../../../electron/services/templates/library';
import { freshServices, templatesDir, tempDir } from '../../helpers/fixtures';
import { briefingCiting } from '../../helpers/briefings';
import { describePostgres } from '../../helpers/postgres';

const templates = new TemplateLibrary([{ kind: 'built-in', dir: templatesDir }]);
const situation = () => templates.get('situation-brief');

/**
 * Opening a briefing file whose briefing is already in the store: refused unless the caller says
 * replace or copy; run unchanged against both engines (the logic sits above LibraryStore).
 */
function reopenContract(open: () => Promise<LibraryStore>): void {
  let store: LibraryStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  /** A briefing citing one fact, and its file as the app writes it and reads it back. */
  async function saved(): Promise<{ briefing: Briefing; file: BriefingFile; text: string }> {
    const source = await store.createSource({ title: 'Berlin talks coverage', outlet: 'Reuters' });
    const fact = await store.createFact({ sourceId: source.id, statement: 'Negotiators met in Berlin.' });
    const briefing = await briefingCiting(store, situation(), fact.id, {
      title: 'Berlin talks',
      text: 'Talks resumed.',
    });
    const text = JSON.stringify(await briefingToFile(store, briefing.id, situation()));
    return { briefing, file: parseBriefingFile(text), text };
  }

  it('writes the briefing id into the file', async () => {
    const { briefing, text } = await saved();
    expect((JSON.parse(text) as { briefing: { id?: string } }).briefing.id).toBe(briefing.id);
  });

  it('asks (refuses, naming the briefing in the store) and writes nothing', async () => {
    const { briefing, file } = await saved();
    await store.updateBriefing(briefing.id, { ...briefing, title: 'Berlin talks, edited' }, situation());
    const before = await store.stats();
    const refusal = importBriefingFile(store, file, situation());
    await expect(refusal).rejects.toMatchObject({ code: BRIEFING_EXISTS });
    await expect(refusal).rejects.toThrow(/“Berlin talks, edited” \(last changed .+\)\. Replace it/);
    expect(await store.stats()).toEqual(before);
    expect((await store.getBriefing(briefing.id)).title).toBe('Berlin talks, edited');
  });

  it('replaces: same id, the file’s content, no new briefing or fact', async () => {
    const { briefing, file } = await saved();
    const edited = await store.updateBriefing(
      briefing.id,
      { ...briefing, title: 'Edited', classification: 'official', sections: [] },
      situation(),
    );
    const before = await store.stats();
    const replaced = await importBriefingFile(store, file, situation(), 'replace');
    expect(replaced.id).toBe(briefing.id);
    expect(replaced).toMatchObject({
      title: 'Berlin talks',
      classification: briefing.classification,
      sections: briefing.sections,
      templateId: 'situation-brief',
    });
    expect(replaced.updatedAt >= edited.updatedAt).toBe(true);
    expect(await store.getBriefing(briefing.id)).toEqual(replaced);
    expect(await store.stats()).toEqual(before);
  });

  it('replaces a briefing moved to another template: it goes back to the file’s', async () => {
    const { briefing, file } = await saved();
    await store.switchTemplate(briefing.id, templates.get('background-note'));
    const replaced = await importBriefingFile(store, file, situation(), 'replace');
    expect(replaced).toMatchObject({
      id: briefing.id,
      templateId: 'situation-brief',
      sections: briefing.sections,
    });
  });

  it('opens as a copy: one more briefing, titled as Duplicate titles it, the facts matched', async () => {
    const { briefing, file } = await saved();
    const before = await store.stats();
    const copy = await importBriefingFile(store, file, situation(), 'copy');
    expect(copy.id).not.toBe(briefing.id);
    expect(copy.title).toBe((await store.duplicateBriefing(briefing.id)).title);
    expect(copy.sections).toEqual(briefing.sections);
    expect(await store.stats()).toEqual({ ...before, briefings: before.briefings + 2 });
  });

  it('opens an older file without an id as a new briefing, without asking', async () => {
    const { briefing, text } = await saved();
    const old = JSON.parse(text) as { briefing: { id?: string } };
    delete old.briefing.id;
    const opened = await importBriefingFile(store, parseBriefingFile(JSON.stringify(old)), situation());
    expect(opened.id).not.toBe(briefing.id);
    expect((await store.listBriefings()).length).toBe(2);
  });

  it('keeps the file’s id when it is free, so opening the file again asks; a binned id is not reused', async () => {
    const { briefing, file } = await saved();
    await store.deleteBriefing(briefing.id);
    const fresh = await importBriefingFile(store, file, situation());
    expect(fresh.id).not.toBe(briefing.id);
    await store.restoreBriefing(briefing.id);
    expect((await store.listBriefings()).length).toBe(2);

    const other = await open();
    try {
      const first = await importBriefingFile(other, file, situation());
      expect(first.id).toBe(briefing.id);
      await expect(importBriefingFile(other, file, situation())).rejects.toMatchObject({
        code: BRIEFING_EXISTS,
      });
    } finally {
      await other.close();
    }
  });
}

describe('reopening a briefing file: SQLite', () => {
  reopenContract(async () => new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite'))));
});

describePostgres('reopening a briefing file: PostgreSQL', (server) => {
  reopenContract(async () => PostgresStore.connect(await server.freshDatabase(), { isInitialising: true }));
});

describe('briefings:import-file', () => {
  it('refuses before writing anything (the file’s template is not installed), then honours the choice', async () => {
    const services = freshServices();
    try {
      const handlers = services.handlers();
      const created = await handlers['briefings:create']({
        templateId: 'situation-brief',
        title: 'Berlin talks',
        date: '2025-12-16',
      });
      const exported = await handlers['briefings:export-file']({ id: created.id });
      const text = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
      // The file names a template this install lacks: asking must not install it.
      const file = JSON.parse(text) as { briefing: { templateId: string }; template: { id: string } };
      file.briefing.templateId = 'berlin-desk';
      file.template.id = 'berlin-desk';
      const renamed = JSON.stringify(file);
      await expect(
        handlers['briefings:import-file']({ text: renamed, onExisting: 'ask' }),
      ).rejects.toMatchObject({
        code: BRIEFING_EXISTS,
        message: expect.stringContaining('“Berlin talks”'),
      });
      expect(services.templates.entries().some((e) => e.template.id === 'berlin-desk')).toBe(false);
      const replaced = await handlers['briefings:import-file']({ text: renamed, onExisting: 'replace' });
      expect(replaced).toMatchObject({ id: created.id, templateId: 'berlin-desk' });
      const copy = await handlers['briefings:import-file']({ text, onExisting: 'copy' });
      expect(copy.title).toBe('Berlin talks (copy)');
      expect((await handlers['briefings:list']({})).length).toBe(2);
    } finally {
      services.close();
    }
  });
});
