import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { FactQuery, type LibraryEvent } from '../../electron/contract/api';
import { citedFactIds } from '../../electron/core/schemas';
import { Services } from '../../electron/services/services';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';
import { pandocNotes, pdfText } from '../helpers/readers';
import { startTcpProxy, viaPort } from '../helpers/tcp-proxy';

/** Resolves with the events `accept` takes until `done` says enough, or rejects after `ms`. */
function collect(
  services: Services,
  accept: (e: LibraryEvent) => boolean,
  done: (seen: LibraryEvent[]) => boolean,
  ms: number,
): Promise<LibraryEvent[]> {
  return new Promise((resolve, reject) => {
    const seen: LibraryEvent[] = [];
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`only ${JSON.stringify(seen)} within ${ms} ms`));
    }, ms);
    const stop = services.events.subscribe((event) => {
      if (!accept(event)) return;
      seen.push(event);
      if (!done(seen)) return;
      clearTimeout(timer);
      stop();
      resolve(seen);
    });
  });
}

const bothFormats = async (services: Services, id: string, dir: string) => {
  const [docx, pdf] = await services.exportBriefingFormats(id, ['docx', 'pdf']);
  const docxFile = join(dir, 'offline.docx');
  const pdfFile = join(dir, 'offline.pdf');
  writeFileSync(docxFile, docx?.bytes ?? new Uint8Array());
  writeFileSync(pdfFile, pdf?.bytes ?? new Uint8Array());
  return { notes: pandocNotes(docxFile), pdf: pdfText(pdfFile).replace(/\s+/g, ' ') };
};

