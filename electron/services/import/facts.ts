import { z } from 'zod';
import { jsonErrorPlace } from '../../core/json-error';
import { urlMatchKey } from '../../core/source-item';
import { AppError } from '../../core/errors';
import { splitTags } from '../../core/tags';
import {
  FactInput,
  FactStatus,
  SourceInput,
  sourceFields,
  sourceInputOf,
  type ParsedSourceInput,
} from '../../core/schemas';
import type { ExportProgress, ImportPreview, ImportProblem, ImportReport } from '../../contract/api';
import type { ParsedFact } from '../store/bulk';
import type { Store } from '../store/store';
import { ImportBatch, rowError, rowErrors, rowsRefusal } from './batch';
import { csvDeclaredDelimiter, csvDelimiter, csvRecords } from './csv-records';
import { assertImportText, MAX_LISTED_ROW_PROBLEMS } from './limits';
import { count, startImportRun } from './progress';
import { libraryRefusal } from './formats/detect';

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

/** Reads the header of a facts CSV: each column's field (a column we do not know is refused). */
function csvColumns(header: string[]): string[] {
  return header.map((h, i) => {
    const name = h.trim().toLowerCase();
    const key = CSV_COLUMNS[name];
    if (key === undefined) {
      // A whole header read as one column: its separator is none of those read.
      const separators =
        header.length === 1 && /[^\p{L}\p{N}_ ]/u.test(name)
          ? ' Columns are separated by commas, semicolons or tabs.'
          : '';
      throw new AppError(
        'invalid_file',
        `Line 1, column ${i + 1}: unknown column "${h}". Columns are: ${Object.keys(CSV_COLUMNS).join(', ')}.${separators}`,
        `columns.${i}`,
      );
    }
    return key;
  });
}

function csvRows(text: string): RowRef[] {
  // Excel writes semicolons (or, as Unicode text, tabs) in many locales: the header line says which,
  // unless a first line `sep=;` (Excel's, when asked) declares it; that line is no record.
  const declared = csvDeclaredDelimiter(text);
  const records = csvRecords(text, declared ?? csvDelimiter(text));
  if (declared) records.shift();
  const [header, ...rest] = records;
  if (!header) return [];
  const keys = csvColumns(header.fields);
  return rest.map(({ fields, line }) => {
    if (fields.length !== keys.length)
      throw new AppError(
        'invalid_file',
        `This CSV could not be read: line ${line} has ${fields.length} field${fields.length === 1 ? '' : 's'}; the header has ${keys.length}.`,
        `line ${line}`,
      );
    const row: Row = {};
    fields.forEach((value, i) => {
      const key = keys[i] as string;
      if (value.trim() === '') return;
      if (key === 'tags') row.tags = splitTags(value);
      else row[key] = value;
    });
    return { row, where: `Line ${line}`, line, path: `line ${line}` };
  });
}

