import { z } from 'zod';
import { LIMITS } from './limits';
import { CslItemSchema, CslNameSchema, type CslItem, type CslName as CslNameType } from './csl-item';
import { cslDateToPartial, optionalPartialDate, partialToCslDate } from './partial-date';
import { InlineContent, inlineFactIds, inlineFromLegacy, inlineText } from './rich-text';
import { deriveOutlet, identifiesAWork, namesOf, normaliseDoi, outletVariable, textOf } from './source-item';

/** Trimmed text that must not be empty once trimmed. */
const requiredText = (label: string, max = 10_000) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

/** Optional text: empty or blank strings become `undefined`. */
const optionalText = (label: string, max = 10_000) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** A calendar date written as YYYY-MM-DD (the format every date field uses). */
export const IsoDate = z.iso.date({ error: 'must be a real date written as YYYY-MM-DD (e.g. 2025-12-15).' });

const optionalUrl = z
  .string()
  .trim()
  .pipe(
    z.union(
      [
        z.literal(''),
        z
          .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://.' })
          .max(2000)
          // A browser would take "…/123">https://…</a" and escape what it cannot hold; it is not an
          // address anyone wrote (markup pasted or imported with it).
          .refine((v) => !/[\s"<>]/.test(v), {
            error: 'must be one web address, without spaces, quotation marks or < >.',
          }),
      ],
      { error: 'must be a web address starting with http:// or https://.' },
    ),
  )
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const Id = z.string().min(1).max(100);

/** ` (not "published")`: the value a choice field refused, when it is a short text worth quoting. */
const notThe = (input: unknown) =>
  typeof input === 'string' && input.trim() !== '' && input.length <= 40 ? ` (not "${input}")` : '';

/** Admiralty code, reliability of the *source*: A completely reliable … E unreliable, F cannot be judged. */
export const Grade = z.enum(['A', 'B', 'C', 'D', 'E', 'F'], {
  error: (issue) => `must be A, B, C, D, E or F${notThe(issue.input)}.`,
});
export type Grade = z.infer<typeof Grade>;

/** Admiralty code, credibility of the *information*: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const Credibility = z
  .int({ error: (issue) => `must be 1 to 6, a whole number${notThe(issue.input)}.` })
  .min(1, 'must be 1 to 6.')
  .max(6, 'must be 1 to 6.');

export const FactStatus = z.enum(['draft', 'verified', 'retracted'], {
  error: (issue) => `must be draft, verified or retracted${notThe(issue.input)}.`,
});

/**
 * A protective marking ("SECRET", "official-sensitive"): a template's classification id or label,
 * matched without regard to case (see core/marking.ts).
 */
export const Marking = z
  .string()
  .trim()
  .min(1, 'must not be empty.')
  .max(60, 'must be at most 60 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} /_-]*$/u, 'must be letters, digits, spaces, "/", "_" or "-".');
/** A marking a form may leave empty ('' removes it). */
const optionalMarking = Marking.or(z.literal('').transform(() => undefined)).optional();
export type FactStatus = z.infer<typeof FactStatus>;

/**
 * A field of a patch that a form may clear: '' (or blank, or null) parses to `null`, "remove it"; a field
 * left out or given as undefined is not given and keeps its value. Null parses to null again, so a patch
 * checked where it crosses a process boundary and again by the store still says which fields were
 * cleared (read it with patchFields).
 */
const clearable = <T extends z.ZodType>(field: T) =>
  z
    // null is read as '' by the field itself, so a value it refuses keeps the field's own message ("must
    // be … YYYY-MM-DD"), not a union's "Invalid input".
    .preprocess((v) => (v === null ? '' : v), field)
    .transform(
      (v): Exclude<z.output<T>, undefined> | null => (v ?? null) as Exclude<z.output<T>, undefined> | null,
    )
    .optional();

/**
 * The fields a parsed patch gives, to lay over the current record: a field not given is left out, a
 * cleared one (null) is there as undefined.
 */
export function patchFields<T extends object>(parsed: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(parsed)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v ?? undefined]),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}

