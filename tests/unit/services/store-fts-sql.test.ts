import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FactInput } from '../../../electron/core/schemas';
import { INDEX_ALL_FACTS, insertFacts } from '../../../electron/services/store/bulk';
import { migrations, statementAfter } from '../../../electron/services/store/migrations';
import { freshServices } from '../../helpers/fixtures';

const words = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('one definition of the search-index rows', () => {
  it('migrations that stores have run are never edited', () => {
    // Stores at every version ran these texts; the bulk importer reads 0005's statement from its text.
    const sha = (sql: string) => createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
    expect(Object.fromEntries(migrations.map((m) => [m.name, sha(m.sql)]))).toEqual({
      '0001-init': 'bbff077ad521cb90ea2c6c16708f26bbf502ca0b94dd3bfd8ee96441b6ce1a60',
      '0002-fact-model': '827620e05a9e4e7b8e7c4f09b9bb7df5e5e767e36a47aadbcef86b5ea8738b83',
      '0003-search': '29dacef007b77b365207abf62ead7ef93d50b88bad38ba4f8488717767de89d5',
      '0004-briefing-front-matter': '1f4c249b6cf6c1aab6065669b13c5e0e785f7ea9c10962c956bea4209a72bf7e',
      '0005-csl-items': 'e8466753f3a7a4da8611972efff7346d0dadb7f2a1a7818379cbe1e23c37eb80',
      '0006-many-analysts': '0359f4e4733626de96a8c7221fbc43fa6e5e7d13b7ce1a4e650f4bd3e244ce7a',
      '0007-team-copies': '898d425e0db6d8a031dcb0e257eb23f7f8e8e68830ea9988b20eb83752d5e76e',
      '0008-portion-marks': 'a4a66ebd5e6a82000c1c00cca2beb3a717bdfb4301eb4d18436ba885e865db14',
      '0009-exact-ranking': '2ce534a71529809b81799fba7ea54c472d0b96169ee8781ac684f9e0cb7aea81',
      '0010-rank-counts': 'a1811868bb3419e08bdeead09af7dd67dbf872179ff8ac494ecf896d5ab99981',
      '0011-volume-match-key': '98cc8a8a8d6545d518113a73aa5ce63aca38445fb2af3dcd1decf204b98837e9',
      '0012-prefix-lists': '50aef8f5817f7fab8336906faf64fa4c1d4a98d12efcf77faebcfb01fa4debfb',
      '0013-url-match-key': 'e1e4fd0a612fe9f2b799c5e583cc221c3da0e2227cac9167aec98238ae859787',
      '0014-folded-speaker-and-outlet': 'a2cdba9d2c8961332c657358f68c637dd89392ba0e86e9b75e4444e154bf0e49',
      '0015-substring-search': '17a2039f399b34d417f4bf7abd864210703fbc4db586e26eab38555f10d4dcb5',
    });
  });

  it('the bulk importer indexes with the statement 0005-csl-items re-indexed existing facts with', () => {
    // The statement bulk.ts used to carry a copy of (without its WHERE … ORDER BY).
    expect(words(INDEX_ALL_FACTS)).toBe(
      words(`INSERT INTO facts_fts (rowid, statement, quote, speaker, tags, source_title)
        SELECT
          f.rowid,
          f.statement,
          coalesce(f.quote, ''),
          concat_ws(' ', f.speaker, f.speaker_role, f.relayed_by),
          coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM fact_tags WHERE fact_id = f.id), ''),
          coalesce(s.search_text, '')
        FROM facts f LEFT JOIN sources s ON s.id = f.source_id`),
    );
    expect(() => statementAfter('CREATE TABLE t (x);', '-- Not there.')).toThrow(/No statement follows/);
  });

  it('a bulk-inserted fact gets the same index row as one written through the triggers', () => {
    const services = freshServices();
    try {
      const { store } = services;
      const source = store.createSource({ title: 'Berlin talks', outlet: 'Reuters' });
      const fact = {
        sourceId: source.id,
        statement: 'Talks resolved about 90% of issues.',
        quote: 'ninety per cent',
        speaker: 'US officials',
        speakerRole: 'negotiators',
        relayedBy: 'Reuters',
        tags: ['territory', 'berlin'],
      };
      const single = store.createFact(fact);
      const [bulk] = insertFacts(store, [FactInput.parse(fact)]);
      const row = (id: string) =>
        store.db
          .prepare(
            `SELECT statement, quote, speaker, tags, source_title FROM facts_fts
             WHERE rowid = (SELECT rowid FROM facts WHERE id = ?)`,
          )
          .get(id);
      expect(row(single.id)).toEqual({
        statement: 'Talks resolved about 90% of issues.',
        quote: 'ninety per cent',
        speaker: 'US officials negotiators Reuters',
        tags: 'berlin territory',
        // The source column holds what the source is found by: its title and outlet here.
        source_title: 'Berlin talks Reuters',
      });
      expect(row(bulk!)).toEqual(row(single.id));
    } finally {
      services.close();
    }
  });
});
