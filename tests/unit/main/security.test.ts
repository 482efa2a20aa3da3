import { describe, expect, it } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type Handlers } from '../../../electron/contract/api';
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