describePostgres('offline-first: a briefing citing team facts works with the network gone', (server) => {
  it('drafts and exports from the local copies while the team library is out of reach, then flags what was edited, retracted or deleted meanwhile', async () => {
    const url = await server.freshDatabase();
    const owner = await PostgresStore.connect(url, { isInitialising: true, actor: 'Anna' });
    const adminUrl = new URL(url);
    const proxy = await startTcpProxy(adminUrl.hostname, Number(adminUrl.port));
    const dataDir = tempDir('briefing-offline-');
    const team = await PostgresStore.connect(viaPort(url, proxy.port), { isOfflineAllowed: true });
    const services = new Services({ dataDir, templatesDir, mode: 'browser', version: 'test', team });
    try {
      await collect(
        services,
        (e) => e.kind === 'connection' && e.isLive,
        () => true,
        10_000,
      );
      // The analyst opens a briefing file: its sources and facts go into the team library, the briefing
      // stays in the local store with a copy of each fact it cites.
      const file = syntheticBriefingFile(templatesDir, {
        paragraphs: 6,
        words: 12,
        citations: 6,
        sourceCount: 3,
      });
      const briefing = await services.importBriefingFile(file);
      const ids = [...new Set(citedFactIds(briefing.sections))];
      expect(ids).toHaveLength(6);
      expect((await owner.stats()).briefings).toBe(0);
      expect((await owner.getFacts(ids)).map((f) => f.id)).toEqual(ids);
      const online = await bothFormats(services, briefing.id, dataDir);
      expect(online.notes.length).toBeGreaterThan(0);

      // The network goes.
      await proxy.cut();
      await collect(
        services,
        (e) => e.kind === 'connection' && !e.isLive,
        () => true,
        10_000,
      );
      await expect(services.library.createSource({ title: 'Offline', outlet: 'X' })).rejects.toThrow(
        /cannot be reached/,
      );
      // Searching goes on over the local store: words (run in a transaction on the team library) as well
      // as browsing; an edit of a fact is refused in words.
      const [firstCited] = await services.library.getFacts(ids.slice(0, 1));
      const word = firstCited!.statement.match(/[A-Za-z]{5,}/)![0];
      const found = await services.handlers()['facts:search'](FactQuery.parse({ text: word }));
      expect(found.items.map((h) => h.fact.id)).toContain(firstCited!.id);
      expect((await services.handlers()['facts:search'](FactQuery.parse({}))).total).toBe(ids.length);
      await expect(
        services.handlers()['facts:update']({ id: firstCited!.id, patch: { locator: 'para. 9' } }),
      ).rejects.toMatchObject({
        code: 'team_unreachable',
        message: expect.stringMatching(/cannot be reached/),
      });

      // Drafting goes on: the briefing opens, a paragraph is edited and saved, citing the same facts.
      const opened = await services.library.getBriefing(briefing.id);
      const sections = opened.sections.map((s, i) =>
        i === 0 && s.blocks[0]
          ? {
              ...s,
              blocks: [
                {
                  ...s.blocks[0],
                  content: [{ type: 'text' as const, text: 'Written offline. ' }, ...s.blocks[0].content],
                },
                ...s.blocks.slice(1),
              ],
            }
          : s,
      );
      const { id: _i, createdAt: _c, updatedAt: _u, templateId: _t, ...content } = opened;
      await services.handlers()['briefings:update']({ id: briefing.id, content: { ...content, sections } });
      const cited = await services.library.getFacts(ids);
      expect(cited.map((f) => f.teamCopy)).toEqual(
        ids.map(() => ({ citedVersion: 1, state: 'current', isFromCopy: true })),
      );

      // And exporting: DOCX and PDF, read back by pandoc and pdftotext, carry the same citations.
      const offline = await bothFormats(services, briefing.id, dataDir);
      expect(offline.notes).toEqual(online.notes);
      for (const source of (await owner.listSources()).map((s) => s.title))
        expect(offline.pdf).toContain(source.slice(0, 25));
      expect(offline.pdf).toContain('Written offline.');
      expect((await services.checkBriefing(briefing.id)).filter((f) => f.severity === 'block')).toEqual([]);
      // A fact with no local copy is unknown while out of reach, not "deleted": the app keeps citing it.
      await expect(
        services.handlers()['facts:get']({ id: '00000000-0000-4000-8000-000000000000' }),
      ).rejects.toMatchObject({ code: 'team_unreachable' });

      // Meanwhile, in the team library: one fact edited, one retracted, one deleted by hand.
      const [edited, retracted, deleted] = ids as [string, string, string];
      await owner.updateFact(edited, { statement: 'Reworded by Anna while you were away.' });
      await owner.updateFact(retracted, { status: 'retracted', reason: 'The outlet withdrew it.' });
      await owner.sql('DELETE FROM facts WHERE id = $1', [deleted]);

      // The network comes back: the app compares its copies before it says it is live again.
      const changes = collect(
        services,
        (e) => e.kind === 'fact' || e.kind === 'fact-deleted' || (e.kind === 'connection' && e.isLive),
        (seen) => seen.some((e) => e.kind === 'connection'),
        40_000,
      );
      await proxy.restore();
      const seen = await changes;
      expect(seen.at(-1)).toMatchObject({ kind: 'connection', isLive: true });
      expect(seen.slice(0, -1)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'fact', id: edited, version: 2, by: 'Anna' }),
          expect.objectContaining({ kind: 'fact', id: retracted, status: 'retracted', version: 2 }),
          { kind: 'fact-deleted', id: deleted },
        ]),
      );

      const after = new Map((await services.library.getFacts(ids)).map((f) => [f.id, f]));
      expect(after.get(edited)).toMatchObject({
        statement: 'Reworded by Anna while you were away.',
        teamCopy: { citedVersion: 1, state: 'changed', isFromCopy: false },
      });
      expect(after.get(retracted)).toMatchObject({ status: 'retracted', teamCopy: { state: 'changed' } });
      expect(after.get(deleted)?.teamCopy).toEqual({ citedVersion: 1, state: 'deleted', isFromCopy: true });

      // The export check blocks on the retraction, as for a live one, and names the other two.
      const findings = await services.checkBriefing(briefing.id);
      expect(findings.filter((f) => f.severity === 'block').map((f) => [f.code, f.factId])).toEqual([
        ['retracted', retracted],
      ]);
      expect(findings.filter((f) => f.code === 'team-copy').map((f) => f.factId)).toEqual(
        expect.arrayContaining([edited, deleted]),
      );

      // Reviewing the edit keeps citing it: its flag goes.
      expect((await services.handlers()['facts:review-copy']({ id: edited })).teamCopy?.state).toBe(
        'current',
      );
    } finally {
      await services.close();
      await owner.close();
      await proxy.close();
    }
  }, 90_000);

  it('starts with the team library out of reach, and serves the briefing from the local store', async () => {
    const url = await server.freshDatabase();
    const owner = await PostgresStore.connect(url, { isInitialising: true });
    await owner.close();
    const adminUrl = new URL(url);
    const proxy = await startTcpProxy(adminUrl.hostname, Number(adminUrl.port));
    await proxy.cut();
    const dataDir = tempDir('briefing-offline-start-');
    const team = await PostgresStore.connect(viaPort(url, proxy.port), { isOfflineAllowed: true });
    const services = new Services({ dataDir, templatesDir, mode: 'browser', version: 'test', team });
    try {
      expect(await services.handlers()['briefings:list']({})).toEqual([]);
      expect(await services.handlers()['sources:list']({})).toEqual([]);
      await expect(services.handlers()['store:stats']({})).resolves.toMatchObject({ facts: 0 });
    } finally {
      await services.close();
      await proxy.close();
    }
  });
});
