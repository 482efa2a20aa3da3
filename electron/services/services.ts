import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBriefing, type Finding } from '../core/check';
import { AppError, briefingExistsError, EDIT_CONFLICT } from '../core/errors';
import type { RenderModel } from '../core/render-model';
import {
  BriefingContent,
  citedFactIds,
  type Briefing,
  type ExportFormat,
  type Fact,
  type Source,
} from '../core/schemas';
import type {
  AppInfo,
  CallContext,
  ExportResult,
  FilePayload,
  Handlers,
  ImportProblem,
  OnExisting,
  BackupContents,
  RestoreReport,
  TeamConnection,
  TeamStatus,
  TemplateEntry,
} from '../contract/api';
import { briefingInStore, briefingToFile, importBriefingFile, parseBriefingFile } from './briefing-file';
import { LibraryEvents } from './events';
import { SettingsFile } from './settings';
import { exportLibrary } from './export/library';
import { cancelProposal, prepareProposals, proposeOffThread } from './import/article/off-thread';
import { pageMetadata } from './import/page-metadata';
import { cancelImport } from './import/progress';
import {
  renderBriefing,
  renderBriefingFormats,
  renderModelOf,
  safeFileName,
  type ExportedFile,
  type OnExportProgress,
  type RenderInput,
} from './export/render';
import { listAutoBackups, runAutoBackup } from './store/auto-backup';
import { asStoreError } from './store/db';
import { checkBackupFile, restoreStore, restoreStoreFromFile, type Restored } from './store/restore';
import { copyStoreWithTemplates } from './store/backup';
import { userTemplatesDir } from './store/backup-templates';
import type { LibraryStore } from './store/library-store';
import { SqliteStore } from './store/sqlite-store';
import {
  checkCaFile,
  refusalAtStart,
  SessionPasswords,
  TeamConnectionFile,
  teamUrl,
  type PasswordKeeper,
} from './team-connection';
import { TeamWorkspace } from './store/team-workspace';
import type { PostgresStore } from './store/postgres/postgres-store';
import { Store } from './store/store';
import { describeHolder, tryWriterLock, type WriterLock } from './store/writer-lock';
import { parseTemplate, TemplateLibrary } from './templates/library';
import { Uploads } from './uploads';
import { BriefingWriters } from './briefing-writers';
import { decodeImportBytes } from './import/limits';
import type { UploadKind } from '../core/limits';
import type { Template } from '../core/template';

export interface ServicesOptions {
  /** Folder holding the store (`briefing.sqlite`). */
  dataDir: string;
  /** Folder of built-in templates. */
  templatesDir: string;
  mode: AppInfo['mode'];
  version: string;
  /** Watch template folders for changes (long-running hosts; not the CLI or tests). */
  isWatchingTemplates?: boolean;
  /**
   * Who this is, for the message another process gets while this one holds the store: "the desktop
   * app", "browser mode (briefing serve)", "briefing import".
   */
  holder?: string;
  /**
   * `write` (the default): this process must be the folder's one writer, or opening fails with
   * `store_in_use` naming the writer. `read`: when another process is the writer, open the store
   * read-only beside it. `read-only`: open it read-only whoever writes it (no writer lock, no schema
   * upgrade: a dry run writes nothing); an older store is refused with `store_outdated`.
   */
  access?: 'write' | 'read' | 'read-only';
  /** Appended to the `store_in_use` refusal: what to do instead. */
  inUseAdvice?: string;
  /** Keep rolling daily backups in `<data>/backups` (long-running hosts: the app, browser mode). */
  isBackingUpDaily?: boolean;
  /**
   * An open library to work in instead of the data folder's SQLite store (a team library). The data
   * folder still holds settings and user templates; no writer lock is taken for it.
   */
  library?: LibraryStore;
  /**
   * A team library to work in offline-first (the app, browser mode): its facts and sources, with the
   * briefings in the data folder's store beside copies of the team facts they cite (store/team-workspace.ts).
   */
  team?: PostgresStore;
  /** Keeps a team library's password: the OS keychain in Electron; else memory, for the session. */
  passwords?: PasswordKeeper;
  /**
   * Why the team library given at start (`serve --db`) refused this app (a newer schema, a refused
   * login): it starts on the local store, and the team library banner and Team library… say why.
   */
  teamRefusal?: string;
}

/** How often a long-running host looks whether today's automatic backup is made. */
const AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000;

export { safeFileName, type ExportedFile } from './export/render';

