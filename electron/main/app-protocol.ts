import { resolve, sep } from 'node:path';

/**
 * The renderer is served from `app://bundle/…` instead of `file://`, so Electron's
 * `grantFileProtocolExtraPrivileges` fuse can be off (file:// pages get no special powers) and the page's
 * origin is one of our own. Pure, so a unit test checks it without Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The Content-Type of a renderer file, as the browser host serves it too. */
export { contentTypeOf } from '../services/content-types';

/**
 * The file under `rendererDir` an `app://bundle/…` request names, or null for anything else: another
 * scheme or host, a malformed escape, a NUL, or a path that climbs out of the folder.
 */
export function appFileFor(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return file.startsWith(root + sep) ? file : null;
}
