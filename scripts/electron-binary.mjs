// Finds the Electron binary without triggering electron's on-demand download (which fails offline).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {{ path: string } | { path: null, reason: string }} */
export function findElectronBinary() {
  let dir;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(dir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : override
      ? 'electron'
      : null;
  if (!relative)
    return {
      path: null,
      reason: 'the Electron binary was never downloaded (node_modules/electron/dist is missing)',
    };
  const full = override ? join(override, relative) : join(dir, 'dist', relative);
  return existsSync(full)
    ? { path: full }
    : { path: null, reason: `the Electron binary is missing (${full})` };
}