/** Every service behind the API, over one store. The Electron shell, browser host and CLI all use this. */
export class Services {
  private current: LibraryStore;
  /** The data folder's store (undefined when the process works in a team library given by `--db`). */
  private readonly own: SqliteStore | undefined;
  readonly templates: TemplateLibrary;
  readonly settings: SettingsFile;
  /** What changed in the library and the templates, for the hosts to push to every window. */
  readonly events = new LibraryEvents();
  /** Which editor saved each briefing's current version: its own successive saves never refuse each other. */
  private readonly writers = new BriefingWriters();
  private unwatchLibrary: () => void;
  private lock: WriterLock | undefined;
  private readonly passwords: PasswordKeeper;
  private readonly connectionFile: TeamConnectionFile;
  /** Why the saved team connection is not in use, for the settings form. */
  private teamMessage: string | undefined;

  constructor(readonly options: ServicesOptions) {
    if (options.library) this.current = options.library;
    else {
      this.own = new SqliteStore(this.openLocal(options));
      this.current = options.team ? new TeamWorkspace(this.own, options.team) : this.own;
    }
    this.passwords = options.passwords ?? new SessionPasswords();
    this.connectionFile = new TeamConnectionFile(options.dataDir);
    this.settings = new SettingsFile(options.dataDir);
    this.library.setActor(this.settings.read().analystName ?? '');
    this.templates = new TemplateLibrary([
      { kind: 'built-in', dir: options.templatesDir },
      { kind: 'user', dir: userTemplatesDir(options.dataDir) },
      ...this.settings.read().teamFolders.map((dir) => ({ kind: 'team' as const, dir })),
    ]);
    // Uploads a killed process left behind are removed now, not at the next upload.
    if (this.library.local?.ownsFolder) this.uploadFolder = new Uploads(options.dataDir);
    this.templates.onChange = (revision) => this.events.emit({ kind: 'templates', revision });
    this.unwatchLibrary = this.library.watch((event) => this.events.emit(event));
    this.library.local?.onStatusChange((status) => this.events.emit({ kind: 'store', status }));
    if (options.teamRefusal) this.refusedAtStart(options.teamRefusal);
    if (options.isWatchingTemplates) this.templates.watch();
    if (options.isBackingUpDaily) {
      void this.autoBackup();
      this.backupTimer = setInterval(() => void this.autoBackup(), AUTO_BACKUP_CHECK_MS);
      this.backupTimer.unref();
    }
  }

  /** The library every handler works in, whichever engine holds it (a team connection swaps it). */
  get library(): LibraryStore {
    return this.current;
  }

  /** Which library this is, and the saved team connection, for "Team library: connect…". */
  teamStatus(): TeamStatus {
    const connection = this.connectionFile.read();
    const isConnected = this.library instanceof TeamWorkspace || this.own === undefined;
    return {
      isConnected,
      ...(isConnected ? { location: this.library.location } : {}),
      ...(connection ? { connection } : {}),
      passwordKeeping: this.passwords.kind,
      ...(this.teamMessage && !isConnected ? { message: this.teamMessage } : {}),
    };
  }

  /**
   * Connects to a team library and works in it offline-first (briefings stay here). The connection is
   * checked first (login, TLS, schema): a refusal changes nothing and says why. Once connected, where it
   * is goes to `team-library.json` and the password to the keeper (never in that file).
   */
  async connectTeam(connection: TeamConnection, password: string | undefined): Promise<TeamStatus> {
    const own = this.ownStore('connect to a team library');
    checkCaFile(connection);
    const { PostgresStore } = await import('./store/postgres/postgres-store');
    const team = await PostgresStore.connect(teamUrl(connection, password), {
      actor: this.settings.read().analystName ?? '',
    });
    await this.switchTo(new TeamWorkspace(own, team));
    await this.connectionFile.write(connection);
    await this.passwords.write(password);
    this.teamMessage = undefined;
    return this.teamStatus();
  }

  /** Back to the local store alone; the saved connection and its password are forgotten. */
  async disconnectTeam(): Promise<TeamStatus> {
    const own = this.ownStore('leave the team library');
    await this.switchTo(own);
    await this.connectionFile.write(undefined);
    await this.passwords.write(undefined);
    this.teamMessage = undefined;
    return this.teamStatus();
  }

