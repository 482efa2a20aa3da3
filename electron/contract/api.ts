import { z } from 'zod';
import type { AppErrorData } from '../core/errors';
import type { RenderModel } from '../core/render-model';
import {
  Briefing,
  BriefingContent,
  BriefingCreate,
  ExportFormat,
  Fact,
  FactChange,
  FactInput,
  FactPatch,
  FactStatus,
  Grade,
  Id,
  Marking,
  IsoDate,
  Source,
  SourceInput,
  SourcePatch,
} from '../core/schemas';
import { LIMITS, megabytes, UPLOAD_CHUNK_BYTES } from '../core/limits';
import { PartialDate } from '../core/partial-date';
import { FRONT_MATTER_FIELDS, Template } from '../core/template';

const none = z.strictObject({});
const byId = z.strictObject({ id: Id });

export const BriefingSummary = z.object({
  id: Id,
  title: z.string(),
  templateId: z.string(),
  date: z.string(),
  classification: z.string(),
  updatedAt: z.string(),
});
export type BriefingSummary = z.infer<typeof BriefingSummary>;

/** A file handed to the user (a download in browser mode, the Save dialog in Electron). */
export const FilePayload = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The bytes, base64-encoded so the same result crosses IPC and HTTP. */
  dataBase64: z.string(),
});
export type FilePayload = z.infer<typeof FilePayload>;

export const ExportResult = FilePayload.extend({ noteCount: z.int().nonnegative() });
export type ExportResult = z.infer<typeof ExportResult>;

/** The renderer's name for one export, so its progress events find their way back: a short random id. */
export const ExportId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, dashes or underscores.');
export type ExportId = z.infer<typeof ExportId>;

/**
 * The editor (one tab or window, kept across its reloads) a briefing's save comes from: a short random
 * id. Its successive saves never refuse each other (see `briefings:update`).
 */
export const WriterId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, dashes or underscores.');
export type WriterId = z.infer<typeof WriterId>;

/**
 * An export's stages, in the order they run (with both formats: layout and write once per format).
 * Two other long calls report on the same channel: finding the attributed facts of an article
 * (`propose`: `import:article-candidates` with an `exportId`) and a source import (`read`: entries read
 * and checked, `done` of `total`; then `write` and `done`).
 */
export const ExportStage = z.enum(['check', 'citations', 'layout', 'write', 'done', 'propose', 'read']);
export type ExportStage = z.infer<typeof ExportStage>;

/**
 * Progress of a long export, pushed to the caller while the call runs. `done` of `total` counts the
 * export's steps (the check, the citations, then a layout and a write per format): `done` is how many
 * were finished when the event was sent, so it only grows and equals `total` on `done`. Within a step
 * whose writer measures its own progress (pdfmake drawing a PDF's pages) `done` moves by fractions.
 * `message` is for the user ("Formatting 300 citations…").
 */
export const ExportProgress = z
  .strictObject({
    exportId: ExportId,
    stage: ExportStage,
    format: ExportFormat.optional(),
    done: z.number().min(0),
    total: z.int().positive(),
    message: z.string().max(200),
    /**
     * Whether `import:cancel` can still stop it. Unset: until the write (a local import's write is too
     * short to stop); a team import's write is one PostgreSQL transaction, so it says true.
     */
    isCancellable: z.boolean().optional(),
  })
  .refine((e) => e.done <= e.total, { message: 'done must not exceed total.', path: ['done'] });
export type ExportProgress = z.infer<typeof ExportProgress>;

/**
 * Where progress events travel. Electron: this IPC channel, sent only to the window that made the
 * call. Browser mode: Server-Sent Events from `EXPORT_PROGRESS_PATH?exportId=…` (token required).
 */
export const EXPORT_PROGRESS_CHANNEL = 'events:export-progress';
export type ExportProgressChannel = typeof EXPORT_PROGRESS_CHANNEL;
export const EXPORT_PROGRESS_PATH = '/events/export-progress';
/** Browser mode: `PUT /uploads/<uploadId>` streams an announced upload's bytes (token required). */
export const UPLOADS_PATH = '/uploads/';

/**
 * Whether the store can be written, and if not why: `damaged` (its integrity check failed at start),
 * `too-new` (written by a newer version of the app), `in-use` (another process is its writer), `read-only`
 * (opened only to read, as a dry run is, whoever writes it). The
 * renderer shows `message` in a banner whenever `isReadOnly`.
 */
export const StoreStatus = z.object({
  isReadOnly: z.boolean(),
  reason: z.enum(['ok', 'damaged', 'too-new', 'in-use', 'read-only']),
  message: z.string(),
});
export type StoreStatus = z.infer<typeof StoreStatus>;

