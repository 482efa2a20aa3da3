import { beforeAll, describe, expect, it, vi } from 'vitest';
import { splitTags } from '../../../electron/core/tags';
import { importFacts } from '../../../electron/services/import/facts';
import { freshServices } from '../../helpers/fixtures';

// The review's rows reach the API client, which reads the page's address and session storage when it loads.
vi.stubGlobal('window', { location: { hash: '', pathname: '/' } });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('history', { replaceState: () => undefined });

let rows: typeof import('../../../renderer/src/features/import/candidate-rows');
beforeAll(async () => {
  rows = await import('../../../renderer/src/features/import/candidate-rows');
});

const TYPED = 'Turkey; Montreux, straits';
const THREE = ['Turkey', 'Montreux', 'straits'];

describe('tags are split on commas and semicolons, one rule everywhere', () => {
  it('splits on either, trims, and leaves out empty tags and repeats', () => {
    expect(splitTags(TYPED)).toEqual(THREE);
    expect(splitTags(' a ;; b, ,a ; ')).toEqual(['a', 'b']);
    expect(splitTags('')).toEqual([]);
  });

  it('the article review saves the tags typed on a candidate as the same three tags', () => {
    const { rows: read } = rows.rowsOf([
      { statement: 'S.', sentence: 'X said S.', speaker: 'X', locator: 'para. 1', cue: 'said' },
    ]);
    const [fact] = rows.factsOf([{ ...read[0]!, tags: TYPED }]);
    expect(fact?.tags).toEqual(THREE);
  });

  it('a facts CSV cell holding both separators gives the same three tags', () => {
    const services = freshServices();
    const csv = `statement,source_title,source_outlet,tags\nS.,Title,Outlet,"${TYPED}"\n`;
    importFacts(services.store, 'csv', csv);
    expect([...(services.store.listFacts()[0]?.tags ?? [])].sort()).toEqual([...THREE].sort());
    services.close();
  });
});