  /**
   * At start (the app, browser mode): reconnects to the saved team library, offline-first, so a server
   * out of reach is no obstacle; a refusal (the password is needed again) leaves the local store, and
   * the settings form says why.
   */
  async resumeTeam(): Promise<void> {
    const connection = this.connectionFile.read();
    if (!connection || !this.own || this.library instanceof TeamWorkspace) return;
    // The team library given by --db refused this app: not replaced by the saved one behind its back.
    if (this.options.teamRefusal) return;
    try {
      checkCaFile(connection);
      const { PostgresStore } = await import('./store/postgres/postgres-store');
      const team = await PostgresStore.connect(teamUrl(connection, await this.passwords.read()), {
        actor: this.settings.read().analystName ?? '',
        isOfflineAllowed: true,
      });
      await this.switchTo(new TeamWorkspace(this.own, team));
    } catch (error) {
      // A newer schema or a refused login: the banner says so, as for a library out of reach.
      const refusal = refusalAtStart(error);
      if (refusal) this.events.emit({ kind: 'connection', isLive: false, message: refusal });
      this.teamMessage =
        this.passwords.kind === 'session'
          ? `Not connected: ${(error as Error).message} Browser mode keeps the password only while it runs: connect again.`
          : `Not connected: ${(error as Error).message}`;
    }
  }

  /**
   * The team library refused this app at start (a newer schema, a refused login): the local store is in
   * use; the banner (as for a library out of reach, also in windows opened later) and Team library… say why.
   */
  private refusedAtStart(message: string): void {
    this.teamMessage = message;
    this.events.emit({ kind: 'connection', isLive: false, message });
  }

  private ownStore(action: string): SqliteStore {
    if (!this.own)
      throw new AppError(
        'not_supported',
        `Cannot ${action} here: this process works in the team library given by --db (or BRIEFING_DB).`,
      );
    return this.own;
  }

  /** Swaps the library the handlers use; leaving a team library closes its connection, not the local store. */
  private async switchTo(next: LibraryStore): Promise<void> {
    const previous = this.current;
    if (previous === next) return;
    this.unwatchLibrary();
    this.current = next;
    next.setActor(this.settings.read().analystName ?? '');
    this.unwatchLibrary = next.watch((event) => this.events.emit(event));
    if (previous instanceof TeamWorkspace) await previous.detach();
    this.events.emit({
      kind: 'connection',
      isLive: true,
      message:
        next instanceof TeamWorkspace ? `Working in ${next.location}.` : 'Working in the local library.',
    });
  }

  /**
   * The data folder's SQLite store, for what only a file allows (backups, restore, the tests' direct
   * access). A team library has none: those operations are refused with what to do instead.
   */
  get store(): Store {
    const local = this.library.local;
    if (!local)
      throw new AppError(
        'not_supported',
        'A team library is backed up and restored with its database tools (pg_dump, pg_restore): see docs/team-library.md.',
      );
    return local;
  }

  /** Opens the data folder's store, as its writer when this process can take the writer lock. */
  private openLocal(options: ServicesOptions): Store {
    const file = join(options.dataDir, 'briefing.sqlite');
    const taken = tryWriterLock(options.dataDir, options.holder ?? `Briefing Builder (${options.mode} mode)`);
    if (options.access === 'read-only') {
      // The lock, when free, only keeps a writer from starting meanwhile and lets the store remove the
      // empty WAL and index its read-only open made; the store is never written either way.
      if ('lock' in taken) this.lock = taken.lock;
      try {
        return new Store(file, {
          readOnlyBecause: {
            isReadOnly: true,
            reason: 'read-only',
            message: 'It was opened only to read (a dry run): nothing is written to it.',
          },
          isOnlyReader: 'lock' in taken,
        });
      } catch (error) {
        if ('lock' in taken) taken.lock.release();
        throw error;
      }
    }
    if ('lock' in taken) {
      this.lock = taken.lock;
      try {
        return new Store(file);
      } catch (error) {
        taken.lock.release();
        throw error;
      }
    } else {
      const inUse = `The store is in use by ${describeHolder(taken.holder)}, which is its one writer.`;
      if (options.access !== 'read')
        throw new AppError(
          'store_in_use',
          `${inUse.replace('The store', `The store in ${options.dataDir}`)} ${options.inUseAdvice ?? 'Close it first.'}`,
        );
      return new Store(file, {
        readOnlyBecause: {
          isReadOnly: true,
          reason: 'in-use',
          message: `${inUse} This window shows it read-only: make changes there, or close it and reopen this.`,
        },
      });
    }
  }

  private backupTimer: NodeJS.Timeout | undefined;

