import { afterAll, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  channels,
  EXPORT_PROGRESS_CHANNEL,
  type ExportProgress,
  type Handlers,
} from '../../../electron/contract/api';
import { isSafeExternalUrl } from '../../../electron/main/external-url';
import { registerIpcHandlers } from '../../../electron/main/ipc';
import { isTrustedSender, type SenderEvent } from '../../../electron/main/sender';

// These modules import only Electron's *types*, so they run in plain Node.

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG/'])(
    'lets %s open in the browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'chrome://settings',
    'about:blank',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    'https://',
    '//example.org/protocol-relative',
    '/relative/path',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('refuses absurdly long links', () =>
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false));
});

const appUrl = 'file:///app/dist/renderer/index.html';
const ours = { id: 1 } as unknown as IpcMainInvokeEvent['sender'];
const other = { id: 2 } as unknown as IpcMainInvokeEvent['sender'];
const event = (over: Partial<{ sender: unknown; parent: unknown; url: string; noFrame: boolean }> = {}) =>
  ({
    sender: over.sender ?? ours,
    senderFrame: over.noFrame ? null : { parent: over.parent ?? null, url: over.url ?? appUrl },
  }) as SenderEvent;

describe('isTrustedSender', () => {
  it('accepts the top frame of our window on the app page (hash ignored)', () => {
    expect(isTrustedSender(event(), ours, appUrl)).toBe(true);
    expect(isTrustedSender(event({ url: `${appUrl}#/briefings/1` }), ours, appUrl)).toBe(true);
  });

  it('refuses other windows, subframes, lost frames, other pages and a closed window', () => {
    expect(isTrustedSender(event({ sender: other }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event({ parent: { url: appUrl } }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event({ noFrame: true }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event({ url: 'https://evil.example/' }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event({ url: `${appUrl}?x=1` }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event({ url: 'file:///app/dist/renderer/other.html' }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event({ url: `${appUrl}/../../../etc/passwd` }), ours, appUrl)).toBe(false);
    expect(isTrustedSender(event(), null, appUrl)).toBe(false);
    expect(isTrustedSender(event(), undefined, appUrl)).toBe(false);
  });
});

/** A fake IpcMain that records handlers, so a test can call them as the renderer would. */
function fakeIpcMain() {
  const registered = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>();
  const ipc = {
    handle: (channel: string, fn: (event: IpcMainInvokeEvent, input: unknown) => unknown) => {
      if (registered.has(channel)) throw new Error(`twice: ${channel}`);
      registered.set(channel, fn);
    },
  } as unknown as IpcMain;
  return { ipc, registered };
}

describe('registerIpcHandlers', () => {
  let calls = 0;
  const handlers = new Proxy({} as Handlers, {
    get: () => () => {
      calls += 1;
      return [];
    },
  });
  const { ipc, registered } = fakeIpcMain();
  registerIpcHandlers(ipc, handlers, (e) => isTrustedSender(e, ours, appUrl));

  it('registers exactly one handler per contract channel (no generic channel)', () => {
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it('refuses untrusted senders before any handler runs', async () => {
    const before = calls;
    const handle = registered.get('sources:list')!;
    const r = await handle(event({ sender: other }) as IpcMainInvokeEvent, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const sub = await handle(event({ parent: {} }) as IpcMainInvokeEvent, {});
    expect(sub).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toBe(before);
  });

  it('parses input with the contract before the handler runs', async () => {
    const before = calls;
    const handle = registered.get('sources:list')!;
    const bad = await handle(event() as IpcMainInvokeEvent, { unexpected: '<script>' });
    expect(bad).toMatchObject({ ok: false });
    expect(calls).toBe(before);
    const get = await registered.get('facts:get')!(event() as IpcMainInvokeEvent, { id: 42 });
    expect(get).toMatchObject({ ok: false });
    expect(calls).toBe(before);
    const ok = await handle(event() as IpcMainInvokeEvent, {});
    expect(ok).toEqual({ ok: true, value: [] });
    expect(calls).toBe(before + 1);
  });
});

describe('registerIpcHandlers: export progress', () => {
  /** A web contents that records what main sends it. */
  const contents = (id: number) => {
    const sent: Array<[string, unknown]> = [];
    let isDestroyed = false;
    const wc = {
      id,
      send: (channel: string, data: unknown) => sent.push([channel, data]),
      isDestroyed: () => isDestroyed,
    };
    return { wc: wc as unknown as IpcMainInvokeEvent['sender'], sent, destroy: () => (isDestroyed = true) };
  };
  const window = contents(1);
  const otherWindow = contents(2);
  // Dropped events are logged; the log is expected here.
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterAll(() => logged.mockRestore());
  const step = (exportId: string, over: Partial<ExportProgress> = {}): ExportProgress => ({
    exportId,
    stage: 'citations',
    done: 1,
    total: 4,
    message: 'Formatting 3 citations…',
    ...over,
  });
  let runs = 0;
  const handlers = new Proxy({} as Handlers, {
    get:
      (_t, channel) =>
      (input: { exportId?: string }, context?: { progress?: (e: ExportProgress) => void }) => {
        runs += 1;
        if (channel !== 'briefings:export') return [];
        const id = input.exportId ?? 'none';
        context?.progress?.(step(id));
        context?.progress?.(step('someone-elses-export')); // not this call's export: dropped
        context?.progress?.(step(id, { done: 9 })); // done over total: dropped
        context?.progress?.({ ...step(id), extra: '<script>' } as ExportProgress); // unknown key: dropped
        context?.progress?.(step(id, { stage: 'done', done: 4 }));
        return { fileName: 'b.docx', mimeType: 'x', dataBase64: '', noteCount: 3 };
      },
  });
  const { ipc, registered } = fakeIpcMain();
  registerIpcHandlers(ipc, handlers, (e) => isTrustedSender(e, window.wc, appUrl));
  const exportCall = registered.get('briefings:export')!;
  const from = (sender: unknown) => event({ sender }) as IpcMainInvokeEvent;

  it('sends checked events of the call to the web contents that made it, on the progress channel only', async () => {
    const r = await exportCall(from(window.wc), { id: 'b1', format: 'docx', exportId: 'export-0001' });
    expect(r).toMatchObject({ ok: true });
    expect(window.sent).toEqual([
      [EXPORT_PROGRESS_CHANNEL, step('export-0001')],
      [EXPORT_PROGRESS_CHANNEL, step('export-0001', { stage: 'done', done: 4 })],
    ]);
    expect(otherWindow.sent).toEqual([]);
    expect(logged).toHaveBeenCalledTimes(3);
  });

  it('sends nothing for a call without an exportId, and refuses a malformed one before the handler runs', async () => {
    window.sent.length = 0;
    await exportCall(from(window.wc), { id: 'b1', format: 'docx' });
    expect(window.sent).toEqual([]);
    const before = runs;
    const bad = await exportCall(from(window.wc), { id: 'b1', format: 'docx', exportId: '../x' });
    expect(bad).toMatchObject({ ok: false, error: { path: 'exportId' } });
    expect(runs).toBe(before);
    expect(window.sent).toEqual([]);
  });

  it('sends nothing to an untrusted sender (its call never runs) or to a closed window', async () => {
    const before = runs;
    const r = await exportCall(from(otherWindow.wc), { id: 'b1', format: 'docx', exportId: 'export-0002' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(runs).toBe(before);
    expect(otherWindow.sent).toEqual([]);
    window.destroy();
    window.sent.length = 0;
    await exportCall(from(window.wc), { id: 'b1', format: 'docx', exportId: 'export-0003' });
    expect(window.sent).toEqual([]);
  });
});