/** A CSL-JSON name: a person (family, given, particles, suffix) or an organisation (literal). */
export const CslName = CslNameSchema;
export type CslName = CslNameType;

const tags = z
  .array(z.string().trim().max(60, 'a tag must be at most 60 characters.'))
  .max(30, 'at most 30 tags.')
  .transform((list) => [...new Set(list.filter((t) => t !== ''))]);

const itemType = z
  .string()
  .regex(/^[a-z][a-z_-]{1,40}$/, 'must be a CSL item type such as article-newspaper.');

/** A source's CSL item as given: `id` and `type` may be left to the store. */
const SourceItemInput = CslItemSchema.extend({
  id: z.union([z.string().max(1000), z.number()]).optional(),
  type: itemType.optional(),
});

const names = z.array(CslName).max(LIMITS.namesPerRole);

/**
 * What a user gives to save a source: a CSL-JSON item (CSL 1.0.2, any type and variable, unknown
 * variables kept), and/or the fields a form or an older caller names, which override the item's:
 * `outlet` goes to `container-title` for articles and to `publisher` for reports and books. Plus our
 * own fields: reliability grade, analyst notes, captured text. A field given as '' removes it.
 */
const SourceFieldsSchema = z.object({
  item: SourceItemInput.optional(),
  title: optionalText('Title', 2000),
  outlet: optionalText('Outlet', 500),
  containerTitle: optionalText('Container', 2000),
  publisher: optionalText('Publisher', 500),
  /** CSL item type: article-newspaper, report, webpage, legal_case, … */
  type: itemType.optional(),
  authors: names.optional(),
  editors: names.optional(),
  published: optionalPartialDate,
  accessed: optionalPartialDate,
  url: optionalUrl,
  doi: optionalText('DOI', 300),
  language: optionalText('Language', 35),
  grade: Grade.optional(),
  notes: optionalText('Notes', 20_000),
  /** The captured article text, when there is one. */
  text: optionalText('Article text', 5_000_000),
  /** Its protective marking: the paragraphs citing any of its facts are marked at least this high. */
  classification: optionalMarking,
});
/**
 * What is wrong with a source's DOI as a form gives it, if anything: a DOI typed must be one; an item's own
 * DOI a file brought is kept as written (its import reported it), and so is that value sent back unchanged by
 * a form editing the source. The form asks it too, so that a save refused for other fields names this one
 * at the same time.
 */
export function doiProblem(input: {
  doi?: string | undefined;
  item?: { DOI?: unknown } | undefined;
}): string | undefined {
  return input.doi !== undefined &&
    input.doi.trim() !== '' &&
    normaliseDoi(input.doi) === undefined &&
    input.doi !== textOf(input.item?.DOI)?.trim()
    ? 'DOI must be a DOI such as 10.1234/abc.5 (or its https://doi.org/ link), or left empty.'
    : undefined;
}

export const SourceInput = SourceFieldsSchema.extend({ grade: Grade.default('F') }).transform(
  (input, ctx) => {
    const item = buildSourceItem(input);
    // A title typed in a form must not be blank; an item from a file may lack one (it is flagged by the
    // import) as long as something else identifies it.
    if (('title' in input && input.title === undefined) || !identifiesAWork(item)) {
      ctx.addIssue({ code: 'custom', message: 'Title is required.', path: ['title'] });
      return z.NEVER;
    }
    // A DOI typed in a form must be one; an item's own DOI a file brought is kept as written (its import
    // reported it), and so is that value sent back unchanged by a form editing the source.
    const doi = doiProblem(input);
    if (doi) {
      ctx.addIssue({ code: 'custom', message: doi, path: ['doi'] });
      return z.NEVER;
    }
    return {
      item,
      grade: input.grade,
      notes: input.notes,
      text: input.text,
      classification: input.classification,
    };
  },
);
export type SourceInput = z.input<typeof SourceInput>;
export type ParsedSourceInput = z.output<typeof SourceInput>;

