import { extname } from 'node:path';

/**
 * The Content-Type of each kind of file the built renderer holds, for both hosts that serve it (the
 * app:// protocol in Electron, the browser host over HTTP). The fonts are the Noto faces ui/fonts.css
 * names (TrueType from @expo-google-fonts, WOFF2 from @fontsource).
 */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentTypeOf = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream';
