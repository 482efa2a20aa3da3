import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../core/errors';
import { defaultDataDir } from '../services/paths';
import { makePrivateDir } from '../services/private-files';
import type { Services } from '../services/services';

// The bundle lives in dist/node/; the repository (or installed package) root is two levels up.
export const appRoot = fileURLToPath(new URL('../../', import.meta.url));
export const templatesDir = join(appRoot, 'templates');
export const rendererDir = join(appRoot, 'dist', 'renderer');

/** A CLI command: its one-line usage, and what it does with its arguments. */
export interface Command {
  usage: string;
  /**
   * The usage of one of the command's own sub-commands (`import facts`), for `briefing import facts
   * --help`; undefined when the arguments name none.
   */
  usageOf?(positionals: readonly string[]): string | undefined;
  run(args: string[]): Promise<void>;
}

/** A whole-number option's allowed range, both ends included. */
export interface NumberRange {
  min: number;
  max: number;
}

/**
 * parseArgs with the shared `--data DIR` and `--db URL` options; unknown options are a usage error naming
 * them. `numbers` names the options that take a whole number, with the range each allows: a value out of
 * range (or not a whole number) is refused in one line naming the option and its range, and a negative
 * one (`--limit -3`) is read as that option's value, not as an option of its own.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  numbers: Partial<Record<keyof O & string, NumberRange>> = {},
) {
  const takesNumber = (arg: string | undefined) =>
    arg !== undefined && arg.startsWith('--') && Object.hasOwn(numbers, arg.slice(2));
  const isNegative = (arg: string | undefined) => /^-\d/.test(arg ?? '');
  const given = args.flatMap((arg, i) => {
    // `--limit -3`: one argument, as parseArgs reads `--limit=-3`.
    if (takesNumber(arg) && isNegative(args[i + 1])) return [`${arg}=${args[i + 1]}`];
    if (isNegative(arg) && takesNumber(args[i - 1])) return [];
    return [arg];
  });
  let parsed;
  try {
    parsed = parseArgs({
      args: given,
      options: { ...options, data: { type: 'string' }, db: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new AppError('usage', usageMessage(error as Error, given, Object.keys(options), numbers));
  }
  for (const [name, range] of Object.entries(numbers) as Array<[string, NumberRange]>) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (typeof value !== 'string') continue;
    const n = /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < range.min || n > range.max)
      throw new AppError(
        'usage',
        `--${name} must be a whole number from ${range.min} to ${range.max}, not "${value}".`,
      );
  }
  return parsed;
}

/** What the shared options take, for "--data needs a value (a folder)." */
const VALUE_OF: Record<string, string> = {
  data: 'a folder',
  db: 'a team library URL: postgres://user@host/database',
};

/** How many single-letter edits (insert, delete, change) turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * parseArgs's refusal in one line, in our words: an unknown option named, with the known one it is
 * closest to (two edits or fewer: `--limt` → `--limit`); an option missing its value, with what the
 * value is; an option given a value that starts with a dash told how to give it (parseArgs says each
 * in words of its own, about positionals and '--', in up to three lines).
 */
function usageMessage(
  error: Error,
  args: readonly string[],
  own: readonly string[],
  numbers: Partial<Record<string, NumberRange>>,
): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (unknown) {
    const known = [...own, 'data', 'db', 'help'];
    const name = unknown.replace(/^-+/, '').split('=')[0]!;
    const near = known
      .map((k) => ({ k, d: editDistance(name, k) }))
      .filter(({ d }) => d <= 2)
      .sort((a, b) => a.d - b.d);
    const closest = near.filter(({ d }) => d === near[0]?.d).map(({ k }) => `--${k}`);
    const hint = closest.length > 0 ? ` Did you mean ${closest.join(' or ')}?` : '';
    return `Unknown option ${unknown}.${hint}`;
  }
  const missing = /^Option '(?:-\w, )?(--[^' ]+)[^']*' argument missing/.exec(error.message)?.[1];
  if (missing) {
    const name = missing.slice(2);
    const range = numbers[name];
    const what = range ? `a whole number from ${range.min} to ${range.max}` : VALUE_OF[name];
    return `${missing} needs a value${what ? ` (${what})` : ''}.`;
  }
  const option = /^Option '(--[^' ]+)' argument is ambiguous/.exec(error.message)?.[1];
  if (!option) return error.message;
  const value = args[args.indexOf(option) + 1] ?? '-…';
  return `${option} needs a value; one that starts with "-" is written ${option}=${value}.`;
}

