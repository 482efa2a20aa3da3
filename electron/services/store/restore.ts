import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupContents, BackupTemplate } from '../../contract/api';
import { AppError } from '../../core/errors';
import { verifyStoreFile } from './backup';
import {
  describePlan,
  dropBackupTemplates,
  installStagedTemplates,
  planTemplateRestore,
  readBackupTemplates,
  stageTemplates,
  STAGING,
  userTemplatesDir,
  type PlannedTemplate,
} from './backup-templates';
import { faultPoint, fsyncDir, linkOrCopy, writeNewFileDurably } from './durable';
import type { Store } from './store';

/**
 * Restoring a backup swaps files under the writer lock, in an order that never leaves the folder without
 * a complete `briefing.sqlite`:
 *
 *  1. the backup is written to `.restore-<random>.sqlite`, flushed, and checked (an intact store of ours,
 *     its templates whole); the user's templates it holds (backup-templates.ts) are planned against the
 *     templates folder, written to a staging folder `.restore-templates-<random>` beside it, and their
 *     table dropped from the incoming store;
 *  2. the current store gets a second name, `briefing-before-restore-<date>.sqlite` (a hard link, with its
 *     WAL when that holds anything), flushed;
 *  3. `restore-pending.json` names both, and the staged templates (written atomically): from here on the
 *     restore rolls forward;
 *  4. the old WAL and index are removed (they would be replayed into the new file) and the new file is
 *     renamed over `briefing.sqlite` in one step; the staged templates are moved into the templates
 *     folder; the marker is removed.
 *
 * A crash before 3 leaves the old store and templates as they were (the extra name and the staging
 * folder are removed at the next start); a crash
 * after 3 is finished at the next start by {@link recoverStoreFolder}. Nothing ever deletes the only copy:
 * the previous store stays under its dated name until the user removes it.
 */
export const RESTORE_MARKER = 'restore-pending.json';
const SIDECARS = ['-wal', '-shm', '-journal'] as const;

interface PendingRestore {
  incoming: string;
  kept: string;
  /** The backup's templates, staged in this folder beside the store, to move into the user's templates folder. */
  templates?: { staging: string; files: string[] };
}

/** What a restore did: the name the previous store is kept under, and the backup's templates. */
export interface Restored {
  kept: string;
  /** Absent for a backup made before backups held templates. */
  templates?: BackupTemplate[];
}

const stamp = (date: Date) => date.toISOString().slice(0, 19).replace(/:/g, '').replace('T', '-');

/** A free dated name for the store being replaced, e.g. `briefing-before-restore-2026-12-03-091500.sqlite`. */
function keptName(dir: string, date: Date): string {
  const base = `briefing-before-restore-${stamp(date)}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.sqlite`;
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, `${name}-wal`))) return name;
  }
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
};

/**
 * Replaces the store with the backup `bytes`. The bytes are checked first (an intact SQLite store of
 * ours, not newer than this app); anything else is refused and the store is left as it was. Returns the
 * name the previous store is kept under.
 */
export function restoreStore(store: Store, bytes: Uint8Array): Restored {
  return restoreIncoming(store, (incoming) => writeNewFileDurably(incoming, bytes, 'restore:incoming'));
}

/**
 * Replaces the store with the backup in `file` (a finished upload in the data folder's `uploads/`), which
 * is moved into place, not copied, so a backup of any size never passes through memory. A backup that is
 * refused is removed.
 */
export function restoreStoreFromFile(store: Store, file: string): Restored {
  return restoreIncoming(store, (incoming) => {
    renameSync(file, incoming);
    faultPoint('restore:incoming:moved');
    fsyncDir(dirname(incoming));
  });
}

/**
 * Checks the backup `file` as a restore will (an intact store of ours, not newer than this app, its
 * templates whole) and says what it holds and what a restore would do with its templates against the
 * store's folder (`dataDir`), leaving no SQLite side files beside it.
 */