/** The named fields a caller may lay over the item. */
interface SourceFields {
  item?: z.output<typeof SourceItemInput>;
  title?: string | undefined;
  outlet?: string | undefined;
  containerTitle?: string | undefined;
  publisher?: string | undefined;
  type?: string | undefined;
  authors?: CslName[] | undefined;
  editors?: CslName[] | undefined;
  published?: string | undefined;
  accessed?: string | undefined;
  url?: string | undefined;
  doi?: string | undefined;
  language?: string | undefined;
}

/**
 * The item with the named fields laid over it. A field present but empty removes the variable; a field
 * that says what the item already says leaves the item as it is (so a record read back and saved again,
 * such as a library export re-imported, keeps its item exactly: `raw` dates, DOI spelling and all).
 */
function buildSourceItem(input: SourceFields): CslItem {
  const item: CslItem = {
    ...(input.item ?? {}),
    id: input.item?.id ?? '',
    type: input.item?.type ?? 'article-newspaper',
  };
  if (input.type !== undefined) item.type = input.type;
  const current = sourceFields(item);
  const set = (key: string, has: boolean, value: unknown, same: boolean) => {
    if (!has || same) return;
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete item[key];
    else item[key] = value;
  };
  const given = (key: keyof SourceFields) => key in input;
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  set('title', given('title'), input.title, input.title === (textOf(item.title) ?? undefined));
  set(
    'container-title',
    given('containerTitle'),
    input.containerTitle,
    input.containerTitle === textOf(item['container-title']),
  );
  set('publisher', given('publisher'), input.publisher, input.publisher === textOf(item.publisher));
  if (given('outlet') && (input.outlet ?? '') !== current.outlet)
    set(outletVariable(String(item.type)), true, input.outlet, false);
  set('author', given('authors'), input.authors, sameJson(input.authors, current.authors));
  set('editor', given('editors'), input.editors, sameJson(input.editors, current.editors));
  set(
    'issued',
    given('published'),
    input.published && partialToCslDate(input.published),
    input.published === current.published,
  );
  set(
    'accessed',
    given('accessed'),
    input.accessed && partialToCslDate(input.accessed),
    input.accessed === current.accessed,
  );
  set('URL', given('url'), input.url, input.url === current.url);
  const doi = input.doi === undefined ? undefined : (normaliseDoi(input.doi) ?? input.doi);
  set('DOI', given('doi'), doi, doi === current.doi);
  set('language', given('language'), input.language, input.language === current.language);
  return item;
}