  /** Today's automatic backup, when this process writes a readable store and has not made it yet. */
  async autoBackup(now = new Date()): Promise<void> {
    const local = this.library.local;
    if (!local || !local.ownsFolder) return;
    // A big store's integrity check runs in the background: a damaged store must not rotate good
    // backups out.
    await local.integrityChecked;
    if (local.status.reason === 'damaged') return;
    try {
      await runAutoBackup(local.db, this.options.dataDir, now);
    } catch (error) {
      // A full disk must not stop the app; the next check tries again.
      console.error('[auto-backup]', (error as Error).message);
    }
  }

  private uploadFolder: Uploads | undefined;

  /**
   * Files being uploaded to this process (imports, restores), in `<data>/uploads`: the local store's
   * writer's only (a team library has no local writer lock, so its uploads are made on first use).
   */
  get uploads(): Uploads {
    this.library.local?.assertOwnsFolder('take in a file');
    this.uploadFolder ??= new Uploads(this.options.dataDir);
    return this.uploadFolder;
  }

  /** An import file's text: given inline, or read (and its encoding detected) from a finished upload. */
  private fileText(
    input: { text?: string | undefined; uploadId?: string | undefined },
    kind: UploadKind = 'import',
  ): string {
    return this.fileInput(input, kind).text;
  }

  /**
   * An import file's text and what its decoding noticed (a damaged byte named by line, a guessed
   * encoding): an upload is decoded here as the CLI decodes a file, and refused the same way when binary.
   */
  private fileInput(
    input: { text?: string | undefined; uploadId?: string | undefined },
    kind: UploadKind = 'import',
  ): { text: string; problems: ImportProblem[] } {
    if (input.text !== undefined) return { text: input.text, problems: [] };
    return decodeImportBytes(this.uploads.bytes(input.uploadId ?? '', kind));
  }

  /** A source import's preview or report, with what decoding the file noticed listed first. */
  private async withDecodeProblems<T extends { problems: ImportProblem[] }>(
    input: { text?: string | undefined; uploadId?: string | undefined },
    run: (text: string) => Promise<T> | T,
  ): Promise<T> {
    const { text, problems } = this.fileInput(input);
    const result = await run(text);
    return problems.length === 0 ? result : { ...result, problems: [...problems, ...result.problems] };
  }

  /**
   * Runs a call that takes an upload, then drops the upload: once it has run, and also when it was
   * refused (a mended file is sent again) unless `keepIfRefused` — a previewed source import, whose
   * preview stays open to import again after a cancel, and drops the upload when it is closed.
   */
  private async consuming<T>(
    uploadId: string | undefined,
    run: () => T | Promise<T>,
    { keepIfRefused = false } = {},
  ): Promise<T> {
    let isDone = false;
    try {
      const value = await run();
      isDone = true;
      return value;
    } finally {
      if (uploadId && (isDone || !keepIfRefused)) this.uploads.discard(uploadId);
    }
  }

  /**
   * Closes the library and releases the writer lock. The local store closes before this returns (its
   * close is synchronous), so callers that cannot wait still leave the folder free.
   */
  close(): Promise<void> {
    clearInterval(this.backupTimer);
    this.uploadFolder?.close();
    this.templates.unwatch();
    this.unwatchLibrary();
    const closed = this.library.close();
    this.lock?.release();
    return closed;
  }

  /** What a briefing cites, for rendering and checking. */
  private async cited(briefing: Briefing): Promise<{ facts: Fact[]; sources: Source[] }> {
    const facts = await this.library.getFacts(citedFactIds(briefing.sections));
    const sources: Source[] = [];
    for (const sid of new Set(facts.map((f) => f.sourceId))) {
      const source = await this.library.getSource(sid);
      if (source) sources.push(source);
    }
    return { facts, sources };
  }

  async checkBriefing(id: string, release?: string): Promise<Finding[]> {
    const briefing = await this.library.getBriefing(id);
    return checkBriefing({
      briefing,
      template: this.templates.get(briefing.templateId),
      ...(await this.cited(briefing)),
      release,
    });
  }

  /** The render model of a briefing, its citations formatted by the template's CSL style. */
  renderModel(briefing: Briefing, template: Template, facts: Fact[], sources: Source[]): RenderModel {
    return renderModelOf({ briefing, template, facts, sources }, this.options.templatesDir);
  }

  /** Renders a briefing. Findings the template makes blocking stop the export, each one named. */
  async exportBriefing(
    id: string,
    format: ExportFormat,
    onProgress?: OnExportProgress,
    release?: string,
  ): Promise<ExportedFile> {
    return renderBriefing(await this.renderInput(id, release), format, this.options.templatesDir, onProgress);
  }