function jsonInput(text: string): { sources: Row[]; facts: RowRef[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_file', `This is not valid JSON${jsonErrorPlace(text, error)}.`);
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

/**
 * A row's values as people type them, made the values the fact schema takes: a credibility of "3",
 * " 3 ", "2.0" or "2,0" (Excel where the decimal mark is a comma) is the number; a status of "Draft" or
 * "VERIFIED " is the status. Anything else stays as given, for the schema to refuse in its words.
 */
function typedRow(row: Row): Row {
  const out = { ...row };
  const credibility =
    typeof row.credibility === 'string' ? /^\s*(\d+)(?:[.,]0*)?\s*$/.exec(row.credibility) : null;
  if (credibility) out.credibility = Number(credibility[1]);
  if (typeof row.status === 'string') {
    const status = FactStatus.safeParse(row.status.trim().toLowerCase());
    if (status.success) out.status = status.data;
  }
  return out;
}

const tagsOf = (v: unknown) => (typeof v === 'string' ? splitTags(v) : v);

/** A fact's fields checked on their own; its source is decided when the import writes. */
type CheckedFields = Omit<ParsedFact, 'sourceId'>;

/** How a row names its source: by id (of the store, or of a source in the same library file), or by its fields. */
type SourceRef = { id: string; isInFile: boolean } | { key: string; input: ParsedSourceInput };

interface CheckedRow {
  ref: RowRef;
  fields: CheckedFields;
  source: SourceRef;
}

/** A facts file read and every row checked; nothing written yet. */
interface FactPlan {
  /** The sources of a library export, with the id each had there. */
  sources: Array<{ input: ParsedSourceInput; oldId: string | undefined }>;
  rows: CheckedRow[];
}

/** The library sources and fact rows of a facts file, unchecked. */
function readFactFile(format: 'csv' | 'json', text: string): { sources: Row[]; facts: RowRef[] } {
  assertImportText(text);
  if (text.trim() === '') throw new AppError('invalid_file', 'The file is empty.');
  const library = libraryRefusal(text, 'a facts file');
  if (library) throw library;
  return format === 'csv' ? { sources: [], facts: csvRows(text) } : jsonInput(text);
}

/**
 * The sources a facts file brings or names by their fields (those that can be read), without a store:
 * a team import copies their possible matches from the team library before it runs.
 */
export function factFileSources(format: 'csv' | 'json', text: string): ParsedSourceInput[] {
  const { sources, facts } = readFactFile(format, text);
  const named = new Map<string, unknown>();
  for (const { row } of facts) {
    if (typeof row.sourceId === 'string' && row.sourceId.trim() !== '') continue;
    const input = {
      title: row.sourceTitle,
      outlet: row.sourceOutlet,
      url: row.sourceUrl,
      published: row.sourcePublished,
    };
    named.set(JSON.stringify(Object.values(input)), input);
  }
  return [...sources.map((s) => sourceInputOf(s)), ...named.values()].flatMap((input) => {
    const parsed = SourceInput.safeParse(input);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The address keys (urlMatchKey) of the sources rows name by their address alone, without a store: a
 * team import copies the sources at those addresses from the team library before it runs.
 */
export function factFileSourceUrlKeys(format: 'csv' | 'json', text: string): string[] {
  return readFactFile(format, text).facts.flatMap(({ row }) => {
    if (typeof row.sourceId === 'string' && row.sourceId.trim() !== '') return [];
    if (row.sourceTitle !== undefined || row.sourceOutlet !== undefined) return [];
    const key = urlMatchKey(row.sourceUrl);
    return key ? [key] : [];
  });
}

/** A stand-in while a row is checked: the real source id is known only when the import writes. */
const PENDING_SOURCE = 'pending';

/**
 * Reads a facts file and checks each row, yielding the rows checked (of all rows) after each one, for
 * progress and Cancel, and returning the plan. It only reads the store (whether a named source id
 * exists). Bad rows do not stop the check: once every row is checked, it throws one refusal naming
 * each bad field of each bad row, by line (CSV) or index (JSON) and field, and why.
 */
function* factSteps(
  store: Store,
  format: 'csv' | 'json',
  text: string,
  preview?: FactPreviewProblems,
): Generator<{ checked: number; total: number }, FactPlan> {
  const { sources, facts } = readFactFile(format, text);
  const field = (key: string) => (format === 'csv' ? (CSV_NAME[key.split('.')[0] ?? ''] ?? key) : key);
  const exists = store.db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck();
  const plan: FactPlan = { sources: [], rows: [] };
  const fileIds = new Set<string>();
  // Every problem found, up to the listed limit, and how many in all, in how many rows.
  const problems: AppError[] = [];
  let problemCount = 0;
  let badRows = 0;
  const refuse = (errors: readonly AppError[], ref?: RowRef) => {
    if (errors.length === 0) return;
    preview?.add(errors, format === 'csv' ? ref : undefined);
    badRows += 1;
    problemCount += errors.length;
    problems.push(...errors.slice(0, MAX_LISTED_ROW_PROBLEMS - problems.length));
  };
  sources.forEach((s, i) => {
    const parsed = SourceInput.safeParse(sourceInputOf(s));
    if (!parsed.success) return refuse(rowErrors(`Source at index ${i}`, parsed.error, `sources.${i}`));
    const oldId = typeof s.id === 'string' ? s.id : undefined;
    if (oldId) fileIds.add(oldId);
    plan.sources.push({ input: parsed.data, oldId });
  });
  // Sources named by their fields: checked once, reused by later rows naming the same.
  const named = new Map<string, SourceRef>();
  const known = new Set<string>();

  const atUrl = store.db.prepare(
    'SELECT id, title FROM sources WHERE url_key = ? ORDER BY created_at, rowid LIMIT 4',
  );
  /**
   * The library's source at the address a row names its source by, and only by: found as sources are
   * matched on their address (urlMatchKey); refused, saying why, when none or several are there.
   */
  const sourceAtUrl = (ref: RowRef, url: string): SourceRef | AppError[] => {
    const key = urlMatchKey(url);
    const found = key ? (atUrl.all(key) as Array<{ id: string; title: string }>) : [];
    if (found.length === 1) return { id: found[0]!.id, isInFile: false };
    const give = `give ${field('sourceTitle')} and ${field('sourceOutlet')} (or ${field('sourceId')})`;
    const why = !key
      ? `"${url}" is not the address of one work (a page's own http(s) address, not a site's front page): ${give}.`
      : found.length === 0
        ? `no source in the library has the address "${url}": ${give} to add it.`
        : `${found.length > 3 ? 'more than 3' : found.length} sources in the library have the address "${url}" (${found
            .slice(0, 3)
            .map((s) => `"${s.title}"`)
            .join(', ')}): ${give} to say which.`;
    return [
      new AppError(
        found.length === 0 ? 'unknown_source' : 'invalid_input',
        `${ref.where}, field ${field('sourceUrl')}: ${why}`,
        `${ref.path}.${field('sourceUrl')}`,
      ),
    ];
  };

  /** The row's source, or the problems that keep it from naming one. */
  const sourceOf = (ref: RowRef): SourceRef | AppError[] => {
    const { row } = ref;
    if (typeof row.sourceId === 'string' && row.sourceId.trim() !== '') {
      const id = row.sourceId;
      if (fileIds.has(id)) return { id, isInFile: true };
      if (!known.has(id)) {
        if (!exists.get(id)) {
          return [
            new AppError(
              'unknown_source',
              `${ref.where}, field ${field('sourceId')}: no source has the id "${id}".`,
              `${ref.path}.${field('sourceId')}`,
            ),
          ];
        }
        known.add(id);
      }
      return { id, isInFile: false };
    }
    if (row.sourceTitle === undefined && row.sourceOutlet === undefined) {
      if (typeof row.sourceUrl === 'string') return sourceAtUrl(ref, row.sourceUrl);
      return [
        new AppError(
          'invalid_input',
          `${ref.where}, field ${field('sourceId')}: give the source, by ${field('sourceId')} or by ${field('sourceTitle')} and ${field('sourceOutlet')}.`,
          `${ref.path}.${field('sourceId')}`,
        ),
      ];
    }
    const key = JSON.stringify([row.sourceTitle, row.sourceOutlet, row.sourceUrl, row.sourcePublished]);
    const seen = named.get(key);
    if (seen) return seen;
    const parsed = SourceInput.safeParse({
      title: row.sourceTitle,
      outlet: row.sourceOutlet,
      url: row.sourceUrl,
      published: row.sourcePublished,
    });
    if (!parsed.success)
      return rowErrors(ref.where, parsed.error, ref.path, (k) => field(SOURCE_FIELD[k] ?? k));
    const source = { key, input: parsed.data };
    named.set(key, source);
    return source;
  };

  for (const [i, ref] of facts.entries()) {
    const source = sourceOf(ref);
    const row = typedRow(ref.row);
    const parsed = FactInput.safeParse({ ...row, tags: tagsOf(row.tags), sourceId: PENDING_SOURCE });
    // The source's problems first (the source is the row's first field in the form), then the fact's.
    const rowProblems = [
      ...(Array.isArray(source) ? source : []),
      ...(parsed.success ? [] : rowErrors(ref.where, parsed.error, ref.path, field)),
    ];
    refuse(rowProblems, ref);
    // A preview goes on planning the good rows after a bad one (to say what they would do).
    if (parsed.success && !Array.isArray(source) && (problemCount === 0 || preview)) {
      const { sourceId: _pending, ...fields } = parsed.data;
      plan.rows.push({ ref, fields, source });
    }
    yield { checked: i + 1, total: facts.length };
  }
  if (problemCount > 0 && !preview) throw rowsRefusal(problems, problemCount, badRows);
  return plan;
}

/** At most this many refused fields are listed in a preview (all are counted). */
const MAX_PREVIEW_PROBLEMS = 500;
/** At most this many facts to be added are listed in a preview. */
const PREVIEW_SAMPLE = 50;

/**
 * The refused rows of a facts file as a preview lists them: each problem with its CSV line and field
 * ("Line 7, field event_date: …") as an ImportProblem, and how many rows were refused.
 */
class FactPreviewProblems {
  readonly problems: ImportProblem[] = [];
  rows = 0;
  add(errors: readonly AppError[], ref: RowRef | undefined): void {
    this.rows += 1;
    for (const e of errors) {
      if (this.problems.length >= MAX_PREVIEW_PROBLEMS) return;
      // Every row problem reads "<where>, field <name>: <why>" or "<where>: <why>" (rowErrors, sourceOf).
      const field =
        ref && e.message.startsWith(`${ref.where}, field `)
          ? /^[^:]*, field ([^:]+): /.exec(e.message)
          : null;
      const rest =
        ref && e.message.startsWith(`${ref.where}: `) ? e.message.slice(ref.where.length + 2) : undefined;
      this.problems.push(
        field
          ? { line: ref?.line, field: field[1], message: e.message.slice(field[0].length), severity: 'error' }
          : rest !== undefined
            ? { line: ref?.line, message: rest, severity: 'error' }
            : { message: e.message, severity: 'error' },
      );
    }
  }
}

/**
 * What importing this facts file would do, nothing written: the facts it would add (the first of them
 * listed), the new sources, the rows that repeat a fact already in the library, and every refused row
 * with its line and field. The rows are checked and planned exactly as `importFacts` does, and the plan
 * run in a transaction that is rolled back, so the preview is what the import will do. A facts import
 * is whole or nothing: `isWhole` says so, and with any row refused the import would write nothing.
 */
export function previewFacts(store: Store, format: 'csv' | 'json', text: string): ImportPreview {
  const refused = new FactPreviewProblems();
  const steps = factSteps(store, format, text, refused);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const plan = step.value;
  const batch = new ImportBatch(store);
  const sourceTitles = new Map<string, string>();
  const sample: NonNullable<ImportPreview['facts']> = [];
  batch.onFact = (fact, line) => {
    if (sample.length >= PREVIEW_SAMPLE) return;
    sample.push({
      ...(line === undefined || format !== 'csv' ? {} : { line }),
      statement: fact.statement,
      ...(fact.speaker ? { speaker: fact.speaker } : {}),
      source: sourceTitles.get(fact.sourceId) ?? titleOf(store, fact.sourceId, sourceTitles),
    });
  };
  const report = batch.dryRun(() => writeFactPlan(batch, plan));
  const rows = plan.rows.length + refused.rows;
  return {
    entries: rows,
    toAdd: report.factsCreated,
    unreadable: refused.rows,
    duplicates: report.duplicates,
    problems: refused.problems,
    sample: [],
    facts: sample,
    sourcesToAdd: report.sourcesCreated,
    isWhole: true,
  };
}

/** A source's title as the preview names it (read in the preview's transaction: a new one too). */
function titleOf(store: Store, id: string, cache: Map<string, string>): string {
  const title =
    (store.db.prepare('SELECT title FROM sources WHERE id = ?').pluck().get(id) as string | undefined) ?? '';
  cache.set(id, title);
  return title;
}

/**
 * Writes a checked plan in the import's transaction: the library file's sources, then the sources rows
 * name by their fields (an existing one is reused), then the facts (a fact repeating one of its source
 * is reported, not written).
 */
function writeFactPlan(batch: ImportBatch, plan: FactPlan): void {
  const idMap = new Map<string, string>();
  plan.sources.forEach(({ input, oldId }, i) => {
    const { id } = batch.addSource(input, i, `Source at index ${i}`);
    if (oldId) idMap.set(oldId, id);
  });
  const named = new Map<string, string>();
  const sourceIdOf = (row: CheckedRow): string => {
    const { source } = row;
    if ('id' in source) return source.isInFile ? (idMap.get(source.id) ?? source.id) : source.id;
    const seen = named.get(source.key);
    if (seen) return seen;
    const id =
      batch.findSource(source.input)?.id ??
      namedOnly(batch, source.input, row) ??
      batch.addSource(source.input, row.ref.line, row.ref.where).id;
    named.set(source.key, id);
    return id;
  };
  for (const row of plan.rows) {
    batch.addFact({ ...row.fields, sourceId: sourceIdOf(row) }, row.ref.line, row.ref.where);
  }
}

/**
 * A row naming its source by title and outlet (no address) means the library's source of that title and
 * outlet when there is exactly one whose date agrees with the row's (the same day, or one a part of the
 * other: "2024-01" and "2024-01-24"; any date when either has none): it is reused, and the report says so,
 * instead of a second source that only looks the same — the match on title, first author and year needs an
 * author, which a row of facts does not give (a report imported from BibTeX, its body as author, and a row
 * naming it by title, publisher and date were two sources, the fact citing a newspaper article).
 */
function namedOnly(batch: ImportBatch, input: ParsedSourceInput, row: CheckedRow): string | undefined {
  const { title, outlet, url, published } = sourceFields(input.item);
  if (!title || !outlet || url) return undefined;
  const agrees = (other: string | null) =>
    !published || !other || published.startsWith(other) || other.startsWith(published);
  const found = batch.sourcesNamed(title, outlet).filter((s) => agrees(s.published));
  if (found.length !== 1) return undefined;
  const [{ id, title: matched }] = found as [{ id: string; title: string; published: string | null }];
  const match = { id, title: matched };
  batch.duplicate(
    `${row.ref.where}: its source "${title}" (${outlet}) is the library's source of that title and outlet; that one is used.`,
    row.ref.line,
    { match: { ...match, by: 'title' }, isReused: true },
  );
  return match.id;
}

/** Imports facts from CSV or JSON, in one transaction. */
export function importFacts(store: Store, format: 'csv' | 'json', text: string): ImportReport {
  const steps = factSteps(store, format, text);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const plan = step.value;
  const batch = new ImportBatch(store);
  return batch.run(() => writeFactPlan(batch, plan));
}

/**
 * `importFacts` with progress and Cancel, as a source import has them: the file is read and each row
 * checked between turns of the event loop, sending `read` progress (rows checked of all rows) every
 * 500 rows and stopping, with nothing written, when `cancelImport` is called. The write is then one
 * transaction, sending `write` progress (facts saved of all) as it goes, and `done`.
 */
export async function importFactsWithProgress(
  store: Store,
  format: 'csv' | 'json',
  text: string,
  options: { exportId: string; progress?: (event: ExportProgress) => void },
): Promise<ImportReport> {
  const run = await startImportRun(options.exportId, options.progress);
  try {
    // The first step reads the whole file; each one checks a row.
    const plan = await run.check(factSteps(store, format, text), 'rows');
    // From here on the import is one transaction: too late to cancel.
    run.end();
    const batch = new ImportBatch(store);
    const report = batch.run(() => writeFactPlan(batch, plan), {
      onFactsWritten: (done, all) =>
        run.send('write', done, all, `Saved ${count(done)} of ${count(all)} facts`),
    });
    run.send('done', 1, 1, `Added ${count(report.factsCreated)} facts`);
    return report;
  } finally {
    run.end();
  }
}
