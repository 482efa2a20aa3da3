import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { openDatabase, schemaVersion } from '../../../electron/services/store/db';
import { migrations } from '../../../electron/services/store/migrations';
import { Store } from '../../../electron/services/store/store';
import { block } from '../../helpers/builders';
import { freshServices, tempDir } from '../../helpers/fixtures';

describe('store migrations', () => {
  it('creates a fresh store at the latest schema version with STRICT tables', () => {
    const file = join(tempDir(), 'briefing.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: 'sources', strict: 1 },
        { name: 'facts', strict: 1 },
        { name: 'briefings', strict: 1 },
      ]),
    );
    db.close();
  });

  it('is idempotent on reopen and applies only new migrations', () => {
    const file = join(tempDir(), 'briefing.sqlite');
    openDatabase(file).close();
    const next = (migrations.at(-1)?.version ?? 0) + 1;
    const extra = [
      ...migrations,
      { version: next, name: 'add-note', sql: 'ALTER TABLE facts ADD COLUMN note TEXT;' },
    ];
    const db = openDatabase(file, extra);
    expect(schemaVersion(db)).toBe(next);
    expect(db.prepare("SELECT name FROM pragma_table_info('facts') WHERE name = 'note'").get()).toEqual({
      name: 'note',
    });
    db.close();
  });

  it('rolls back a failing migration whole, leaving the previous version', () => {
    const file = join(tempDir(), 'briefing.sqlite');
    openDatabase(file).close();
    const bad = [
      ...migrations,
      { version: 99, name: 'bad', sql: 'CREATE TABLE t (x TEXT) STRICT; INSERT INTO nope VALUES (1);' },
    ];
    expect(() => openDatabase(file, bad)).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a store written by a newer version', () => {
    const file = join(tempDir(), 'briefing.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(AppError);
    expect(() => openDatabase(file)).toThrow(/newer version/);
  });
});

describe('Store', () => {
  it('keeps sources, facts and briefings across a restart', () => {
    const dataDir = tempDir();
    const a = freshServices(dataDir);
    const s = a.store.createSource({
      title: 'Berlin talks',
      outlet: 'Reuters',
      published: '2025-12-15',
      text: 'Article body',
    });
    const f = a.store.createFact({
      sourceId: s.id,
      statement: 'Talks resolved 90% of issues.',
      speaker: 'US officials',
    });
    const b = a.store.createBriefing(
      { templateId: 'situation-brief', title: 'Brief', date: '2025-12-16' },
      a.templates.get('situation-brief'),
    );
    a.store.updateBriefing(
      b.id,
      {
        ...b,
        sections: [{ id: 'bottom-line', blocks: [{ id: 'p1', text: 'Most settled.', factIds: [f.id] }] }],
      },
      a.templates.get('situation-brief'),
    );
    a.close();

    const again = freshServices(dataDir);
    expect(again.store.listSources()).toMatchObject([{ id: s.id, outlet: 'Reuters', text: 'Article body' }]);
    expect(again.store.listFacts()).toMatchObject([{ id: f.id, speaker: 'US officials' }]);
    expect(again.store.getBriefing(b.id).sections[0]?.blocks[0]?.content).toEqual([
      { type: 'text', text: 'Most settled.' },
      { type: 'cite', factId: f.id },
    ]);
    expect(again.store.listBriefings()).toMatchObject([
      { id: b.id, title: 'Brief', classification: 'official' },
    ]);
    again.close();
  });

  it('lists sources without their article text on request, keeping the text itself', () => {
    const s = freshServices();
    const src = s.store.createSource({ title: 'T', outlet: 'O', text: 'A long article.' });
    const [listed] = s.store.listSources({ withText: false });
    expect(listed).toMatchObject({ id: src.id, title: 'T', textSha256: src.textSha256 });
    expect(listed).not.toHaveProperty('text');
    expect(s.store.getSource(src.id)?.text).toBe('A long article.');
    s.close();
  });

  it('refuses a fact whose source does not exist, writing nothing', () => {
    const s = freshServices();
    expect(() => s.store.createFact({ sourceId: 'nope', statement: 'x' })).toThrow(/source does not exist/);
    expect(s.store.listFacts()).toEqual([]);
    s.close();
  });

  it('refuses a briefing update that cites an unknown fact, keeping the previous content', () => {
    const s = freshServices();
    const t = s.templates.get('situation-brief');
    const b = s.store.createBriefing({ templateId: t.id, title: 'Brief', date: '2025-12-16' }, t);
    let error: unknown;
    try {
      s.store.updateBriefing(
        b.id,
        {
          ...b,
          title: 'Changed',
          sections: [{ id: 'outlook', blocks: [{ id: 'p', text: 'x', factIds: ['ghost'] }] }],
        },
        t,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).path).toBe('sections[0].blocks[0].content[1].factId');
    expect(s.store.getBriefing(b.id).title).toBe('Brief');
    s.close();
  });

  it('reads a briefing row written before inline chips as its text followed by its chips, and writes content back', () => {
    const s = freshServices();
    const t = s.templates.get('situation-brief');
    const src = s.store.createSource({ title: 'T', outlet: 'Reuters' });
    const f1 = s.store.createFact({ sourceId: src.id, statement: 'One.' });
    const f2 = s.store.createFact({ sourceId: src.id, statement: 'Two.' });
    const b = s.store.createBriefing({ templateId: t.id, title: 'Old', date: '2025-12-16' }, t);
    const legacy = [
      {
        id: 'bottom-line',
        blocks: [
          { id: 'p1', text: 'Kyiv refuses to cede Donbas.', factIds: [f1.id, f2.id], isAssessment: false },
        ],
      },
    ];
    s.store.db
      .prepare('UPDATE briefings SET sections_json = ? WHERE id = ?')
      .run(JSON.stringify(legacy), b.id);
    const read = s.store.getBriefing(b.id);
    expect(read.sections[0]?.blocks[0]).toEqual({
      id: 'p1',
      isAssessment: false,
      content: [
        { type: 'text', text: 'Kyiv refuses to cede Donbas.' },
        { type: 'cite', factId: f1.id },
        { type: 'cite', factId: f2.id },
      ],
    });
    s.store.updateBriefing(b.id, read, t);
    const stored = s.store.db.prepare('SELECT sections_json FROM briefings WHERE id = ?').pluck().get(b.id);
    expect(stored).not.toMatch(/"text":"Kyiv refuses to cede Donbas\.","factIds"/);
    expect(JSON.parse(stored as string)[0].blocks[0]).not.toHaveProperty('factIds');
    expect(s.store.getBriefing(b.id).sections).toEqual(read.sections);
    s.close();
  });

  it('opens the same file with the Store class directly', () => {
    const store = new Store(join(tempDir(), 'x.sqlite'));
    expect(store.listSources()).toEqual([]);
    store.close();
  });
});

