import { expect, it } from 'vitest';
import { FactInput } from '../../electron/core/schemas';
import { PostgresStore } from '../../electron/services/store/postgres/postgres-store';
import { factRow } from '../../electron/services/store/store';
import { describePostgres } from '../helpers/postgres';

// A team import writes its facts many to a statement; each row must be exactly what writing it alone
// gives: every column, the tags, and the weighted search vector (which search and ranking read).
describePostgres('a team import’s batched write', (server) => {
  it('writes the same rows as one statement a fact, in order', async () => {
    const pg = await PostgresStore.connect(await server.freshDatabase(), {
      isInitialising: true,
      actor: 'Anna',
    });
    try {
      const source = await pg.createSource({ title: 'Kremlin réaction', outlet: 'TASS' });
      const t = '2026-01-02T03:04:05.000Z';
      const facts = [
        {
          statement: 'Moscow “insists” on talks.',
          quote: 'Naturally',
          speaker: 'Dmitry Peskov',
          speakerRole: 'spokesman',
          tags: ['z', 'nato', 'z'],
          credibility: 2,
          eventDate: '2025-12',
        },
        { statement: 'Délégués réunis; café fermé.', relayedBy: 'AFP', tags: [], status: 'retracted' },
      ].map((f) => FactInput.parse({ ...f, sourceId: source.id }));
      await pg.inTransaction(async (tx) => {
        for (const [i, f] of facts.entries())
          await tx.insertFactRow(factRow(f, `one-${i}`, t, t), f.tags, source.title);
        await tx.insertFactRows(
          facts.map((f, i) => ({
            row: factRow(f, `batch-${i}`, t, t),
            tags: f.tags,
            sourceSearchText: source.title,
          })),
        );
      });
      const rows = await pg.sql<Record<string, unknown>>(
        'SELECT *, search::text AS search_text FROM facts ORDER BY seq',
      );
      expect(rows.map((r) => r.id)).toEqual(['one-0', 'one-1', 'batch-0', 'batch-1']);
      const comparable = (r: Record<string, unknown>) => {
        const { id: _id, seq: _seq, search: _search, ...rest } = r;
        return rest;
      };
      expect(comparable(rows[2]!)).toEqual(comparable(rows[0]!));
      expect(comparable(rows[3]!)).toEqual(comparable(rows[1]!));
      expect(rows[0]!.search_text).toContain("'peskov':");
    } finally {
      await pg.close();
    }
  });
});
