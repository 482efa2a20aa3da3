import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSample } from './sample-store';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/** Tabs forward until `target` has the keyboard (at most `max` presses). */
async function tabTo(page: Page, target: ReturnType<Page['getByLabel']>, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test('a template that does not validate is refused with its problems listed, one a line', async ({
  page,
}) => {
  await withSample(page, async () => {
    const bad = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-template-')), 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({ ...bad, id: 'Broken Id', name: '', defaultClassification: 'nope', sections: [] }),
    );
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page.getByLabel('Template file').setInputFiles(file);
    const alert = page.getByRole('alert', { name: 'Template import problems' });
    await expect(alert.locator('p')).toHaveText('broken.json is not a valid template:');
    const lines = alert.getByRole('listitem');
    await expect(lines).toHaveCount(4);
    await expect(lines.filter({ hasText: /^id must be lower-case letters/ })).toHaveCount(1);
    await expect(lines.filter({ hasText: /^name must not be empty\.$/ })).toHaveCount(1);
    await expect(lines.filter({ hasText: /^sections must have at least one section\.$/ })).toHaveCount(1);
    await expect(lines.filter({ hasText: /^defaultClassification must be one of/ })).toHaveCount(1);
    const shots = process.env.SCREENSHOTS_DIR;
    if (shots) await alert.screenshot({ path: join(shots, 'template-import-problems.png') });
  });
});

test('“Open briefing file…” and “Import template…” are reached with Tab and opened with Enter', async ({
  page,
}) => {
  await withSample(page, async () => {
    const open = page.getByLabel('Briefing file');
    // From the pane's heading (a click puts the start of Tab order there).
    await page.getByRole('heading', { name: 'Briefings', exact: true }).click();
    await tabTo(page, open);
    await expect(open).toBeFocused();
    // Shown where it is: the label around it carries the focus ring.
    await expect(page.locator('label.button-like', { has: open })).toHaveCSS('outline-style', 'solid');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    expect(chooser.isMultiple()).toBe(false);

    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    const importTemplate = page.getByLabel('Template file');
    await page.getByRole('heading', { name: 'Templates', exact: true }).click();
    await tabTo(page, importTemplate);
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(' ')]);
    expect(again.element()).toBeTruthy();
  });
});