describe('switching a briefing to another template', () => {
  it('keeps every paragraph: matching sections carry over, the rest waits apart; a marking the new template lacks is chosen, never lowered silently', () => {
    const s = freshServices();
    const situation = s.templates.get('situation-brief');
    const digest = s.templates.get('daily-news-digest');
    const src = s.store.createSource({ title: 'T', outlet: 'Reuters' });
    const f = s.store.createFact({ sourceId: src.id, statement: 'A fact.' });
    const b = s.store.createBriefing(
      { templateId: situation.id, title: 'B', date: '2025-12-16', classification: 'secret' },
      situation,
    );
    s.store.updateBriefing(
      b.id,
      {
        ...b,
        sections: [
          { id: 'bottom-line', blocks: [{ id: 'p1', text: 'Kept.', factIds: [f.id] }] },
          { id: 'positions', blocks: [{ id: 'p2', text: 'Apart.', factIds: [f.id] }] },
        ],
      },
      situation,
    );
    // The digest's markings stop at OFFICIAL: the store does not lower SECRET on its own.
    expect(() => s.store.switchTemplate(b.id, digest)).toThrow(/markings stop at OFFICIAL|has no marking/);
    expect(s.store.getBriefing(b.id)).toMatchObject({ templateId: situation.id, classification: 'secret' });
    const switched = s.store.switchTemplate(b.id, digest, 'official');
    expect(switched.templateId).toBe('daily-news-digest');
    expect(switched.classification).toBe('official');
    // The bottom line reads as the digest's headlines; the positions have no place there: parked.
    expect(switched.sections.map((x) => x.id)).toEqual(['headlines', 'reporting', 'watch', 'positions']);
    expect(switched.sections[0]?.blocks[0]).toEqual(block('p1', 'Kept.', [f.id]));
    expect(switched.sections.at(-1)?.blocks[0]).toEqual(block('p2', 'Apart.', [f.id]));
    s.close();
  });
});
