import { describe, expect, it } from 'vitest';
import { APP_URL, appFileFor, contentTypeOf } from '../../../electron/main/app-protocol';

// app-protocol.ts imports nothing from Electron, so the app:// file mapping is checked in plain Node.
describe('app:// protocol', () => {
  const root = '/opt/briefing/dist/renderer';

  it('serves the renderer page and its assets from the renderer folder', () => {
    expect(appFileFor(root, APP_URL)).toBe(`${root}/index.html`);
    expect(appFileFor(root, 'app://bundle/')).toBe(`${root}/index.html`);
    expect(appFileFor(root, 'app://bundle/assets/index-abc.js?x=1#y')).toBe(`${root}/assets/index-abc.js`);
    expect(contentTypeOf(`${root}/assets/index-abc.js`)).toBe('text/javascript; charset=utf-8');
    // The Noto fonts the renderer bundles for scripts a machine may have no font for (ui/fonts.css).
    expect(contentTypeOf(`${root}/assets/NotoSansSC_400Regular-abc.ttf`)).toBe('font/ttf');
    expect(contentTypeOf(`${root}/assets/noto-sans-tamil-tamil-400-normal-abc.woff2`)).toBe('font/woff2');
  });

  it.each(['app://bundle/../../etc/passwd', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser drops the climb)',
    (url) => expect(appFileFor(root, url)).toBe(`${root}/etc/passwd`),
  );

  it.each([
    'app://bundle/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///opt/briefing/dist/renderer/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(appFileFor(root, url)).toBeNull());
});
