import {
  CSL_DATE_VARIABLES,
  CSL_NAME_VARIABLES,
  CSL_TEXT_VARIABLES,
  CslItemSchema,
  CslNameSchema,
  isCslItemType,
  type CslItem,
  type CslName,
} from '../../core/csl-item';
import { LIMITS as CORE_LIMITS } from '../../core/limits';
import { cslDateToPartial } from '../../core/partial-date';
import { SourceInput, sourceFields } from '../../core/schemas';
import {
  identifiesAWork,
  NOT_IDENTIFYING,
  normaliseDoi,
  normaliseIsbn,
  textOf,
  formatNameList,
  titleMatchReason,
} from '../../core/source-item';
import type { ImportDuplicate, ImportPreview, ImportProblem } from '../../contract/api';
import { uuidV7Sequence, type PlannedSourceRow } from '../store/bulk';
import {
  firstMatch,
  sourceRow,
  urlMatch,
  type SourceMatch,
  type SourceMatchKeys,
  type Store,
  type UrlCandidate,
} from '../store/store';

/** One entry as a format parser hands it over: a CSL item (not yet checked), where it starts, what it noticed. */
export interface SourceEntry {
  item: unknown;
  /** 1-based line where the entry starts in the user's file. */
  line?: number;
  /** The entry's key in the file (BibTeX key, RIS ID), to name it in a problem. */
  key?: string;
  problems: Array<{ field?: string; message: string; severity: 'warning' | 'error' }>;
}

type Problem = Omit<ImportProblem, 'line'>;

const LIMITS = { text: 1_000_000, names: CORE_LIMITS.namesPerRole };

/** The variables an entry is not told apart by (defined with the source model, which uses the same rule). */
export { NOT_IDENTIFYING };

/** "Family, Given" or "Given Family" strings some tools write in name lists, as CSL names. */
function nameFromString(text: string): CslName | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const comma = t.indexOf(',');
  if (comma > 0) {
    const family = t.slice(0, comma).trim();
    const given = t.slice(comma + 1).trim();
    return given ? { family, given } : { literal: family };
  }
  return { literal: t };
}

/** A name list with what cannot be a name left out (and reported). */
function checkNames(value: unknown, field: string, problems: Problem[]): CslName[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const kept: CslName[] = [];
  let dropped = 0;
  for (const n of list) {
    const name = typeof n === 'string' ? nameFromString(n) : n;
    const parsed = CslNameSchema.safeParse(name);
    if (parsed.success) kept.push(parsed.data as CslName);
    else dropped++;
  }
  if (!Array.isArray(value) && typeof value !== 'string')
    problems.push({
      field,
      message: 'is not a list of names; what could be read was kept.',
      severity: 'warning',
    });
  else if (dropped > 0)
    problems.push({
      field,
      message: `${dropped} of ${list.length} names cannot be read (a name needs a family name, a given name or a literal name) and were left out.`,
      severity: 'warning',
    });
  if (kept.length > LIMITS.names) {
    problems.push({
      field,
      message: `has ${kept.length} names, more than the ${LIMITS.names} a source keeps in one role: the first ${LIMITS.names} were kept, the other ${kept.length - LIMITS.names} left out.`,
      severity: 'warning',
    });
    return kept.slice(0, LIMITS.names);
  }
  return kept.length > 0 ? kept : undefined;
}

