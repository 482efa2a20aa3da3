import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';

test('a tab opened without the launch address (a second tab, a bookmark) says what to do', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-second-tab-')));
  try {
    // The app's own address, without the one-time code or the token after '#'.
    await page.goto(host.url.split('#')[0] ?? host.url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Briefing Builder could not start');
    await expect(alert).toContainText(
      'This tab is not connected to the running app: each address the app prints when it starts opens it once.',
    );
    await expect(alert).not.toContainText('Missing or wrong token');
  } finally {
    await host.stop();
  }
});