/**
 * What changed in the library, pushed to every open window without polling: a fact saved anywhere (in a
 * team library, by any analyst: its status and version, who and when), the template library, and
 * whether the team library's live connection is up (after it comes back, the app re-reads what it shows).
 */
export const LibraryEvent = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fact'),
    id: Id,
    status: FactStatus,
    version: z.int().positive(),
    by: z.string().max(200),
    at: z.string().max(40),
  }),
  z.strictObject({ kind: z.literal('templates'), revision: z.int().nonnegative() }),
  z.strictObject({ kind: z.literal('connection'), isLive: z.boolean(), message: z.string().max(300) }),
  /** The store's status changed while open (its background integrity check found damage): show the banner. */
  z.strictObject({ kind: z.literal('store'), status: StoreStatus }),
  /**
   * A team fact a local briefing cites is no longer in the team library (found when the connection came
   * back): the briefing keeps its local copy, marked; re-read it.
   */
  z.strictObject({ kind: z.literal('fact-deleted'), id: Id }),
  /** The whole store was replaced (a backup restored, from this window, another, or the CLI): re-read all. */
  z.strictObject({ kind: z.literal('store-replaced') }),
  /**
   * Sources or facts were added to the library (an import or a new one, from this window, another, or the
   * CLI through the running app): every window reads its library lists and their counts again.
   */
  /**
   * A briefing was saved (from this window, another, a browser tab, or the command line): an editor
   * that has it open and knows an older `updatedAt` takes the new version, or, with edits of its own
   * not saved, offers to load it or keep its own as a copy.
   */
  z.strictObject({ kind: z.literal('briefing'), id: Id, updatedAt: z.string().max(40) }),
  z.strictObject({
    kind: z.literal('library-added'),
    sources: z.int().nonnegative(),
    facts: z.int().nonnegative(),
  }),
]);
export type LibraryEvent = z.infer<typeof LibraryEvent>;

/** Electron: library events go to every window on this IPC channel. Browser mode: SSE from this path. */
export const LIBRARY_EVENTS_CHANNEL = 'events:library';
export type LibraryEventsChannel = typeof LIBRARY_EVENTS_CHANNEL;
export const LIBRARY_EVENTS_PATH = '/events/library';

/** What the Electron preload exposes besides the API: subscriptions that return their unsubscribe. */
export interface BriefingEvents {
  onExportProgress(listener: (event: ExportProgress) => void): () => void;
  onLibraryEvent(listener: (event: LibraryEvent) => void): () => void;
}

/** The rolling automatic backups in the data folder, and what they take on disk. */
export const AutoBackups = z.object({
  folder: z.string(),
  files: z.array(z.object({ name: z.string(), bytes: z.int().nonnegative(), modifiedAt: z.string() })),
  totalBytes: z.int().nonnegative(),
  keepDaily: z.int(),
  keepWeekly: z.int(),
});
export type AutoBackups = z.infer<typeof AutoBackups>;

export const AppInfo = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  store: StoreStatus,
  /**
   * Which store file the app has open: it changes when a backup is restored (a new file takes the
   * store's name), and only then. A briefing's save carries the one its draft was read from, so a save
   * of a draft from before a restore is refused, never written over the restored briefing.
   */
  storeGeneration: z.string().optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** A library search: free text (FTS5 syntax is not exposed; words, "phrases" and prefix* are), filters, order, page. */
export const FactQuery = z.strictObject({
  text: z.string().max(500).default(''),
  tags: z.array(z.string().max(60)).max(20).default([]),
  sourceId: Id.optional(),
  outlet: z.string().max(200).optional(),
  speaker: z.string().max(300).optional(),
  /**
   * Event date window, inclusive (facts without an event date use their source's publication date).
   * Partial dates cover their span: from 2019 is from 1 January 2019, to 2019-03 up to 31 March; a fact
   * dated 2019 is in any window that overlaps 2019.
   */
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  grades: z.array(Grade).max(6).default([]),
  statuses: z.array(FactStatus).max(3).default([]),
  sort: z.enum(['relevance', 'newest', 'oldest', 'event-date']).default('relevance'),
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(50),
});
export type FactQuery = z.input<typeof FactQuery>;