/** A URL the web can open: `www.…` and `//…` get https:// (safe: nothing else would open them). */
function checkUrl(value: string, problems: Problem[]): string {
  const url = value.trim();
  if (/^https?:\/\//i.test(url)) return url;
  if (/^\/\//.test(url) || /^www\./i.test(url)) {
    const fixed = `https:${url.startsWith('//') ? '' : '//'}${url}`;
    problems.push({ field: 'URL', message: `had no scheme; read as ${fixed}.`, severity: 'warning' });
    return fixed;
  }
  problems.push({
    field: 'URL',
    message: `"${url.slice(0, 80)}" is not a web (http or https) address; kept as written, not linked.`,
    severity: 'warning',
  });
  return url;
}

/**
 * Checks one entry's CSL item and repairs what is safe to repair: names written as strings, dates
 * written as strings, URLs without a scheme, a DOI written as a link. What cannot be kept is left
 * out and named; an entry is refused only when nothing identifies it.
 */
export function checkEntry(raw: unknown): { item?: CslItem; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [{ message: 'is not a CSL-JSON object.', severity: 'error' }] };
  const item: Record<string, unknown> = { ...(raw as Record<string, unknown>) };

  const type = textOf(item.type);
  if (!type) {
    problems.push({ field: 'type', message: 'is missing; imported as a document.', severity: 'warning' });
    item.type = 'document';
  } else if (!isCslItemType(type)) {
    problems.push({
      field: 'type',
      message: `"${type}" is not a CSL item type; imported as a document.`,
      severity: 'warning',
    });
    item.type = 'document';
  } else item.type = type;
  if (typeof item.id !== 'string' && typeof item.id !== 'number') item.id = '';

  for (const v of CSL_NAME_VARIABLES) {
    if (item[v] === undefined || item[v] === null) {
      delete item[v];
      continue;
    }
    const names = checkNames(item[v], v, problems);
    if (names) item[v] = names;
    else delete item[v];
  }
  for (const v of CSL_DATE_VARIABLES) {
    const value = item[v];
    if (value === undefined || value === null || value === '') {
      delete item[v];
      continue;
    }
    if (typeof value === 'string' || typeof value === 'number') item[v] = { raw: String(value) };
    const date = item[v] as Record<string, unknown>;
    if (!date || typeof date !== 'object' || Array.isArray(date)) {
      problems.push({ field: v, message: 'cannot be read as a date and was left out.', severity: 'warning' });
      delete item[v];
    } else if (cslDateToPartial(date) === undefined && typeof date.literal !== 'string') {
      problems.push({ field: v, message: 'cannot be read as a date; kept as written.', severity: 'warning' });
    }
  }
  for (const v of CSL_TEXT_VARIABLES) {
    const value = item[v];
    if (value === undefined || value === null) {
      delete item[v];
      continue;
    }
    if (typeof value === 'number' || typeof value === 'string') {
      if (typeof value === 'string' && value.length > LIMITS.text) {
        problems.push({
          field: v,
          message: `is longer than ${LIMITS.text} characters and was cut.`,
          severity: 'warning',
        });
        item[v] = value.slice(0, LIMITS.text);
      }
      continue;
    }
    // Some exporters write a text variable as a list (manubot's "ISSN": [print, electronic]): every
    // value is kept, joined as Zotero writes several ISSNs in one field, never only the first.
    const values = Array.isArray(value) ? value.map(textOf).filter((t) => t !== undefined) : [];
    if (values.length > 1 && values.length === (value as unknown[]).length) {
      item[v] = values.join(', ');
      problems.push({
        field: v,
        message: `is a list of ${values.length} values; kept as one text, joined with commas.`,
        severity: 'warning',
      });
      continue;
    }
    const text = textOf(value);
    if (text !== undefined) item[v] = text;
    else {
      problems.push({ field: v, message: 'is not text and was left out.', severity: 'warning' });
      delete item[v];
    }
  }
  if (typeof item.URL === 'string') item.URL = checkUrl(item.URL, problems);
  if (item.DOI !== undefined) {
    const doi = normaliseDoi(item.DOI);
    if (doi) item.DOI = doi;
    else
      problems.push({
        field: 'DOI',
        message: `"${String(item.DOI).slice(0, 80)}" is not a DOI; kept as written.`,
        severity: 'warning',
      });
  }
  if (item.ISBN !== undefined && !normaliseIsbn(item.ISBN))
    problems.push({
      field: 'ISBN',
      message: `"${String(item.ISBN).slice(0, 80)}" is not an ISBN; kept as written.`,
      severity: 'warning',
    });

  const checked = CslItemSchema.safeParse(item);
  if (!checked.success) {
    // Anything the checks above missed: name the first field and leave the entry out.
    const issue = checked.error.issues[0];
    return {
      problems: [
        ...problems,
        {
          field: issue?.path.map(String).join('.') || undefined,
          message: issue?.message ?? 'is invalid.',
          severity: 'error',
        },
      ].map((p) => (p.field === undefined ? { message: p.message, severity: p.severity } : p)) as Problem[],
    };
  }
  const result = checked.data as CslItem;
  const f = sourceFields(result);
  if (!f.title) {
    // A date or a number alone is what the file says: kept, untitled. Only an entry with nothing that
    // points at a work (just a note, an abstract, keywords) is refused.
    if (!identifiesAWork(result))
      return {
        problems: [
          ...problems,
          {
            message:
              'has nothing to identify it (no title, name, date, container, publisher, number, DOI or URL).',
            severity: 'error',
          },
        ],
      };
    problems.push({ field: 'title', message: 'is missing; imported untitled.', severity: 'warning' });
  }
  return { item: result, problems };
}

/**
 * The entries of a file to plan: a list, or entries still being read (then `problems`, the file's own
 * warnings, is complete only once `entries` ends, and `expected` says about how many there will be).
 */
