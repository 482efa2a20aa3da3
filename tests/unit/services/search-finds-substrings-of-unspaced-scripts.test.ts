import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactQuery, type SearchResult } from '../../../electron/contract/api';
import { asPrefixQuery, shortPrefixNote } from '../../../electron/core/search-prefix';
import type { FactInput } from '../../../electron/core/schemas';
import type { LibraryStore } from '../../../electron/services/store/library-store';
import {
  isSubstringPiece,
  SYMBOL_RANGES,
  UNSPACED_RANGES,
} from '../../../electron/services/search/substring';
import { migrations } from '../../../electron/services/store/migrations';
import { PostgresStore } from '../../../electron/services/store/postgres/postgres-store';
import { SqliteStore } from '../../../electron/services/store/sqlite-store';
import { Store } from '../../../electron/services/store/store';
import { tempDir } from '../../helpers/fixtures';
import { describePostgres } from '../../helpers/postgres';

/**
 * Analysts quote Chinese, Japanese, Korean and Thai sources: a query in a script written without spaces
 * between words finds the facts containing it as a substring (the word index took 北约秘书长表示 as one
 * word, so 北约 found nothing), in the statement, quote, speaker, tags and source as Latin words are
 * found; an emoji finds the facts holding it; mixed queries need every term. The same on both engines.
 */
function substringSuite(open: () => Promise<LibraryStore>): void {
  let store: LibraryStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  const search = (text: string, q: Partial<FactQuery> = {}) =>
    store.searchFacts(FactQuery.parse({ text, ...q }));
  const ids = (r: SearchResult) => r.items.map((i) => i.fact.id);

  async function seed() {
    const xinhua = await store.createSource({ title: '新华社报道', outlet: 'Xinhua', grade: 'C' });
    const reuters = await store.createSource({ title: 'Reuters wire', outlet: 'Reuters', grade: 'B' });
    const summit = await store.createSource({ title: '北约峰会公报', outlet: 'Nikkei', grade: 'B' });
    const fact = (f: Omit<FactInput, 'sourceId'>, sourceId = reuters.id) =>
      store.createFact({ ...f, sourceId });
    const zh = await fact(
      {
        statement: '北约秘书长表示将加强东翼防御。',
        quote: '我们不会退缩',
        speaker: '吕特',
        tags: ['北约'],
        status: 'verified',
      },
      xinhua.id,
    );
    const mixed = await fact({ statement: 'NATO 北约 ministers met in Brussels.' });
    const ja = await fact({ statement: 'ウクライナへの支援を継続すると述べた。', speaker: '林芳正' });
    const ko = await fact({ statement: '북대서양조약기구는 성명을 발표했다' });
    const th = await fact({ statement: 'นายกรัฐมนตรีกล่าวว่าจะเจรจาต่อ' });
    const fire = await fact({ statement: 'The front line is on fire 🔥 tonight.' });
    const latin = await fact({ statement: 'The ceasefire holds.', quote: '停火协议仍然有效' });
    const speaker = await fact({ statement: 'Trade talks resume.', speaker: '习近平' });
    const inSource = await fact({ statement: 'The communiqué was published.' }, summit.id);
    return { zh, mixed, ja, ko, th, fire, latin, speaker, inSource };
  }

  it('finds a CJK substring in the statement, the quote, the speaker, the tags and the source', async () => {
    const f = await seed();
    expect(ids(await search('秘书长'))).toEqual([f.zh.id]);
    expect(ids(await search('仍然有效'))).toEqual([f.latin.id]);
    expect(ids(await search('习近平'))).toEqual([f.speaker.id]);
    expect(ids(await search('新华社'))).toEqual([f.zh.id]);
    expect(ids(await search('峰会公报'))).toEqual([f.inSource.id]);
  });

  it('finds one- and two-character CJK queries, wherever they stand in the text', async () => {
    const f = await seed();
    expect(new Set(ids(await search('北约')))).toEqual(new Set([f.zh.id, f.mixed.id, f.inSource.id]));
    expect(new Set(ids(await search('约')))).toEqual(new Set([f.zh.id, f.mixed.id, f.inSource.id]));
    // At the end of a column, and a column of two characters: the speaker 吕特.
    expect(ids(await search('御。'))).toEqual([f.zh.id]);
    expect(ids(await search('吕特'))).toEqual([f.zh.id]);
    expect(ids(await search('特'))).toEqual([f.zh.id]);
    expect(ids(await search('近平'))).toEqual([f.speaker.id]);
    expect(ids(await search('缩'))).toEqual([f.zh.id]);
    expect((await search('鲸')).items).toEqual([]);
  });

  it('finds Japanese kana and kanji, Korean and Thai inside longer runs', async () => {
    const f = await seed();
    expect(ids(await search('ウクライナ'))).toEqual([f.ja.id]);
    expect(ids(await search('を継続'))).toEqual([f.ja.id]);
    expect(ids(await search('へ'))).toEqual([f.ja.id]);
    expect(ids(await search('芳正'))).toEqual([f.ja.id]);
    expect(ids(await search('조약기구'))).toEqual([f.ko.id]);
    expect(ids(await search('성명'))).toEqual([f.ko.id]);
    expect(ids(await search('เจรจา'))).toEqual([f.th.id]);
    expect(ids(await search('รัฐมนตรี'))).toEqual([f.th.id]);
  });

  it('finds an emoji-only query; an emoji no fact holds finds nothing', async () => {
    const f = await seed();
    const fire = await search('🔥');
    expect(ids(fire)).toEqual([f.fire.id]);
    expect(fire.total).toBe(1);
    expect(fire.items[0]!.snippet).toContainEqual({ text: '🔥', hit: true });
    expect((await search('🌊')).items).toEqual([]);
  });

  it('needs every term of a mixed Latin and CJK query, words keeping their word meaning', async () => {
    const f = await seed();
    expect(ids(await search('NATO 北约'))).toEqual([f.mixed.id]);
    expect(ids(await search('ministers 北约'))).toEqual([f.mixed.id]);
    expect(ids(await search('"北约 ministers"'))).toEqual([f.mixed.id]);
    expect(ids(await search('北约 秘书长'))).toEqual([f.zh.id]);
    expect(ids(await search('ceasefire 停火'))).toEqual([f.latin.id]);
    expect((await search('ceasefire 北约')).items).toEqual([]);
    // Latin alone is the word search it was.
    expect(ids(await search('NATO'))).toEqual([f.mixed.id]);
    expect(ids(await search('cease*'))).toEqual([f.latin.id]);
  });

  it('highlights the substring in the snippet and ranks statement hits above source hits', async () => {
    const f = await seed();
    const hit = await search('秘书长');
    expect(hit.items[0]!.snippet).toEqual([
      { text: '北约', hit: false },
      { text: '秘书长', hit: true },
      { text: '表示将加强东翼防御。', hit: false },
    ]);
    const mixed = await search('NATO 北约');
    expect(mixed.items[0]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['NATO', '北约']);
    const ranked = ids(await search('北约'));
    expect(ranked.at(-1)).toBe(f.inSource.id);
    expect(ranked[0]).toBe(f.zh.id);
    expect(ids(await search('北约', { sort: 'newest' }))).toEqual([f.inSource.id, f.mixed.id, f.zh.id]);
    expect(ids(await search('北约', { sort: 'oldest' }))).toEqual([f.zh.id, f.mixed.id, f.inSource.id]);
  });

  it('applies the filters and keeps up with edits and deletions', async () => {
    const f = await seed();
    expect(ids(await search('北约', { statuses: ['verified'] }))).toEqual([f.zh.id]);
    expect(ids(await search('北约', { tags: ['北约'] }))).toEqual([f.zh.id]);
    expect(ids(await search('北约', { grades: ['C'] }))).toEqual([f.zh.id]);
    expect(ids(await search('北约', { speaker: '吕特' }))).toEqual([f.zh.id]);
    await store.updateFact(f.ko.id, { statement: 'Statement withdrawn.', tags: ['东翼'] });
    expect((await search('조약기구')).items).toEqual([]);
    expect(new Set(ids(await search('东翼')))).toEqual(new Set([f.zh.id, f.ko.id]));
    const source = (await store.listSources()).find((s) => s.title === '新华社报道')!;
    await store.updateSource(source.id, { title: '人民日报报道' });
    expect(ids(await search('人民日报'))).toEqual([f.zh.id]);
    expect((await search('新华社')).items).toEqual([]);
  });
}

