import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';

test('a fact card says how many paragraphs of the open briefing cite it, and adding a cited fact again asks first', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const chips = page.locator('.cite-chip');
    await expect(chips.first()).toBeVisible();

    // Each card of the sample's facts (all cited once) says so; "Add to briefing" is described by it.
    const card = page.getByTestId('fact').first();
    const id = await card.getAttribute('data-fact-id');
    const same = page.locator(`[data-testid="fact"][data-fact-id="${id}"]`);
    await expect(same.getByTestId('cited-badge')).toHaveText('cited in 1 paragraph');
    const add = same.getByRole('button', { name: 'Add to briefing' });
    await expect(add).toHaveAccessibleDescription('cited in 1 paragraph');
    const before = await chips.count();

    // Again: a question, the answer that changes nothing focused; "Do not add" adds nothing, focus back.
    await add.click();
    const ask = page.getByRole('alertdialog', {
      name: 'This fact is already cited in 1 paragraph of the briefing: add it again?',
    });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Do not add' })).toBeFocused();
    await ask.getByRole('button', { name: 'Do not add' }).click();
    await expect(ask).toBeHidden();
    await expect(add).toBeFocused();
    await expect(chips).toHaveCount(before);

    // Escape is "Do not add" too; "Add again" adds it, and the badge counts two paragraphs.
    await add.click();
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(chips).toHaveCount(before);
    await add.click();
    await ask.getByRole('button', { name: 'Add again' }).click();
    await expect(chips).toHaveCount(before + 1);
    await expect(same.getByTestId('cited-badge')).toHaveText('cited in 2 paragraphs');
  });
});
