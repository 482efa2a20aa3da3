import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../electron/contract/api';
import { dispatch } from '../../electron/contract/dispatch';
import { schemaVersion } from '../../electron/services/store/db';
import { migrations } from '../../electron/services/store/migrations';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';

const latest = migrations.at(-1)?.version ?? 0;
const fixture = (v: number) => join(repoRoot, 'tests', 'fixtures', 'stores', `v${v}.sqlite`);

/** A data folder holding a copy of the store a given schema version wrote. */
function storeFrom(version: number): string {
  const dir = tempDir('briefing-upgrade-');
  copyFileSync(fixture(version), join(dir, 'briefing.sqlite'));
  return dir;
}

describe.each([1, 2, 3])('a store written by schema version %i', (version) => {
  it('opens, migrates to the latest version, and keeps everything it held', async () => {
    const services = freshServices(storeFrom(version));
    try {
      expect(schemaVersion(services.store.db)).toBe(latest);
      expect(services.store.listSources()).toMatchObject([
        { id: 'src-1', outlet: 'Reuters', grade: 'F', text: 'Article text.' },
      ]);
      const facts = services.store.listFacts();
      expect(facts.map((f) => f.id)).toEqual(['fact-1', 'fact-2']);
      expect(facts[0]).toMatchObject({ quote: 'de jure or de facto', status: 'draft', credibility: 6 });
      expect(facts[0]?.tags).toEqual(version >= 2 ? ['territory'] : []);
      const briefing = services.store.getBriefing('brief-1');
      expect(briefing.frontMatter).toEqual({});
      // Blocks written as text + factIds read as the text followed by its chips.
      expect(briefing.sections[0]?.blocks[0]?.content).toEqual([
        { type: 'text', text: 'Kyiv refuses to cede Donbas.' },
        { type: 'cite', factId: 'fact-1' },
        { type: 'cite', factId: 'fact-2' },
      ]);
      // Facts written before search existed are found by it.
      const hits = await dispatch(services.handlers(), 'facts:search', { text: 'jure' });
      expect(hits.ok && (hits.value as SearchResult).items.map((h) => h.fact.id)).toEqual(['fact-1']);
      const exported = await services.exportBriefing('brief-1', 'docx');
      expect(exported.noteCount).toBe(2);
      expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      services.close();
    }
  });
});
