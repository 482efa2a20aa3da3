import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  UPLOADS_PATH,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type Result,
} from '../contract/api';
import { AppError } from '../core/errors';
import type { UploadKind } from '../core/limits';
import type { Services } from '../services/services';
import { SESSION_FILE } from './session-file';
import { withServices, type OpenOptions } from './context';

/**
 * A CLI write while the app runs on the same data folder goes through the app: browser mode leaves its
 * address and token in a file only this user can read (`browser-session.json`), and the CLI calls the
 * same local API its page does, so the app stays the store's one writer and nothing it acknowledged is
 * lost. The desktop app has no local API: a write beside it is refused, naming it.
 */
export interface RunningApp {
  url: string;
  token: string;
  pid: number;
}

/** The running browser-mode app that writes `dataDir`, if there is one and it answers. */
export async function findRunningApp(dataDir: string): Promise<RunningApp | undefined> {
  const file = join(dataDir, SESSION_FILE);
  let session: Partial<RunningApp>;
  try {
    const stat = statSync(file);
    // Only a file of this user's that nobody else can read is trusted (a token planted by someone else
    // would send our files to their server).
    if (process.platform !== 'win32' && ((stat.mode & 0o077) !== 0 || stat.uid !== process.getuid?.()))
      return undefined;
    session = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunningApp>;
  } catch {
    return undefined;
  }
  const { url, token, pid } = session;
  if (typeof url !== 'string' || typeof token !== 'string' || typeof pid !== 'number') return undefined;
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(url)) return undefined;
  const app = { url, token, pid };
  try {
    const info = await appCall(app, 'app:info', {});
    return realpathSync(info.dataDir) === realpathSync(dataDir) ? app : undefined;
  } catch {
    return undefined; // A session file left by a browser mode that is gone.
  }
}

/** One API call to the running app; its refusal comes back as the same AppError a local call gives. */
export async function appCall<C extends Channel>(
  app: RunningApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await fetch(`${app.url}api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  });
  return answer(res) as Promise<ChannelOutput<C>>;
}

async function answer(res: Response): Promise<unknown> {
  if (!res.ok) throw new AppError('app_refused', `The running app refused the request: ${await res.text()}`);
  const result = (await res.json()) as Result<unknown>;
  if (!result.ok)
    throw new AppError(result.error.code, result.error.message, result.error.path, result.error.issues);
  return result.value;
}

/** Sends `file` to the running app as an upload (streamed from disk) and answers the upload's id. */
export async function appUpload(app: RunningApp, file: string, kind: UploadKind): Promise<string> {
  const { uploadId } = await appCall(app, 'uploads:begin', { kind, bytes: statSync(file).size });
  const res = await fetch(`${app.url}${UPLOADS_PATH.slice(1)}${uploadId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${app.token}` },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
  await answer(res);
  return uploadId;
}

/**
 * Runs a write on the store in `dataDir`: locally when this process can be its writer, else through
 * the running browser-mode app that is (saying so on stderr), else refused with who holds the store.
 */
export async function withWriter<T>(
  dataDir: string,
  options: OpenOptions,
  local: (services: Services) => Promise<T> | T,
  remote: (app: RunningApp) => Promise<T>,
): Promise<T> {
  try {
    return await withServices(dataDir, options, local);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'store_in_use') throw error;
    const app = await findRunningApp(dataDir);
    if (!app) throw error;
    console.error(
      `Browser mode (process ${app.pid}) writes this store: done through it, as its window would.`,
    );
    return remote(app);
  }
}
