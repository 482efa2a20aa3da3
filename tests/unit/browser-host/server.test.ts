import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/browser-host/server';
import { freshServices, tempDir } from '../../helpers/fixtures';

const services = freshServices();
const root = tempDir('renderer-');
let host: BrowserHost;

beforeAll(async () => {
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  host = await startBrowserHost({ handlers: services.handlers(), rendererDir: join(root, 'renderer') });
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
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
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
});
