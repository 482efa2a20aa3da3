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

describe.each([1, 2, 3, 4])('a store written by schema version %i', (version) => {
  it('opens, migrates to the latest version, and keeps everything it held', async () => {
    const services = freshServices(storeFrom(version));
    try {
      expect(schemaVersion(services.store.db)).toBe(latest);
      expect(services.store.listSources()[0]).toMatchObject({
        id: 'src-1',
        title: 'Zelenskyy rules out recognising Donbas as Russian',
        outlet: 'Reuters',
        published: '2025-12-15',
        url: 'https://example.org/berlin',
        grade: 'F',
        text: 'Article text.',
        // The source is now a CSL item carrying everything the columns held.
        item: {
          id: 'src-1',
          type: 'article-newspaper',
          title: 'Zelenskyy rules out recognising Donbas as Russian',
          'container-title': 'Reuters',
          issued: { 'date-parts': [[2025, 12, 15]] },
          URL: 'https://example.org/berlin',
        },
      });
      const facts = services.store.listFacts();
      expect(facts.map((f) => f.id)).toEqual(
        version >= 4 ? ['fact-1', 'fact-2', 'fact-3'] : ['fact-1', 'fact-2'],
      );
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
      // The two chips stand side by side at the sentence's end: one note citing both facts.
      expect(exported.noteCount).toBe(1);
      expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      services.close();
    }
  });
});

describe('the version 4 store (every field of the schema-2 source model)', () => {
  it('keeps every source field in the migrated CSL item: authors, dates, language, grade, notes', async () => {
    const services = freshServices(storeFrom(4));
    try {
      const report = services.store.requireSource('src-2');
      expect(report).toMatchObject({
        title: 'Ceasefire monitoring options',
        outlet: 'Institute for Peace Studies',
        type: 'report',
        authors: [{ family: 'Müller', given: 'Jörg' }, { literal: 'Monitoring Unit' }],
        published: '2025-11-30',
        accessed: '2025-12-01',
        url: 'https://example.org/ips/monitoring',
        language: 'de',
        grade: 'A',
        notes: 'Read the annex too.',
      });
      // A report's outlet is its publisher (the authoring body), not a container.
      expect(report.item).toMatchObject({
        publisher: 'Institute for Peace Studies',
        author: [{ family: 'Müller', given: 'Jörg' }, { literal: 'Monitoring Unit' }],
        accessed: { 'date-parts': [[2025, 12, 1]] },
        language: 'de',
      });
      expect(report.item['container-title']).toBeUndefined();
      // The old importers' placeholder is not an outlet.
      const placeholder = services.store.requireSource('src-3');
      expect(placeholder.outlet).toBe('');
      expect(placeholder.item.publisher).toBeUndefined();
      expect(services.store.requireFact('fact-3')).toMatchObject({
        eventDate: '2025-11-28',
        status: 'verified',
      });
      // Search finds facts by their source's outlet and author, and the date filters still see the fact.
      const search = async (query: Record<string, unknown>) => {
        const r = await dispatch(services.handlers(), 'facts:search', query);
        return r.ok ? (r.value as SearchResult).items.map((h) => h.fact.id) : [];
      };
      expect(await search({ text: 'Institute for Peace' })).toEqual(['fact-3']);
      expect(await search({ text: 'Müller' })).toEqual(['fact-3']);
      expect(await search({ text: 'Reuters' })).toEqual(expect.arrayContaining(['fact-1', 'fact-2']));
      expect(await search({ from: '2025-11', to: '2025-11' })).toEqual(['fact-3']);
    } finally {
      services.close();
    }
  });
});