  /** Renders a briefing to several formats from one render model (the citations formatted once). */
  async exportBriefingFormats(
    id: string,
    formats: readonly ExportFormat[],
    onProgress?: OnExportProgress,
    release?: string,
  ): Promise<ExportedFile[]> {
    return renderBriefingFormats(
      await this.renderInput(id, release),
      formats,
      this.options.templatesDir,
      onProgress,
    );
  }

  /**
   * What a stored briefing renders from: it, its template, the facts and sources it cites; `release`
   * makes a release version (paragraphs marked above it left out).
   */
  private async renderInput(id: string, release?: string): Promise<RenderInput> {
    const briefing = await this.library.getBriefing(id);
    return {
      briefing,
      template: this.templates.get(briefing.templateId),
      ...(await this.cited(briefing)),
      ...(release ? { release } : {}),
    };
  }

  /**
   * "Save this briefing's layout as a template": its template's style and sections, in their order (a
   * briefing's other sections are parked content, no section of it). Yours, whatever team the template it
   * came from is; saved under an id of your own templates it replaces that one, one version on.
   */
  async templateFromBriefing(briefingId: string, id: string, name: string): Promise<TemplateEntry> {
    const briefing = await this.library.getBriefing(briefingId);
    const base = this.templates.get(briefing.templateId);
    const replaced = this.templates.entries().find((e) => e.template.id === id && e.origin.kind === 'user');
    const { team: _team, ...yours } = base;
    const template = {
      ...yours,
      id,
      name,
      version: replaced ? replaced.template.version + 1 : 1,
      description: `Made from the briefing “${briefing.title}”.`,
    };
    return this.templates.saveUserTemplate(JSON.stringify(template), `${id}.json`);
  }

  /**
   * Opens a portable briefing; its template is installed in the user's folder when missing here. When
   * its briefing is already in the store, `onExisting` decides (`ask`: refused with briefing_exists
   * before anything is written, the template included).
   */
  async importBriefingFile(text: string, onExisting: OnExisting = 'ask'): Promise<Briefing> {
    const file = parseBriefingFile(text);
    if (onExisting === 'ask') {
      const existing = await briefingInStore(this.library, file);
      if (existing) throw briefingExistsError(existing.title, existing.updatedAt);
    }
    const installed = this.templates.entries().find((e) => e.template.id === file.template.id);
    if (!installed)
      await this.templates.saveUserTemplate(JSON.stringify(file.template), `${file.template.id}.json`);
    // Replaced: an editor that has the briefing open is told (and takes the file's version, or offers
    // to keep its own unsaved edits as a copy).
    return this.briefingSaved(
      this.writers.wrote(
        await importBriefingFile(this.library, file, this.templates.get(file.template.id), onExisting),
        undefined,
      ),
    );
  }

  /**
   * A consistent copy of the whole store, as a file for the user to keep. The copy is made in the data
   * folder under a temporary name the start-up recovery removes, so a kill part-way leaves nothing behind
   * in the system's temp folder.
   */
  async backup(): Promise<FilePayload> {
    const file = join(this.options.dataDir, `.backup-${randomBytes(6).toString('hex')}.part`);
    try {
      await copyStoreWithTemplates(this.store.db, file, userTemplatesDir(this.options.dataDir), 'api-backup');
      return {
        fileName: `briefing-backup-${new Date().toISOString().slice(0, 10)}.sqlite`,
        mimeType: 'application/vnd.sqlite3',
        dataBase64: (await readFile(file)).toString('base64'),
      };
    } finally {
      await rm(file, { force: true });
      await rm(`${file}-journal`, { force: true });
    }
  }

  /** Replaces the store with a backup (its bytes, or a finished upload of it), after checking it is one. */
  /**
   * What an uploaded backup holds, checked as a restore checks it (an intact store of ours, not newer than
   * this app), so the question before a restore can name it. A file that is refused is dropped.
   */
  checkBackup(uploadId: string, briefingId?: string): BackupContents {
    this.store.assertOwnsFolder('restore a backup');
    try {
      const contents = checkBackupFile(
        this.uploads.file(uploadId, 'restore'),
        this.options.dataDir,
        briefingId,
      );
      const { briefingUpdatedAt, ...rest } = contents;
      const open = briefingId ? this.openedBriefing(briefingId) : undefined;
      if (!open) return rest;
      // The open briefing against the backup's copy: saved since the backup, or not in it at all.
      return {
        ...rest,
        openBriefing: {
          title: open.title,
          inBackup: briefingUpdatedAt !== undefined,
          changedSinceBackup: briefingUpdatedAt !== open.updatedAt,
        },
      };
    } catch (error) {
      this.uploads.discard(uploadId);
      throw error;
    }
  }

