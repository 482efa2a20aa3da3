import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactQuery, type SearchResult } from '../../../electron/contract/api';
import { AppError } from '../../../electron/core/errors';
import { FactInput, type Fact, type FactInput as FactInputT } from '../../../electron/core/schemas';
import {
  deleteCollection,
  listCollections,
  saveCollection,
} from '../../../electron/services/search/collections';
import {
  CANDIDATE_WINDOW,
  parseQueryText,
  searchFacts,
  toMatchExpression,
} from '../../../electron/services/search/search';
import { splitQuery } from '../../../electron/services/search/substring';
import type { Services } from '../../../electron/services/services';
import { insertFacts } from '../../../electron/services/store/bulk';
import { openDatabase } from '../../../electron/services/store/db';
import { migrations } from '../../../electron/services/store/migrations';
import { Store } from '../../../electron/services/store/store';
import { freshServices, tempDir } from '../../helpers/fixtures';

let services: Services;
let f: Record<'ceasefire' | 'talks' | 'nato' | 'sanctions' | 'monitors', Fact>;
let sources: Record<'berlin' | 'kremlin' | 'monitoring', string>;

const search = (q: FactQuery = {}): SearchResult => searchFacts(services.store.db, FactQuery.parse(q));
const ids = (r: SearchResult) => r.items.map((i) => i.fact.id);
const integrityCheck = (store: Store) =>
  store.db.exec("INSERT INTO facts_fts (facts_fts, rank) VALUES ('integrity-check', 0)");

beforeEach(() => {
  services = freshServices();
  const { store } = services;
  sources = {
    berlin: store.createSource({
      title: 'Berlin talks coverage',
      outlet: 'Reuters',
      grade: 'B',
      published: '2025-12-15',
    }).id,
    kremlin: store.createSource({
      title: 'Kremlin briefing notes',
      outlet: 'TASS',
      grade: 'E',
      published: '2025-11-01',
    }).id,
    monitoring: store.createSource({ title: 'Ceasefire monitoring report', outlet: 'OSCE', grade: 'A' }).id,
  };
  const add = (input: FactInputT) => store.createFact(input);
  f = {
    ceasefire: add({
      sourceId: sources.berlin,
      statement: 'Ukraine and Russia agreed to a ceasefire in Berlin.',
      speaker: 'US officials',
      relayedBy: 'Reuters',
      eventDate: '2025-12-14',
      tags: ['ceasefire', 'berlin'],
      status: 'verified',
    }),
    talks: add({
      sourceId: sources.berlin,
      statement: 'The talks in Berlin will continue next week.',
      quote: 'We will meet again',
      speaker: 'Olaf Scholz',
      speakerRole: 'former chancellor',
      tags: ['berlin'],
    }),
    nato: add({
      sourceId: sources.kremlin,
      statement: 'Moscow insists that Ukraine stay out of NATO.',
      speaker: 'Dmitry Peskov',
      speakerRole: 'Kremlin spokesman',
      eventDate: '2025-11-01',
      tags: ['nato'],
      status: 'retracted',
    }),
    sanctions: add({
      sourceId: sources.kremlin,
      statement: 'Sanctions on energy exports were extended.',
      quote: 'a ceasefire is not on the table',
      eventDate: '2025-10-20',
      tags: ['sanctions'],
      status: 'verified',
    }),
    monitors: add({
      sourceId: sources.monitoring,
      statement: 'Observers counted shelling incidents along the front.',
    }),
  };
});
afterEach(() => services.close());

describe('query text', () => {
  it('turns words, "phrases" and prefix* into quoted FTS5 strings, ANDed', () => {
    expect(toMatchExpression(parseQueryText('Berlin "stay out" sanct*'))).toBe(
      '"berlin" AND "stay out" AND "sanct"*',
    );
    expect(toMatchExpression(parseQueryText('col:x NEAR( a OR b )'))).toBe(
      '"col x" AND "near" AND "a" AND "or" AND "b"',
    );
    expect(toMatchExpression(parseQueryText('" * ) ( ^ -'))).toBeNull();
    // A one-letter prefix would expand to a large share of the vocabulary: it is a word.
    expect(parseQueryText('a*')).toEqual([{ tokens: ['a'], prefix: false }]);
  });
});

