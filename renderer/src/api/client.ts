import type {
  BriefingApi,
  BriefingEvents,
  Channel,
  ChannelInput,
  ChannelOutput,
  EXPORT_PROGRESS_PATH,
  ExportProgress,
  LIBRARY_EVENTS_PATH,
  LibraryEvent,
  Result,
} from '../../../electron/contract/api';
import type { AppErrorData } from '../../../electron/core/errors';

declare global {
  interface Window {
    /** Present in Electron: the preload bridge. */
    briefing?: BriefingApi;
    /** Present in Electron: subscriptions to what the main process pushes. */
    briefingEvents?: BriefingEvents;
  }
}

/** An API failure the UI can show: `message` says what to fix, `path` names the field. */
export class ApiError extends Error {
  readonly code: string;
  readonly path: string | undefined;
  readonly issues: NonNullable<AppErrorData['issues']>;
  constructor(data: AppErrorData) {
    super(data.message);
    this.code = data.code;
    this.path = data.path;
    this.issues = data.issues ?? (data.path ? [{ path: data.path, message: data.message }] : []);
  }
}

const TOKEN_KEY = 'briefing-token';

/**
 * Browser mode: the page is opened with a one-time launch code (`#launch=…`), traded here for the session
 * token, so the token itself never appears on a command line or in a terminal. `#token=…` (from the
 * user-only session file) is taken as is. Kept in sessionStorage for reloads; the address bar is cleaned.
 */
async function browserToken(): Promise<string> {
  const launch = /launch=([0-9a-f]+)/.exec(window.location.hash)?.[1];
  const direct = /token=([0-9a-f]+)/.exec(window.location.hash)?.[1];
  if (launch || direct) history.replaceState(null, '', window.location.pathname);
  if (direct) {
    sessionStorage.setItem(TOKEN_KEY, direct);
    return direct;
  }
  if (launch) {
    const res = await fetch('/launch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: launch }),
    });
    if (res.ok) {
      const { token } = (await res.json()) as { token: string };
      sessionStorage.setItem(TOKEN_KEY, token);
      return token;
    }
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const tokenReady: Promise<string> = window.briefing ? Promise.resolve('') : browserToken();

/** Browser mode: the session token, for requests besides API calls (progress streams, uploads). */
export const sessionToken = (): Promise<string> => tokenReady;

function httpApi(): BriefingApi {
  const post = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const token = await tokenReady;
    const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    if (res.status === 401)
      // A page opened without its launch code (a second tab, a bookmark, a used link): say what to do.
      return {
        ok: false,
        error: {
          code: 'http_401',
          message:
            'This tab is not connected to the running app: each address the app prints when it starts opens it once. Go back to the tab it opened, or stop the app and start it again (npm start, or briefing serve) for a new address.',
        },
      };
    if (!res.ok) {
      const text = await res.text();
      return {
        ok: false,
        error: { code: `http_${res.status}`, message: `The app server refused the request: ${text}` },
      };
    }
    return (await res.json()) as Result<unknown>;
  };
  // Every property is a channel caller; the contract type keeps call sites honest.
  return new Proxy({} as BriefingApi, {
    get: (_target, channel) => (input: unknown) => post(String(channel), input),
  });
}

const api: BriefingApi = window.briefing ?? httpApi();

/** Calls a channel and returns its value, or throws {@link ApiError}. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const fn = api[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  let result: Result<ChannelOutput<C>>;
  try {
    result = await fn(input);
  } catch (error) {
    throw new ApiError({
      code: 'unreachable',
      message: `Could not reach the app: ${(error as Error).message}`,
    });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export const isElectron = window.briefing !== undefined;

/** The token once known: a page that is leaving cannot wait for a promise. */
let knownToken = '';
void tokenReady.then((t) => (knownToken = t));

/** What the browser lets a `keepalive` request carry (the Fetch standard's limit for all of them). */
const KEEPALIVE_LIMIT = 64 * 1024;

/**
 * Sends a call as the page leaves (reload, close, the tab discarded), without waiting for its answer:
 * in browser mode a `keepalive` request, which the browser finishes after the page is gone (one larger
 * than the browser allows for those goes as an ordinary request, which may be cut off); in Electron
 * the call is handed to the main process, which outlives the page.
 */
export function sendOnLeave<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  if (window.briefing) {
    void (api[channel] as (i: ChannelInput<C>) => Promise<unknown>)(input).catch(() => undefined);
    return;
  }
  const body = JSON.stringify(input ?? {});
  void fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${knownToken}` },
    body,
    keepalive: new Blob([body]).size <= KEEPALIVE_LIMIT,
  }).catch(() => undefined);
}

/** Reads a Server-Sent Events body until it ends, handing on the data of each event named `name`. */
async function readEvents(
  body: ReadableStream<BufferSource>,
  name: string,
  onData: (data: string) => void,
): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += value;
    // Events end with a blank line; the event's data line is its JSON.
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      if (!lines.includes(`event: ${name}`)) continue;
      const data = lines.find((l) => l.startsWith('data: '));
      if (data) onData(data.slice(6));
    }
  }
}

/** Browser mode: the export's progress as Server-Sent Events, read with fetch (which can send the token). */
async function httpProgress(
  exportId: string,
  listener: (event: ExportProgress) => void,
): Promise<() => void> {
  // The path as a literal the contract's type vouches for (a value import would bundle the schemas).
  const path: typeof EXPORT_PROGRESS_PATH = '/events/export-progress';
  const controller = new AbortController();
  const stop = () => controller.abort();
  let res: Response;
  try {
    const token = await tokenReady;
    res = await fetch(`${path}?exportId=${encodeURIComponent(exportId)}`, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
  } catch {
    return stop; // No progress then; the export itself still answers.
  }
  if (!res.ok || !res.body) return stop;
  void readEvents(res.body, 'progress', (data) => listener(JSON.parse(data) as ExportProgress)).catch(
    () => {},
  );
  return stop;
}

/**
 * Listens to the progress of the export named `exportId` (pass the same id to the export call). Resolves
 * once listening, so no early event is missed; the function it resolves to stops listening.
 */
export async function watchExport(
  exportId: string,
  listener: (event: ExportProgress) => void,
): Promise<() => void> {
  const events = window.briefingEvents;
  if (events) return events.onExportProgress((e) => e.exportId === exportId && listener(e));
  return httpProgress(exportId, listener);
}

/** How long browser mode waits before reopening a dropped library event stream (the app server restarted). */
const RECONNECT_MS = 2000;

/**
 * Listens to library changes as they happen (a colleague retracting a fact, templates changing), with
 * no polling: Electron's pushed events, or in browser mode a Server-Sent Events stream that is reopened
 * if it drops. Returns the function that stops listening.
 */
export function watchLibrary(listener: (event: LibraryEvent) => void): () => void {
  const events = window.briefingEvents;
  if (events) return events.onLibraryEvent(listener);
  const path: typeof LIBRARY_EVENTS_PATH = '/events/library';
  let isStopped = false;
  let controller: AbortController | undefined;
  void (async () => {
    while (!isStopped) {
      controller = new AbortController();
      try {
        const token = await tokenReady;
        const res = await fetch(path, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
          signal: controller.signal,
        });
        if (res.ok && res.body)
          await readEvents(res.body, 'library', (data) => listener(JSON.parse(data) as LibraryEvent));
      } catch {
        // Dropped or refused: reopened below unless stopped.
      }
      if (!isStopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  })();
  return () => {
    isStopped = true;
    controller?.abort();
  };
}

/** A fresh export id: 32 random hex digits. */
export function newExportId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
