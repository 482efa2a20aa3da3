import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { contract, FactQuery, type SearchResult } from '../../electron/contract/api';
import { BRIEFING_BASE_FIELD, EDIT_CONFLICT, FACT_IN_USE } from '../../electron/core/errors';
import type { FactInput, FactPatch, SourcePatch } from '../../electron/core/schemas';
import type { LibraryStore } from '../../electron/services/store/library-store';
import { TemplateLibrary } from '../../electron/services/templates/library';
import { briefingCiting } from './briefings';
import { repoRoot, templatesDir } from './fixtures';

/**
 * The behaviour every LibraryStore engine must have, run unchanged against each (SQLite, PostgreSQL):
 * what the services rely on, checked through the interface only.
 */
export function storeContract(open: () => Promise<LibraryStore>): void {
  let store: LibraryStore;
  const templates = new TemplateLibrary([{ kind: 'built-in', dir: templatesDir }]);
  const template = () => templates.get('situation-brief');
  const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', name), 'utf8');
  const search = (q: FactQuery = {}) => store.searchFacts(FactQuery.parse(q));
  const statements = (r: SearchResult) => r.items.map((i) => i.fact.statement);

  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  /** Two sources and four facts, created in this order (oldest first). */
  async function seed() {
    const reuters = await store.createSource({
      title: 'Berlin talks coverage',
      outlet: 'Reuters',
      published: '2025-12-15',
      grade: 'B',
      authors: [{ family: 'Lewis', given: 'Simon' }],
    });
    const tass = await store.createSource({ title: 'Kremlin reaction', outlet: 'TASS', grade: 'E' });
    const fact = (f: Omit<FactInput, 'sourceId'>, sourceId = reuters.id) =>
      store.createFact({ ...f, sourceId });
    const ceasefire = await fact({
      statement: 'The ceasefire holds along the Dnipro line.',
      speaker: 'Olena Kovalenko',
      tags: ['frontline', 'ceasefire'],
      eventDate: '2025-12-10',
      status: 'verified',
    });
    const talks = await fact({
      statement: 'Negotiators met in Berlin for peace talks.',
      quote: 'We are closer than ever',
      speaker: 'Steve Witkoff',
      tags: ['talks'],
      eventDate: '2025-12-14',
    });
    const nato = await fact(
      { statement: 'Moscow insists Ukraine stay out of NATO.', speaker: 'Dmitry Peskov', tags: ['nato'] },
      tass.id,
    );
    const café = await fact({ statement: 'Délégués réunis au café de Genève.', tags: ['talks', 'geneva'] });
    return { reuters, tass, ceasefire, talks, nato, café };
  }

  it('deletes a fact no briefing cites, for good; refuses one a briefing cites (in the bin too), naming it', async () => {
    const { talks, nato } = await seed();
    const b = await briefingCiting(store, template(), talks.id, { title: 'Berlin talks', text: 'Talks.' });
    await expect(store.deleteFact(talks.id)).rejects.toMatchObject({
      code: FACT_IN_USE,
      message: expect.stringMatching(
        /^This fact is cited in “Berlin talks”, so it is not deleted: .*Retract it instead/,
      ) as unknown as string,
      issues: [{ path: 'briefings.0', message: '“Berlin talks”' }],
    });
    // A briefing in the bin can come back: it still counts.
    await store.deleteBriefing(b.id);
    await expect(store.deleteFact(talks.id)).rejects.toMatchObject({
      code: FACT_IN_USE,
      message: expect.stringContaining('“Berlin talks” (in the bin)') as unknown as string,
    });
    expect(await store.getFact(talks.id)).toBeDefined();
    // Asked before the question: refused alike, and an allowed one is not deleted by the asking.
    await expect(store.deleteFact(talks.id, { checkOnly: true })).rejects.toMatchObject({
      code: FACT_IN_USE,
    });
    await store.deleteFact(nato.id, { checkOnly: true });
    expect(await store.getFact(nato.id)).toBeDefined();

    // One no briefing cites: gone from the library and its search; a second delete says it is gone.
    await store.deleteFact(nato.id);
    expect(await store.getFact(nato.id)).toBeUndefined();
    expect(statements(await search({ text: 'NATO' }))).toEqual([]);
    expect((await store.listFacts()).map((f) => f.id)).not.toContain(nato.id);
    await expect(store.deleteFact(nato.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('creates, reads and updates sources and facts, tags sorted and unique', async () => {
    const { reuters, talks } = await seed();
    expect((await store.getSource(reuters.id))?.title).toBe('Berlin talks coverage');
    expect(await store.getSource('missing')).toBeUndefined();
    await expect(store.requireSource('missing')).rejects.toMatchObject({ code: 'not_found' });
    const updated = await store.updateSource(reuters.id, { notes: 'Wire copy' });
    expect(updated).toMatchObject({ notes: 'Wire copy', title: 'Berlin talks coverage', grade: 'B' });
    const fact = await store.updateFact(talks.id, { tags: ['zeta', 'alpha', 'zeta'], status: 'retracted' });
    expect(fact).toMatchObject({ tags: ['alpha', 'zeta'], status: 'retracted', statement: talks.statement });
    expect((await store.listSources()).map((s) => s.title)).toEqual([
      'Berlin talks coverage',
      'Kremlin reaction',
    ]);
    expect((await store.listFacts()).map((f) => f.id)[1]).toBe(talks.id);
    expect(await store.stats()).toEqual({ sources: 2, facts: 4, briefings: 0 });
  });

  it('keeps a fact’s and a source’s protective marking, changes it, and clears it', async () => {
    const { reuters } = await seed();
    const marked = await store.createFact({
      sourceId: reuters.id,
      statement: 'The envoy briefed the cabinet in private.',
      classification: 'OFFICIAL-SENSITIVE',
    });
    expect((await store.getFact(marked.id))?.classification).toBe('OFFICIAL-SENSITIVE');
    expect((await store.updateFact(marked.id, { classification: 'secret' })).classification).toBe('secret');
    // Another field's save leaves the marking alone; '' removes it.
    expect((await store.updateFact(marked.id, { locator: 'para. 3' })).classification).toBe('secret');
    const source = await store.updateSource(reuters.id, { classification: 'SECRET' });
    expect(source.classification).toBe('SECRET');
    expect((await store.updateSource(reuters.id, { notes: 'Cable' })).classification).toBe('SECRET');
    expect(
      (await store.listSources({ withText: false })).find((s) => s.id === reuters.id)?.classification,
    ).toBe('SECRET');
    expect((await store.updateSource(reuters.id, { classification: '' })).classification).toBeUndefined();
    const cleared = await store.updateFact(marked.id, { classification: '' });
    expect(cleared.classification).toBeUndefined();
    expect((await store.factHistory(marked.id)).at(-1)?.fields).toContain('classification');
  });

  it('clears every optional field a form empties, as the save arrives after the API has checked it', async () => {
    const { reuters } = await seed();
    // What a form's save reaches the store as: the patch parsed by the API contract once already (the
    // IPC and HTTP dispatch do), its '' fields parsed again by the store.
    const viaApi = {
      fact: (id: string, patch: FactPatch) => contract['facts:update'].input.parse({ id, patch }).patch,
      source: (id: string, patch: SourcePatch) => contract['sources:update'].input.parse({ id, patch }).patch,
    };
    const full = await store.createFact({
      sourceId: reuters.id,
      statement: 'The envoy briefed the cabinet in private.',
      quote: 'We spoke frankly',
      speaker: 'Anna Weber',
      speakerRole: 'envoy',
      relayedBy: 'Reuters',
      eventDate: '2025-12-11',
      locator: 'para. 3',
      tags: ['envoy'],
      classification: 'secret',
    });
    const cleared = await store.updateFact(
      full.id,
      viaApi.fact(full.id, {
        statement: full.statement,
        quote: '',
        speaker: '',
        speakerRole: ' ',
        relayedBy: '',
        eventDate: '',
        locator: '',
        tags: [],
        classification: '',
        baseVersion: full.version,
      }),
    );
    for (const field of [
      'quote',
      'speaker',
      'speakerRole',
      'relayedBy',
      'eventDate',
      'locator',
      'classification',
    ] as const)
      expect(cleared[field], field).toBeUndefined();
    expect(cleared.tags).toEqual([]);
    expect(cleared.version).toBe((full.version ?? 1) + 1);
    expect((await store.getFact(full.id))?.classification).toBeUndefined();
    expect((await store.factHistory(full.id)).at(-1)?.fields).toEqual(
      expect.arrayContaining(['quote', 'speaker', 'eventDate', 'classification']),
    );
    // A field left out, or given as undefined, is not given: it keeps its value, on both engines.
    const marked = await store.updateFact(full.id, { classification: 'secret', quote: 'Frankly' });
    const kept = await store.updateFact(full.id, {
      ...viaApi.fact(full.id, { locator: 'p. 2' }),
      quote: undefined,
    });
    expect(kept).toMatchObject({ classification: 'secret', quote: 'Frankly', locator: 'p. 2' });
    expect(kept.version).toBe((marked.version ?? 1) + 1);

    const source = await store.updateSource(reuters.id, {
      notes: 'Cable',
      doi: '10.1000/xyz',
      url: 'https://example.org/a',
      language: 'en',
      accessed: '2025-12-16',
      classification: 'SECRET',
    });
    expect(source).toMatchObject({ notes: 'Cable', doi: '10.1000/xyz', classification: 'SECRET' });
    const plain = await store.updateSource(
      reuters.id,
      viaApi.source(reuters.id, {
        notes: '',
        doi: '',
        url: '',
        language: '',
        accessed: '',
        published: '',
        classification: '',
      }),
    );
    for (const field of [
      'notes',
      'doi',
      'url',
      'language',
      'accessed',
      'published',
      'classification',
    ] as const)
      expect(plain[field], field).toBeUndefined();
    expect(plain).toMatchObject({ title: 'Berlin talks coverage', outlet: 'Reuters', grade: 'B' });
    const again = await store.updateSource(reuters.id, { notes: 'Cable', classification: 'SECRET' });
    expect(
      await store.updateSource(reuters.id, {
        ...viaApi.source(reuters.id, { grade: 'C' }),
        notes: undefined,
      }),
    ).toMatchObject({ notes: again.notes, classification: 'SECRET', grade: 'C' });
  });

  it('refuses a save made against an older version, naming who changed it and when; overwrites without one', async () => {
    const { talks } = await seed();
    expect(talks.version).toBe(1);
    store.setActor('Anna');
    const saved = await store.updateFact(talks.id, { statement: 'Edited by Anna.', baseVersion: 1 });
    expect(saved).toMatchObject({ version: 2, updatedBy: 'Anna', statement: 'Edited by Anna.' });
    store.setActor('Ben');
    await expect(
      store.updateFact(talks.id, { statement: 'Ben’s edit.', baseVersion: 1 }),
    ).rejects.toMatchObject({
      code: EDIT_CONFLICT,
      // Not about a field the user can fix: no path, so a form shows the sentence alone ("version: …").
      path: undefined,
      message: expect.stringMatching(
        /^This fact was changed by Anna at \d\d:\d\d — reload or overwrite\.$/,
      ) as unknown as string,
    });
    expect((await store.getFact(talks.id))?.statement).toBe('Edited by Anna.');
    const overwritten = await store.updateFact(talks.id, { statement: 'Ben overwrote.' });
    expect(overwritten).toMatchObject({ version: 3, updatedBy: 'Ben', statement: 'Ben overwrote.' });
    const created = await store.createFact({ sourceId: talks.sourceId, statement: 'New from Ben.' });
    expect(created).toMatchObject({ version: 1, createdBy: 'Ben', updatedBy: 'Ben' });
  });

  it('keeps an append-only history of a fact: who retracted it, when and why', async () => {
    const { nato } = await seed();
    store.setActor('Anna');
    await store.updateFact(nato.id, {
      status: 'retracted',
      reason: 'TASS withdrew the report.',
      baseVersion: 1,
    });
    store.setActor('Ben');
    await store.updateFact(nato.id, { status: 'draft' });
    await store.updateFact(nato.id, { tags: ['nato', 'kremlin'], locator: 'para. 2' });
    const history = await store.factHistory(nato.id);
    expect(history.map(({ changedAt: _, ...c }) => c)).toEqual([
      {
        version: 2,
        action: 'retracted',
        changedBy: 'Anna',
        reason: 'TASS withdrew the report.',
        fields: ['status'],
      },
      { version: 3, action: 'restored', changedBy: 'Ben', fields: ['status'] },
      { version: 4, action: 'edited', changedBy: 'Ben', fields: ['locator', 'tags'] },
    ]);
    for (const c of history) expect(Date.parse(c.changedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await store.factHistory((await seed()).talks.id)).toEqual([]);
    await expect(store.factHistory('ghost')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('writes nothing for a save that changes nothing: no new version, no history entry', async () => {
    const { talks } = await seed();
    // The form sends every field as it shows it, unchanged.
    const same = await store.updateFact(talks.id, {
      statement: talks.statement,
      quote: talks.quote,
      speaker: talks.speaker,
      tags: [...talks.tags].reverse(),
      status: talks.status,
      baseVersion: 1,
    });
    expect(same).toMatchObject({ version: 1, updatedAt: talks.updatedAt });
    expect(await store.factHistory(talks.id)).toEqual([]);
    // A stale version is still refused, changed or not.
    await store.updateFact(talks.id, { locator: 'para. 3', baseVersion: 1 });
    await expect(store.updateFact(talks.id, { locator: 'para. 3', baseVersion: 1 })).rejects.toMatchObject({
      code: EDIT_CONFLICT,
    });
  });

  it('refuses a fact whose source does not exist, writing nothing', async () => {
    await seed();
    await expect(store.createFact({ sourceId: 'nope', statement: 'x' })).rejects.toMatchObject({
      code: 'unknown_source',
    });
    expect((await store.stats()).facts).toBe(4);
  });

  it('finds the same work by DOI, ISBN, or title + first author + year', async () => {
    const s = await store.createSource({
      title: 'A study',
      doi: '10.1000/XYZ',
      authors: [{ family: 'Roe' }],
    });
    await store.createSource({ item: { id: '', type: 'book', title: 'A book', ISBN: '978-0-306-40615-7' } });
    await store.createSource({ title: 'Same title', authors: [{ family: 'Doe' }], published: '2020' });
    expect(await store.findDuplicateSource({ id: '', type: 'article', DOI: '10.1000/xyz' })).toMatchObject({
      id: s.id,
      by: 'DOI',
    });
    expect(await store.findDuplicateSource({ id: '', type: 'book', ISBN: '9780306406157' })).toMatchObject({
      by: 'ISBN',
    });
    expect(
      await store.findDuplicateSource({
        id: '',
        type: 'article',
        title: 'Same Title!',
        author: [{ family: 'Doe' }],
        issued: { 'date-parts': [[2020]] },
      }),
    ).toMatchObject({ by: 'title, first author and year' });
    expect(await store.findDuplicateSource({ id: '', type: 'article', title: 'Other' })).toBeUndefined();
    // The volumes of one work, one author, one year, are different works.
    const volume = (v: string) => ({
      id: '',
      type: 'book',
      title: 'Computers & Typesetting',
      author: [{ family: 'Knuth', given: 'Donald E.' }],
      issued: { 'date-parts': [[1986]] },
      volume: v,
    });
    const b = await store.createSource({ item: volume('B') });
    expect(await store.findDuplicateSource(volume('B'))).toMatchObject({ id: b.id });
    expect(await store.findDuplicateSource(volume('C'))).toBeUndefined();
  });

  it('gets facts by id in the order asked, skipping unknown ones, and finds a fact by its text', async () => {
    const { nato, talks, reuters } = await seed();
    expect((await store.getFacts([nato.id, 'missing', talks.id])).map((f) => f.id)).toEqual([
      nato.id,
      talks.id,
    ]);
    expect(await store.findFact(reuters.id, talks.statement, talks.quote)).toBe(talks.id);
    expect(await store.findFact(reuters.id, talks.statement, undefined)).toBeUndefined();
  });

  it('refuses a briefing save based on an older version than it has, and moves the version on with every save', async () => {
    const b = await store.createBriefing(
      { templateId: 'situation-brief', title: 'Black Sea', date: '2026-12-06' },
      template(),
    );
    const [first, second] = b.sections;
    if (!first || !second) throw new Error('the template has two sections');
    const typed = (sectionId: string, text: string) =>
      b.sections.map((s) =>
        s.id === sectionId
          ? { ...s, blocks: [{ id: `${sectionId}-1`, content: [{ type: 'text' as const, text }] }] }
          : s,
      );
    // Tab A saves from the version both tabs opened.
    const a = await store.updateBriefing(
      b.id,
      { ...b, sections: typed(first.id, 'From tab A.') },
      template(),
      b.updatedAt,
    );
    expect(a.updatedAt > b.updatedAt).toBe(true);
    // Tab B, opened before, saves from the same version: refused, tab A's edit kept.
    await expect(
      store.updateBriefing(
        b.id,
        { ...b, sections: typed(second.id, 'From tab B.') },
        template(),
        b.updatedAt,
      ),
    ).rejects.toMatchObject({
      code: EDIT_CONFLICT,
      path: BRIEFING_BASE_FIELD,
      message: expect.stringMatching(
        /^“Black Sea” was changed in another window or tab at \d\d:\d\d/,
      ) as unknown as string,
    });
    const stored = await store.getBriefing(b.id);
    expect(stored.updatedAt).toBe(a.updatedAt);
    expect(JSON.stringify(stored.sections)).toContain('From tab A.');
    expect(JSON.stringify(stored.sections)).not.toContain('From tab B.');
    // Saves in a row from one editor, each from the last (faster than the clock moves on): all taken.
    let base = a;
    for (let i = 0; i < 5; i += 1) {
      const next = await store.updateBriefing(
        b.id,
        { ...base, title: `Black Sea ${i}` },
        template(),
        base.updatedAt,
      );
      expect(next.updatedAt > base.updatedAt).toBe(true);
      base = next;
    }
  });

  it('ignores a save older than one it has written from the same editor: an autosave arriving after the save sent as the page left', async () => {
    const b = await store.createBriefing(
      { templateId: 'situation-brief', title: 'Black Sea', date: '2026-12-06' },
      template(),
    );
    const [first] = b.sections;
    if (!first) throw new Error('the template has a section');
    const typed = (text: string) => ({
      ...b,
      sections: b.sections.map((s) =>
        s.id === first.id ? { ...s, blocks: [{ id: 'p1', content: [{ type: 'text' as const, text }] }] } : s,
      ),
    });
    const tab = (seq: number) => ({ writerId: 'a'.repeat(32), seq });
    const a = await store.updateBriefing(b.id, typed('Talks'), template(), b.updatedAt, tab(1));
    // Save 3, sent as the page left, arrives before save 2 (an autosave still on its way) ...
    const left = await store.updateBriefing(
      b.id,
      typed('Talks resume in Geneva.'),
      template(),
      a.updatedAt,
      tab(3),
    );
    // ... which the services check against the editor's own newer version: ignored, not an error.
    const late = await store.updateBriefing(b.id, typed('Talks resume'), template(), left.updatedAt, tab(2));
    expect(late.updatedAt).toBe(left.updatedAt);
    expect(JSON.stringify((await store.getBriefing(b.id)).sections)).toContain('Talks resume in Geneva.');
    // The same save again, as a retry: ignored too.
    await store.updateBriefing(b.id, typed('Talks'), template(), left.updatedAt, tab(1));
    expect((await store.getBriefing(b.id)).updatedAt).toBe(left.updatedAt);

    // Both on their way at once, from the version both were made from: the later is what stays.
    const both = await Promise.all([
      store.updateBriefing(b.id, typed('Newest keystrokes.'), template(), left.updatedAt, tab(5)),
      store.updateBriefing(b.id, typed('Older keystrokes.'), template(), left.updatedAt, tab(4)),
    ]);
    expect(both[1].updatedAt).toBe(both[0].updatedAt);
    const stored = await store.getBriefing(b.id);
    expect(JSON.stringify(stored.sections)).toContain('Newest keystrokes.');
    expect(JSON.stringify(stored.sections)).not.toContain('Older keystrokes.');

    // Numbers are each editor's own: another editor's save 1 is written, and this editor's next after it.
    const other = await store.updateBriefing(b.id, typed('From tab B.'), template(), stored.updatedAt, {
      writerId: 'b'.repeat(32),
      seq: 1,
    });
    expect(JSON.stringify(other.sections)).toContain('From tab B.');
    const next = await store.updateBriefing(
      b.id,
      typed('From tab A again.'),
      template(),
      other.updatedAt,
      tab(6),
    );
    expect(JSON.stringify(next.sections)).toContain('From tab A again.');
  });

  it('keeps briefings: create, cite, refuse unknown facts, copy, delete and restore', async () => {
    const { talks } = await seed();
    const b = await briefingCiting(store, template(), talks.id, { title: 'Talks', text: 'Talks.' });
    expect(b.sections[0]?.blocks[0]?.content[1]).toEqual({ type: 'cite', factId: talks.id });
    const bad = b.sections.map((s, i) =>
      i === 0 ? { ...s, blocks: [{ id: 'b1', content: [{ type: 'cite' as const, factId: 'ghost' }] }] } : s,
    );
    await expect(store.updateBriefing(b.id, { ...b, sections: bad }, template())).rejects.toMatchObject({
      code: 'unknown_fact',
      path: 'sections[0].blocks[0].content[0].factId',
    });
    expect((await store.getBriefing(b.id)).sections[0]?.blocks[0]?.content[1]).toEqual({
      type: 'cite',
      factId: talks.id,
    });
    const copy = await store.duplicateBriefing(b.id);
    expect(copy.title).toBe('Talks (copy)');
    await store.deleteBriefing(b.id);
    await expect(store.getBriefing(b.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await store.listBriefings()).map((x) => x.id)).toEqual([copy.id]);
    await store.restoreBriefing(b.id);
    expect((await store.listBriefings()).length).toBe(2);
    await expect(
      store.createBriefing(
        { templateId: 'situation-brief', title: 'X', date: '2025-12-16', classification: 'nope' },
        template(),
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', path: 'classification' });
  });

  it('rolls a transaction back whole when it throws', async () => {
    const { reuters } = await seed();
    await expect(
      store.transaction(async (tx) => {
        await tx.createFact({ sourceId: reuters.id, statement: 'Written, then undone.' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await store.stats()).facts).toBe(4);
    await store.transaction(async (tx) => {
      await tx.createFact({ sourceId: reuters.id, statement: 'Kept.' });
    });
    expect((await store.stats()).facts).toBe(5);
  });

  it('searches words, "phrases", prefix* and accent-folded words; operators are only words', async () => {
    await seed();
    expect(statements(await search({ text: 'ceasefire' }))).toEqual([
      'The ceasefire holds along the Dnipro line.',
    ]);
    expect(statements(await search({ text: '"peace talks"' }))).toEqual([
      'Negotiators met in Berlin for peace talks.',
    ]);
    expect(statements(await search({ text: '"talks peace"' }))).toEqual([]);
    expect(statements(await search({ text: 'negot*' }))).toEqual([
      'Negotiators met in Berlin for peace talks.',
    ]);
    expect(statements(await search({ text: 'cafe geneve' }))).toEqual(['Délégués réunis au café de Genève.']);
    expect(statements(await search({ text: 'Peskov' }))).toEqual([
      'Moscow insists Ukraine stay out of NATO.',
    ]);
    // Source words find the source's facts (title, outlet, authors).
    expect((await search({ text: 'Kremlin' })).total).toBe(1);
    expect((await search({ text: 'lewis' })).total).toBe(3);
    for (const text of [
      'NATO OR ceasefire',
      'ceasefire AND NOT nato',
      'col:x',
      '(nato',
      "nato'",
      'a & b | !c',
      'x:*',
    ]) {
      await expect(search({ text })).resolves.toBeDefined();
    }
    expect((await search({ text: 'NATO OR ceasefire' })).total).toBe(0);
  });

  it('ranks a match in the statement above a match only in the source', async () => {
    const { tass } = await seed();
    await store.createFact({ sourceId: tass.id, statement: 'Reuters reported the talks first.' });
    const r = await search({ text: 'reuters' });
    expect(r.items[0]?.fact.statement).toBe('Reuters reported the talks first.');
    expect(r.total).toBe(4);
  });

  it('highlights the words that matched in the snippet', async () => {
    await seed();
    const [hit] = (await search({ text: 'dnipro' })).items;
    expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['dnipro']);
    expect(hit?.snippet.map((p) => p.text).join('')).toContain('ceasefire holds');
    expect(hit?.source).toMatchObject({ title: 'Berlin talks coverage', outlet: 'Reuters', grade: 'B' });
  });

  it('filters by tag, status, source, outlet, speaker, grade and event date, and sorts', async () => {
    const { tass, nato } = await seed();
    expect(statements(await search({ tags: ['talks'], sort: 'oldest' }))).toEqual([
      'Negotiators met in Berlin for peace talks.',
      'Délégués réunis au café de Genève.',
    ]);
    expect(statements(await search({ tags: ['talks', 'geneva'] }))).toEqual([
      'Délégués réunis au café de Genève.',
    ]);
    expect(statements(await search({ statuses: ['verified'] }))).toEqual([
      'The ceasefire holds along the Dnipro line.',
    ]);
    expect((await search({ sourceId: tass.id })).items.map((i) => i.fact.id)).toEqual([nato.id]);
    expect((await search({ outlet: 'tass' })).total).toBe(1);
    expect((await search({ speaker: 'witkoff' })).total).toBe(1);
    expect((await search({ grades: ['B'] })).total).toBe(3);
    expect(statements(await search({ from: '2025-12-12', to: '2025-12' }))).toEqual([
      'Délégués réunis au café de Genève.',
      'Negotiators met in Berlin for peace talks.',
    ]);
    expect(statements(await search({ sort: 'newest', limit: 2 }))).toEqual([
      'Délégués réunis au café de Genève.',
      'Moscow insists Ukraine stay out of NATO.',
    ]);
    const byDate = statements(await search({ sort: 'event-date' }));
    expect(byDate.slice(0, 2)).toEqual([
      'Délégués réunis au café de Genève.',
      'Negotiators met in Berlin for peace talks.',
    ]);
    expect(byDate.at(-1)).toBe('Moscow insists Ukraine stay out of NATO.');
    const page = await search({ sort: 'oldest', offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4, totalIsExact: true });
    expect(page.items).toHaveLength(2);
    expect((await search({ text: 'talks', statuses: ['draft'], sort: 'newest' })).total).toBe(2);
    // Words with filters on the source (outlet, grade, dates), alone and with filters on the fact:
    // "talks" is in the Reuters source's title, so all three of its facts match.
    expect(statements(await search({ text: 'talks', outlet: 'reuters', sort: 'oldest' }))).toEqual([
      'The ceasefire holds along the Dnipro line.',
      'Negotiators met in Berlin for peace talks.',
      'Délégués réunis au café de Genève.',
    ]);
    expect((await search({ text: 'talks', outlet: 'tass' })).total).toBe(0);
    expect(statements(await search({ text: 'ukraine', grades: ['E'] }))).toEqual([
      'Moscow insists Ukraine stay out of NATO.',
    ]);
    expect(
      statements(await search({ text: 'talks', from: '2025-12-12', to: '2025-12', sort: 'event-date' })),
    ).toEqual(['Délégués réunis au café de Genève.', 'Negotiators met in Berlin for peace talks.']);
    expect(statements(await search({ text: 'talks', grades: ['B'], speaker: 'witkoff' }))).toEqual([
      'Negotiators met in Berlin for peace talks.',
    ]);
  });

  it('folds case and accents in the speaker and outlet filters, as the text search does', async () => {
    // An analyst on a Latin keyboard types "Erdogan" for "Erdoğan"; "лавров" is the same name as "ЛАВРОВ".
    const pais = await store.createSource({ title: 'Entrevista', outlet: 'El País' });
    const bbc = await store.createSource({ title: 'Interview', outlet: 'BBC News' });
    const fact = (statement: string, speaker: string, sourceId = pais.id) =>
      store.createFact({ sourceId, statement, speaker });
    await fact('Turkey will host the talks.', 'Recep Tayyip Erdoğan');
    await fact('Moscow is ready to talk.', 'Сергей Лавров', bbc.id);
    await fact('Spain supports the plan.', 'José Manuel Albares');
    const raw = await fact('Sales grew by a tenth.', 'Škoda_Auto 100%', bbc.id);
    const speakers = async (q: FactQuery) =>
      (await search({ sort: 'oldest', ...q })).items.map((i) => i.fact.speaker);
    expect(await speakers({ speaker: 'Erdogan' })).toEqual(['Recep Tayyip Erdoğan']);
    expect(await speakers({ speaker: 'erdoğan' })).toEqual(['Recep Tayyip Erdoğan']);
    expect(await speakers({ speaker: 'ERDOĞAN' })).toEqual(['Recep Tayyip Erdoğan']);
    expect(await speakers({ speaker: 'лавров' })).toEqual(['Сергей Лавров']);
    expect(await speakers({ speaker: 'ЛАВРОВ' })).toEqual(['Сергей Лавров']);
    expect(await speakers({ speaker: 'Jose' })).toEqual(['José Manuel Albares']);
    expect(await speakers({ speaker: 'skoda' })).toEqual(['Škoda_Auto 100%']);
    // With words, too (the team library intersects the word and the speaker in one index).
    expect(await speakers({ text: 'talks', speaker: 'erdogan' })).toEqual(['Recep Tayyip Erdoğan']);
    expect(await speakers({ text: 'talk', speaker: 'лавров' })).toEqual(['Сергей Лавров']);
    // `%` and `_` are letters like any other, never wildcards.
    expect(await speakers({ speaker: 'Erdo%an' })).toEqual([]);
    expect(await speakers({ speaker: 'Erdo_an' })).toEqual([]);
    expect(await speakers({ speaker: '%' })).toEqual(['Škoda_Auto 100%']);
    expect(await speakers({ speaker: 'skoda_auto' })).toEqual(['Škoda_Auto 100%']);
    expect(await speakers({ speaker: 'skodaxauto' })).toEqual([]);
    // The outlet is matched as a whole name, case and accents folded.
    expect(await speakers({ outlet: 'el pais' })).toEqual(['Recep Tayyip Erdoğan', 'José Manuel Albares']);
    expect(await speakers({ outlet: 'EL PAÍS' })).toHaveLength(2);
    expect(await speakers({ outlet: 'bbc news' })).toEqual(['Сергей Лавров', 'Škoda_Auto 100%']);
    expect(await speakers({ outlet: 'BBC' })).toEqual([]);
    expect(await speakers({ outlet: 'El' })).toEqual([]);
    expect(await speakers({ text: 'plan', outlet: 'el pais' })).toEqual(['José Manuel Albares']);
    // An edit folds the new speaker and outlet; an imported article's are folded as they are written.
    await store.updateFact(raw.id, { speaker: 'Thomas Müller' });
    expect(await speakers({ speaker: 'muller' })).toEqual(['Thomas Müller']);
    expect(await speakers({ speaker: 'skoda' })).toEqual([]);
    await store.updateSource(bbc.id, { outlet: 'Télam' });
    expect(await speakers({ outlet: 'telam' })).toEqual(['Сергей Лавров', 'Thomas Müller']);
    expect(await speakers({ outlet: 'bbc news' })).toEqual([]);
    await store.importArticle({
      source: { title: 'Address', outlet: 'Ukrinform' },
      facts: [{ statement: 'We will not give up land.', speaker: 'Volodymyr Zelenskyy' }],
    });
    expect(await speakers({ speaker: 'zelensky' })).toEqual(['Volodymyr Zelenskyy']);
    expect(await speakers({ outlet: 'UKRINFORM' })).toEqual(['Volodymyr Zelenskyy']);
  });

  it('searches a source by its new words after it is edited', async () => {
    const { tass } = await seed();
    await store.updateSource(tass.id, { title: 'Interfax wire' });
    expect((await search({ text: 'interfax' })).total).toBe(1);
    expect((await search({ text: 'kremlin' })).total).toBe(0);
  });

  it('saves, lists and deletes searches', async () => {
    const a = await store.saveCollection('zeta', FactQuery.parse({ text: 'nato', offset: 10 }));
    await store.saveCollection('Alpha', FactQuery.parse({ tags: ['talks'] }));
    expect((await store.listCollections()).map((c) => c.name)).toEqual(['Alpha', 'zeta']);
    expect(a.query.offset).toBe(0);
    await store.deleteCollection(a.id);
    expect((await store.listCollections()).map((c) => c.name)).toEqual(['Alpha']);
    await expect(store.deleteCollection(a.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.saveCollection('  ', FactQuery.parse({}))).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('imports sources with the same report, and matches them when they come again', async () => {
    const preview = await store.previewSources('csl-json', fixture('sources.json'));
    expect(preview).toMatchObject({ entries: 3, toAdd: 3 });
    const first = await store.importSources('csl-json', fixture('sources.json'));
    expect(first).toMatchObject({ sourcesCreated: 3, factsCreated: 0, duplicates: [] });
    expect((await store.listSources()).map((s) => s.id).sort()).toEqual([...first.sourceIds].sort());
    const again = await store.importSources('csl-json', fixture('sources.json'));
    expect(again.sourcesCreated).toBe(0);
    expect(again.duplicates).toHaveLength(3);
    for (const d of again.duplicates) expect(d.message).toContain('is already in the library');
    expect((await store.previewSources('csl-json', fixture('sources.json'))).toAdd).toBe(0);
    expect((await store.stats()).sources).toBe(3);
  });

  it('matches an imported entry by its URL, written any common way, after its DOI and before its title', async () => {
    // A source first made by the article importer: URL, title, outlet, no author.
    const article = await store.importArticle({
      source: {
        title: 'Ceasefire talks resume in Geneva',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/world/europe/ceasefire-talks-resume/',
        published: '2025-12-14',
      },
      facts: [{ statement: 'Talks resumed in Geneva.' }],
    });
    const [articleId] = article.sourceIds;
    const ris = (...entries: string[]) => entries.map((e) => `TY  - NEWS\n${e}\nER  - \n`).join('\n');
    const again = ris(
      // The same URL with another scheme and host case, no www, no trailing slash, tracking and a fragment.
      'TI  - Ceasefire talks resume in Geneva\nAU  - Lewis, Simon\nPY  - 2025/12/14\nT2  - Reuters\nUR  - http://Reuters.COM/world/europe/ceasefire-talks-resume?utm_source=rss&utm_medium=feed#comments',
      // The same URL under another title: one address may hold several works (a ministry's news page,
      // a report and its chapters), so another title there is another work, added, never merged.
      'TI  - Comment on war-risk insurance\nPY  - 2024\nUR  - https://www.reuters.com/world/europe/ceasefire-talks-resume/?fbclid=abc',
      // A site's front page identifies no work: never a match by URL.
      'TI  - Reuters home page\nUR  - https://www.reuters.com/',
      'TI  - Another page at the front\nUR  - https://reuters.com',
      // A path differs in case or a query that is not tracking: another page.
      'TI  - Another page\nUR  - https://www.reuters.com/world/europe/ceasefire-talks-resume/?page=2',
      // Two entries of the file at one new address: the second repeats the first.
      'TI  - A new page\nUR  - https://news.example/a/',
      'TI  - A new page (updated)\nUR  - http://NEWS.example/a#latest',
    );
    const preview = await store.previewSources('ris', again);
    expect(preview).toMatchObject({ entries: 7, toAdd: 5 });
    expect(preview.duplicates.map((d) => d.match?.id ?? 'in file')).toEqual([articleId, 'in file']);
    // Named by its title; the id is the duplicate's match, never in the words users read.
    expect(preview.duplicates[0]?.message).toMatch(
      /is already in the library as "[^"]+" \(same URL\); not added again\.$/,
    );
    expect(preview.duplicates[0]?.message).not.toContain(articleId);
    expect(preview.duplicates[1]?.message).toMatch(/repeats the entry at line \d+ .*\(same URL\)/);
    const report = await store.importSources('ris', again);
    expect(report).toMatchObject({ sourcesCreated: 5 });
    expect(report.duplicates[0]?.message).toMatch(/"[^"]+" \(same URL\); not added again\.$/);
    expect(report.duplicates[0]?.message).not.toContain(articleId);
    expect(report.duplicates[0]?.match?.id).toBe(articleId);
    expect(
      await store.findDuplicateSource({
        id: '',
        type: 'webpage',
        URL: 'https://reuters.com/world/europe/ceasefire-talks-resume',
      }),
    ).toMatchObject({ id: articleId, by: 'URL' });
    // A DOI comes first: an entry whose DOI another source has matches that one, and one whose DOI
    // differs from a source's own DOI is another work even at the same URL.
    const withDoi = await store.createSource({
      title: 'Paper',
      doi: '10.1000/one',
      url: 'https://journal.example/paper/1',
    });
    const byDoi = await store.createSource({ title: 'Other paper', doi: '10.1000/two' });
    const doiFirst = await store.previewSources(
      'ris',
      ris(
        'TI  - Paper\nDO  - 10.1000/two\nUR  - https://journal.example/paper/1',
        'TI  - Paper v2\nDO  - 10.1000/three\nUR  - https://journal.example/paper/1',
      ),
    );
    expect(doiFirst.duplicates.map((d) => [d.match?.id, /same (DOI|URL)\)/.exec(d.message)?.[1]])).toEqual([
      [byDoi.id, 'DOI'],
    ]);
    expect(doiFirst.toAdd).toBe(1);
    // Without a URL match, the title, first author and year still match (another address, same work).
    const doe = await store.createSource({
      title: 'Same title',
      authors: [{ family: 'Doe' }],
      published: '2020',
      url: 'https://a.example/same',
    });
    const mirror = await store.previewSources(
      'ris',
      ris('TI  - Same title\nAU  - Doe\nPY  - 2020\nUR  - https://mirror.example/same'),
    );
    expect(mirror.duplicates.map((d) => [d.match?.id, /same ([^)]+)\)/.exec(d.message)?.[1]])).toEqual([
      [doe.id, 'title, first author and year'],
    ]);
    expect(withDoi.id).toBeTruthy();
    // Facts naming a source by title and URL: another title at a known address is its own source,
    // so the fact is never filed under the other work (and a briefing file's sources are matched the same way).
    const index = await store.createSource({
      title: 'Statement on the reopening of the port',
      outlet: 'Ministry of Foreign Affairs',
      url: 'https://mfa.example/en/news',
      published: '2025-12-02',
    });
    const csv = [
      'statement,source_title,source_outlet,source_url,source_published',
      '"Premiums rose.",Comment on war-risk insurance,Ministry of Foreign Affairs,https://mfa.example/en/news/,2025-11-20',
    ].join('\n');
    const facts = await store.importFacts('csv', csv);
    expect(facts).toMatchObject({ sourcesCreated: 1, factsCreated: 1 });
    expect((await search({ text: 'premiums' })).items[0]?.fact.sourceId).not.toBe(index.id);
    // A row naming its source by its address alone finds the library's source there, as sources are
    // matched (another scheme, www, a trailing slash, tracking): not refused for want of a title.
    const port = await store.createSource({
      title: 'Port reopens',
      outlet: 'Ukrinform',
      url: 'https://ukrinform.example/port-reopens',
    });
    const byUrl = await store.importFacts(
      'csv',
      'statement,source_url\n"The port reopened.",http://www.ukrinform.example/port-reopens/?utm_source=x\n',
    );
    expect(byUrl).toMatchObject({ sourcesCreated: 0, factsCreated: 1 });
    expect((await search({ text: 'reopened' })).items[0]?.fact.sourceId).toBe(port.id);
  });

  it('imports facts from CSV, matching their sources and skipping repeated facts', async () => {
    const first = await store.importFacts('csv', fixture('facts.csv'));
    expect(first.factsCreated).toBeGreaterThan(0);
    const stats = await store.stats();
    const again = await store.importFacts('csv', fixture('facts.csv'));
    expect(again).toMatchObject({ sourcesCreated: 0, factsCreated: 0 });
    expect(again.duplicates.length).toBe(first.factsCreated);
    expect(await store.stats()).toEqual(stats);
    expect((await search({ text: 'donbas' })).total).toBe(1);
  });

  it('imports a library export by source id into an existing source', async () => {
    const { reuters } = await seed();
    const json = JSON.stringify([{ statement: 'Added by id.', sourceId: reuters.id }]);
    expect(await store.importFacts('json', json)).toMatchObject({ factsCreated: 1, sourcesCreated: 0 });
    await expect(
      store.importFacts('json', JSON.stringify([{ statement: 'x', sourceId: 'ghost' }])),
    ).rejects.toMatchObject({
      code: 'unknown_source',
    });
    expect((await store.stats()).facts).toBe(5);
  });

  it('imports an article once, and only its new facts the second time', async () => {
    const input = {
      source: { title: 'Article', outlet: 'Le Monde', published: '2025-12-14' },
      facts: [{ statement: 'First claim.' }, { statement: 'Second claim.' }],
    };
    expect(await store.importArticle(input)).toMatchObject({ sourcesCreated: 1, factsCreated: 2 });
    const again = await store.importArticle({
      ...input,
      facts: [...input.facts, { statement: 'Third claim.' }],
    });
    expect(again).toMatchObject({ sourcesCreated: 0, factsCreated: 1 });
    expect((await search({ text: 'claim' })).total).toBe(3);
  });

  it('refuses a strict import with problems, writing nothing', async () => {
    await expect(
      store.importSources('bibtex', fixture('malformed.bib'), { strict: true }),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/^invalid_(input|file)$/) as unknown as string,
    });
    expect((await store.stats()).sources).toBe(0);
  });
}
