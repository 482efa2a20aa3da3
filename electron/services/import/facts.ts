import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { FactInput, SourceInput, sourceInputOf } from '../../core/schemas';
import type { ImportReport } from '../../contract/api';
import type { Store } from '../store/store';
import { ImportBatch, rowError } from './batch';
import { assertImportText } from './limits';

/** The header a CSV of facts uses (snake_case), and our field for each. */
const CSV_COLUMNS: Record<string, string> = {
  statement: 'statement',
  quote: 'quote',
  speaker: 'speaker',
  speaker_role: 'speakerRole',
  relayed_by: 'relayedBy',
  event_date: 'eventDate',
  locator: 'locator',
  credibility: 'credibility',
  tags: 'tags',
  status: 'status',
  source_id: 'sourceId',
  source_title: 'sourceTitle',
  source_outlet: 'sourceOutlet',
  source_url: 'sourceUrl',
  source_published: 'sourcePublished',
};
const CSV_NAME = Object.fromEntries(Object.entries(CSV_COLUMNS).map(([csv, key]) => [key, csv]));

/** Source fields of a row, by our key, as the source schema names them. */
const SOURCE_FIELD: Record<string, string> = {
  title: 'sourceTitle',
  outlet: 'sourceOutlet',
  url: 'sourceUrl',
  published: 'sourcePublished',
};

/** One fact row in the shape both CSV and JSON reduce to: our keys, values as the file gave them. */
type Row = Record<string, unknown>;

interface RowRef {
  row: Row;
  /** "Line 4" (CSV) or "Fact at index 2" (JSON). */
  where: string;
  line: number;
  /** Path prefix for the error (`facts.2`). */
  path: string;
}

/** The JSON the library export writes; also accepted for import. */
const LibraryJson = z.object({
  format: z.literal('briefing-builder-library').optional(),
  version: z.literal(1, { error: 'is a newer library format than this app reads.' }).optional(),
  sources: z.array(z.record(z.string(), z.unknown())),
  facts: z.array(z.record(z.string(), z.unknown())),
});

const FlatJson = z.array(z.record(z.string(), z.unknown(), { error: 'must be an object.' }));

function csvRows(text: string): RowRef[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, {
      columns: (header: string[]) =>
        header.map((h, i) => {
          const name = h.trim().toLowerCase();
          if (!(name in CSV_COLUMNS)) {
            throw new AppError(
              'invalid_file',
              `Line 1, column ${i + 1}: unknown column "${h}". Columns are: ${Object.keys(CSV_COLUMNS).join(', ')}.`,
              `columns.${i}`,
            );
          }
          return name;
        }),
      bom: true,
      skip_empty_lines: true,
      info: true,
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_file', `This CSV could not be read: ${(error as Error).message}`);
  }
  return records.map(({ record, info }) => {
    const row: Row = {};
    for (const [column, value] of Object.entries(record)) {
      const key = CSV_COLUMNS[column] as string;
      if (value.trim() === '') continue;
      if (key === 'tags') row.tags = value.split(';').map((t) => t.trim());
      else if (key === 'credibility') row.credibility = /^\s*\d+\s*$/.test(value) ? Number(value) : value;
      else row[key] = value;
    }
    return { row, where: `Line ${info.lines}`, line: info.lines, path: `line ${info.lines}` };
  });
}

function jsonInput(text: string): { sources: Row[]; facts: RowRef[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_file', `This is not valid JSON: ${(error as Error).message}.`);
  }
  const toRefs = (facts: Row[]) =>
    facts.map((row, i) => ({ row, where: `Fact at index ${i}`, line: i, path: `facts.${i}` }));
  if (Array.isArray(data)) {
    const flat = FlatJson.safeParse(data);
    if (!flat.success) throw rowError('The JSON array', flat.error, '');
    return { sources: [], facts: toRefs(flat.data) };
  }
  const library = LibraryJson.safeParse(data);
  if (!library.success) {
    const issue = library.error.issues[0];
    throw new AppError(
      'invalid_file',
      `Expected an array of facts or {"sources": [...], "facts": [...]}: ${issue?.path.join('.') || 'the file'} ${issue?.message ?? ''}`.trim(),
      issue?.path.join('.'),
    );
  }
  return { sources: library.data.sources, facts: toRefs(library.data.facts) };
}

const tagsOf = (v: unknown) => (typeof v === 'string' ? v.split(';').map((t) => t.trim()) : v);

/** Imports facts from CSV or JSON, in one transaction. */
export function importFacts(store: Store, format: 'csv' | 'json', text: string): ImportReport {
  assertImportText(text);
  if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
  const { sources, facts } = format === 'csv' ? { sources: [], facts: csvRows(text) } : jsonInput(text);
  const field = (key: string) => (format === 'csv' ? (CSV_NAME[key.split('.')[0] ?? ''] ?? key) : key);
  const batch = new ImportBatch(store);
  const exists = store.db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck();

  return batch.run(() => {
    // Sources of a library export keep their place: each exported id maps to the new (or matching) source.
    const idMap = new Map<string, string>();
    sources.forEach((s, i) => {
      const parsed = SourceInput.safeParse(sourceInputOf(s));
      if (!parsed.success) throw rowError(`Source at index ${i}`, parsed.error, `sources.${i}`);
      const oldId = typeof s.id === 'string' ? s.id : undefined;
      const { id } = batch.addSource(parsed.data, i, `Source at index ${i}`);
      if (oldId) idMap.set(oldId, id);
    });
    // Sources named by title/outlet in fact rows: created once, reused by later rows silently.
    const named = new Map<string, string>();

    const sourceFor = (ref: RowRef): string => {
      const { row } = ref;
      if (typeof row.sourceId === 'string' && row.sourceId.trim() !== '') {
        const id = idMap.get(row.sourceId) ?? row.sourceId;
        if (!exists.get(id)) {
          throw new AppError(
            'unknown_source',
            `${ref.where}, field ${field('sourceId')}: no source has the id "${row.sourceId}".`,
            `${ref.path}.${field('sourceId')}`,
          );
        }
        return id;
      }
      if (row.sourceTitle === undefined && row.sourceOutlet === undefined) {
        throw new AppError(
          'invalid_input',
          `${ref.where}, field ${field('sourceId')}: give the source, by ${field('sourceId')} or by ${field('sourceTitle')} and ${field('sourceOutlet')}.`,
          `${ref.path}.${field('sourceId')}`,
        );
      }
      // Rows naming a source already met reuse it without checking the same source again.
      const key = JSON.stringify([row.sourceTitle, row.sourceOutlet, row.sourceUrl, row.sourcePublished]);
      const seen = named.get(key);
      if (seen) return seen;
      const input = {
        title: row.sourceTitle,
        outlet: row.sourceOutlet,
        url: row.sourceUrl,
        published: row.sourcePublished,
      };
      const parsed = SourceInput.safeParse(input);
      if (!parsed.success)
        throw rowError(ref.where, parsed.error, ref.path, (k) => field(SOURCE_FIELD[k] ?? k));
      const known = batch.findSource(parsed.data)?.id;
      if (known) {
        named.set(key, known);
        return known;
      }
      const { id } = batch.addSource(parsed.data, ref.line, ref.where);
      named.set(key, id);
      return id;
    };

    for (const ref of facts) {
      const sourceId = sourceFor(ref);
      const parsed = FactInput.safeParse({ ...ref.row, tags: tagsOf(ref.row.tags), sourceId });
      if (!parsed.success) throw rowError(ref.where, parsed.error, ref.path, field);
      batch.addFact(parsed.data, ref.line, ref.where);
    }
  });
}