export interface EntriesToPlan {
  entries: Iterable<SourceEntry>;
  problems: readonly ImportProblem[];
  expected?: number;
}

/** An entry that would be added: its row planned in full (id, item, derived columns). */
export interface PlannedSource {
  line?: number;
  row: PlannedSourceRow;
}

/** What the preview lists of the first entries to be added. */
type SampleEntry = ImportPreview['sample'][number];
const SAMPLE_SIZE = 50;

export interface SourceImportPlan {
  entries: number;
  /** Entries left out because they cannot be read. */
  unreadable: number;
  /** Entries to be added. */
  adding: number;
  /** Their rows, kept for a later write (empty when the plan wrote each row as it went). */
  toAdd: PlannedSource[];
  /** The first entries to be added, as the preview shows them. */
  sample: SampleEntry[];
  duplicates: ImportDuplicate[];
  problems: ImportProblem[];
}

const withLine = (line: number | undefined, p: Problem, key?: string): ImportProblem => ({
  ...(line === undefined ? {} : { line }),
  ...(key ? { key } : {}),
  ...p,
});

/**
 * The entry's own key (a BibTeX key, a `citation-key`) when short enough to name it in a message; never
 * an id a reader made up for an entry without one.
 */
function entryKey(entry: SourceEntry): string | undefined {
  const item = entry.item as { 'citation-key'?: unknown } | null;
  const key = entry.key ?? (typeof item === 'object' && item ? item['citation-key'] : undefined);
  return typeof key === 'string' && key.trim() !== '' && key.length <= 60 ? key.trim() : undefined;
}

/**
 * What importing these entries does, without writing: each entry checked, matched against the library
 * (DOI, then ISBN, then URL, then title + first author + year: store.ts firstMatch) and against the
 * entries before it in the file, by the same rule.
 */
export function planSourceImport(
  store: Store,
  file: EntriesToPlan,
  write?: (row: PlannedSourceRow) => void,
): SourceImportPlan {
  const steps = planSteps(store, file, write);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `planSourceImport` one entry at a time: yields the number of entries planned so far, so an import
 * can report progress and stop between entries; returns the plan. Each entry's row is built here,
 * once (its item serialised, its derived columns computed), and the same keys serve for matching:
 * writing the plan is then only inserts. With `write` (an import already in its transaction), each
 * row is written as soon as it is planned instead of being kept: 80,000 rows are never all in memory.
 */
export function* planSteps(
  store: Store,
  file: EntriesToPlan,
  write?: (row: PlannedSourceRow) => void,
): Generator<number, SourceImportPlan> {
  const plan: SourceImportPlan = {
    entries: 0,
    unreadable: 0,
    adding: 0,
    toAdd: [],
    sample: [],
    duplicates: [],
    problems: [],
  };
  const findDuplicate = store.duplicateFinder(
    Array.isArray(file.entries) ? file.entries.length : (file.expected ?? Infinity),
  );
  // Time-ordered ids: 80,000 new rows append to the key index instead of landing all over it.
  const nextId = uuidV7Sequence();
  const inFile = fileMatcher();
  /** Each key of the file (BibTeX key, RIS ID, CSL id) and where it was first given. */
  const keysSeen = new Map<string, { line: number | undefined }>();
  const planEntry = (entry: SourceEntry, i: number): void => {
    const line = entry.line;
    const key = entryKey(entry);
    const where = line === undefined ? `Entry ${i + 1}` : `Entry ${i + 1} (line ${line})`;
    const parserErrors = entry.problems.filter((p) => p.severity === 'error');
    for (const p of entry.problems) plan.problems.push(withLine(line, p, key));
    // Two entries under one key are both kept (they may be two works), but a citation by that key in a
    // document cannot tell them apart: said.
    // The file's key: a BibTeX key, or the RIS ID or CSL id the item carries (a reader's own ids for
    // entries without one are numbered, so never repeat).
    const itemId = (entry.item as { id?: unknown } | undefined)?.id;
    const fileKey = key ?? (typeof itemId === 'string' && itemId.trim() !== '' ? itemId.trim() : undefined);
    if (fileKey !== undefined) {
      const first = keysSeen.get(fileKey);
      if (first)
        plan.problems.push(
          withLine(
            line,
            {
              message: `has the same key as the entry ${first.line === undefined ? 'before it' : `at line ${first.line}`}: both are kept, but a citation by this key cannot tell them apart.`,
              severity: 'warning',
            },
            fileKey.length <= 60 ? fileKey : undefined,
          ),
        );
      else keysSeen.set(fileKey, { line });
    }
    if (parserErrors.length > 0) {
      plan.unreadable++;
      return;
    }
    const { item, problems } = checkEntry(entry.item);
    for (const p of problems) plan.problems.push(withLine(line, p, key));
    if (!item) {
      plan.unreadable++;
      return;
    }
    const parsed = SourceInput.safeParse({ item });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      plan.problems.push(
        withLine(line, { message: issue?.message ?? 'is invalid.', severity: 'error' }, key),
      );
      plan.unreadable++;
      return;
    }
    const { created_at: _c, updated_at: _u, ...row } = sourceRow(parsed.data, nextId(), '', '');
    const title = row.title || 'untitled';
    // The file's own entries first: an entry it repeats was not in the library either (else it would
    // not have been added), and with `write` it may already be written.
    const keys = { ...row, match_by: titleMatchReason(parsed.data.item) };
    const earlier = inFile.find(keys);
    if (earlier) {
      plan.duplicates.push({
        ...(line === undefined ? {} : { line }),
        message: `${where} "${title}" repeats the entry${earlier.line === undefined ? '' : ` at line ${earlier.line}`} "${earlier.title}" (same ${earlier.by}); not added twice.`,
        isInFile: true,
      });
      return;
    }
    const match = findDuplicate(keys);
    if (match) {
      plan.duplicates.push({
        ...(line === undefined ? {} : { line }),
        message: `${where} "${title}" is already in the library as "${match.title || 'untitled'}" (same ${match.by}); not added again.`,
        match,
      });
      return;
    }
    inFile.add(row, { ...(line === undefined ? {} : { line }), title });
    plan.adding++;
    if (write) write(row);
    else plan.toAdd.push({ ...(line === undefined ? {} : { line }), row });
    if (plan.sample.length < SAMPLE_SIZE) {
      const f = sourceFields(parsed.data.item);
      plan.sample.push({
        ...(line === undefined ? {} : { line }),
        title,
        authors: formatNameList(f.authors.length > 0 ? f.authors : f.editors),
        year: f.published?.slice(0, 4) ?? '',
        ...(f.outlet ? { outlet: f.outlet } : {}),
      });
    }
    // The planned row is all that is needed from here: the parser's item is let go as the plan grows.
    (entry as { item: unknown }).item = undefined;
  };
  let i = 0;
  for (const entry of file.entries) {
    planEntry(entry, i++);
    yield i;
  }
  plan.entries = i;
  // The file's own warnings first; a file read as it is planned knows them only at its end.
  if (file.problems.length > 0) plan.problems = file.problems.concat(plan.problems);
  return plan;
}

