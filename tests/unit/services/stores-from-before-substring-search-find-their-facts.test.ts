import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactQuery } from '../../../electron/contract/api';
import { FactInput } from '../../../electron/core/schemas';
import { searchFacts } from '../../../electron/services/search/search';
import { insertFacts } from '../../../electron/services/store/bulk';
import { openDatabase } from '../../../electron/services/store/db';
import { migrations } from '../../../electron/services/store/migrations';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { Store } from '../../../electron/services/store/store';
import { tempDir } from '../../helpers/fixtures';
import { describePostgres } from '../../helpers/postgres';

/**
 * A store that holds facts before substring search existed (local schema 14, team library schema 10) is
 * migrated by a numbered migration that indexes what it holds: nothing is lost, and its CJK facts are
 * found by a substring at once. Every writer keeps the new index: the store, plain SQL, bulk imports.
 */
const trgmCheck = (store: Store) =>
  store.db.exec("INSERT INTO facts_trgm (facts_trgm, rank) VALUES ('integrity-check', 0)");

describe('a local store from before substring search (0015-substring-search)', () => {
  it('keeps its facts and finds them by a substring after the migration', () => {
    const file = join(tempDir(), 'briefing.sqlite');
    const old = openDatabase(file, migrations.slice(0, 14));
    expect(old.pragma('user_version', { simple: true })).toBe(14);
    old.exec(`INSERT INTO sources (id, title, outlet, search_text, item_json, created_at, updated_at)
        VALUES ('s1', '新华社报道', 'Xinhua', '新华社报道 Xinhua',
          json_object('id', 's1', 'type', 'article-newspaper', 'title', '新华社报道', 'container-title', 'Xinhua'),
          't', 't');
      INSERT INTO facts (id, source_id, statement, quote, speaker, created_at, updated_at)
        VALUES ('f1', 's1', '北约秘书长表示将加强东翼防御。', '我们不会退缩', '吕特', 't', 't'),
               ('f2', 's1', 'Negotiators met in Berlin 🔥', NULL, NULL, 't', 't'),
               ('f3', 's1', 'ウクライナへの支援を継続する', NULL, NULL, 't', 't');
      INSERT INTO fact_tags (fact_id, tag) VALUES ('f1', '防务');`);
    const before = old.prepare('SELECT id, statement FROM facts ORDER BY rowid').all();
    // Before: the word index takes the whole run as one word.
    const wordsOnly = old
      .prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH \'"秘书长"\'')
      .pluck()
      .get();
    expect(wordsOnly).toBe(0);
    old.close();

    const store = new Store(file);
    const q = (text: string) => searchFacts(store.db, FactQuery.parse({ text })).items.map((i) => i.fact.id);
    expect(store.db.pragma('user_version', { simple: true })).toBe(15);
    expect(store.db.prepare('SELECT id, statement FROM facts ORDER BY rowid').all()).toEqual(before);
    expect(q('秘书长')).toEqual(['f1']);
    expect(q('北约')).toEqual(['f1']);
    expect(q('缩')).toEqual(['f1']);
    expect(q('防务')).toEqual(['f1']);
    expect(new Set(q('新华社'))).toEqual(new Set(['f1', 'f2', 'f3']));
    expect(q('🔥')).toEqual(['f2']);
    expect(q('berlin')).toEqual(['f2']);
    expect(q('継続')).toEqual(['f3']);
    trgmCheck(store);
    store.close();
  });

  it('is kept by plain SQL and by bulk imports, the large ones without their insert triggers', () => {
    const store = new Store(join(tempDir(), 'briefing.sqlite'));
    const source = store.createSource({ title: 'Wire', outlet: 'AP' });
    const many = (n: number, text: (i: number) => string) =>
      Array.from({ length: n }, (_, i) =>
        FactInput.parse({ sourceId: source.id, statement: text(i), tags: i % 2 ? ['标签'] : [] }),
      );
    insertFacts(
      store,
      many(5, (i) => `小批量导入第${i}条`),
    );
    insertFacts(
      store,
      many(1500, (i) => (i === 700 ? '大批量中的北约事实' : `Bulk fact number ${i}`)),
    );
    const q = (text: string) => searchFacts(store.db, FactQuery.parse({ text, limit: 500 })).items;
    expect(q('小批量导入').length).toBe(5);
    expect(q('大批量中的北约').map((h) => h.fact.statement)).toEqual(['大批量中的北约事实']);
    expect(q('标签').length).toBe(500);
    expect(searchFacts(store.db, FactQuery.parse({ text: '标签' })).total).toBe(752);
    store.db.exec("UPDATE facts SET statement = '东京的声明' WHERE statement = '大批量中的北约事实'");
    expect(q('北约')).toEqual([]);
    expect(q('东京').length).toBe(1);
    store.db.exec("DELETE FROM facts WHERE statement = '东京的声明'");
    expect(q('东京')).toEqual([]);
    store.db.exec("DELETE FROM fact_tags WHERE tag = '标签'");
    expect(q('标签')).toEqual([]);
    trgmCheck(store);
    store.close();
  });
});

describePostgres('a team library from before substring search (0011-substring-search)', (server) => {
  it('keeps its facts and finds them by a substring after the migration', async () => {
    const url = await server.freshDatabase();
    let store = await PostgresStore.connect(url, { isInitialising: true });
    const source = await store.createSource({ title: '新华社报道', outlet: 'Xinhua' });
    const zh = await store.createFact({ sourceId: source.id, statement: '北约秘书长表示将加强东翼防御。' });
    const fire = await store.createFact({ sourceId: source.id, statement: 'Negotiators met in Berlin 🔥' });
    // As a library at schema 10 was: search vectors without grams.
    await store.sql(
      "UPDATE facts SET search = ts_delete(search, ARRAY(SELECT lexeme FROM unnest(search) WHERE lexeme LIKE 'zq%'))",
    );
    await store.sql('UPDATE briefing_schema SET version = 10');
    await store.close();
    store = await PostgresStore.connect(url, { isInitialising: true });
    try {
      const q = async (text: string) =>
        (await store.searchFacts(FactQuery.parse({ text }))).items.map((i) => i.fact.id);
      expect((await store.listFacts()).map((f) => f.statement)).toEqual([zh.statement, fire.statement]);
      expect(await q('秘书长')).toEqual([zh.id]);
      expect(await q('约')).toEqual([zh.id]);
      expect(await q('🔥')).toEqual([fire.id]);
      expect(await q('berlin')).toEqual([fire.id]);
      expect(new Set(await q('新华社'))).toEqual(new Set([zh.id, fire.id]));
    } finally {
      await store.close();
    }
  });
});