describe('searchFacts', () => {
  it('ranks a statement match above a quote match above a source-title-only match', () => {
    const r = search({ text: 'ceasefire' });
    expect(ids(r)).toEqual([f.ceasefire.id, f.sanctions.id, f.monitors.id]);
    expect(r).toMatchObject({ total: 3, totalIsExact: true });
  });

  it('ranks phrase and prefix queries the same way (scored outside bm25)', () => {
    expect(ids(search({ text: 'ceasef*' }))).toEqual([f.ceasefire.id, f.sanctions.id, f.monitors.id]);
    expect(ids(search({ text: 'ceasef*', sourceId: sources.kremlin }))).toEqual([f.sanctions.id]);
    expect(ids(search({ text: '"not on the table"', tags: ['sanctions'] }))).toEqual([f.sanctions.id]);
    expect(ids(search({ text: '"in berlin"', sort: 'event-date' }))).toEqual([f.talks.id, f.ceasefire.id]);
  });

  it('reads typographic quotation marks pasted from a document as a phrase’s quotes', () => {
    for (const text of ['“out stay”', '„out stay“', '«out stay»', '« out stay »', '＂out stay＂']) {
      expect(ids(search({ text })), text).toEqual([]);
      expect(parseQueryText(text), text).toEqual([{ tokens: ['out', 'stay'], prefix: false }]);
    }
    expect(ids(search({ text: '“stay out of NATO”' }))).toEqual([f.nato.id]);
    // Mixed with a substring term (a script written without spaces), the phrase is still one.
    expect(splitQuery('“stay out” 北约')).toEqual({ substrings: ['北约'], wordText: '"stay out"' });
  });

  it('matches phrases in order only, and prefixes', () => {
    expect(ids(search({ text: '"stay out of NATO"' }))).toEqual([f.nato.id]);
    expect(ids(search({ text: '"out stay"' }))).toEqual([]);
    expect(ids(search({ text: 'sanct*' }))).toEqual([f.sanctions.id]);
    expect(new Set(ids(search({ text: 'berl*' })))).toEqual(new Set([f.ceasefire.id, f.talks.id]));
    expect(ids(search({ text: 'ukraine ceasefire' }))).toEqual([f.ceasefire.id]);
  });

  it('searches speaker, role, relayed-by, tags and source title, ignoring case and accents', () => {
    expect(ids(search({ text: 'PESKOV' }))).toEqual([f.nato.id]);
    expect(ids(search({ text: 'chancellor' }))).toEqual([f.talks.id]);
    expect(ids(search({ text: 'sanctions' }))).toEqual([f.sanctions.id]);
    // The source's outlet is searched too (issue 12: "Reuters" must find every Reuters fact).
    expect(ids(search({ text: 'osce monitoring' }))).toEqual([f.monitors.id]);
    expect(ids(search({ text: 'osce' }))).toEqual([f.monitors.id]);
    expect(ids(search({ text: 'monitoring' }))).toEqual([f.monitors.id]);
    expect(ids(search({ text: 'Bérlin talks' }))).toEqual(expect.arrayContaining([f.talks.id]));
  });

  it('never throws on hostile query text and answers sanely', () => {
    for (const text of [
      '"',
      'AND OR NOT',
      '*',
      'NEAR(',
      'col:x',
      ')',
      '(((',
      "'",
      'statement:ukraine',
      '^x',
      '-x',
      '"unclosed phrase',
      'NOT ukraine',
      '\uE000hit\uE001',
    ]) {
      const r = search({ text });
      expect(r.items.length).toBeLessThanOrEqual(r.total);
      for (const item of r.items)
        expect(item.snippet.map((p) => p.text).join('')).not.toMatch(/[\uE000\uE001]/);
    }
    expect(search({ text: '*' }).total).toBe(5); // nothing to search for: browse everything
    expect(ids(search({ text: 'NOT ukraine' }))).toEqual([]); // "not" AND "ukraine": no fact has both
    expect(ids(search({ text: 'ukraine)' }))).toHaveLength(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const r = search({ text });
        expect(r.total).toBeGreaterThanOrEqual(r.items.length);
      }),
      { numRuns: 300 },
    );
  });

  it('marks retracted facts rather than hiding them, unless filtered out', () => {
    expect(search({ text: 'ukraine' }).items.find((i) => i.fact.id === f.nato.id)?.fact.status).toBe(
      'retracted',
    );
    expect(ids(search({ text: 'ukraine', statuses: ['draft', 'verified'] }))).toEqual([f.ceasefire.id]);
  });

  it('filters by tags (all given), source, outlet, speaker, dates, grade and status', () => {
    const set = (q: FactQuery) => new Set(ids(search(q)));
    expect(set({ tags: ['berlin'] })).toEqual(new Set([f.ceasefire.id, f.talks.id]));
    expect(set({ tags: ['berlin', 'ceasefire'] })).toEqual(new Set([f.ceasefire.id]));
    expect(set({ sourceId: sources.kremlin })).toEqual(new Set([f.nato.id, f.sanctions.id]));
    expect(set({ outlet: 'tass' })).toEqual(new Set([f.nato.id, f.sanctions.id]));
    expect(set({ speaker: 'peskov' })).toEqual(new Set([f.nato.id]));
    expect(set({ speaker: '%' })).toEqual(new Set());
    // The talks fact has no event date: its source's publication date (2025-12-15) counts.
    expect(set({ from: '2025-12-01' })).toEqual(new Set([f.ceasefire.id, f.talks.id]));
    expect(set({ from: '2025-10-01', to: '2025-11-30' })).toEqual(new Set([f.nato.id, f.sanctions.id]));
    expect(set({ grades: ['A', 'E'] })).toEqual(new Set([f.nato.id, f.sanctions.id, f.monitors.id]));
    expect(set({ statuses: ['retracted'] })).toEqual(new Set([f.nato.id]));
    expect(set({ text: 'ukraine', sourceId: sources.berlin })).toEqual(new Set([f.ceasefire.id]));
    expect(set({ text: 'berlin', tags: ['ceasefire'] })).toEqual(new Set([f.ceasefire.id]));
    expect(set({ text: 'ukraine', grades: ['E'] })).toEqual(new Set([f.nato.id]));
  });

  it('sorts by newest (the default without text), oldest and event date', () => {
    const created = [f.ceasefire, f.talks, f.nato, f.sanctions, f.monitors].map((x) => x.id);
    expect(ids(search())).toEqual([...created].reverse());
    expect(ids(search({ sort: 'newest' }))).toEqual([...created].reverse());
    expect(ids(search({ sort: 'oldest' }))).toEqual(created);
    expect(ids(search({ sort: 'event-date' }))).toEqual([
      f.talks.id, // 2025-12-15 (source published)
      f.ceasefire.id, // 2025-12-14
      f.nato.id, // 2025-11-01
      f.sanctions.id, // 2025-10-20
      f.monitors.id, // no date: last
    ]);
    expect(ids(search({ text: 'ukraine', sort: 'oldest' }))).toEqual([f.ceasefire.id, f.nato.id]);
    expect(ids(search({ text: 'ukraine', sort: 'event-date' }))).toEqual([f.ceasefire.id, f.nato.id]);
  });

  it('pages with offset and limit, with the total of all matches', () => {
    const pages = [0, 2, 4].map((offset) => search({ offset, limit: 2 }));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => p.total === 5 && p.totalIsExact)).toBe(true);
    expect(new Set(pages.flatMap(ids)).size).toBe(5);
    const text = [0, 1, 2].map((offset) => search({ text: 'ceasefire', offset, limit: 1 }));
    expect(text.flatMap(ids)).toEqual(ids(search({ text: 'ceasefire' })));
    expect(search({ text: 'ceasefire', offset: 10 })).toMatchObject({ items: [], total: 3 });
  });

  it('returns snippets as parts with hits marked, never markup', () => {
    const [hit] = search({ text: 'ceasefire berl*' }).items;
    expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual([
      'ceasefire',
      'berlin',
    ]);
    expect(hit?.snippet.map((p) => p.text).join('')).toBe(f.ceasefire.statement);
    // Prefix terms are highlighted through the words of the page that have the prefix.
    expect(
      search({ text: '"stay ou"* moscow' })
        .items[0]?.snippet.filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['Moscow', 'stay out']);
    const quoteHit = search({ text: 'table' }).items[0];
    expect(quoteHit?.snippet).toEqual([
      { text: 'a ceasefire is not on the ', hit: false },
      { text: 'table', hit: true },
    ]);
    // Without text there is nothing to highlight: the statement, unmarked.
    expect(search({ sourceId: sources.monitoring }).items[0]?.snippet).toEqual([
      { text: f.monitors.statement, hit: false },
    ]);
    expect(search({ text: 'ukraine' }).items[0]?.source).toMatchObject({ outlet: expect.any(String) });
  });

  it('gives each hit the snippet of its own fact (the rowid bound as an integer)', () => {
    for (const text of ['ukraine', 'ceasefire', 'berl*', 'talks']) {
      const r = search({ text });
      for (const item of r.items) {
        const own = [
          item.fact.statement,
          item.fact.quote,
          item.fact.speaker,
          item.fact.speakerRole,
          item.fact.relayedBy,
          item.fact.tags.join(' '),
          // The index's source column: title, outlet, names (see sourceSearchText).
          `${item.source.title} ${item.source.outlet}`,
        ]
          .filter(Boolean)
          .join('\n');
        for (const piece of item.snippet
          .map((p) => p.text)
          .join('')
          .split('…'))
          expect(own).toContain(piece.trim());
      }
    }
  });

  it('bounds the work for very common terms: a window of the newest matches, total a lower bound', () => {
    const extra = Array.from({ length: CANDIDATE_WINDOW + 10 }, (_, i) =>
      FactInput.parse({
        sourceId: sources.berlin,
        statement: `Common wording number ${i}.`,
        tags: i === 0 ? ['bulk-extra'] : ['bulk'],
      }),
    );
    const newIds = insertFacts(services.store, extra);
    const r = search({ text: 'common', limit: 10 });
    expect(r.totalIsExact).toBe(false);
    expect(r.total).toBeGreaterThanOrEqual(CANDIDATE_WINDOW);
    expect(r.total).toBeLessThanOrEqual(CANDIDATE_WINDOW + 10);
    expect(r.items).toHaveLength(10);
    expect(ids(search({ text: 'common', sort: 'newest', limit: 1 }))).toEqual([newIds.at(-1)]);
    expect(search({ text: 'common "number 17"' })).toMatchObject({ total: 1, totalIsExact: true });
    // A tag used more than a thousand times: the text search narrows by the tags column, then checks.
    expect(search({ text: 'common "number 17"', tags: ['bulk'] })).toMatchObject({
      total: 1,
      totalIsExact: true,
    });
    expect(search({ text: 'common', tags: ['bulk'], limit: 5 })).toMatchObject({ totalIsExact: false });
    expect(ids(search({ text: '"number 0"', tags: ['bulk'] }))).toEqual([]);
    expect(ids(search({ text: '"number 0"', tags: ['bulk-extra'] }))).toEqual([newIds[0]]);
    expect(search({ text: 'common', tags: ['bulk'], sort: 'oldest', limit: 1 }).items[0]?.fact.id).toBe(
      newIds[1],
    );
    // Browsing a tag used more than a thousand times walks the tags column, newest (or oldest) first.
    expect(search({ tags: ['bulk'], limit: 2 })).toMatchObject({
      total: CANDIDATE_WINDOW,
      totalIsExact: false,
    });
    expect(ids(search({ tags: ['bulk'], limit: 1 }))).toEqual([newIds.at(-1)]);
    expect(ids(search({ tags: ['bulk'], sort: 'oldest', limit: 1 }))).toEqual([newIds[1]]);
    expect(ids(search({ tags: ['bulk-extra'] }))).toEqual([newIds[0]]);
  });
});

