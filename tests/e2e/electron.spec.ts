import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { userFlow } from './user-flow';

const repoRoot = join(import.meta.dirname, '..', '..');
const binary = findElectronBinary();

test('electron: article → source → facts → briefing → DOCX and PDF → restart', async () => {
  test.skip(
    binary.path === null,
    `Electron binary not present here: ${'reason' in binary ? binary.reason : ''}. The browser project ran the same flow.`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-electron-'));
  const downloads = join(dataDir, 'downloads');
  mkdirSync(downloads);
  const launch = () =>
    electron.launch({
      executablePath: binary.path ?? '',
      args: [repoRoot],
      env: { ...process.env, BRIEFING_DATA: dataDir, BRIEFING_E2E_DOWNLOADS: downloads },
    });
  let app: ElectronApplication = await launch();
  try {
    await userFlow({
      page: await app.firstWindow(),
      download: async (click, fileName) => {
        await click();
        const path = join(downloads, fileName);
        await expect.poll(() => existsSync(path)).toBe(true);
        return path;
      },
      restart: async () => {
        await app.close();
        app = await launch();
        return app.firstWindow();
      },
    });
  } finally {
    await app.close();
  }
});
