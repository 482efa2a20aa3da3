import { test } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from './browser-host';
import { userFlow } from './user-flow';

test('browser mode: article → source → facts → briefing → DOCX and PDF → restart', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
  const downloads = join(dataDir, 'downloads');
  mkdirSync(downloads);
  let host: RunningHost = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await userFlow({
      page,
      screenshotsDir: process.env.SCREENSHOTS_DIR,
      download: async (click, fileName) => {
        const [download] = await Promise.all([page.waitForEvent('download'), click()]);
        test.expect(download.suggestedFilename()).toBe(fileName);
        const path = join(downloads, fileName);
        await download.saveAs(path);
        return path;
      },
      restart: async () => {
        await host.stop();
        host = await startHost(dataDir);
        await page.goto(host.url);
        return page;
      },
    });
  } finally {
    await host.stop();
  }
});