export const Source = z.object({
  id: Id,
  /** The CSL-JSON item: the source's metadata, as complete as the file or the form gave it. */
  item: CslItemSchema,
  /* Read off the item (see sourceFields): for lists, notes and filters. */
  title: z.string(),
  outlet: z.string(),
  type: z.string(),
  authors: z.array(CslName),
  editors: z.array(CslName),
  /** Publication date as a partial date (2019, 2019-03, 2019-03-05, 1990~, 2019/2020). */
  published: z.string().optional(),
  accessed: z.string().optional(),
  url: z.string().optional(),
  doi: z.string().optional(),
  language: z.string().optional(),
  grade: Grade,
  notes: z.string().optional(),
  text: z.string().optional(),
  classification: z.string().optional(),
  /** SHA-256 of `text`, hex. */
  textSha256: z.string().optional(),
  capturedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Source = z.infer<typeof Source>;

/** The fields of a Source that are read off its item. */
export function sourceFields(item: CslItem) {
  const out: Pick<Source, 'title' | 'outlet' | 'type' | 'authors' | 'editors'> &
    Partial<Pick<Source, 'published' | 'accessed' | 'url' | 'doi' | 'language'>> = {
    title: textOf(item.title) ?? '',
    outlet: deriveOutlet(item) ?? '',
    type: String(item.type),
    authors: namesOf(item, 'author'),
    editors: namesOf(item, 'editor'),
  };
  const published = cslDateToPartial(item.issued);
  if (published) out.published = published;
  const accessed = cslDateToPartial(item.accessed);
  if (accessed) out.accessed = accessed;
  const url = textOf(item.URL);
  if (url) out.url = url;
  const doi = normaliseDoi(item.DOI);
  if (doi) out.doi = doi;
  const language = textOf(item.language);
  if (language) out.language = language;
  return out;
}

/** A fact's fields, without defaults (a patch must not reset the fields it does not name). */
const FactFields = z.object({
  sourceId: z
    .string({ error: 'Choose the source this fact comes from.' })
    .min(1, 'Choose the source this fact comes from.'),
  statement: requiredText('Statement', 5000),
  quote: optionalText('Quote', 5000),
  /** Who said it: "Dmitry Peskov", "US officials". */
  speaker: optionalText('Speaker', 300),
  /** Their role: "Kremlin spokesman". */
  speakerRole: optionalText('Role', 300),
  /** Who relayed it, when not said to the source directly: "Reuters" (as in "US officials, cited by Reuters"). */
  relayedBy: optionalText('Relayed by', 300),
  /** When it happened, as precisely as known: 2025, 2025-12, 2025-12-15, 1990~, 2019/2020. */
  eventDate: optionalPartialDate,
  /** Where in the source: "para. 4", "p. 12". */
  locator: optionalText('Locator', 100),
  credibility: Credibility,
  tags: tags,
  status: FactStatus,
  /** Its protective marking: the paragraphs citing it are marked at least this high. */
  classification: optionalMarking,
});

/** What a user gives to save a fact drawn from a source. */
export const FactInput = FactFields.extend({
  credibility: Credibility.default(6),
  tags: tags.default([]),
  status: FactStatus.default('draft'),
});
export type FactInput = z.input<typeof FactInput>;

/**
 * A partial update of a fact: only the fields given change, an optional one given as '' is removed.
 * `baseVersion` is the version the editor loaded: when someone saved the fact since, the save is
 * refused (an edit conflict) instead of overwriting their change; without it the save overwrites.
 * `reason` is kept in the fact's history (why it was retracted).
 */
export const FactPatch = FactFields.partial().extend({
  quote: clearable(FactFields.shape.quote),
  speaker: clearable(FactFields.shape.speaker),
  speakerRole: clearable(FactFields.shape.speakerRole),
  relayedBy: clearable(FactFields.shape.relayedBy),
  eventDate: clearable(FactFields.shape.eventDate),
  locator: clearable(FactFields.shape.locator),
  classification: clearable(FactFields.shape.classification),
  baseVersion: z.int().positive().optional(),
  reason: optionalText('Reason', 1000),
});
export type FactPatch = z.input<typeof FactPatch>;
/**
 * A partial update of a source: only the fields given change (`item` replaces the whole item); a field
 * given as '' is removed.
 */
const sourceField = SourceFieldsSchema.shape;
export const SourcePatch = SourceFieldsSchema.partial().extend({
  title: clearable(sourceField.title),
  outlet: clearable(sourceField.outlet),
  containerTitle: clearable(sourceField.containerTitle),
  publisher: clearable(sourceField.publisher),
  published: clearable(sourceField.published),
  accessed: clearable(sourceField.accessed),
  url: clearable(sourceField.url),
  doi: clearable(sourceField.doi),
  language: clearable(sourceField.language),
  notes: clearable(sourceField.notes),
  text: clearable(sourceField.text),
  classification: clearable(sourceField.classification),
});
export type SourcePatch = z.input<typeof SourcePatch>;

/**
 * What the local copy of a cited team fact knows (offline-first, docs/team-library.md): the version the
 * analyst cited; `changed` when the team library's version differs from it, `deleted` when the team
 * library no longer has the fact; `isFromCopy` when what is shown is the copy (the team library is out of
 * reach, or the fact is deleted there).
 */
export const TeamCopy = z.object({
  citedVersion: z.int().positive(),
  state: z.enum(['current', 'changed', 'deleted']),
  isFromCopy: z.boolean(),
});
export type TeamCopy = z.infer<typeof TeamCopy>;

export const Fact = z.object({
  id: Id,
  sourceId: Id,
  statement: z.string(),
  quote: z.string().optional(),
  speaker: z.string().optional(),
  speakerRole: z.string().optional(),
  relayedBy: z.string().optional(),
  eventDate: z.string().optional(),
  locator: z.string().optional(),
  credibility: z.int().min(1).max(6),
  tags: z.array(z.string()),
  status: FactStatus,
  classification: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped by every save; a save made against an older version is refused (see FactPatch). */
  version: z.int().positive().optional(),
  /** Who created and last changed it: a name from settings, else the system or database user. */
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  /** Set on a team-library fact a local briefing cites, which this store keeps a copy of. */
  teamCopy: TeamCopy.optional(),
});
export type Fact = z.infer<typeof Fact>;

/** One change in a fact's append-only history: who retracted, restored or edited it, when and why. */
export const FactChange = z.object({
  version: z.int().positive(),
  action: z.enum(['edited', 'retracted', 'restored']),
  changedBy: z.string(),
  changedAt: z.string(),
  reason: z.string().optional(),
  /** The fields the change touched (statement, status, tags…). */
  fields: z.array(z.string()),
});
export type FactChange = z.infer<typeof FactChange>;

/** The history action of a save that moves a fact from one status to another. */
export function changeAction(from: FactStatus, to: FactStatus): FactChange['action'] {
  if (from !== 'retracted' && to === 'retracted') return 'retracted';
  if (from === 'retracted' && to !== 'retracted') return 'restored';
  return 'edited';
}

/** "Dmitry Peskov, Kremlin spokesman, cited by Reuters": who said it, as a note or list shows it. */
export function attribution(fact: Pick<Fact, 'speaker' | 'speakerRole' | 'relayedBy'>): string {
  const who = [fact.speaker, fact.speakerRole].filter(Boolean).join(', ');
  if (!fact.relayedBy) return who;
  // An outlet's own reporting, relayed: no one to name as the speaker.
  return who ? `${who}, cited by ${fact.relayedBy}` : `reported by ${fact.relayedBy}`;
}

/** How a block is laid out: a paragraph (the default), a bulleted item, or a numbered item. */
export const BlockKind = z.enum(['paragraph', 'bullet', 'numbered']);
export type BlockKind = z.infer<typeof BlockKind>;

const BlockShape = z.object({
  id: Id,
  /** Absent means a paragraph. */
  kind: BlockKind.optional(),
  /** The analyst's own judgement rather than reporting: set apart in the output. */
  isAssessment: z.boolean().optional(),
  /** Its portion mark set by hand (a classification id or label); unset, the highest of what it cites. */
  marking: Marking.optional(),
  /** The block's words, formatting and citation chips, each chip where it stands in the sentence. */
  content: InlineContent,
});

/**
 * A block as written before inline chips (stored rows, version 1 briefing files, older callers): plain
 * text with every citation after it.
 */
export interface LegacyBlock {
  id: string;
  text: string;
  factIds: string[];
  isAssessment?: boolean;
  kind?: BlockKind;
}

/** A legacy block (`text` + `factIds`, no `content`) as content: its text followed by its chips. */
function upgradeBlock(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || 'content' in raw) return raw;
  if (!('text' in raw) && !('factIds' in raw)) return raw;
  const { text = '', factIds = [], ...rest } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || !Array.isArray(factIds)) return raw;
  return { ...rest, content: inlineFromLegacy(text, factIds as string[]) };
}