export function checkBackupFile(
  file: string,
  dataDir: string,
  briefingId?: string,
): BackupContents & { briefingUpdatedAt?: string } {
  try {
    const contents = verifyStoreFile(file);
    const templates = readBackupTemplates(file);
    const briefingUpdatedAt = briefingId === undefined ? undefined : briefingUpdatedAtIn(file, briefingId);
    return {
      ...contents,
      ...(templates
        ? { templates: describePlan(planTemplateRestore(templates, userTemplatesDir(dataDir))) }
        : {}),
      ...(briefingUpdatedAt ? { briefingUpdatedAt } : {}),
    };
  } finally {
    for (const suffix of SIDECARS) rmSync(`${file}${suffix}`, { force: true });
  }
}

/** When the backup's copy of briefing `id` was last saved; undefined when the backup does not have it. */
function briefingUpdatedAtIn(file: string, id: string): string | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const deleted = (db.pragma('table_info(briefings)') as Array<{ name: string }>).some(
      (c) => c.name === 'deleted_at',
    );
    const row = db
      .prepare(`SELECT updated_at FROM briefings WHERE id = ?${deleted ? ' AND deleted_at IS NULL' : ''}`)
      .pluck()
      .get(id) as string | undefined;
    return row ?? undefined;
  } finally {
    db.close();
  }
}

/**
 * Puts the backup at a temporary name beside the store (`place`), checks it and its templates, stages
 * the templates to bring back, and swaps it all in. Anything refused or failing before the marker
 * leaves the store and the templates folder as they were.
 */
