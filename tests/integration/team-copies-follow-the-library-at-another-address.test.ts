import { expect, it } from 'vitest';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import type { LibraryEvent } from '../../electron/contract/api';
import { citedFactIds } from '../../electron/core/schemas';
import { Services } from '../../electron/services/services';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { describePostgres } from '../helpers/postgres';
import { startTcpProxy, viaPort } from '../helpers/tcp-proxy';

/** The first event `accept` takes, or a rejection after `ms`. */
const next = (services: Services, accept: (e: LibraryEvent) => boolean, ms: number) =>
  new Promise<LibraryEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching event within ${ms} ms`));
    }, ms);
    const stop = services.events.subscribe((event) => {
      if (!accept(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });

// The same team library reached at another address (through a relay, a VPN's name for the server): the
// copies kept of the facts a briefing cites are still its own, so what changed meanwhile is flagged.
describePostgres('the copies of cited team facts', (server) => {
  it('follow the team library when the app reaches it at another address: an edit made meanwhile is flagged', async () => {
    const url = await server.freshDatabase();
    const owner = await PostgresStore.connect(url, { isInitialising: true, actor: 'Ben' });
    const admin = new URL(url);
    const relay = await startTcpProxy(admin.hostname, Number(admin.port));
    const dataDir = tempDir('briefing-team-address-');
    let ids: string[];
    try {
      // At the office: the analyst opens a briefing file; the briefing keeps a copy of each fact it cites.
      const first = new Services({
        dataDir,
        templatesDir,
        mode: 'browser',
        version: 'test',
        team: await PostgresStore.connect(url, { actor: 'Anna' }),
      });
      try {
        await next(first, (e) => e.kind === 'connection' && e.isLive, 10_000);
        const file = syntheticBriefingFile(templatesDir, {
          paragraphs: 3,
          words: 8,
          citations: 3,
          sourceCount: 1,
        });
        ids = [...new Set(citedFactIds((await first.importBriefingFile(file)).sections))];
        expect(ids.length).toBeGreaterThan(0);
      } finally {
        first.close();
      }
      // Meanwhile a colleague rewords one.
      const [edited] = ids as [string];
      await owner.updateFact(edited, { statement: 'Reworded by Ben while Anna was away.' });

      // From home, through the relay: the same library at another address.
      const second = new Services({
        dataDir,
        templatesDir,
        mode: 'browser',
        version: 'test',
        team: await PostgresStore.connect(viaPort(url, relay.port), { actor: 'Anna' }),
      });
      try {
        const flagged = next(second, (e) => e.kind === 'fact' && e.id === edited, 15_000);
        await next(second, (e) => e.kind === 'connection' && e.isLive, 10_000).catch(() => undefined);
        await flagged;
        const [fact] = await second.library.getFacts([edited]);
        expect(fact?.teamCopy).toMatchObject({ citedVersion: 1, state: 'changed' });
      } finally {
        second.close();
      }
    } finally {
      await relay.close();
      await owner.close();
    }
  }, 60_000);
});
