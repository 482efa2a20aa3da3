import { FactInput, SourceInput, type Fact, type Source, type TeamCopy } from '../../core/schemas';
import { factRow, FACT_COLUMNS, SOURCE_COLUMNS, sourceRow, type Store } from './store';

/** A row of `team_copies` (migration 0007): which local facts are copies of team facts, and their state. */
export interface CopyRow {
  fact_id: string;
  library: string;
  cited_version: number;
  team_version: number;
  is_deleted: 0 | 1;
  checked_at: string;
}

const FACT_COPY_COLUMNS = [...FACT_COLUMNS, 'version', 'created_by', 'updated_by'] as const;
const SOURCE_COPY_COLUMNS = [...SOURCE_COLUMNS, 'created_by', 'updated_by'] as const;

const upsert = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
   ON CONFLICT(id) DO UPDATE SET ${columns
     .filter((c) => c !== 'id' && c !== 'created_at')
     .map((c) => `${c} = excluded.${c}`)
     .join(', ')}`;

/**
 * The local copies of the team facts (and their sources) that local briefings cite, kept in the local
 * SQLite store under the team's ids: a briefing's citations resolve, render and export from them when the
 * team library is out of reach. `team_copies` records the version the analyst cited and what the last
 * comparison with the team library found (docs/team-library.md, "Offline").
 */
export class TeamCopies {
  constructor(
    private readonly local: Store,
    /** The team library's address without its password: copies of another library are not compared. */
    private readonly library: string,
  ) {}

  /** The copy rows of these facts (of this team library). */
  rows(ids: readonly string[]): Map<string, CopyRow> {
    const get = this.local.db.prepare('SELECT * FROM team_copies WHERE fact_id = ? AND library = ?');
    const found = new Map<string, CopyRow>();
    for (const id of new Set(ids)) {
      const row = get.get(id, this.library) as CopyRow | undefined;
      if (row) found.set(id, row);
    }
    return found;
  }

  /** The ids of copies recorded under another address (another team library, or this one reached otherwise). */
  foreign(): string[] {
    return this.local.db
      .prepare('SELECT fact_id FROM team_copies WHERE library <> ? ORDER BY fact_id')
      .pluck()
      .all(this.library) as string[];
  }

  /** These copies are of this team library: recorded under its address from now on. */
  adopt(ids: readonly string[]): void {
    const move = this.local.db.prepare('UPDATE team_copies SET library = ? WHERE fact_id = ?');
    this.local.db.transaction(() => {
      for (const id of ids) move.run(this.library, id);
    })();
  }

  /** Every copy of this team library's facts. */
  all(): CopyRow[] {
    return this.local.db
      .prepare('SELECT * FROM team_copies WHERE library = ? ORDER BY fact_id')
      .all(this.library) as CopyRow[];
  }

  /** The ids of these facts the local store has (copies or the analyst's own local facts). */
  localIds(ids: readonly string[]): Set<string> {
    const get = this.local.db.prepare('SELECT 1 FROM facts WHERE id = ?').pluck();
    return new Set(ids.filter((id) => get.get(id) !== undefined));
  }

  /**
   * Writes the copy of a team fact and its source (or brings it up to the team's version). `isCiting`:
   * the analyst cites (or saved) this version, so it becomes the cited version; otherwise the cited
   * version is kept, and a newer team version shows as "changed since you cited it".
   */
  save(fact: Fact, source: Source, isCiting: boolean): void {
    const db = this.local.db;
    const t = new Date().toISOString();
    db.transaction(() => {
      const sRow = {
        ...sourceRow(
          SourceInput.parse({
            item: source.item,
            grade: source.grade,
            notes: source.notes,
            text: source.text,
          }),
          source.id,
          source.createdAt,
          source.updatedAt,
        ),
        created_by: '',
        updated_by: '',
      };
      if (source.capturedAt) sRow.captured_at = source.capturedAt;
      db.prepare(upsert('sources', SOURCE_COPY_COLUMNS)).run(sRow);
      const fRow = {
        ...factRow(FactInput.parse(fact), fact.id, fact.createdAt, fact.updatedAt),
        version: fact.version ?? 1,
        created_by: fact.createdBy ?? '',
        updated_by: fact.updatedBy ?? '',
      };
      db.prepare(upsert('facts', FACT_COPY_COLUMNS)).run(fRow);
      db.prepare('DELETE FROM fact_tags WHERE fact_id = ?').run(fact.id);
      const tag = db.prepare('INSERT OR IGNORE INTO fact_tags (fact_id, tag) VALUES (?, ?)');
      for (const name of fact.tags) tag.run(fact.id, name);
      db.prepare(
        `INSERT INTO team_copies (fact_id, library, cited_version, team_version, is_deleted, checked_at)
         VALUES (@id, @library, @version, @version, 0, @t)
         ON CONFLICT(fact_id) DO UPDATE SET library = excluded.library, team_version = excluded.team_version,
           is_deleted = 0, checked_at = excluded.checked_at,
           cited_version = CASE WHEN @isCiting THEN excluded.cited_version ELSE cited_version END`,
      ).run({
        id: fact.id,
        library: this.library,
        version: fact.version ?? 1,
        t,
        isCiting: isCiting ? 1 : 0,
      });
    }).immediate();
  }

  /** The team library no longer has this fact: the copy stays (briefings still cite it), marked. */
  markDeleted(id: string): void {
    this.local.db
      .prepare('UPDATE team_copies SET is_deleted = 1, checked_at = ? WHERE fact_id = ?')
      .run(new Date().toISOString(), id);
  }

  /** The analyst has seen the team's current version: it becomes the cited one (the flag goes). */
  markReviewed(id: string): void {
    this.local.db.prepare('UPDATE team_copies SET cited_version = team_version WHERE fact_id = ?').run(id);
  }
}

/** What a fact shown to the analyst says about its local copy. */
export function teamCopyOf(fact: Fact, row: CopyRow, isFromCopy: boolean): TeamCopy {
  return {
    citedVersion: row.cited_version,
    state: row.is_deleted ? 'deleted' : (fact.version ?? 1) !== row.cited_version ? 'changed' : 'current',
    isFromCopy,
  };
}