  private openedBriefing(id: string): Briefing | undefined {
    try {
      return this.store.getBriefing(id);
    } catch {
      return undefined;
    }
  }

  /**
   * Which store file is open: its device and inode, which a restore changes (the backup is renamed
   * over the store's name, the old file kept aside under another) and nothing else does, a restart
   * included.
   */
  storeGeneration(): string {
    try {
      const { dev, ino } = statSync(this.store.file, { bigint: true });
      return `${dev}-${ino}`;
    } catch {
      return '';
    }
  }

  /**
   * A briefing's save from a draft read from another store file than the one open (a backup was
   * restored since) is refused: written, it would put the text from before the restore over the
   * restored briefing. What was typed before the restore is in the store the restore kept aside.
   */
  private assertSameStore(generation: string | undefined): void {
    if (generation === undefined || generation === this.storeGeneration()) return;
    throw new AppError(
      EDIT_CONFLICT,
      'A backup was restored after this change was made, so it was not saved over the restored briefing. Close the briefing and open it again to see it as the backup has it; what it held before the restore is in the store kept aside (briefing-before-restore with the date) in the data folder.',
    );
  }

  async restore(backup: Uint8Array | { uploadId: string }): Promise<RestoreReport> {
    let restored: Restored;
    if (backup instanceof Uint8Array) restored = restoreStore(this.store, backup);
    else {
      const { uploadId } = backup;
      // The upload is moved into place, not copied: a 256 MB backup never passes through memory.
      try {
        restored = restoreStoreFromFile(this.store, this.uploads.file(uploadId, 'restore'));
      } finally {
        this.uploads.discard(uploadId);
      }
    }
    // Every window re-reads what it shows, and reopens its briefing as the backup has it.
    this.events.emit({ kind: 'store-replaced' });
    // The templates it brought back are listed at once (the folder's watcher would, a moment later).
    if (restored.templates) this.templates.reload();
    // What the restored store holds: the local store, which a restore replaces (with a team library
    // connected, `library` is the team's, which a restore never touches).
    return { ...this.store.stats(), ...restored };
  }

  /**
   * Says to every window (and browser-mode page) that sources or facts were added, whoever added them —
   * this window, another, or the CLI writing through the running app — so each one's library lists and
   * counts are read again. Answers `value`.
   */
  private added<T>(value: T, sources: number, facts: number): T {
    if (sources > 0 || facts > 0) this.events.emit({ kind: 'library-added', sources, facts });
    return value;
  }

  /**
   * Says to every window (and browser-mode page) that a briefing was saved, so another editor that has
   * it open does not go on from the older version. Answers the briefing.
   */
  private briefingSaved(briefing: Briefing): Briefing {
    this.events.emit({ kind: 'briefing', id: briefing.id, updatedAt: briefing.updatedAt });
    return briefing;
  }

  private imported<T extends { sourcesCreated: number; factsCreated: number }>(report: T): T {
    return this.added(report, report.sourcesCreated, report.factsCreated);
  }

  /** The handler table, each handler's SQLite lock, read-only and damage errors turned into words. */
  handlers(): Handlers {
    const table = this.handlerTable();
    const status = () => this.library.status;
    const wrapped = Object.fromEntries(
      Object.entries(table).map(([channel, handler]) => [
        channel,
        async (input: never, context: CallContext) => {
          try {
            return await (handler as (i: never, c: CallContext) => unknown)(input, context);
          } catch (error) {
            throw asStoreError(error, status());
          }
        },
      ]),
    );
    return wrapped as unknown as Handlers;
  }

