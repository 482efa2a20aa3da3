import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './a11y';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';

test('panes: resize with the keyboard and by dragging; the widths are remembered after a reload', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-panes-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    const separator = page.getByRole('separator', { name: 'Resize the library' });
    const library = page.locator('#library-pane');
    await expect(separator).toHaveAttribute('aria-orientation', 'vertical');
    const start = Number(await separator.getAttribute('aria-valuenow'));
    expect(Math.round((await library.boundingBox())?.width ?? 0)).toBe(start);

    // Keyboard: each ArrowRight widens by 16 px, ArrowLeft narrows; Home goes to the minimum.
    await separator.focus();
    await separator.press('ArrowRight');
    await separator.press('ArrowRight');
    await separator.press('ArrowRight');
    await expect(separator).toHaveAttribute('aria-valuenow', String(start + 48));
    await separator.press('ArrowLeft');
    await expect(separator).toHaveAttribute('aria-valuenow', String(start + 32));
    expect(Math.round((await library.boundingBox())?.width ?? 0)).toBe(start + 32);
    await separator.press('Home');
    await expect(separator).toHaveAttribute('aria-valuenow', '300');

    // Mouse: drag the handle 120 px to the right.
    const box = await separator.boundingBox();
    if (!box) throw new Error('no separator box');
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect(separator).toHaveAttribute('aria-valuenow', '420');
    await expectAccessible(page, 'the start screen with a focused pane separator');

    // Reload: the width is kept.
    await page.reload();
    await waitReady(page);
    await expect(page.getByRole('separator', { name: 'Resize the library' })).toHaveAttribute(
      'aria-valuenow',
      '420',
    );
    expect(Math.round((await page.locator('#library-pane').boundingBox())?.width ?? 0)).toBe(420);
  } finally {
    await host.stop();
  }
});