describe('substring search of unspaced scripts: SQLite', () => {
  substringSuite(async () => new SqliteStore(new Store(join(tempDir(), 'briefing.sqlite'))));
});

describePostgres('substring search of unspaced scripts: PostgreSQL', (server) => {
  substringSuite(async () => PostgresStore.connect(await server.freshDatabase(), { isInitialising: true }));
});

describe('the substring index covers the characters a substring term is made of', () => {
  it('holds the facts with a character in the ranges the query side treats as substring characters', () => {
    // 0015's view indexes a fact when its text has a character in the GLOB's ranges (merged, wider than
    // needed); a query term is a
    // substring term when it has one in UNSPACED_RANGES (or, with no letter, in SYMBOL_RANGES).
    const sql = migrations.find((m) => m.name === '0015-substring-search')!.sql;
    const glob = [...sql.matchAll(/char\((\d+)\) \|\| '-' \|\| char\((\d+)\)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(glob.length).toBeGreaterThan(0);
    for (const [a, b] of [...UNSPACED_RANGES, ...SYMBOL_RANGES])
      expect(
        glob.some(([lo, hi]) => lo! <= a && b <= hi!),
        `U+${a.toString(16)}-U+${b.toString(16)}`,
      ).toBe(true);
    for (const piece of ['北约', 'ウクライナ', 'へ', '조약', 'เจรจา', '🔥', '★', 'ＮＡＴＯ', '吕特。'])
      expect(isSubstringPiece(piece)).toBe(true);
    for (const piece of ['NATO', 'Erdoğan', 'Лавров', '25°C', 'fire🔥', 'فيدان', '*', '"'])
      expect(isSubstringPiece(piece)).toBe(false);
  });
});

describe('the library says nothing of prefixes for a substring term', () => {
  it('offers no prefix for a CJK term that found nothing, and no note for a one-character one', () => {
    expect(asPrefixQuery('北约秘书')).toBeUndefined();
    expect(asPrefixQuery('NATO 北约秘书')).toBeUndefined();
    expect(asPrefixQuery('Russi')).toBe('Russi*');
    expect(shortPrefixNote('北*')).toBeUndefined();
    expect(shortPrefixNote('r*')).toMatch(/r\*/);
  });
});
