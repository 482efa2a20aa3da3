import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_BODY,
  startBrowserHost,
  tokenMatches,
  type BrowserHost,
} from '../../../electron/browser-host/server';
import { LIMITS } from '../../../electron/core/limits';
import { freshServices, tempDir } from '../../helpers/fixtures';

const services = freshServices();
const root = tempDir('renderer-');
let host: BrowserHost;

beforeAll(async () => {
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  // Symlinks inside the renderer folder that point outside it must not be followed.
  symlinkSync(join(root, 'secret.txt'), join(root, 'renderer', 'link.txt'));
  symlinkSync(root, join(root, 'renderer', 'up'));
  host = await startBrowserHost({
    handlers: services.handlers(),
    rendererDir: join(root, 'renderer'),
    uploads: () => services.uploads,
  });
});
afterAll(async () => {
  await host.close();
  services.close();
});

/** Raw HTTP so Host and Origin can be set freely (fetch forbids changing Host). */
function raw(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: opts.path,
          method: opts.method ?? 'GET',
          headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(opts.body);
    },
  );
}

const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
  raw({
    path: `/api/${channel}`,
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 and prints a token URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('answers API calls that carry the token', async () => {
    const r = await api('sources:list', '{}');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses API calls without the right token', async () => {
    expect((await api('sources:list', '{}', { Authorization: '' })).status).toBe(401);
    expect((await api('sources:list', '{}', { Authorization: `Bearer ${'0'.repeat(64)}` })).status).toBe(401);
    expect((await api('sources:list', '{}', { Authorization: `Bearer ${host.token}0` })).status).toBe(401);
  });

  it('refuses other hosts and origins (DNS rebinding, cross-site pages)', async () => {
    expect((await api('sources:list', '{}', { Host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await api('sources:list', '{}', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('sources:list', '{}', { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses GET on the API, non-JSON bodies and malformed JSON', async () => {
    expect(
      (await raw({ path: '/api/sources:list', headers: { Authorization: `Bearer ${host.token}` } })).status,
    ).toBe(405);
    expect((await api('sources:list', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await api('sources:list', '{nope')).status).toBe(400);
  });

  it('serves the renderer with a CSP and never files outside it', async () => {
    const index = await raw({ path: '/' });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'none'");
    expect((await raw({ path: '/assets/app.js' })).status).toBe(200);
    expect((await raw({ path: '/../secret.txt' })).status).toBe(404);
    expect((await raw({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await raw({ path: '/assets/%2e%2e/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('compares tokens in constant time and only as a Bearer token', () => {
    expect(tokenMatches('Bearer abc', 'abc')).toBe(true);
    expect(tokenMatches('bearer abc', 'abc')).toBe(false);
    expect(tokenMatches('Basic abc', 'abc')).toBe(false);
    expect(tokenMatches('abc', 'abc')).toBe(false);
    expect(tokenMatches('Bearer ', '')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches('Bearer ab', 'abc')).toBe(false);
    expect(tokenMatches('Bearer abcd', 'abc')).toBe(false);
  });

  it('refuses the token in the query string or a cookie', async () => {
    const r = await raw({
      path: `/api/sources:list?token=${host.token}`,
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Cookie: `token=${host.token}` },
    });
    expect(r.status).toBe(401);
  });

  it('refuses a missing Host, look-alike hosts and origins', async () => {
    expect((await api('sources:list', '{}', { Host: `127.0.0.1:${host.port}.evil.example` })).status).toBe(
      421,
    );
    expect((await api('sources:list', '{}', { Host: `127.0.0.1:${host.port + 1}` })).status).toBe(421);
    expect((await api('sources:list', '{}', { Origin: 'null' })).status).toBe(403);
    expect((await api('sources:list', '{}', { Origin: `https://127.0.0.1:${host.port}` })).status).toBe(403);
    expect(
      (await api('sources:list', '{}', { Origin: `http://127.0.0.1:${host.port}.evil.example` })).status,
    ).toBe(403);
    expect((await raw({ path: '/', headers: { Origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('sends no CORS headers, answers no preflight and sets protective headers', async () => {
    const preflight = await raw({
      path: '/api/sources:list',
      method: 'OPTIONS',
      headers: { Origin: `http://127.0.0.1:${host.port}`, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    for (const r of [preflight, await api('sources:list', '{}'), await raw({ path: '/' })]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('allows only GET/HEAD for files and POST for the API', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'POST', 'TRACE'])
      expect((await raw({ path: '/index.html', method })).status, method).toBe(405);
    for (const method of ['PUT', 'DELETE', 'GET', 'PATCH'])
      expect(
        (await raw({ path: '/api/sources:list', method, headers: { Authorization: `Bearer ${host.token}` } }))
          .status,
        method,
      ).toBe(405);
    expect((await raw({ path: '/index.html', method: 'HEAD' })).status).toBe(200);
  });

  it('refuses a body over the limit with 413, declared or streamed, without parsing it', async () => {
    const declared = await api('sources:list', '{}', { 'Content-Length': String(MAX_BODY + 1) }).catch(
      (e: Error) => ({ status: -1, body: e.message }),
    );
    // Node may reset the socket after the early answer; what matters is that no 200 came back.
    expect([413, -1]).toContain(declared.status);
    const big = `{"x":"${'a'.repeat(MAX_BODY)}"}`;
    const streamed = await api('sources:list', big, { 'Transfer-Encoding': 'chunked' }).catch((e: Error) => ({
      status: -1,
      body: e.message,
    }));
    expect([413, -1]).toContain(streamed.status);
    // The server is still healthy afterwards.
    expect((await api('sources:list', '{}')).status).toBe(200);
  });

  it('lets an import larger than an ordinary request (28 MB) through to the importer', async () => {
    const text = `statement\n${'x'.repeat(28 * 1024 * 1024)}\n`;
    const r = await api('import:facts', JSON.stringify({ format: 'csv', text }));
    // The importer answered (line 2 names no source), not the host's 413.
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { path: expect.stringMatching(/^line 2/) },
    });
  }, 60_000);

  it('streams an upload to disk as it arrives and imports from it', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Reuters,Statement number ${i}.`).join('\n');
    const body = Buffer.from(`source_title,statement\n${rows}\n`);
    const begun = JSON.parse(
      (await api('uploads:begin', JSON.stringify({ kind: 'import', bytes: body.length }))).body,
    ) as { value: { uploadId: string } };
    const { uploadId } = begun.value;
    const file = join(services.uploads.dir, `${uploadId}.part`);
    const half = Math.floor(body.length / 2);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/uploads/${uploadId}`,
          method: 'PUT',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/octet-stream',
            'Content-Length': String(body.length),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, half));
      // While the request is still open, the first half is already on disk, not held in memory.
      const poll = setInterval(() => {
        if (statSync(file).size < half) return;
        clearInterval(poll);
        req.end(body.subarray(half));
      }, 10);
    });
    const put = await answer;
    expect(put.status).toBe(200);
    expect(JSON.parse(put.body)).toEqual({ ok: true, value: { received: body.length } });
    const report = JSON.parse(
      (await api('import:facts', JSON.stringify({ format: 'csv', uploadId }))).body,
    ) as {
      ok: boolean;
      value: { factsCreated: number };
    };
    expect(report).toMatchObject({ ok: true, value: { factsCreated: 20_000 } });
    expect(existsSync(file)).toBe(false);
  }, 60_000);

  it('refuses uploads without the token, to ids it never handed out, and bodies past the announced size', async () => {
    const id = 'b'.repeat(32);
    const put = (path: string, headers: Record<string, string>, body: string) =>
      raw({ path, method: 'PUT', headers: { 'Content-Type': 'application/octet-stream', ...headers }, body });
    const auth = { Authorization: `Bearer ${host.token}` };
    expect((await put(`/uploads/${id}`, {}, 'x')).status).toBe(401);
    expect(JSON.parse((await put(`/uploads/${id}`, auth, 'x')).body)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await put('/uploads/..%2Fbriefing.sqlite', auth, 'x')).status).toBe(404);
    expect((await raw({ path: `/uploads/${id}`, method: 'POST', headers: auth })).status).toBe(405);
    const begun = JSON.parse(
      (await api('uploads:begin', JSON.stringify({ kind: 'import', bytes: 3 }))).body,
    ) as {
      value: { uploadId: string };
    };
    const over = await put(`/uploads/${begun.value.uploadId}`, auth, 'four');
    expect(JSON.parse(over.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/More was sent/) },
    });
    expect(services.uploads.usage().count).toBe(0);
    const tooBig = JSON.parse(
      (await api('uploads:begin', JSON.stringify({ kind: 'import', bytes: LIMITS.importBytes + 1 }))).body,
    ) as unknown;
    expect(tooBig).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at most 50 MB/) } });
  });

  it("answers an import over the limit with the schema's words, not a bare 413", async () => {
    const text = 'x'.repeat(LIMITS.importBytes + 1);
    const r = await api('import:facts', JSON.stringify({ format: 'csv', text }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than the 50 MB an import may be/) },
    });
  }, 60_000);

  it('trades a launch code for the token once, and only a code it handed out', async () => {
    const code = /#launch=([0-9a-f]{32})$/.exec(host.launchUrl())?.[1] ?? '';
    const trade = (c: string, headers: Record<string, string> = {}) =>
      raw({
        path: '/launch',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ code: c }),
      });
    // From another origin the code is not even looked at (and stays usable).
    expect((await trade(code, { Origin: 'http://evil.example' })).status).toBe(403);
    const first = await trade(code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ token: host.token });
    const again = await trade(code);
    expect(again.status).toBe(401);
    expect(again.body).not.toContain(host.token);
    expect((await trade('0'.repeat(32))).status).toBe(401);
    const expired = /#launch=([0-9a-f]{32})$/.exec(host.launchUrl(-1))?.[1] ?? '';
    expect((await trade(expired)).status).toBe(401);
  });

  it('answers malformed escapes with 400, not a crash', async () => {
    expect((await raw({ path: '/%E0%A4%A' })).status).toBe(400);
    expect((await raw({ path: '/index.html%00.js' })).status).toBe(400);
    expect((await api('sources%E0%A4%A', '{}')).status).toBe(400);
    expect(JSON.parse((await api('no%3Asuch', '{}')).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
  });

  it('never serves outside the renderer: encoded slashes, backslashes, absolute paths, symlinks', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2f%2e%2e%2fsecret.txt',
      `/${encodeURIComponent(join(root, 'secret.txt'))}`,
      '/%2fetc%2fpasswd',
      '/link.txt',
      '/up/secret.txt',
      '/assets',
      '/nope.html',
    ])
      expect((await raw({ path })).status, path).toBe(404);
  });
});
