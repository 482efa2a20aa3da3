import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

// The keyboard help sheet is a modal dialog like every other: focus moves in, Escape closes it, and focus
// goes back to the control that opened it (it used to fall on <body>).
test('the keyboard help sheet closes on Escape and gives focus back to its button', async ({ page }) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-help-')));
  try {
    await page.goto(host.url);
    await waitReady(page);
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  } finally {
    await host.stop();
  }
});