/**
 * One block of a briefing (a paragraph or a list item). Blocks written before inline chips
 * (`{ text, factIds }`) are read as their text followed by their chips wherever a block is parsed
 * (the store, briefing files, IPC), and are written back as `content`.
 */
export const Block = z.preprocess(
  (raw: z.input<typeof BlockShape> | LegacyBlock) => upgradeBlock(raw),
  BlockShape,
);
export type Block = z.infer<typeof Block>;
/** What a caller may give as a block: the current shape or the legacy one. */
export type BlockInput = z.input<typeof Block>;

/** A block's words without its chips. */
export const blockText = (block: Pick<Block, 'content'>): string => inlineText(block.content);
/** The facts a block cites, in chip order (a fact cited twice appears twice). */
export const blockFactIds = (block: Pick<Block, 'content'>): string[] => inlineFactIds(block.content);
/** A block with words or a chip in it (blank blocks are left out of exports and checks). */
export const blockHasContent = (block: Pick<Block, 'content'>): boolean =>
  blockText(block).trim() !== '' || block.content.some((r) => r.type === 'cite');
/** Every fact a briefing's blocks cite, each once, in reading order. */
export const citedFactIds = (sections: ReadonlyArray<{ blocks: ReadonlyArray<Pick<Block, 'content'>> }>) => [
  ...new Set(sections.flatMap((s) => s.blocks.flatMap(blockFactIds))),
];

