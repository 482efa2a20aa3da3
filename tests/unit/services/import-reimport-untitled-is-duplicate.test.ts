import { describe, expect, it } from 'vitest';
import { importSources, previewSources } from '../../../electron/services/import/sources';
import { freshServices, tempDir } from '../../helpers/fixtures';

// An analyst's Zotero export imported twice: its untitled entry ("Nobody (2019)") was added again, and
// entries with no author and no year were said to match "(same title, first author and year)".
const entries = [
  {
    id: 'titled',
    type: 'article-journal',
    title: 'Europe Weighs Its Options',
    author: [{ family: 'Erlanger' }],
    issued: { 'date-parts': [[2025]] },
  },
  { id: 'bad1', type: 'article-journal', title: 'Broken date item', issued: { 'date-parts': [['spring']] } },
  { id: 'bad2', type: 'not-a-type', title: 'Unknown type item' },
  {
    id: 'notitle',
    type: 'article-journal',
    author: [{ family: 'Nobody' }],
    issued: { 'date-parts': [[2019]] },
  },
];
const file = `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;

describe('a CSL-JSON file imported again', () => {
  it('finds every entry already in the library, the untitled one too, each by what actually matched', () => {
    const services = freshServices();
    expect(importSources(services.store, 'csl-json', file).sourcesCreated).toBe(4);
    const preview = previewSources(services.store, 'csl-json', file);
    expect(preview.toAdd).toBe(0);
    expect(preview.duplicates.map((d) => d.message)).toEqual([
      'Entry 1 (line 2) "Europe Weighs Its Options" is already in the library as "Europe Weighs Its Options" (same title, first author and year); not added again.',
      'Entry 2 (line 3) "Broken date item" is already in the library as "Broken date item" (same title); not added again.',
      'Entry 3 (line 4) "Unknown type item" is already in the library as "Unknown type item" (same title); not added again.',
      'Entry 4 (line 5) "untitled" is already in the library as "untitled" (same type, authors and date, with no title either); not added again.',
    ]);
    expect(importSources(services.store, 'csl-json', file).sourcesCreated).toBe(0);
    expect(services.store.stats().sources).toBe(4);
    services.close();
  });

  it('finds an untitled source saved before untitled entries had a key, once the store is opened again', () => {
    const dataDir = tempDir();
    const before = freshServices(dataDir);
    importSources(before.store, 'csl-json', file);
    // As an older version left it: no key for the untitled source.
    before.store.db.prepare("UPDATE sources SET match_key = '' WHERE title = ''").run();
    before.close();
    const after = freshServices(dataDir);
    expect(previewSources(after.store, 'csl-json', file)).toMatchObject({ toAdd: 0 });
    after.close();
  });

  it('still adds an untitled entry that differs in any field (another author, another year)', () => {
    const services = freshServices();
    importSources(services.store, 'csl-json', file);
    const others = [
      {
        id: 'a',
        type: 'article-journal',
        author: [{ family: 'Somebody' }],
        issued: { 'date-parts': [[2019]] },
      },
      {
        id: 'b',
        type: 'article-journal',
        author: [{ family: 'Nobody' }],
        issued: { 'date-parts': [[2020]] },
      },
      { id: 'c', type: 'report', author: [{ family: 'Nobody' }], issued: { 'date-parts': [[2019]] } },
    ];
    const preview = previewSources(services.store, 'csl-json', JSON.stringify(others));
    expect(preview).toMatchObject({ toAdd: 3, duplicates: [] });
    services.close();
  });
});