/** The store folder: `--data DIR`, else `BRIEFING_DATA`, else the app's user-data folder. */
export const dataDirFrom = (data: unknown): string => (typeof data === 'string' ? data : defaultDataDir());

export interface OpenOptions {
  /** Who this is, for another process's refusal message: "browser mode (briefing serve)", "briefing import". */
  holder: string;
  /**
   * `read`: runs beside another process that writes the store, read-only. `read-only`: only reads,
   * whoever writes it (no writer lock, no schema upgrade), as a dry run. Default `write`.
   */
  access?: 'write' | 'read' | 'read-only';
  isWatchingTemplates?: boolean;
  isBackingUpDaily?: boolean;
  /** What to do instead, appended to the refusal when another process writes the store. */
  inUseAdvice?: string;
  /**
   * `--db URL`: work in this team library instead of the local store (else `BRIEFING_DB`, else local);
   * null: the local store whatever BRIEFING_DB says.
   */
  db?: string | null | undefined;
  /**
   * The app's way (browser mode): briefings stay in the data folder's store with copies of the team facts
   * they cite, and the team library may be out of reach at start. One-shot commands work in the team
   * library itself.
   */
  isOfflineFirst?: boolean;
}

/** The team library a command works in: `--db URL`, else `BRIEFING_DB`; undefined for the local store. */
export function teamLibraryUrl(db: string | null | undefined): string | undefined {
  if (db === null) return undefined;
  const url = db ?? process.env.BRIEFING_DB;
  if (url === undefined || url.trim() === '') return undefined;
  if (!/^postgres(ql)?:\/\//i.test(url))
    throw new AppError(
      'usage',
      '--db (or BRIEFING_DB) must be a PostgreSQL URL: postgres://user@host/database (see docs/team-library.md).',
    );
  return url;
}

/**
 * Services over the store in `dataDir` (loaded on first use: `build` without `--data` never needs them).
 * A command that writes takes the folder's writer lock, and is refused with the holder's name while the
 * app (or another command) writes the store.
 */
export async function openServices(dataDir: string, options: OpenOptions): Promise<Services> {
  makePrivateDir(dataDir);
  const { Services } = await import('../services/services');
  const url = teamLibraryUrl(options.db);
  let team;
  let teamRefusal: string | undefined;
  try {
    team =
      url === undefined ? undefined : await connectTeamLibrary(url, false, options.isOfflineFirst ?? false);
  } catch (error) {
    // The app's way (serve): a newer schema or a refused login does not stop it; it starts on the local
    // store and says why. One-shot commands have nothing to fall back to: they refuse with the message.
    const { refusalAtStart } = await import('../services/team-connection');
    teamRefusal = options.isOfflineFirst ? refusalAtStart(error) : undefined;
    if (!teamRefusal) throw error;
  }
  return new Services({
    ...(team ? (options.isOfflineFirst ? { team } : { library: team }) : {}),
    ...(teamRefusal ? { teamRefusal } : {}),
    dataDir,
    templatesDir,
    mode: 'browser',
    version: __APP_VERSION__,
    isWatchingTemplates: options.isWatchingTemplates ?? false,
    isBackingUpDaily: options.isBackingUpDaily ?? false,
    holder: options.holder,
    access: options.access ?? 'write',
    inUseAdvice:
      options.inUseAdvice ??
      'Nothing was changed. Do this in the app, or close it and run the command again (commands that only read, such as search, stats and backup, run beside it).',
  });
}

/** Runs `fn` with services over the store, closing the store afterwards whatever happens. */
export async function withServices<T>(
  dataDir: string,
  options: OpenOptions,
  fn: (services: Services) => Promise<T> | T,
): Promise<T> {
  const services = await openServices(dataDir, options);
  try {
    return await fn(services);
  } catch (error) {
    // Another process holding the store locked past the busy timeout reads as "the store is in use".
    const { asStoreError } = await import('../services/store/db');
    throw asStoreError(error);
  } finally {
    await services.close();
  }
}

/** Connects to a team library (loaded only when one is asked for: the local store never loads `pg`). */
export async function connectTeamLibrary(url: string, isInitialising = false, isOfflineAllowed = false) {
  const { PostgresStore } = await import('../services/store/postgres/postgres-store');
  return PostgresStore.connect(url, { isInitialising, isOfflineAllowed });
}
