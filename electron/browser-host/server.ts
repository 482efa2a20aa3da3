import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { dispatch } from '../contract/dispatch';
import {
  EXPORT_PROGRESS_PATH,
  ExportId,
  UPLOADS_PATH,
  UploadId,
  LIBRARY_EVENTS_PATH,
  requestLimit,
  type ExportProgress,
  type Handlers,
  type LibraryEvent,
} from '../contract/api';
import { LIMITS, megabytes } from '../core/limits';
import { toErrorData } from '../core/errors';
import { contentTypeOf } from '../services/content-types';
import type { Uploads } from '../services/uploads';

export interface BrowserHostOptions {
  handlers: Handlers;
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
  /** Where `PUT /uploads/<id>` streams a file the page announced with `uploads:begin`. */
  uploads?: () => Pick<Uploads, 'receive'>;
  /** The library events to push to every open page (LIBRARY_EVENTS_PATH). */
  libraryEvents?: { subscribe(listener: (event: LibraryEvent) => void): () => void };
}

/** A comment line sent on idle library streams, so proxies and the client see the stream alive. */
const HEARTBEAT_MS = 25_000;

export interface BrowserHost {
  /** The app's address, without any secret in it. */
  url: string;
  port: number;
  /** The session token. Never put it on a command line or in a log: hand out {@link launchUrl}s instead. */
  token: string;
  /**
   * A one-time address: the page trades its code for the token once (POST /launch), within `ttlMs`. A
   * code seen on a command line (`ps`) or in a terminal is worthless once the page has opened.
   */
  launchUrl(ttlMs?: number): string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Largest body of an ordinary API request; calls that carry imports or a backup may send more (see
 * `requestLimit` in the contract). Anything bigger is refused with 413 before it is parsed.
 */
export const MAX_BODY = LIMITS.requestBytes;

/** Where the page trades a one-time launch code for the session token. */
export const LAUNCH_PATH = '/launch';
/** How long a launch code stays usable when nobody opens it. */
export const LAUNCH_TTL_MS = 10 * 60 * 1000;

/** Progress streams open at once (a page opens one per export); more are refused with 429. */
export const MAX_STREAMS = 16;
/** A progress stream whose export never comes (or never ends) is closed after this long. */
export const STREAM_IDLE_MS = 5 * 60 * 1000;

/** The renderer's CSP when served over HTTP (Electron uses the same policy from the page's meta tag). */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const headers = (type: string) => ({
  'Content-Type': type,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CSP,
});

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/plain; charset=utf-8',
) {
  res.writeHead(status, headers(type));
  res.end(body);
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering at once; the 413 goes out with `Connection: close` and the rest is discarded.
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Bearer-token check in constant time: both sides are hashed first, so neither the content nor the
 * length of the expected token leaks through timing.
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice(7) : '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

/** `decodeURIComponent` that answers null instead of throwing on malformed escapes such as `%E0%A4%A`. */
function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Serves the renderer and the API on 127.0.0.1 only. API calls need the per-launch token; the Host and
 * Origin headers must name this server, so a web page elsewhere (or a DNS-rebinding trick) cannot call it.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const rendererRoot = await realpath(options.rendererDir);
  let allowedHosts = new Set<string>();
  /** Open progress streams, by the export they follow. */
  const streams = new Map<string, Set<ServerResponse>>();
  let streamCount = 0;
  /** Unused launch codes and when each expires. */
  const launchCodes = new Map<string, number>();

  /** POST /launch {code}: the token for a valid unused code, once. */
  async function launch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'Use POST');
    let code: unknown;
    try {
      code = (JSON.parse(await readBody(req, 1024)) as { code?: unknown } | null)?.code;
    } catch {
      return send(res, 400, 'Send {"code": …}');
    }
    const expires = typeof code === 'string' ? launchCodes.get(code) : undefined;
    if (typeof code === 'string') launchCodes.delete(code);
    if (expires === undefined || expires < Date.now())
      return send(
        res,
        401,
        'This launch link was already used or has expired. Open the address Briefing Builder printed when it started, or start it again.',
      );
    return send(res, 200, JSON.stringify({ token }), 'application/json; charset=utf-8');
  }

  const publish = (event: ExportProgress) => {
    const data = `event: progress\ndata: ${JSON.stringify(event)}\n\n`;
    for (const res of streams.get(event.exportId) ?? []) {
      // An ended stream stays in the set until its socket closes: writing to it would throw.
      if (res.writableEnded) continue;
      res.write(data);
      // http corks the socket until the next tick; much of an export is synchronous, so without this
      // its events would leave together when it yields, not as each stage starts.
      res.socket?.uncork();
    }
  };
  /** The export's call has answered: its streams end (the answer itself says how it went). */
  const endStreams = (exportId: string) => {
    // Twice for one id is possible (`import:article-cancel` names the call it stops): end each stream once.
    for (const res of streams.get(exportId) ?? [])
      if (!res.writableEnded) res.end('event: end\ndata: {}\n\n');
  };

  /**
   * Server-Sent Events for one export (`?exportId=`), opened before the export is called. Same rules
   * as the API: this host and origin only, the token as a Bearer header (never in the query string).
   */
  function openStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') return send(res, 405, 'Use GET');
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, 'Missing or wrong token');
    const exportId = ExportId.safeParse(url.searchParams.get('exportId'));
    if (!exportId.success) return send(res, 400, 'exportId must be a short id');
    if (streamCount >= MAX_STREAMS) return send(res, 429, 'Too many progress streams');
    const id = exportId.data;
    const set = streams.get(id) ?? new Set<ServerResponse>();
    streams.set(id, set);
    set.add(res);
    streamCount += 1;
    const idle = setTimeout(() => res.end(), STREAM_IDLE_MS);
    res.once('close', () => {
      clearTimeout(idle);
      streamCount -= 1;
      set.delete(res);
      if (set.size === 0 && streams.get(id) === set) streams.delete(id);
    });
    res.writeHead(200, headers('text/event-stream; charset=utf-8'));
    // A comment, so the client knows the stream is open before it starts the export.
    res.write(': open\n\n');
  }

  /**
   * PUT /uploads/<id>: the body of an announced upload, written to its file as it arrives (never held in
   * memory); the upload's own announced size and kind's limit bound it. Answers like an API call.
   */
  async function receiveUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'PUT') return send(res, 405, 'Use PUT');
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, 'Missing or wrong token');
    const id = UploadId.safeParse(url.pathname.slice(UPLOADS_PATH.length));
    if (!id.success || !options.uploads) return send(res, 404, 'Not found');
    let result: unknown;
    try {
      result = { ok: true, value: await options.uploads().receive(id.data, req) };
    } catch (error) {
      // The rest of a refused body is not read: the connection closes after the answer.
      res.setHeader('Connection', 'close');
      req.resume();
      result = { ok: false, error: toErrorData(error) };
    }
    return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
  }

  /**
   * Server-Sent Events of library changes (a fact retracted by a colleague, templates changed), for as
   * long as the page keeps the stream open. The same rules as the API: this host and origin, the token.
   */
  function openLibraryStream(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return send(res, 405, 'Use GET');
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, 'Missing or wrong token');
    const events = options.libraryEvents;
    if (!events) return send(res, 404, 'No library events here');
    if (streamCount >= MAX_STREAMS) return send(res, 429, 'Too many event streams');
    streamCount += 1;
    res.writeHead(200, headers('text/event-stream; charset=utf-8'));
    res.write(': open\n\n');
    const unsubscribe = events.subscribe((event) => {
      res.write(`event: library\ndata: ${JSON.stringify(event)}\n\n`);
      res.socket?.uncork();
    });
    const heartbeat = setInterval(() => res.write(': alive\n\n'), HEARTBEAT_MS);
    res.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streamCount -= 1;
    });
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[browser-host]', error);
      if (!res.headersSent) send(res, 500, 'Internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Wrong host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))
      return send(res, 403, 'Wrong origin');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (url.pathname === EXPORT_PROGRESS_PATH) return openStream(req, res, url);
    if (url.pathname.startsWith(UPLOADS_PATH)) return receiveUpload(req, res, url);
    if (url.pathname === LIBRARY_EVENTS_PATH) return openLibraryStream(req, res);
    if (url.pathname === LAUNCH_PATH) return launch(req, res);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST');
      if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, 'Missing or wrong token');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, 'Send JSON');
      const channel = decode(url.pathname.slice(5));
      if (channel === null) return send(res, 400, 'Malformed path');
      const limit = requestLimit(channel);
      let raw: string;
      try {
        raw = await readBody(req, limit);
      } catch (error) {
        if (!(error instanceof TooLarge)) throw error;
        res.setHeader('Connection', 'close');
        return send(res, 413, `Request too large (the limit of this call is ${megabytes(limit)})`);
      }
      let input: unknown;
      try {
        input = raw === '' ? {} : JSON.parse(raw);
      } catch {
        return send(res, 400, 'Malformed JSON');
      }
      const result = await dispatch(options.handlers, channel, input, { progress: publish });
      const exportId = ExportId.safeParse((input as { exportId?: unknown } | null)?.exportId);
      if (exportId.success) endStreams(exportId.data);
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const decoded = decode(url.pathname);
    if (decoded === null || decoded.includes('\0')) return send(res, 400, 'Malformed path');
    const relative = url.pathname === '/' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
    const file = resolve(rendererRoot, relative);
    if (!file.startsWith(rendererRoot + sep)) return send(res, 404, 'Not found');
    let body: Buffer;
    try {
      const real = await realpath(file);
      if (!real.startsWith(rendererRoot + sep)) return send(res, 404, 'Not found');
      body = await readFile(real);
    } catch {
      return send(res, 404, 'Not found');
    }
    return send(res, 200, body, contentTypeOf(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const base = `http://127.0.0.1:${port}/`;
  return {
    url: base,
    port,
    token,
    launchUrl(ttlMs = LAUNCH_TTL_MS) {
      const code = randomBytes(16).toString('hex');
      launchCodes.set(code, Date.now() + ttlMs);
      return `${base}#launch=${code}`;
    },
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
