import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { AppError } from '../core/errors';
import { TeamConnection } from '../contract/api';
import { writeFileAtomic } from './fs-atomic';

/**
 * Keeps the team library's password. Electron's keeper encrypts it with the OS keychain (safeStorage) into
 * a file in the data folder; browser mode's keeps it in this process's memory only, for the session. No
 * keeper writes it in clear, and none logs it.
 */
export interface PasswordKeeper {
  readonly kind: 'keychain' | 'session';
  read(): Promise<string | undefined>;
  write(password: string | undefined): Promise<void>;
}

/** Browser mode: the password lives in memory until the process ends (the form says so). */
export class SessionPasswords implements PasswordKeeper {
  readonly kind = 'session' as const;
  private password: string | undefined;
  async read(): Promise<string | undefined> {
    return this.password;
  }
  async write(password: string | undefined): Promise<void> {
    this.password = password;
  }
}

/** The saved connection: the form's fields, never the password (`team-library.json` in the data folder). */
export class TeamConnectionFile {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'team-library.json');
  }
  read(): TeamConnection | undefined {
    if (!existsSync(this.file)) return undefined;
    try {
      const parsed = TeamConnection.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
  async write(connection: TeamConnection | undefined): Promise<void> {
    if (!connection) return rmSync(this.file, { force: true });
    await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(connection, null, 2)}\n`));
  }
}

/** Refuses a CA file that is not a readable file given by its full path, naming the field. */
export function checkCaFile(connection: TeamConnection): void {
  const ca = connection.caFile;
  if (!ca) return;
  const problem = !isAbsolute(ca)
    ? 'must be a full path'
    : !existsSync(ca) || !statSync(ca).isFile()
      ? 'is not a file that exists'
      : undefined;
  if (problem) throw new AppError('invalid_input', `CA file "${ca}" ${problem}.`, 'caFile');
  try {
    readFileSync(ca);
  } catch {
    throw new AppError('invalid_input', `CA file "${ca}" cannot be read.`, 'caFile');
  }
}

/** The driver's URL for a connection (the password percent-encoded; only ever handed to `pg`). */
export function teamUrl(connection: TeamConnection, password: string | undefined): string {
  const url = new URL('postgres://placeholder');
  url.hostname = connection.host;
  url.port = String(connection.port);
  url.pathname = `/${encodeURIComponent(connection.database)}`;
  url.username = encodeURIComponent(connection.user);
  if (password) url.password = encodeURIComponent(password);
  url.searchParams.set('sslmode', connection.sslmode);
  if (connection.sslmode !== 'disable' && connection.caFile)
    url.searchParams.set('sslrootcert', connection.caFile);
  return url.toString();
}

/**
 * What the app shows when it starts (offline-first) but the team library refuses it: a library set up
 * by a newer version, or a refused login. The app starts on the local store and says this in its team
 * library banner and in Team library…; undefined for any other error (which stops a start as before).
 */
export function refusalAtStart(error: unknown): string | undefined {
  if (!(error instanceof AppError)) return undefined;
  const advice =
    error.code === 'store_too_new'
      ? 'Working in your local library until the app is updated.'
      : error.code === 'team_login_failed'
        ? 'Working in your local library: check the user and password in Team library… and connect again.'
        : undefined;
  return advice && `${error.message} ${advice}`.slice(0, 300);
}
