import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

// A JSON file that is no briefing (a reference library, say) opened with “Open briefing file…”: the
// refusal names the file, sits under the pane's header rather than inside the New briefing form, and
// goes when dismissed.
test('a file that is no briefing is refused by name, outside the New briefing form', async ({ page }) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-junk-briefing-')));
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page.getByLabel('Briefing file').setInputFiles({
      name: 'My Library.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([{ id: 'x', type: 'book', title: 'A book' }])),
    });
    const problem = page.getByTestId('briefing-file-problem');
    await expect(problem).toHaveAttribute('role', 'alert');
    await expect(problem).toContainText('Could not open “My Library.json”:');
    await expect(page.getByRole('form', { name: 'New briefing' }).getByRole('alert')).toHaveCount(0);
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, 'briefing-file-refused.png') });
    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await expect(problem).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
