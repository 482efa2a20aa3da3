import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import {
  BriefingContent,
  BriefingCreate,
  FactInput,
  SourceInput,
  type Briefing,
  type BriefingSection,
  type Fact,
  type Source,
  type Template,
} from '../../core/schemas';
import type { BriefingSummary } from '../../contract/api';
import { openDatabase, type Db } from './db';

interface SourceRow {
  id: string;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  text: string | null;
  created_at: string;
}
interface FactRow {
  id: string;
  source_id: string;
  statement: string;
  quote: string | null;
  speaker: string | null;
  created_at: string;
  updated_at: string;
}
interface BriefingRow {
  id: string;
  template_id: string;
  title: string;
  date: string;
  classification: string;
  sections_json: string;
  created_at: string;
  updated_at: string;
}

/** Drops keys whose value is null, so rows map onto schemas with optional fields. */
function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

const toSource = (r: SourceRow): Source =>
  compact({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    url: r.url,
    text: r.text,
    createdAt: r.created_at,
  }) as Source;

const toFact = (r: FactRow): Fact =>
  compact({
    id: r.id,
    sourceId: r.source_id,
    statement: r.statement,
    quote: r.quote,
    speaker: r.speaker,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }) as Fact;

const toBriefing = (r: BriefingRow): Briefing => ({
  id: r.id,
  templateId: r.template_id,
  title: r.title,
  date: r.date,
  classification: r.classification,
  sections: JSON.parse(r.sections_json) as BriefingSection[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const now = () => new Date().toISOString();

/** The fact store: sources, facts and briefings in one SQLite file. Inputs are parsed here too. */
export class Store {
  readonly db: Db;

  constructor(file: string) {
    this.db = openDatabase(file);
  }

  close(): void {
    this.db.close();
  }

  listSources(): Source[] {
    return (this.db.prepare('SELECT * FROM sources ORDER BY created_at, rowid').all() as SourceRow[]).map(
      toSource,
    );
  }

  getSource(id: string): Source | undefined {
    const row = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row && toSource(row);
  }

  createSource(input: SourceInput): Source {
    const s = SourceInput.parse(input);
    const row: SourceRow = {
      id: randomUUID(),
      title: s.title,
      outlet: s.outlet,
      published: s.published ?? null,
      url: s.url ?? null,
      text: s.text ?? null,
      created_at: now(),
    };
    const sha = s.text ? createHash('sha256').update(s.text).digest('hex') : null;
    this.db
      .prepare(
        `INSERT INTO sources (id, title, outlet, published, url, text, text_sha256, created_at)
         VALUES (@id, @title, @outlet, @published, @url, @text, @sha, @created_at)`,
      )
      .run({ ...row, sha });
    return toSource(row);
  }

  listFacts(): Fact[] {
    return (this.db.prepare('SELECT * FROM facts ORDER BY created_at, rowid').all() as FactRow[]).map(toFact);
  }

  getFacts(ids: readonly string[]): Fact[] {
    if (ids.length === 0) return [];
    const stmt = this.db.prepare('SELECT * FROM facts WHERE id = ?');
    return ids.flatMap((id) => {
      const row = stmt.get(id) as FactRow | undefined;
      return row ? [toFact(row)] : [];
    });
  }

  createFact(input: FactInput): Fact {
    const f = FactInput.parse(input);
    if (!this.getSource(f.sourceId)) {
      throw new AppError(
        'unknown_source',
        'The chosen source does not exist. Pick a saved source.',
        'sourceId',
      );
    }
    const t = now();
    const row: FactRow = {
      id: randomUUID(),
      source_id: f.sourceId,
      statement: f.statement,
      quote: f.quote ?? null,
      speaker: f.speaker ?? null,
      created_at: t,
      updated_at: t,
    };
    this.db
      .prepare(
        `INSERT INTO facts (id, source_id, statement, quote, speaker, created_at, updated_at)
         VALUES (@id, @source_id, @statement, @quote, @speaker, @created_at, @updated_at)`,
      )
      .run(row);
    return toFact(row);
  }

  listBriefings(): BriefingSummary[] {
    const rows = this.db
      .prepare(
        'SELECT id, title, template_id, date, classification, updated_at FROM briefings ORDER BY updated_at DESC',
      )
      .all() as BriefingRow[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      templateId: r.template_id,
      date: r.date,
      classification: r.classification,
      updatedAt: r.updated_at,
    }));
  }

  getBriefing(id: string): Briefing {
    const row = this.db.prepare('SELECT * FROM briefings WHERE id = ?').get(id) as BriefingRow | undefined;
    if (!row) throw new AppError('not_found', 'That briefing does not exist (it may have been deleted).');
    return toBriefing(row);
  }

  createBriefing(input: BriefingCreate, template: Template): Briefing {
    const b = BriefingCreate.parse(input);
    const classification = b.classification ?? template.defaultClassification;
    this.checkClassification(classification, template);
    const t = now();
    const row: BriefingRow = {
      id: randomUUID(),
      template_id: template.id,
      title: b.title,
      date: b.date,
      classification,
      sections_json: JSON.stringify(template.sections.map((s) => ({ id: s.id, blocks: [] }))),
      created_at: t,
      updated_at: t,
    };
    this.db
      .prepare(
        `INSERT INTO briefings (id, template_id, title, date, classification, sections_json, created_at, updated_at)
         VALUES (@id, @template_id, @title, @date, @classification, @sections_json, @created_at, @updated_at)`,
      )
      .run(row);
    return toBriefing(row);
  }

  /** Replaces a briefing's content; every cited fact must exist, or nothing is written. */
  updateBriefing(id: string, content: BriefingContent, template: Template): Briefing {
    const c = BriefingContent.parse(content);
    this.checkClassification(c.classification, template);
    const exists = this.db.prepare('SELECT 1 FROM facts WHERE id = ?').pluck();
    c.sections.forEach((section, si) =>
      section.blocks.forEach((block, bi) =>
        block.factIds.forEach((factId, fi) => {
          if (!exists.get(factId)) {
            throw new AppError(
              'unknown_fact',
              `A paragraph cites a fact that is not in the library (${factId}).`,
              `sections.${si}.blocks.${bi}.factIds.${fi}`,
            );
          }
        }),
      ),
    );
    const result = this.db
      .prepare(
        `UPDATE briefings SET title = @title, date = @date, classification = @classification,
           sections_json = @sections_json, updated_at = @updated_at WHERE id = @id`,
      )
      .run({
        id,
        title: c.title,
        date: c.date,
        classification: c.classification,
        sections_json: JSON.stringify(c.sections),
        updated_at: now(),
      });
    if (result.changes === 0)
      throw new AppError('not_found', 'That briefing does not exist (it may have been deleted).');
    return this.getBriefing(id);
  }

  private checkClassification(classification: string, template: Template): void {
    if (!template.classifications.some((c) => c.id === classification)) {
      throw new AppError(
        'invalid_input',
        `Classification must be one of: ${template.classifications.map((c) => c.label).join(', ')}.`,
        'classification',
      );
    }
  }
}