  /** The handler table: one entry per contract channel. */
  private handlerTable(): Handlers {
    const { templates } = this;
    // Read on every call: connecting to or leaving a team library swaps it.
    const lib = () => this.library;
    return {
      'app:info': () => ({
        version: this.options.version,
        mode: this.options.mode,
        dataDir: this.options.dataDir,
        store: lib().status,
        storeGeneration: this.storeGeneration(),
      }),
      'sources:list': () => lib().listSources({ withText: false }),
      'sources:create': async (input) => this.added(await lib().createSource(input), 1, 0),
      'sources:get': ({ id }) => lib().requireSource(id),
      'sources:update': ({ id, patch }) => lib().updateSource(id, patch),
      'facts:list': () => lib().listFacts(),
      'facts:create': async (input) => this.added(await lib().createFact(input), 0, 1),
      'facts:get': ({ id }) => lib().requireFact(id),
      'facts:update': ({ id, patch }) => lib().updateFact(id, patch),
      'facts:history': ({ id }) => lib().factHistory(id),
      'facts:delete': async ({ id, checkOnly }) => {
        await lib().deleteFact(id, { checkOnly });
        return {};
      },
      'facts:review-copy': ({ id }) =>
        this.library instanceof TeamWorkspace ? this.library.reviewCopy(id) : lib().requireFact(id),
      'facts:search': (query) => lib().searchFacts(query),
      'collections:list': () => lib().listCollections(),
      'collections:save': ({ name, query }) => lib().saveCollection(name, query),
      'collections:delete': async ({ id }) => {
        await lib().deleteCollection(id);
        return {};
      },
      // On a worker thread: this process goes on answering while a long article is read.
      'import:article-candidates': ({ text, format, outlet, published, exportId }, context) =>
        proposeOffThread(
          { text, format, outlet, published },
          {
            id: exportId,
            onProgress: (done) =>
              exportId &&
              context?.progress?.({
                exportId,
                stage: 'propose',
                done: Math.floor(done * 100),
                total: 100,
                message: 'Finding attributed facts…',
              }),
          },
        ),
      'import:article-cancel': ({ exportId }) => ({ cancelled: cancelProposal(exportId) }),
      'import:article-page': ({ text }) => pageMetadata(text),
      'import:article-prepare': () => {
        prepareProposals();
        return {};
      },
      'import:article': async (input) => this.imported(await lib().importArticle(input)),
      // A preview leaves its upload for the import that follows; an import drops it once it has run.
      'import:sources-preview': (input) =>
        this.withDecodeProblems(input, (text) => lib().previewSources(input.format, text)),
      // With an exportId, progress goes out on the export channel and `import:cancel` stops it unwritten.
      'import:sources': (input, context) =>
        this.consuming(
          input.uploadId,
          () =>
            this.withDecodeProblems(input, (text) =>
              lib()
                .importSources(input.format, text, {
                  strict: input.strict ?? false,
                  ...(input.exportId ? { exportId: input.exportId } : {}),
                  ...(context?.progress ? { progress: context.progress } : {}),
                })
                .then((report) => this.imported(report)),
            ),
          { keepIfRefused: true },
        ),
      'import:cancel': ({ exportId }) => cancelImport(exportId),
      // As a source preview: it leaves its upload for the import that follows.
      'import:facts-preview': (input) => lib().previewFacts(input.format, this.fileText(input)),
      'import:facts': (input, context) =>
        this.consuming(input.uploadId, () =>
          lib()
            .importFacts(input.format, this.fileText(input), {
              ...(input.exportId ? { exportId: input.exportId } : {}),
              ...(context?.progress ? { progress: context.progress } : {}),
            })
            .then((report) => this.imported(report)),
        ),
      'library:export': ({ format }) => exportLibrary(lib(), format),
      'store:stats': () => lib().stats(),
      'store:backup': async () => this.backup(),
      'store:auto-backups': () => listAutoBackups(this.options.dataDir),
      'store:check-backup': ({ uploadId, briefingId }) => this.checkBackup(uploadId, briefingId),
      'store:restore': async ({ dataBase64, uploadId }) =>
        this.restore(uploadId ? { uploadId } : Buffer.from(dataBase64 ?? '', 'base64')),
      'uploads:begin': ({ kind, bytes }) => ({ uploadId: this.uploads.begin(kind, bytes) }),
      'uploads:append': ({ uploadId, chunk }) => this.uploads.append(uploadId, chunk),
      'uploads:discard': ({ uploadId }) => {
        this.uploads.discard(uploadId);
        return {};
      },
      'templates:list': () => {
        templates.rescanUnwatched();
        return {
          entries: templates.entries(),
          problems: templates.problems,
          revision: templates.revision,
        };
      },
      'templates:validate': ({ text }) => {
        try {
          return { template: parseTemplate(text, 'template'), issues: [] };
        } catch (error) {
          const e = error instanceof AppError ? error : new AppError('invalid_template', String(error));
          return { issues: e.issues ?? [], message: e.message };
        }
      },
      'templates:save': ({ text, fileName }) => templates.saveUserTemplate(text, fileName),
      'templates:export': ({ id }) => ({
        fileName: `${id}.json`,
        mimeType: 'application/json',
        dataBase64: Buffer.from(`${JSON.stringify(templates.get(id), null, 2)}\n`).toString('base64'),
      }),
      'templates:from-briefing': ({ briefingId, id, name }) =>
        this.templateFromBriefing(briefingId, id, name),
      'settings:get': () => this.settings.read(),
      'team:status': () => this.teamStatus(),
      'team:connect': ({ password, ...connection }) => this.connectTeam(connection, password),
      'team:disconnect': () => this.disconnectTeam(),
      'settings:update': async (input) => {
        const saved = await this.settings.update(input);
        templates.setTeamFolders(saved.teamFolders);
        lib().setActor(saved.analystName ?? '');
        return saved;
      },
      'briefings:list': () => lib().listBriefings(),
      'briefings:create': (input) => lib().createBriefing(input, templates.get(input.templateId)),
      'briefings:get': ({ id }) => lib().getBriefing(id),
      'briefings:duplicate': ({ id }) => lib().duplicateBriefing(id),
      'briefings:switch-template': async ({ id, templateId, classification, writerId }) =>
        this.briefingSaved(
          this.writers.wrote(
            await lib().switchTemplate(id, templates.get(templateId), classification),
            writerId,
          ),
        ),
      'briefings:delete': async ({ id }) => {
        await lib().deleteBriefing(id);
        return {};
      },
      'briefings:restore': ({ id }) => lib().restoreBriefing(id),
      'briefings:check': ({ id, release }) => this.checkBriefing(id, release),
      'briefings:preview': async ({ id, content, templateId }) => {
        // Unsaved content, validated like a save, rendered without writing anything.
        const saved = await lib().getBriefing(id);
        const briefing = {
          ...saved,
          ...BriefingContent.parse(content),
          templateId: templateId ?? saved.templateId,
        };
        const template = templates.get(briefing.templateId);
        const { facts, sources } = await this.cited(briefing);
        return this.renderModel(briefing, template, facts, sources);
      },
      'briefings:export-file': async ({ id }) => {
        const briefing = await lib().getBriefing(id);
        const file = await briefingToFile(lib(), id, templates.get(briefing.templateId));
        return {
          fileName: `${safeFileName(briefing.title)}.briefing.json`,
          mimeType: 'application/json',
          dataBase64: Buffer.from(JSON.stringify(file, null, 2)).toString('base64'),
        };
      },
      'briefings:import-file': (input) =>
        this.consuming(input.uploadId, () => this.importBriefingFile(this.fileText(input), input.onExisting)),
      'briefings:update': async ({ id, content, storeGeneration, baseUpdatedAt, writerId, writerSeq }) => {
        this.assertSameStore(storeGeneration);
        const current = await lib().getBriefing(id);
        const template = templates.get(current.templateId);
        const base = this.writers.baseFor(current, baseUpdatedAt, writerId);
        const order =
          writerId !== undefined && writerSeq !== undefined ? { writerId, seq: writerSeq } : undefined;
        const saved = await lib().updateBriefing(id, content, template, base, order);
        // Ignored (its editor's later save is stored): nothing changed, nothing to tell.
        if (saved.updatedAt === current.updatedAt) return saved;
        return this.briefingSaved(this.writers.wrote(saved, writerId));
      },
      'briefings:export': async ({ id, format, exportId, release }, context) =>
        toPayload(await this.exportBriefing(id, format, progressOf(exportId, context), release)),
      'briefings:export-both': async ({ id, exportId, release }, context) => {
        const [docx, pdf] = await this.exportBriefingFormats(
          id,
          ['docx', 'pdf'],
          progressOf(exportId, context),
          release,
        );
        if (!docx || !pdf) throw new AppError('internal', 'The export produced no file.');
        return { docx: toPayload(docx), pdf: toPayload(pdf) };
      },
    };
  }
}

/** An exported file as it crosses IPC or HTTP. */
const toPayload = (file: ExportedFile): ExportResult => ({
  fileName: file.fileName,
  mimeType: file.mimeType,
  dataBase64: Buffer.from(file.bytes).toString('base64'),
  noteCount: file.noteCount,
});

/** The exporter's progress, addressed to the caller's export (nothing when the caller named none). */
function progressOf(
  exportId: string | undefined,
  context: CallContext | undefined,
): OnExportProgress | undefined {
  const send = context?.progress;
  if (!exportId || !send) return undefined;
  return (update) => send({ ...update, exportId });
}