describe('index stays in sync', () => {
  it('follows createFact, updateFact (text and tags), source titles and deletion by SQL', () => {
    const { store } = services;
    const fact = store.createFact({
      sourceId: sources.kremlin,
      statement: 'Grain corridor reopened.',
      tags: ['grain'],
    });
    expect(ids(search({ text: 'corridor' }))).toEqual([fact.id]);
    expect(ids(search({ text: 'grain' }))).toEqual([fact.id]);

    store.updateFact(fact.id, { statement: 'Shipping lane reopened.', tags: ['shipping', 'black sea'] });
    expect(ids(search({ text: 'corridor' }))).toEqual([]);
    expect(ids(search({ text: 'grain' }))).toEqual([]);
    expect(ids(search({ text: 'lane' }))).toEqual([fact.id]);
    expect(ids(search({ text: '"black sea"' }))).toEqual([fact.id]);

    store.updateFact(fact.id, { status: 'retracted' });
    expect(search({ text: 'lane' }).items[0]?.fact.status).toBe('retracted');

    store.updateSource(sources.kremlin, { title: 'Peskov press conference' });
    expect(ids(search({ text: 'briefing notes' }))).toEqual([]);
    expect(new Set(ids(search({ text: 'conference' })))).toEqual(
      new Set([f.nato.id, f.sanctions.id, fact.id]),
    );

    store.updateFact(fact.id, { sourceId: sources.berlin });
    expect(new Set(ids(search({ text: 'conference' })))).toEqual(new Set([f.nato.id, f.sanctions.id]));

    store.db.prepare('DELETE FROM fact_tags WHERE fact_id = ? AND tag = ?').run(fact.id, 'black sea');
    expect(ids(search({ text: '"black sea"' }))).toEqual([]);
    store.db.prepare('DELETE FROM facts WHERE id = ?').run(fact.id);
    expect(ids(search({ text: 'lane' }))).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM facts_fts').pluck().get()).toBe(5);
    integrityCheck(store);
  });

  it('indexes bulk inserts in one transaction, and writes nothing when one fact is refused', () => {
    const { store } = services;
    const parsed = [1, 2, 3].map((n) =>
      FactInput.parse({
        sourceId: sources.monitoring,
        statement: `Convoy ${n} crossed the border.`,
        tags: ['convoy', `c${n}`],
      }),
    );
    const newIds = insertFacts(store, parsed);
    expect(newIds).toHaveLength(3);
    expect(new Set(ids(search({ text: 'convoy border' })))).toEqual(new Set(newIds));
    expect(ids(search({ text: 'c2' }))).toEqual([newIds[1]]);
    expect(store.getFact(newIds[0]!)?.tags).toEqual(['c1', 'convoy']);
    expect(store.db.prepare('SELECT deferred FROM search_index_control').pluck().get()).toBe(0);

    const bad = [...parsed, { ...parsed[0]!, sourceId: 'no-such-source' }];
    expect(() => insertFacts(store, bad)).toThrow(AppError);
    expect(store.stats().facts).toBe(8);
    expect(store.db.prepare('SELECT deferred FROM search_index_control').pluck().get()).toBe(0);
    // After a refused import, single writes are still indexed by the triggers.
    const later = store.createFact({ sourceId: sources.berlin, statement: 'Late arrival noted.' });
    expect(ids(search({ text: 'arrival' }))).toEqual([later.id]);
    integrityCheck(store);
  });

  it('indexes a large bulk insert (its insert triggers dropped and made again in the same transaction)', () => {
    const { store } = services;
    const triggers = () =>
      store.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
    const before = triggers();
    const parsed = Array.from({ length: 1200 }, (_, n) =>
      FactInput.parse({
        sourceId: sources.monitoring,
        statement: `Barge ${n} moored at the quay.`,
        tags: ['barge', `b${n}`],
      }),
    );
    // A refused batch rolls the dropped triggers back with its rows.
    const bad = [...parsed, { ...parsed[0]!, sourceId: 'no-such-source' }];
    expect(() => insertFacts(store, bad)).toThrow(AppError);
    expect(triggers()).toEqual(before);
    expect(ids(search({ text: 'barge' }))).toEqual([]);

    const newIds = insertFacts(store, parsed);
    expect(triggers()).toEqual(before);
    expect(ids(search({ text: 'b1199' }))).toEqual([newIds[1199]]);
    expect(search({ text: 'barge quay' })).toMatchObject({ total: 1200, totalIsExact: true });
    expect(
      store.db.prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?').pluck().get('tags:barge'),
    ).toBe(1200);
    // Single writes after it are indexed by the triggers again.
    const later = store.createFact({
      sourceId: sources.berlin,
      statement: 'Tugboat arrival noted.',
      tags: ['tug'],
    });
    expect(ids(search({ text: 'tugboat' }))).toEqual([later.id]);
    expect(ids(search({ text: 'tug' }))).toEqual([later.id]);
    integrityCheck(store);
  });

  it('indexes the facts of a store migrated from schema 2', () => {
    const file = join(tempDir(), 'briefing.sqlite');
    const old = openDatabase(file, migrations.slice(0, 2));
    old.exec(`INSERT INTO sources (id, title, outlet, created_at, updated_at) VALUES ('s1', 'Old title', 'AP', 't', 't');
      INSERT INTO facts (id, source_id, statement, created_at, updated_at) VALUES ('f1', 's1', 'Legacy statement here.', 't', 't');
      INSERT INTO fact_tags (fact_id, tag) VALUES ('f1', 'legacy-tag');`);
    old.close();
    const store = new Store(file);
    const q = (text: string) => searchFacts(store.db, FactQuery.parse({ text })).items.map((i) => i.fact.id);
    expect(q('legacy')).toEqual(['f1']);
    expect(q('"old title"')).toEqual(['f1']);
    integrityCheck(store);
    store.close();
  });
});

