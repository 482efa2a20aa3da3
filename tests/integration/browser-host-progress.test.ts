import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { MAX_STREAMS, startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';
import {
  EXPORT_PROGRESS_PATH,
  ExportProgress,
  type CallContext,
  type Handlers,
} from '../../electron/contract/api';
import { AppError } from '../../electron/core/errors';
import { freshServices, tempDir, templatesDir } from '../helpers/fixtures';

const services = freshServices();
const root = tempDir('renderer-');
let host: BrowserHost;
let briefingId = '';

beforeAll(async () => {
  mkdirSync(join(root, 'renderer'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  host = await startBrowserHost({ handlers: services.handlers(), rendererDir: join(root, 'renderer') });
  const file = syntheticBriefingFile(templatesDir, {
    paragraphs: 30,
    words: 20,
    citations: 45,
    sourceCount: 15,
  });
  briefingId = (await services.importBriefingFile(file)).id;
});
afterAll(async () => {
  await host.close();
  services.close();
});

const stream = (exportId: string) => `${EXPORT_PROGRESS_PATH}?exportId=${encodeURIComponent(exportId)}`;
const auth = () => ({ Authorization: `Bearer ${host.token}` });

/** A request with free Host/Origin headers; resolves on the response head, the body still to come. */
function open(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers },
      },
      resolve,
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
const statusOf = async (opts: Parameters<typeof open>[0]) => {
  const res = await open(opts);
  res.resume();
  return res.statusCode;
};
const bodyOf = (res: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    res.on('data', (c: Buffer) => (body += c.toString()));
    res.on('end', () => resolve(body));
    res.on('close', () => resolve(body)); // a stream the test closed itself
    res.on('error', () => resolve(body));
  });
const api = (channel: string, input: object) =>
  open({
    path: `/api/${channel}`,
    method: 'POST',
    body: JSON.stringify(input),
    headers: { 'Content-Type': 'application/json', ...auth() },
  }).then(bodyOf);

/** The `progress` events of an SSE body, parsed and checked against the contract. */
const progressEvents = (body: string) =>
  body
    .split('\n\n')
    .filter((e) => e.startsWith('event: progress\n'))
    .map((e) => ExportProgress.parse(JSON.parse(e.slice(e.indexOf('data: ') + 6))));

describe('browser host: export progress over Server-Sent Events', () => {
  it('streams the stages of a both-formats export to the stream named by its exportId, then ends', async () => {
    const exportId = 'both-export-0001';
    const res = await open({ path: stream(exportId), headers: { ...auth(), Accept: 'text/event-stream' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const body = bodyOf(res);
    // Another export's stream hears nothing of this one.
    const other = await open({ path: stream('other-export-01'), headers: auth() });
    const otherBody = bodyOf(other);

    const result = JSON.parse(await api('briefings:export-both', { id: briefingId, exportId })) as {
      ok: boolean;
      value: { docx: { fileName: string; noteCount: number }; pdf: { fileName: string } };
    };
    expect(result.ok).toBe(true);
    expect(result.value.docx.fileName).toMatch(/\.docx$/);
    expect(result.value.pdf.fileName).toMatch(/\.pdf$/);

    const text = await body; // the stream ends once the call has answered
    expect(text.startsWith(': open\n\n')).toBe(true);
    expect(text.endsWith('event: end\ndata: {}\n\n')).toBe(true);
    const events = progressEvents(text);
    expect(events.every((e) => e.exportId === exportId)).toBe(true);
    expect([...new Set(events.map((e) => e.stage))]).toEqual([
      'check',
      'citations',
      'layout',
      'write',
      'done',
    ]);
    expect(events.find((e) => e.stage === 'citations')?.message).toBe('Formatting 45 citations…');
    expect(events.at(-1)).toMatchObject({ stage: 'done', done: 6, total: 6 });

    other.destroy();
    expect(progressEvents(await otherBody)).toEqual([]);
  });

  it('sends a single-format export its events too, and none without an exportId', async () => {
    const res = await open({ path: stream('single-export-1'), headers: auth() });
    const body = bodyOf(res);
    await api('briefings:export', { id: briefingId, format: 'docx' });
    await api('briefings:export', { id: briefingId, format: 'docx', exportId: 'single-export-1' });
    const events = progressEvents(await body);
    expect(events.map((e) => e.stage)).toEqual(['check', 'citations', 'layout', 'write', 'done']);
  });

  it('ends the stream when the export fails, with no done event', async () => {
    const res = await open({ path: stream('failing-export1'), headers: auth() });
    const body = bodyOf(res);
    const answer = JSON.parse(
      await api('briefings:export', { id: 'no-such-briefing', format: 'pdf', exportId: 'failing-export1' }),
    ) as { ok: boolean };
    expect(answer.ok).toBe(false);
    const text = await body;
    expect(progressEvents(text)).toEqual([]);
    expect(text).toContain('event: end');
  });

  it('refuses a stream without the right token, or with it in the query string or a cookie', async () => {
    expect(await statusOf({ path: stream('tokenless-0001') })).toBe(401);
    expect(
      await statusOf({ path: stream('tokenless-0001'), headers: { Authorization: 'Bearer nope' } }),
    ).toBe(401);
    expect(
      await statusOf({ path: stream('tokenless-0001'), headers: { Authorization: `Bearer ${host.token}0` } }),
    ).toBe(401);
    expect(await statusOf({ path: `${stream('tokenless-0001')}&token=${host.token}` })).toBe(401);
    expect(
      await statusOf({ path: stream('tokenless-0001'), headers: { Cookie: `token=${host.token}` } }),
    ).toBe(401);
  });

  it('refuses other hosts and origins (DNS rebinding, cross-site pages)', async () => {
    const path = stream('rebinding-00001');
    expect(await statusOf({ path, headers: { ...auth(), Host: `evil.example:${host.port}` } })).toBe(421);
    expect(
      await statusOf({ path, headers: { ...auth(), Host: `127.0.0.1:${host.port}.evil.example` } }),
    ).toBe(421);
    expect(await statusOf({ path, headers: { ...auth(), Origin: 'https://evil.example' } })).toBe(403);
    expect(await statusOf({ path, headers: { ...auth(), Origin: 'null' } })).toBe(403);
    const ours = await open({ path, headers: { ...auth(), Origin: `http://127.0.0.1:${host.port}` } });
    expect(ours.statusCode).toBe(200);
    ours.destroy();
  });

  it('refuses a bad or missing exportId and any method but GET', async () => {
    for (const bad of [
      '',
      'short',
      'x'.repeat(65),
      'has space here',
      '../../etc/passwd',
      '<script>1</script>',
    ])
      expect(await statusOf({ path: stream(bad), headers: auth() }), bad).toBe(400);
    expect(await statusOf({ path: EXPORT_PROGRESS_PATH, headers: auth() })).toBe(400);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect(await statusOf({ path: stream('method-export-1'), method, headers: auth() }), method).toBe(405);
  });

  it(`refuses more than ${MAX_STREAMS} open streams with 429, and frees a stream's place when it closes`, async () => {
    const opened = await Promise.all(
      Array.from({ length: MAX_STREAMS }, (_, i) =>
        open({ path: stream(`many-export-${String(i).padStart(4, '0')}`), headers: auth() }),
      ),
    );
    expect(opened.map((r) => r.statusCode)).toEqual(opened.map(() => 200));
    expect(await statusOf({ path: stream('one-too-many-01'), headers: auth() })).toBe(429);
    for (const r of opened) r.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const again = await open({ path: stream('one-more-000001'), headers: auth() });
    expect(again.statusCode).toBe(200);
    again.destroy();
  });
});

describe('browser host: an article proposal reports on the same channel, and Stop ends its stream once', () => {
  const article = Array.from(
    { length: 400 },
    (_, i) => `Official number ${i}, Ann Example, said on Monday that the convoy had waited.`,
  ).join('\n\n');

  it('streams the proposal’s progress (stage propose) and ends when it answers', async () => {
    const res = await open({ path: stream('article-progress-01'), headers: auth() });
    const body = bodyOf(res);
    const answer = JSON.parse(
      await api('import:article-candidates', { text: article, exportId: 'article-progress-01' }),
    ) as { ok: boolean; value: { candidates: unknown[] } };
    expect(answer.ok).toBe(true);
    expect(answer.value.candidates.length).toBe(400);
    const events = progressEvents(await body);
    expect(events.length).toBeGreaterThan(10);
    expect(events.every((e) => e.stage === 'propose')).toBe(true);
    expect(events.at(-1)).toMatchObject({ done: 100, total: 100 });
  });

  it('ends the stream of a call stopped while it runs once, though both calls name it', async () => {
    // The proposal as the worker runs it: busy until Stop, which answers both calls in the same turn.
    let stopRunning: (() => void) | undefined;
    const handlers = {
      ...services.handlers(),
      'import:article-candidates': (input: { exportId?: string }, context?: CallContext) =>
        new Promise<never>((_, reject) => {
          const progress = (done: number) =>
            context?.progress?.({
              exportId: input.exportId ?? '',
              stage: 'propose',
              done,
              total: 100,
              message: 'Finding attributed facts…',
            });
          progress(10);
          stopRunning = () => {
            reject(new AppError('cancelled', 'Stopped.'));
          };
        }),
      'import:article-cancel': () => {
        stopRunning?.();
        return { cancelled: true };
      },
    } as Handlers;
    const stopped = await startBrowserHost({ handlers, rendererDir: join(root, 'renderer') });
    try {
      const call = (channel: string, input: object) =>
        fetch(`${stopped.url}api/${channel}`, {
          method: 'POST',
          body: JSON.stringify(input),
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${stopped.token}` },
        }).then((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>);
      const events = await fetch(`${stopped.url}${stream('article-stopped-01').slice(1)}`, {
        headers: { Authorization: `Bearer ${stopped.token}` },
      });
      const body = events.text();
      const running = call('import:article-candidates', { text: article, exportId: 'article-stopped-01' });
      await expect.poll(() => stopRunning !== undefined).toBe(true);
      expect(await call('import:article-cancel', { exportId: 'article-stopped-01' })).toMatchObject({
        ok: true,
      });
      expect((await running).error?.code).toBe('cancelled');
      expect(progressEvents(await body).map((e) => e.done)).toEqual([10]);
      // The host is still up.
      expect((await call('import:article-cancel', { exportId: 'article-stopped-02' })).ok).toBe(true);
    } finally {
      await stopped.close();
    }
  });
});
