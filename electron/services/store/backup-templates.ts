import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupTemplate } from '../../contract/api';
import { AppError } from '../../core/errors';
import { LIMITS } from '../../core/limits';
import { parseTemplate } from '../templates/library';
import { faultPoint, fsyncDir, writeNewFileDurably } from './durable';

/**
 * The user's own templates travel inside a backup. A backup is still one SQLite store file; since
 * backup format 2 it also has the table {@link TEMPLATES_TABLE}, one row per file of the user's
 * templates folder (`<data>/templates`, see {@link userTemplatesDir}) with its bytes and SHA-256. The
 * built-in templates come with the app and team folders live elsewhere (a share others keep): neither
 * is backed up. A backup without the table (format 1, made before) restores as before and leaves the
 * templates folder alone. The table is removed from the restored store: it describes the backup, not
 * the library.
 */
export const TEMPLATES_TABLE = 'backup_user_templates';

/** The user's own templates folder in a data folder (what "Save layout as template" writes). */
export const USER_TEMPLATES_DIR = 'templates';
export const userTemplatesDir = (dataDir: string) => join(dataDir, USER_TEMPLATES_DIR);

export interface TemplateFile {
  /** The file's name in the templates folder. */
  file: string;
  bytes: Buffer;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A template file name the folder can hold: no path, no hidden file, `.json` but not a schema. */
const isTemplateName = (name: string) =>
  basename(name) === name &&
  !name.startsWith('.') &&
  name.endsWith('.json') &&
  !name.endsWith('.schema.json') &&
  name.length <= 255;

/**
 * Every template file of the user's folder, byte for byte: the `*.json` files the template library
 * reads there (a file that does not load is the user's too, and is kept as it is). Links and files over
 * the template limit are left out, as the library leaves them out.
 */
export function readUserTemplateFiles(dir: string): TemplateFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isTemplateName)
    .sort()
    .flatMap((file) => {
      const path = join(dir, file);
      const stat = lstatSync(path);
      if (!stat.isFile() || stat.size > LIMITS.templateBytes) return [];
      return [{ file, bytes: readFileSync(path) }];
    });
}

/**
 * Adds the user's templates to a backup copy (a closed store file, not yet under its final name), in
 * one transaction. The copy's journal is a rollback journal while it is written, so nothing is left
 * beside it but the journal a kill may leave (removed with the copy). Returns how many were added.
 */
export function addTemplatesToBackup(copy: string, templatesDir: string): number {
  const files = readUserTemplateFiles(templatesDir);
  const db = new Database(copy, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.transaction(() => {
      db.exec(`DROP TABLE IF EXISTS ${TEMPLATES_TABLE}`);
      db.exec(
        `CREATE TABLE ${TEMPLATES_TABLE} (file TEXT PRIMARY KEY, bytes BLOB NOT NULL, sha256 TEXT NOT NULL)`,
      );
      const insert = db.prepare(`INSERT INTO ${TEMPLATES_TABLE} (file, bytes, sha256) VALUES (?, ?, ?)`);
      for (const { file, bytes } of files) insert.run(file, bytes, sha256(bytes));
    })();
  } finally {
    db.close();
  }
  return files.length;
}

const refuse = (why: string) =>
  new AppError('invalid_backup', `This file is not a Briefing Builder backup this app can restore: ${why}.`);

/**
 * The template files a backup holds, each checked against its SHA-256; undefined for a backup made
 * before backups held templates. A damaged row refuses the whole backup.
 */
export function readBackupTemplates(file: string): TemplateFile[] | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")
      .pluck()
      .get(TEMPLATES_TABLE);
    if (!table) return undefined;
    const rows = db
      .prepare(`SELECT file, bytes, sha256 FROM ${TEMPLATES_TABLE} ORDER BY file`)
      .all() as Array<{
      file: unknown;
      bytes: unknown;
      sha256: unknown;
    }>;
    return rows.map(({ file: name, bytes, sha256: sum }) => {
      if (typeof name !== 'string' || !isTemplateName(name))
        throw refuse(
          `its templates name a file that cannot be restored (${JSON.stringify(String(name).slice(0, 80))})`,
        );
      if (!Buffer.isBuffer(bytes) || sha256(bytes) !== sum)
        throw refuse(`its copy of the template ${name} is damaged (its checksum does not match)`);
      if (bytes.length > LIMITS.templateBytes)
        throw refuse(`its template ${name} is larger than the 2 MB a template may be`);
      return { file: name, bytes };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(`its templates cannot be read (${(error as Error).message.replace(/\.$/, '')})`);
  } finally {
    db.close();
  }
}

/** Removes the templates table from a restored store's incoming copy (before it takes the store's name). */
export function dropBackupTemplates(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.exec(`DROP TABLE IF EXISTS ${TEMPLATES_TABLE}`);
  } finally {
    db.close();
  }
}

const idOf = (bytes: Buffer, file: string): { id: string; name: string } | undefined => {
  try {
    const t = parseTemplate(bytes.toString('utf8'), file);
    return { id: t.id, name: t.name };
  } catch {
    return undefined;
  }
};