/** An entry added earlier in the file: its line and title. */
interface EarlierEntry {
  line?: number;
  title: string;
}

/**
 * The entries a file adds, matched as the library matches (store.ts firstMatch: DOI, else ISBN; the
 * address; else title + first author + year), on the keys of the rows planned so far.
 */
function fileMatcher() {
  const added: EarlierEntry[] = [];
  const byKey = {
    doi: new Map<string, number>(),
    isbn: new Map<string, number>(),
    match_key: new Map<string, number>(),
  };
  const atUrl = new Map<string, UrlCandidate[]>();
  return {
    find(row: SourceMatchKeys): (EarlierEntry & { by: SourceMatch['by'] }) | undefined {
      const match = firstMatch(
        row,
        (column, value, by) => {
          const at = value ? byKey[column].get(value) : undefined;
          return at === undefined ? undefined : { id: String(at), title: '', by };
        },
        (value) => urlMatch(row, atUrl.get(value) ?? []),
      );
      const entry = match && added[Number(match.id)];
      return entry && match && { ...entry, by: match.by };
    },
    add(row: SourceMatchKeys, entry: EarlierEntry): void {
      const at = added.push(entry) - 1;
      for (const column of ['doi', 'isbn', 'match_key'] as const) {
        const value = row[column];
        // The first entry with a key is the one a later entry repeats.
        if (value && !byKey[column].has(value)) byKey[column].set(value, at);
      }
      if (row.url_key) {
        const found = { id: String(at), title: row.title ?? '', doi: row.doi, isbn: row.isbn };
        const list = atUrl.get(row.url_key);
        if (list) list.push(found);
        else atUrl.set(row.url_key, [found]);
      }
    },
  };
}

/** The preview the UI and the CLI show before importing. */
export function previewOf(plan: SourceImportPlan): ImportPreview {
  return {
    entries: plan.entries,
    toAdd: plan.adding,
    unreadable: plan.unreadable,
    duplicates: plan.duplicates,
    problems: plan.problems,
    sample: plan.sample,
  };
}