describe('collections', () => {
  it('saves, lists (query re-parsed, paging dropped) and deletes saved searches', () => {
    const { db } = services.store;
    const saved = saveCollection(
      db,
      '  Retracted Kremlin claims ',
      FactQuery.parse({ text: 'kremlin', statuses: ['retracted'], offset: 50 }),
    );
    expect(saved.name).toBe('Retracted Kremlin claims');
    saveCollection(db, 'all berlin', FactQuery.parse({ tags: ['berlin'] }));
    const list = listCollections(db);
    expect(list.map((c) => c.name)).toEqual(['all berlin', 'Retracted Kremlin claims']);
    expect(list[1]).toEqual(saved);
    expect(list[1]?.query).toEqual(FactQuery.parse({ text: 'kremlin', statuses: ['retracted'] }));
    expect(ids(searchFacts(db, list[1]!.query))).toEqual([f.nato.id]);
    deleteCollection(db, saved.id);
    expect(listCollections(db).map((c) => c.name)).toEqual(['all berlin']);
    expect(() => deleteCollection(db, saved.id)).toThrow(/does not exist/);
    expect(() => saveCollection(db, '  ', FactQuery.parse({}))).toThrow(/Name is required/);
  });

  it('is reached through the handler table', async () => {
    const h = services.handlers();
    const c = await h['collections:save']({ name: 'nato', query: FactQuery.parse({ text: 'nato' }) });
    expect(await h['collections:list']({})).toEqual([c]);
    expect((await h['facts:search'](FactQuery.parse({ text: 'nato' }))).items).toHaveLength(1);
    expect(await h['collections:delete']({ id: c.id })).toEqual({});
  });
});