/** A piece of a highlighted snippet: plain text, `hit` where the query matched. Never markup. */
export const SnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SourceSummary = Source.pick({
  id: true,
  title: true,
  outlet: true,
  grade: true,
  published: true,
  url: true,
  authors: true,
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const FactHit = z.object({ fact: Fact, source: SourceSummary, snippet: z.array(SnippetPart) });
export type FactHit = z.infer<typeof FactHit>;

export const SearchResult = z.object({
  items: z.array(FactHit),
  /** Number of matches; a lower bound when `totalIsExact` is false (very common terms at large scale). */
  total: z.int().nonnegative(),
  totalIsExact: z.boolean(),
  /**
   * Set when the order asked for (relevance, event date) was applied to only this many newest matches
   * (phrase and prefix searches, and event-date order, over very many matches); absent when the page is
   * the exact top of every match.
   */
  rankedAmongNewest: z.int().positive().optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** A candidate fact proposed from an article sentence, for the user to review before saving. */
export const CandidateFact = z.object({
  statement: z.string(),
  quote: z.string().optional(),
  speaker: z.string().optional(),
  speakerRole: z.string().optional(),
  relayedBy: z.string().optional(),
  /** "para. 4": where in the article the sentence is. */
  locator: z.string().optional(),
  /** The sentence it came from, verbatim. */
  sentence: z.string(),
  /** The attribution cue that was found: "said", "told reporters", "according to", "reported that", "quote". */
  cue: z.string(),
  /** ISO date of the event the sentence dates ("on Monday"), resolved against the publication date. */
  eventDate: z.string().optional(),
});
export type CandidateFact = z.infer<typeof CandidateFact>;

/** Reference file formats sources are imported from. */
export const SourceFileFormat = z.enum(['csl-json', 'bibtex', 'biblatex', 'ris', 'endnote-xml']);
export type SourceFileFormat = z.infer<typeof SourceFileFormat>;

/** Something an import noticed about one entry: a warning (imported, flagged) or an error (not imported). */
export const ImportProblem = z.object({
  /** 1-based line of the entry in the user's file (or its index in a JSON list). */
  line: z.int().optional(),
  /** The entry's own key in the file (a BibTeX key, a CSL-JSON id), when it has a short one. */
  key: z.string().max(100).optional(),
  /** The field as the file names it: `title`, `URL`, `author`, `date`. */
  field: z.string().optional(),
  message: z.string(),
  severity: z.enum(['warning', 'error']),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/** An entry that is already in the library (or earlier in the same file), and what it matched. */
export const ImportDuplicate = z.object({
  line: z.int().optional(),
  message: z.string(),
  /** The existing source it matched: its id and title, and what they share. */
  match: z.object({ id: Id, title: z.string(), by: z.string() }).optional(),
  /** True when it repeats an entry earlier in the same file. */
  isInFile: z.boolean().optional(),
  /** True when only the entry's source is the library's, reused: the entry itself was imported, not skipped. */
  isReused: z.boolean().optional(),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

/** What an import did: how many rows it wrote, what it skipped as duplicates, and the ids it created. */
export const ImportReport = z.object({
  sourcesCreated: z.int().nonnegative(),
  factsCreated: z.int().nonnegative(),
  duplicates: z.array(ImportDuplicate),
  /** Entries flagged (imported) or left out because they cannot be read. */
  problems: z.array(ImportProblem).default([]),
  sourceIds: z.array(Id),
  factIds: z.array(Id),
});
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * What a source import would do, before it writes anything: "1,016 will be added, 2 are already in the
 * library (matched to …), 0 cannot be read", each entry named by line and field.
 */
export const ImportPreview = z.object({
  /** Entries found in the file. */
  entries: z.int().nonnegative(),
  /** Entries that would be added. */
  toAdd: z.int().nonnegative(),
  /** Entries that cannot be read (they would be left out). */
  unreadable: z.int().nonnegative(),
  duplicates: z.array(ImportDuplicate),
  /** Entries that cannot be read (not imported) and entries imported with a flag. */
  problems: z.array(ImportProblem),
  /** The first entries that would be added, for the preview list. */
  sample: z.array(
    z.object({
      line: z.int().optional(),
      title: z.string(),
      authors: z.string(),
      year: z.string(),
      /** Named in the preview where there is no author (an unsigned news page). */
      outlet: z.string().optional(),
    }),
  ),
  /** A facts file's preview: the first facts that would be added, each with its CSV line and source. */
  facts: z
    .array(
      z.object({
        line: z.int().optional(),
        statement: z.string(),
        speaker: z.string().optional(),
        source: z.string(),
      }),
    )
    .optional(),
  /** A facts file's preview: the sources its rows name that would be added to the library. */
  sourcesToAdd: z.int().nonnegative().optional(),
  /** The file is imported whole or not at all (facts): with any entry unreadable, nothing would be. */
  isWhole: z.boolean().optional(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const StoreStats = z.object({ sources: z.int(), facts: z.int(), briefings: z.int() });
export type StoreStats = z.infer<typeof StoreStats>;

/**
 * One of the user's own templates in a backup, and what a restore does with it: `added` to the
 * templates folder; `unchanged` (the folder has it already); `kept-both` (the folder has another
 * template with its id or file name: the backup's is added beside it `as` a new id and file).
 */
export const BackupTemplate = z.object({
  file: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  action: z.enum(['added', 'unchanged', 'kept-both']),
  as: z.object({ file: z.string(), id: z.string().optional(), name: z.string().optional() }).optional(),
});
export type BackupTemplate = z.infer<typeof BackupTemplate>;

/** What a backup holds, read before a restore replaces anything (`store:check-backup`). */
export const BackupContents = StoreStats.extend({
  /** The newest change to a source, fact or briefing in it (ISO time), when it has any. */
  lastChange: z.string().optional(),
  /** The user's templates it holds and what a restore would do with each; absent in a backup made before backups held them. */
  templates: z.array(BackupTemplate).optional(),
  /** The briefing open in the asking window (`briefingId`), against the backup's copy of it. */
  openBriefing: z
    .object({ title: z.string(), inBackup: z.boolean(), changedSinceBackup: z.boolean() })
    .optional(),
});
export type BackupContents = z.infer<typeof BackupContents>;

/** What a restore did: what the library now holds, the name the previous store is kept under, the templates it brought back. */
export const RestoreReport = StoreStats.extend({
  kept: z.string(),
  templates: z.array(BackupTemplate).optional(),
});
export type RestoreReport = z.infer<typeof RestoreReport>;

export const Collection = z.object({ id: Id, name: z.string(), query: FactQuery, createdAt: z.string() });
export type Collection = z.infer<typeof Collection>;

export const TemplateOrigin = z.object({
  kind: z.enum(['built-in', 'user', 'team']),
  folder: z.string(),
  file: z.string(),
});
export type TemplateOrigin = z.infer<typeof TemplateOrigin>;

/** A template as the library sees it: where it comes from and which other copies it shadows. */
export const TemplateEntry = z.object({
  template: Template,
  origin: TemplateOrigin,
  shadows: z.array(z.object({ origin: TemplateOrigin, version: z.int() })),
});
export type TemplateEntry = z.infer<typeof TemplateEntry>;

const FieldIssue = z.object({ path: z.string(), message: z.string() });

export const TemplateProblem = z.object({
  file: z.string(),
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
  issues: z.array(FieldIssue).optional(),
});

export const TemplateListing = z.object({
  entries: z.array(TemplateEntry),
  problems: z.array(TemplateProblem),
  revision: z.int(),
});
export type TemplateListing = z.infer<typeof TemplateListing>;

/**
 * Where the team library is, as "Team library: connect…" asks for it. The password is not part of it: it
 * is given with `team:connect` and kept by the OS keychain (Electron safeStorage) or, in browser mode, in
 * memory for the session only; never in a file in clear, never in a log.
 */
export const TeamConnection = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1, 'Host is required.')
    .max(255)
    .regex(/^[A-Za-z0-9._:[\]-]+$/, 'Host: a server name or address, with no spaces, slashes or @.'),
  port: z
    .int('Port: a whole number from 1 to 65535 (PostgreSQL listens on 5432).')
    .min(1, 'Port: a whole number from 1 to 65535 (PostgreSQL listens on 5432).')
    .max(65535, 'Port: a whole number from 1 to 65535 (PostgreSQL listens on 5432).')
    .default(5432),
  database: z
    .string()
    .trim()
    .min(1, 'Database is required.')
    .max(63)
    .regex(/^[^/?#\s]+$/, 'Database: a name, with no spaces, slashes, ? or #.'),
  user: z.string().trim().min(1, 'User is required.').max(63),
  /** `verify-full`: TLS, the certificate checked against the CA and the host name. `disable`: a trusted local network only. */
  sslmode: z.enum(['verify-full', 'disable']).default('verify-full'),
  /** The CA that signed the server's certificate (a full path); none: the system's CAs. */
  caFile: z.string().trim().max(1000).optional(),
});
export type TeamConnection = z.infer<typeof TeamConnection>;

/** Which library the app works in, and how a team library's password is kept. */
export const TeamStatus = z.object({
  /** Working in a team library (offline-first), not only the local store. */
  isConnected: z.boolean(),
  /** The team library's address without its password. */
  location: z.string().optional(),
  /** The saved connection (the form's fields), when one is saved. */
  connection: TeamConnection.optional(),
  /** `keychain`: encrypted by the OS (Electron safeStorage); `session`: in memory until the app closes. */
  passwordKeeping: z.enum(['keychain', 'session']),
  /** Why a saved connection is not in use (a password needed again, the server refused…). */
  message: z.string().optional(),
});
export type TeamStatus = z.infer<typeof TeamStatus>;

/** Folders (e.g. a network share or synced drive) whose templates the team shares. */
const TeamFolders = z.array(z.string().trim().min(1).max(1000)).max(20);
/** The analyst's name, recorded on what they create and change ("changed by Anna"); else the system user. */
const AnalystName = z.string().trim().max(100);

export const Settings = z.strictObject({
  teamFolders: TeamFolders.default([]),
  analystName: AnalystName.optional(),
});
export type Settings = z.infer<typeof Settings>;
/** The settings a save changes: the ones it gives (saving team folders keeps the analyst's name). */
export const SettingsPatch = z.strictObject({
  teamFolders: TeamFolders.optional(),
  analystName: AnalystName.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** One finding of the pre-export check. `block` findings stop the export (the template said so). */
export const CheckFinding = z.object({
  severity: z.enum(['warning', 'block']),
  code: z.string(),
  message: z.string(),
  sectionId: z.string().optional(),
  blockId: z.string().optional(),
  factId: z.string().optional(),
  field: z.enum(FRONT_MATTER_FIELDS).optional(),
});
export type CheckFinding = z.infer<typeof CheckFinding>;

const importText = z
  .string()
  .max(LIMITS.importBytes, `The file is larger than the ${megabytes(LIMITS.importBytes)} an import may be.`);
const templateText = z
  .string()
  .max(LIMITS.templateBytes, `A template file may be at most ${megabytes(LIMITS.templateBytes)}.`);
/** Base64 carries 3 bytes in 4 characters. */
const base64Chars = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** A finished upload, named by the id `uploads:begin` gave (see electron/services/uploads.ts). */
export const UploadId = z.string().regex(/^[0-9a-f]{32}$/, 'An upload id is 32 hex digits.');
export const UploadKind = z.enum(['import', 'restore']);
/** What opening a briefing file does when its briefing is already in the store. */
export const OnExisting = z.enum(['ask', 'replace', 'copy'], {
  error: 'must be ask, replace or copy.',
});
export type OnExisting = z.infer<typeof OnExisting>;

/** A file's content inline (`text`: small files, tests) or as an upload (`uploadId`: what the UI sends). */
const importFile = { text: importText.optional(), uploadId: UploadId.optional() };
const oneFile = (input: { text?: unknown; dataBase64?: unknown; uploadId?: unknown }) =>
  ((input.text ?? input.dataBase64) === undefined) !== (input.uploadId === undefined);
const oneFileMessage = { message: 'Send the file either inline or as an upload (uploadId), one of the two.' };

/**
 * THE API between the renderer and the services: every channel with the schema of its input and
 * output. The Electron IPC layer, the preload bridge, the browser host and the renderer client are all
 * typed from this map; inputs are parsed with `input` wherever they cross a process boundary.
 */
export const contract = {
  'app:info': { input: none, output: AppInfo },
  'sources:list': { input: none, output: z.array(Source) },
  'sources:create': { input: SourceInput, output: Source },
  'sources:get': { input: byId, output: Source },
  'sources:update': { input: z.strictObject({ id: Id, patch: SourcePatch }), output: Source },
  'facts:list': { input: none, output: z.array(Fact) },
  'facts:create': { input: FactInput, output: Fact },
  'facts:get': { input: byId, output: Fact },
  'facts:update': { input: z.strictObject({ id: Id, patch: FactPatch }), output: Fact },
  /** Who edited, retracted or restored the fact, when and why, oldest first. */
  'facts:history': { input: byId, output: z.array(FactChange) },
  /**
   * Deletes a fact for good (not undoable; its history is kept), pushed as `fact-deleted`. A fact a
   * briefing cites (in the bin too), or in a team library one a colleague added or changed, is not
   * deleted: refused with fact_in_use, naming the briefings, so the app can offer to retract it instead.
   * `checkOnly`: refused or answered as the delete would be, nothing deleted (asked before the question).
   */
  'facts:delete': {
    input: z.strictObject({ id: Id, checkOnly: z.boolean().optional() }),
    output: z.strictObject({}),
  },
  /** Keeps citing a team fact changed since it was cited: its version becomes the cited one (flag cleared). */
  'facts:review-copy': { input: byId, output: Fact },
  'facts:search': { input: FactQuery, output: SearchResult },
  'collections:list': { input: none, output: z.array(Collection) },
  'collections:save': {
    input: z.strictObject({ name: z.string().trim().min(1, 'Name is required.').max(100), query: FactQuery }),
    output: Collection,
  },
  'collections:delete': { input: byId, output: z.strictObject({}) },
  'import:article-candidates': {
    input: z.strictObject({
      text: importText,
      format: z.enum(['text', 'html']).default('text'),
      /** The article's own outlet: a claim it reports is the source's own, not relayed by it. */
      outlet: z.string().trim().max(200, 'Outlet must be at most 200 characters.').optional(),
      /** The article's publication date: "on Monday" in it is resolved against this. */
      published: IsoDate.optional(),
      /** Names the call for its progress events (stage `propose`) and for `import:article-cancel`. */
      exportId: ExportId.optional(),
    }),
    output: z.object({
      text: z.string(),
      candidates: z.array(CandidateFact),
      /**
       * The date the article's text gives itself, when no publication date was given: a paragraph that is
       * only a date, or a dateline's month and day ("BRUSSELS, Oct 4 (Reuters) -") with the year the text
       * writes for it (`published`, which the candidates were then read with); with no year, the month and
       * day alone, for the analyst to complete.
       */
      ownDate: z
        .object({
          published: IsoDate.optional(),
          dateline: z
            .object({ month: z.number().int(), day: z.number().int(), year: z.number().int().optional() })
            .optional(),
        })
        .optional(),
      /**
       * What the text says about itself above its story, where it gives it: its headline (`title`), its
       * byline's names (`byline`, "Jane Doe, Omar Haddad") and its dateline's agency (`outlet`, "Reuters"),
       * which the candidates were read with as the article's own outlet when none was given. The review
       * fills the source's empty fields with them, as it does with a saved page's metadata.
       */
      says: z
        .object({
          title: z.string().optional(),
          byline: z.string().optional(),
          outlet: z.string().optional(),
        })
        .optional(),
    }),
  },
  /**
   * What a saved web page says about itself (its JSON-LD, `og:*`, Dublin Core, canonical link, `<title>`):
   * the import fills the fields the analyst left empty with it when a page is opened.
   */
  'import:article-page': {
    input: z.strictObject({ text: importText }),
    output: z.object({
      title: z.string().optional(),
      /** Who wrote it, names separated by commas: "Jane Doe, Omar Haddad". */
      byline: z.string().optional(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      published: IsoDate.optional(),
    }),
  },
  /** Gets the article reader ready (the import panel opened): the first article is then read sooner. */
  'import:article-prepare': { input: z.strictObject({}), output: z.strictObject({}) },
  /** Stops the `import:article-candidates` call of that id; `cancelled` is false when it had already ended. */
  'import:article-cancel': {
    input: z.strictObject({ exportId: ExportId }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'import:article': {
    input: z.strictObject({
      source: SourceInput,
      facts: z.array(FactInput.omit({ sourceId: true })).max(LIMITS.articleFacts, {
        error: `At most ${LIMITS.articleFacts.toLocaleString('en')} facts can be saved from one article at a time.`,
      }),
    }),
    output: ImportReport,
  },
  /** What importing this file would do (nothing is written): counts, duplicates matched, problems by line. */
  'import:sources-preview': {
    input: z.strictObject({ format: SourceFileFormat, ...importFile }).refine(oneFile, oneFileMessage),
    output: ImportPreview,
  },
  /**
   * Imports what can be imported, in one transaction; entries that cannot be read are left out and
   * reported. `strict` refuses the whole file on any problem instead.
   */
  'import:sources': {
    input: z
      .strictObject({
        format: SourceFileFormat,
        ...importFile,
        strict: z.boolean().optional(),
        /** Names the import for its progress events (the export progress channel) and for `import:cancel`. */
        exportId: ExportId.optional(),
      })
      .refine(oneFile, oneFileMessage),
    output: ImportReport,
  },
  /**
   * Stops the running import named `exportId` before it writes: nothing is written (the import answers
   * with a `cancelled` error). `cancelled` is false when no such import is still reading.
   */
  'import:cancel': {
    input: z.strictObject({ exportId: ExportId }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /**
   * What importing this facts file would do (nothing is written): facts to add, new sources, rows that
   * repeat a fact already saved, and each refused row by line and field. The upload stays for the import.
   */
  'import:facts-preview': {
    input: z.strictObject({ format: z.enum(['csv', 'json']), ...importFile }).refine(oneFile, oneFileMessage),
    output: ImportPreview,
  },
  /**
   * Imports facts (CSV or JSON) in one transaction; the first bad row refuses the file. With an
   * `exportId`, progress and Cancel work as for `import:sources`.
   */
  'import:facts': {
    input: z
      .strictObject({ format: z.enum(['csv', 'json']), ...importFile, exportId: ExportId.optional() })
      .refine(oneFile, oneFileMessage),
    output: ImportReport,
  },
  /** The library as JSON (sources and facts), or its sources as CSL-JSON, BibTeX (BibLaTeX) or RIS. */
  'library:export': {
    input: z.strictObject({ format: z.enum(['json', 'csl-json', 'bibtex', 'ris']) }),
    output: FilePayload,
  },
  'store:stats': { input: none, output: StoreStats },
  'store:backup': { input: none, output: FilePayload },
  'store:auto-backups': { input: none, output: AutoBackups },
  /** Checks an uploaded backup and says what it holds; the upload stays for `store:restore`. */
  'store:check-backup': {
    input: z.strictObject({ uploadId: UploadId, briefingId: Id.optional() }),
    output: BackupContents,
  },
  'store:restore': {
    input: z
      .strictObject({
        dataBase64: z
          .string()
          .max(
            base64Chars(LIMITS.restoreBytes),
            `The backup is larger than the ${megabytes(LIMITS.restoreBytes)} a restore may be.`,
          )
          .optional(),
        uploadId: UploadId.optional(),
      })
      .refine(oneFile, oneFileMessage),
    output: RestoreReport,
  },
  /**
   * A file upload in pieces: `begin` announces its kind and size (refused in words over the kind's
   * limit); Electron then sends `append` chunks in order, browser mode streams the bytes to
   * `PUT /uploads/<id>` instead. Calls that take a file accept the `uploadId`; `discard` drops it.
   */
  'uploads:begin': {
    input: z.strictObject({ kind: UploadKind, bytes: z.int().nonnegative() }),
    output: z.object({ uploadId: UploadId }),
  },
  'uploads:append': {
    input: z.strictObject({
      uploadId: UploadId,
      chunk: z
        .instanceof(Uint8Array)
        .refine(
          (c) => c.length <= UPLOAD_CHUNK_BYTES,
          `A chunk may be at most ${megabytes(UPLOAD_CHUNK_BYTES)}.`,
        ),
    }),
    output: z.object({ received: z.int().nonnegative() }),
  },
  'uploads:discard': { input: z.strictObject({ uploadId: UploadId }), output: z.strictObject({}) },
  'templates:list': { input: none, output: TemplateListing },
  'templates:validate': {
    input: z.strictObject({ text: templateText }),
    output: z.object({
      template: Template.optional(),
      issues: z.array(FieldIssue),
      message: z.string().optional(),
    }),
  },
  'templates:save': {
    input: z.strictObject({
      text: templateText,
      fileName: z.string().max(255).optional(),
    }),
    output: TemplateEntry,
  },
  'templates:export': { input: byId, output: FilePayload },
  'templates:from-briefing': {
    input: z.strictObject({
      briefingId: Id,
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes.'),
      name: z.string().trim().min(1, 'Name is required.').max(200),
    }),
    output: TemplateEntry,
  },
  'settings:get': { input: none, output: Settings },
  /** Changes the settings given; the others stay as they are. */
  'settings:update': { input: SettingsPatch, output: Settings },
  'team:status': { input: none, output: TeamStatus },
  /** Connects to a team library (checked before anything changes), saves where it is and keeps the password. */
  'team:connect': {
    input: TeamConnection.extend({ password: z.string().max(1000).optional() }),
    output: TeamStatus,
  },
  /** Back to the local store alone; the saved connection and password are forgotten. */
  'team:disconnect': { input: none, output: TeamStatus },
  'briefings:list': { input: none, output: z.array(BriefingSummary) },
  'briefings:create': { input: BriefingCreate, output: Briefing },
  'briefings:get': { input: byId, output: Briefing },
  /**
   * Saves a briefing. With `storeGeneration` (the app's `storeGeneration` when the draft was read), a
   * save made before a backup was restored is refused (edit_conflict), not written over the restored one.
   * With `baseUpdatedAt` (the `updatedAt` of the version the draft was made from), a save made from an
   * older version than the store has (another window or tab saved since) is refused (edit_conflict, path
   * `baseUpdatedAt`), never written over it. With `writerId` (the editor the save comes from), a save
   * from an older version is taken when the version the store has was saved by that same editor (a save
   * of its own still on its way, or sent as the page left: the newer one holds all it saved before);
   * one saved by anyone else in between still refuses it. With `writerSeq` too (growing with each save
   * the editor sends), a save older than one already written from the same editor (an autosave that
   * arrived after the save sent as the page left) is ignored, not written over it: the answer is the
   * briefing as stored.
   */
  'briefings:update': {
    input: z.strictObject({
      id: Id,
      content: BriefingContent,
      storeGeneration: z.string().max(200).optional(),
      baseUpdatedAt: z.string().max(40).optional(),
      writerId: WriterId.optional(),
      writerSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    }),
    output: Briefing,
  },
  'briefings:duplicate': { input: byId, output: Briefing },
  /**
   * Moves a briefing to another template: content kept, sections matched by id, heading or meaning
   * (core `proposeSectionMapping`), the rest parked. The editor maps sections itself (the writer
   * confirms the mapping) and saves its content after this call. The marking is kept when the new
   * template has it; otherwise `classification` (the writer's choice) is required, since a switch
   * never lowers a marking on its own.
   */
  'briefings:switch-template': {
    input: z.strictObject({
      id: Id,
      templateId: z.string().min(1),
      classification: z.string().min(1).max(60).optional(),
      writerId: WriterId.optional(),
    }),
    output: Briefing,
  },
  'briefings:delete': { input: byId, output: z.strictObject({}) },
  'briefings:restore': { input: byId, output: Briefing },
  /** The pre-export check; with `release`, of that release version (what it leaves out is not checked). */
  'briefings:check': {
    input: z.strictObject({ id: Id, release: z.string().min(1).max(60).optional() }),
    output: z.array(CheckFinding),
  },
  /** The render model of unsaved content, exactly as the exporters would lay it out (for the live preview). */
  'briefings:preview': {
    /** `templateId`: the template the unsaved content is on (a template switch not saved yet); else the stored one. */
    input: z.strictObject({ id: Id, content: BriefingContent, templateId: z.string().min(1).optional() }),
    output: z.custom<RenderModel>((v) => typeof v === 'object' && v !== null && 'sections' in v),
  },
  'briefings:export-file': { input: byId, output: FilePayload },
  /**
   * Opens a briefing file. When its briefing (by id) is in the store, `onExisting` decides: `ask`
   * (default) refuses with briefing_exists naming it, `replace` overwrites it, `copy` adds a copy.
   */
  'briefings:import-file': {
    input: z
      .strictObject({ ...importFile, onExisting: OnExisting.default('ask') })
      .refine(oneFile, oneFileMessage),
    output: Briefing,
  },
  /** Progress events (see ExportProgress) go to the caller when it names the export with `exportId`. */
  'briefings:export': {
    /** `release`: a release version, leaving out paragraphs marked above that classification. */
    input: z.strictObject({
      id: Id,
      format: ExportFormat,
      exportId: ExportId.optional(),
      release: Marking.optional(),
    }),
    output: ExportResult,
  },
  /** DOCX and PDF from one render model: the citations are formatted once for both files. */
  'briefings:export-both': {
    input: z.strictObject({ id: Id, exportId: ExportId.optional(), release: Marking.optional() }),
    output: z.object({ docx: ExportResult, pdf: ExportResult }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

/** What a caller passes on a channel (before parsing: defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives on a channel (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What a channel returns. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** Every call answers with a value or a readable error; nothing is thrown across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** The API as the renderer sees it, whether over Electron IPC (`window.briefing`) or HTTP. */
export type BriefingApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/**
 * What a handler may use besides its input: `progress` sends an event to the caller (checked against
 * the contract, and dropped unless it carries the call's own `exportId`). Absent where nobody listens.
 */
export interface CallContext {
  progress?: (event: ExportProgress) => void;
}

/** Service-side implementation of every channel. */
export type Handlers = {
  [C in Channel]: (
    input: ParsedInput<C>,
    context?: CallContext,
  ) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** Type guard for channel names arriving from outside (HTTP paths, IPC). */
/**
 * Channels whose input may be larger than an ordinary request, and how many characters the largest one
 * their schema accepts takes. JSON spends up to 3 bytes per character (UTF-8, escapes), hence the factor.
 */
const LARGE_INPUTS: Partial<Record<Channel, number>> = {
  'store:restore': base64Chars(LIMITS.restoreBytes),
  'import:article-candidates': LIMITS.importBytes * 3,
  'import:article-page': LIMITS.importBytes * 3,
  // The article's text (up to 5 million characters) and the facts taken from it.
  'import:article': LIMITS.importBytes * 3,
  'import:sources': LIMITS.importBytes * 3,
  'import:facts': LIMITS.importBytes * 3,
  'import:facts-preview': LIMITS.importBytes * 3,
  'briefings:import-file': LIMITS.importBytes * 3,
};

/**
 * The largest request body the browser host reads for `channel`, from the same limits as its schema: an
 * input the schema would refuse by its size still arrives, and is refused by the schema in words.
 */
export function requestLimit(channel: string): number {
  return (isChannel(channel) ? (LARGE_INPUTS[channel] ?? 0) : 0) + LIMITS.requestBytes;
}

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
