import { expect, test, type Locator } from '@playwright/test';
import { join } from 'node:path';
import { storeStats } from './import-cancel';
import { WIRE_STORY, withArticleImport } from './article-import';

/** Whether `el` is in the window and not under the review's sticky Save bar (what covers its middle). */
async function isSeen(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const box = node.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) return false;
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
    return hit !== null && (hit === node || node.contains(hit));
  });
}

test('article review: a wrong event date is said on its candidate, in words, as the field is left and at save, focused and not under the Save bar; the bulk date is checked the same way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 700 });
  const dataDir = await withArticleImport(page, 'article-review-event-date', async (dialog) => {
    await dialog.getByLabel('Title').fill('Aid convoys stopped at the border');
    await dialog.getByLabel('Outlet').fill('Reuters');
    await dialog.getByLabel('Article text').fill(WIRE_STORY);
    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await expect(dialog.getByTestId('candidate')).toHaveCount(3);

    // Left with a word for a date: said at once, under the field, the field marked and described by it.
    const date = dialog.getByLabel('Event date 2', { exact: true });
    await date.fill('yesterday');
    await date.press('Tab');
    const problem = dialog.getByTestId('candidate').nth(1).locator('.field-error');
    await expect(problem).toHaveText(
      'Event date: write a date as 2025-11-20 (or a month, 2025-11, or a year, 2025); “yesterday” is not one.',
    );
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/write a date as 2025-11-20/);

    // Saved from the bottom of the list: nothing is sent; the bar says which candidate, by its number
    // and paragraph, and the keyboard is on its field, scrolled clear of the bar.
    await dialog.getByLabel('Tags 3', { exact: true }).focus();
    await dialog.getByRole('button', { name: 'Save source and 3 facts' }).click();
    const alert = dialog.getByTestId('review-problems');
    await expect(alert).toHaveText(
      /^Not saved\. Candidate 2 \(para\. \d\): Event date: write a date as 2025-11-20 .*“yesterday” is not one\.$/,
    );
    expect(await alert.textContent()).not.toContain('facts[');
    await expect(date).toBeFocused();
    await expect.poll(() => isSeen(problem)).toBe(true);
    await expect.poll(() => isSeen(date)).toBe(true);
    await expect.poll(() => isSeen(alert)).toBe(true);
    if (process.env.SCREENSHOTS_DIR)
      await page.screenshot({
        path: join(process.env.SCREENSHOTS_DIR, 'article-review-event-date-refused.png'),
      });

    // "Set event date" with a day that does not exist changes no candidate, and says why.
    const before = await Promise.all(
      [1, 2, 3].map((n) => dialog.getByLabel(`Event date ${n}`, { exact: true }).inputValue()),
    );
    await dialog.getByLabel('Event date for selected').fill('2025-13-45');
    await dialog.getByRole('button', { name: 'Set event date' }).click();
    const bulk = dialog.getByRole('group', { name: 'Set for selected' }).locator('.field-error');
    await expect(bulk).toHaveText(
      'Event date must have a month from 01 to 12 (not 13). Nothing was changed.',
    );
    await expect(dialog.getByLabel('Event date for selected')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Event date for selected')).toBeFocused();
    for (const [i, value] of before.entries())
      await expect(dialog.getByLabel(`Event date ${i + 1}`, { exact: true })).toHaveValue(value);

    // A right date for all: set, and the candidate's message goes with the wrong date.
    await dialog.getByLabel('Event date for selected').fill('2025-11-20');
    await expect(bulk).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Set event date' }).click();
    await expect(date).toHaveValue('2025-11-20');
    await expect(problem).toHaveCount(0);
    await expect(alert).toHaveCount(0);
    await expect(date).not.toHaveAttribute('aria-invalid', 'true');

    await dialog.getByRole('button', { name: 'Save source and 3 facts' }).click();
    await expect(dialog).toBeHidden();
  });
  expect(storeStats(dataDir)).toMatchObject({ sources: 1, facts: 3 });
});
