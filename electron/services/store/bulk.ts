import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { FactInput } from '../../core/schemas';
import type { Store } from './store';

/** A fact as `FactInput.parse` returns it: validated, defaults applied. */
export type ParsedFact = ReturnType<typeof FactInput.parse>;

/**
 * Inserts many already-validated facts in one transaction and returns their new ids, in order.
 * Nothing is written if any fact is refused (an unknown source, a constraint).
 *
 * Each fact's tags are written before the fact itself (the foreign key is deferred to the commit), so
 * the search-index trigger on `facts` indexes the fact once with its tags, instead of once per tag.
 */
export function insertFacts(store: Store, facts: readonly ParsedFact[]): string[] {
  const { db } = store;
  const knownSource = db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck();
  const insertTag = db.prepare('INSERT OR IGNORE INTO fact_tags (fact_id, tag) VALUES (?, ?)');
  const insertFact = db.prepare(
    `INSERT INTO facts (id, source_id, statement, quote, speaker, speaker_role, relayed_by, event_date, locator,
       credibility, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const checked = new Set<string>();
  const ids: string[] = [];
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const t = new Date().toISOString();
    facts.forEach((f, i) => {
      if (!checked.has(f.sourceId)) {
        if (!knownSource.get(f.sourceId)) {
          throw new AppError(
            'unknown_source',
            `Fact ${i + 1} names a source that does not exist (${f.sourceId}). Nothing was imported.`,
            `${i}.sourceId`,
          );
        }
        checked.add(f.sourceId);
      }
      const id = randomUUID();
      for (const tag of f.tags) insertTag.run(id, tag);
      insertFact.run(
        id,
        f.sourceId,
        f.statement,
        f.quote ?? null,
        f.speaker ?? null,
        f.speakerRole ?? null,
        f.relayedBy ?? null,
        f.eventDate ?? null,
        f.locator ?? null,
        f.credibility,
        f.status,
        t,
        t,
      );
      ids.push(id);
    });
  })();
  return ids;
}