/** A restored template planned: what it is, what happens to it, and the bytes written. */
export interface PlannedTemplate extends BackupTemplate {
  bytes: Buffer;
}

/**
 * What restoring these template files into the user's folder `dir` does, nothing written: a template
 * the folder already has (same bytes, or same id and content) is left as it is; one whose id or file
 * name the folder already uses for different content is added beside it, never over it, under a new id
 * (`<id>-restored`, named "… (restored)") and file name; the rest come back under their own names.
 */
export function planTemplateRestore(files: readonly TemplateFile[], dir: string): PlannedTemplate[] {
  const present = readUserTemplateFiles(dir);
  const names = new Set(present.map((p) => p.file.toLowerCase()));
  const byId = new Map<string, Buffer>();
  for (const p of present) {
    const t = idOf(p.bytes, p.file);
    if (t) byId.set(t.id, p.bytes);
  }
  const ids = new Set(byId.keys());
  const freeName = (stem: string) => {
    for (let n = 1; ; n++) {
      const file = `${stem}${n === 1 ? '' : `-${n}`}.json`;
      if (!names.has(file.toLowerCase())) return file;
    }
  };
  const freeId = (id: string) => {
    for (let n = 1; ; n++) {
      const candidate = `${id}-restored${n === 1 ? '' : `-${n}`}`;
      if (!ids.has(candidate) && !names.has(`${candidate}.json`)) return candidate;
    }
  };
  const sameFile = (f: TemplateFile) => present.find((p) => p.file.toLowerCase() === f.file.toLowerCase());
  return files.map((f): PlannedTemplate => {
    const t = idOf(f.bytes, f.file);
    const existing = sameFile(f);
    const base = { file: f.file, ...(t ? { id: t.id, name: t.name } : {}) };
    const same = existing?.bytes.equals(f.bytes) || (t && byId.get(t.id)?.equals(f.bytes));
    if (same) return { ...base, action: 'unchanged', bytes: f.bytes };
    if (t && byId.has(t.id)) {
      // Same id, other content: both are kept; the backup's takes a new id and says where it came from.
      const id = freeId(t.id);
      const json = JSON.parse(f.bytes.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
      const renamed = { ...json, id, name: `${t.name} (restored)` };
      const file = freeName(id);
      ids.add(id);
      names.add(file.toLowerCase());
      return {
        ...base,
        action: 'kept-both',
        as: { file, id, name: renamed.name },
        bytes: Buffer.from(`${JSON.stringify(renamed, null, 2)}\n`),
      };
    }
    if (existing) {
      // The name is taken by another file (one that does not load, or another id): a name of its own.
      const file = freeName(`${f.file.replace(/\.json$/, '')}-restored`);
      names.add(file.toLowerCase());
      if (t) ids.add(t.id);
      return { ...base, action: 'kept-both', as: { file }, bytes: f.bytes };
    }
    names.add(f.file.toLowerCase());
    if (t) ids.add(t.id);
    return { ...base, action: 'added', bytes: f.bytes };
  });
}

/** The file a planned template is written to in the user's folder (none when it is there already). */
export const targetName = (p: PlannedTemplate) =>
  p.action === 'unchanged' ? undefined : (p.as?.file ?? p.file);

/** Staging folder names: beside the store, removed at start when no restore marker names them. */
export const STAGING = /^\.restore-templates-[0-9a-f]{12}$/;

/**
 * Writes the planned templates (those to write) into a new staging folder beside the store, each
 * flushed, and returns its name and the files in it. Nothing in the user's folder changes yet.
 */
export function stageTemplates(
  dataDir: string,
  planned: readonly PlannedTemplate[],
): { staging: string; files: string[] } {
  const staging = `.restore-templates-${randomBytes(6).toString('hex')}`;
  const dir = join(dataDir, staging);
  mkdirSync(dir, { mode: 0o700 });
  const files: string[] = [];
  for (const p of planned) {
    const name = targetName(p);
    if (!name) continue;
    writeNewFileDurably(join(dir, name), p.bytes, 'restore:template');
    files.push(name);
  }
  fsyncDir(dir);
  fsyncDir(dataDir);
  faultPoint('restore:templates-staged');
  return { staging, files };
}

/**
 * Moves staged templates into the user's folder (the restore's last step, after its point of no
 * return). Run again after a crash it moves what is left: a file no longer staged has been moved.
 */
export function installStagedTemplates(dataDir: string, staging: string, files: readonly string[]): void {
  const from = join(dataDir, staging);
  if (!existsSync(from)) return;
  const to = userTemplatesDir(dataDir);
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of files) {
    if (!existsSync(join(from, name))) continue;
    renameSync(join(from, name), join(to, name));
    faultPoint('restore:template-moved');
  }
  fsyncDir(to);
  rmSync(from, { recursive: true, force: true });
  fsyncDir(dataDir);
  faultPoint('restore:templates-installed');
}

/** The backup's templates as the question before a restore, and its report, name them. */
export const describePlan = (planned: readonly PlannedTemplate[]): BackupTemplate[] =>
  planned.map(({ bytes: _bytes, ...rest }) => rest);