function restoreIncoming(store: Store, place: (incoming: string) => void): Restored {
  store.assertOwnsFolder('restore a backup');
  const file = store.file;
  const dir = dirname(file);
  const incoming = join(dir, `.restore-${randomBytes(6).toString('hex')}.sqlite`);
  let planned: PlannedTemplate[] | undefined;
  let staged: PendingRestore['templates'];
  try {
    place(incoming);
    verifyStoreFile(incoming);
    const templates = readBackupTemplates(incoming);
    if (templates) {
      planned = planTemplateRestore(templates, userTemplatesDir(dir));
      // The table describes the backup, not the library: the restored store goes without it.
      dropBackupTemplates(incoming);
      faultPoint('restore:templates-table-dropped');
      staged = stageTemplates(dir, planned);
    }
  } catch (error) {
    removeWithSidecars(incoming);
    if (staged) rmSync(join(dir, staged.staging), { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('restore_failed', `Could not restore the backup: ${(error as Error).message}`);
  }
  // Checking the backup opened it; a -shm of that check must not travel with it.
  for (const suffix of SIDECARS) rmSync(`${incoming}${suffix}`, { force: true });
  const kept = keptName(dir, new Date());
  store.replaceFiles(() => swapIn(file, incoming, kept, staged));
  return { kept, ...(planned ? { templates: describePlan(planned) } : {}) };
}

function swapIn(file: string, incoming: string, kept: string, templates: PendingRestore['templates']): void {
  const dir = dirname(file);
  // The connection is closed (and its WAL folded in when it could write): give the old store its second name.
  linkOrCopy(file, join(dir, kept));
  faultPoint('restore:kept-linked');
  if (sizeOf(`${file}-wal`) > 0) {
    linkOrCopy(`${file}-wal`, join(dir, `${kept}-wal`));
    faultPoint('restore:kept-wal-linked');
  }
  fsyncDir(dir);
  faultPoint('restore:kept-fsynced');
  const pending: PendingRestore = { incoming: basename(incoming), kept, ...(templates ? { templates } : {}) };
  writeMarker(dir, pending);
  finishSwap(file, pending);
}

function writeMarker(dir: string, pending: PendingRestore): void {
  const tmp = join(dir, `.${RESTORE_MARKER}.${randomBytes(6).toString('hex')}.tmp`);
  writeNewFileDurably(tmp, new TextEncoder().encode(JSON.stringify(pending)), 'restore:marker');
  renameSync(tmp, join(dir, RESTORE_MARKER));
  faultPoint('restore:marker-renamed');
  fsyncDir(dir);
  faultPoint('restore:marker-fsynced');
}

/**
 * Step 4: the old store's WAL and index go, the new file takes the name, the backup's templates move
 * into the user's folder, the marker goes. Run again after a crash, it does what is left: an incoming
 * file that is gone has taken the store's name already (the marker is written only once it is there).
 */
function finishSwap(file: string, pending: PendingRestore): void {
  const dir = dirname(file);
  const incoming = join(dir, pending.incoming);
  if (existsSync(incoming)) {
    for (const suffix of SIDECARS) {
      if (!existsSync(`${file}${suffix}`)) continue;
      unlinkSync(`${file}${suffix}`);
      faultPoint(`restore:unlinked${suffix}`);
    }
    renameSync(incoming, file);
    faultPoint('restore:renamed');
    fsyncDir(dir);
    faultPoint('restore:renamed-fsynced');
  }
  if (pending.templates) installStagedTemplates(dir, pending.templates.staging, pending.templates.files);
  unlinkSync(join(dir, RESTORE_MARKER));
  faultPoint('restore:marker-unlinked');
  fsyncDir(dir);
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(`${file}${suffix}`, { force: true });
}

const sameFile = (a: string, b: string) => {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev && x.ino !== 0;
  } catch {
    return false;
  }
};

/** Our temporary files: a restore's incoming copy, a backup in progress, an atomic write's temp file. */
const LEFTOVER =
  /^\.(restore-[0-9a-f]{12}\.sqlite(-wal|-shm|-journal)?|backup-[0-9a-f]{12}\.part(-journal)?|.+\.[0-9a-f]{12}\.tmp|briefing\.lock\.json\.\d+\.tmp)$/;

/**
 * Run at start, under the writer lock, before the store is opened: finishes a restore that was cut off
 * after its point of no return, brings back a store an older version's restore left only as
 * `.before-restore`, and removes temporary files — only ever files that are not the only copy of
 * anything. Returns what it did, in words.
 */
export function recoverStoreFolder(file: string): string[] {
  const dir = dirname(file);
  const done: string[] = [];
  if (!existsSync(dir)) return done;
  const marker = join(dir, RESTORE_MARKER);
  if (existsSync(marker)) {
    const pending = readMarker(marker);
    const isLeft =
      pending &&
      (existsSync(join(dir, pending.incoming)) ||
        (pending.templates && existsSync(join(dir, pending.templates.staging))));
    if (pending && isLeft) {
      finishSwap(file, pending);
      done.push(`finished restoring a backup (the previous store is ${pending.kept})`);
    } else {
      rmSync(marker, { force: true });
    }
  }
  // An older version of the app renamed the store away before moving the backup in.
  const legacy = `${file}.before-restore`;
  if (!existsSync(file) && existsSync(legacy)) {
    for (const suffix of ['-wal', '-shm', '-journal', '']) {
      if (existsSync(`${legacy}${suffix}`)) renameSync(`${legacy}${suffix}`, `${file}${suffix}`);
    }
    fsyncDir(dir);
    done.push('brought back the store a cut-off restore had left as briefing.sqlite.before-restore');
  }
  // Temporary files are only ever extra copies while the store itself is there.
  if (!existsSync(file)) return done;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (LEFTOVER.test(name) || STAGING.test(name)) {
      // A staging folder no marker names: templates of a restore that never reached its point of no return.
      rmSync(path, { force: true, recursive: true });
      done.push(`removed the leftover ${name}`);
    } else if (/^briefing-before-restore-.+\.sqlite(-wal)?$/.test(name)) {
      // A second name of the live store itself: a restore cut off before its point of no return.
      const live = name.endsWith('-wal') ? `${file}-wal` : file;
      if (sameFile(path, live)) {
        rmSync(path);
        done.push(`removed ${name} (the same file as the store: its restore never happened)`);
      }
    }
  }
  return done;
}

function readMarker(marker: string): PendingRestore | undefined {
  try {
    const parsed = JSON.parse(readFileSync(marker, 'utf8')) as Partial<PendingRestore>;
    const ok = (v: unknown): v is string =>
      typeof v === 'string' && basename(v) === v && v !== '' && v !== '.' && v !== '..';
    if (!ok(parsed.incoming) || !ok(parsed.kept)) return undefined;
    const t = parsed.templates;
    const templates =
      t && ok(t.staging) && STAGING.test(t.staging) && Array.isArray(t.files) && t.files.every(ok)
        ? { staging: t.staging, files: t.files }
        : undefined;
    return { incoming: parsed.incoming, kept: parsed.kept, ...(templates ? { templates } : {}) };
  } catch {
    return undefined;
  }
}