export const BriefingSection = z.object({
  /** The template section this content belongs to. */
  id: z.string().min(1).max(64),
  /**
   * The heading of parked content (its section is not in the briefing's template, e.g. after a
   * template switch): what the editor and the export call it. Unset, it is read from the id.
   */
  heading: z.string().trim().min(1).max(200).optional(),
  blocks: z.array(Block).max(2000),
});
export type BriefingSection = z.infer<typeof BriefingSection>;

/** The editable part of a briefing. */
/** Optional front matter; which fields a briefing shows is the template's choice. */
export const FrontMatter = z.object({
  subtitle: optionalText('Subtitle', 300),
  author: optionalText('Author', 200),
  recipients: optionalText('Recipients', 1000),
  reference: optionalText('Reference', 100),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export const BriefingContent = z.object({
  title: requiredText('Title', 300),
  date: IsoDate,
  classification: z.string().min(1).max(60),
  frontMatter: FrontMatter.prefault({}),
  sections: z.array(BriefingSection).max(100),
});
export type BriefingContent = z.input<typeof BriefingContent>;

export const Briefing = BriefingContent.extend({
  id: Id,
  templateId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Briefing = z.infer<typeof Briefing>;

/** The title of a briefing's copy (Duplicate, a briefing file opened as a copy): "Title (copy)". */
export const copyTitle = (title: string): string => `${title} (copy)`.slice(0, 300);

export const BriefingCreate = z.object({
  templateId: z.string().min(1, 'Choose a template.'),
  title: requiredText('Title', 300),
  date: IsoDate,
  classification: z.string().min(1).max(60).optional(),
});
export type BriefingCreate = z.input<typeof BriefingCreate>;

export const ExportFormat = z.enum(['docx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * What to save from a Source record read back from a file (a library export, a briefing file): its
 * item and our own fields when it carries an item (the other fields are read off the item), else the
 * fields older files carried (title, outlet, authors, published…).
 */
export function sourceInputOf(record: unknown): unknown {
  if (!record || typeof record !== 'object' || !('item' in record)) return record;
  const { item, grade, notes, text, classification } = record as Record<string, unknown>;
  return { item, grade, notes, text, classification };
}

/**
 * A Source record built from its input outside the store (benchmarks, tests, previews): the item with
 * the source's id, and the fields read off it. The store builds the same record from its row.
 */
export function sourceRecord(
  id: string,
  input: SourceInput | ParsedSourceInput,
  times: { createdAt?: string; updatedAt?: string } = {},
): Source {
  const parsed = SourceInput.parse(input);
  const item: CslItem = { ...parsed.item, id: parsed.item.id === '' ? id : parsed.item.id };
  const record: Source = {
    id,
    item,
    ...sourceFields(item),
    grade: parsed.grade,
    createdAt: times.createdAt ?? '',
    updatedAt: times.updatedAt ?? '',
  };
  if (parsed.notes !== undefined) record.notes = parsed.notes;
  if (parsed.text !== undefined) record.text = parsed.text;
  if (parsed.classification !== undefined) record.classification = parsed.classification;
  return record;
}
