import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

test('notices: "Fact saved." fades after a while, is held while the pointer is on it, and closes with its button', async ({
  page,
}) => {
  await page.clock.install();
  await withSample(page, async () => {
    const save = async () => {
      await page.getByText('Russia had yet to agree to the changes').first().click();
      const form = page.getByRole('form', { name: /fact/i }).first();
      await form.getByLabel('Tags').fill('talks');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await form.getByRole('button', { name: 'Close' }).click();
    };
    const notice = page.getByRole('status').filter({ hasText: 'Fact saved.' });

    await save();
    await expect(notice).toBeVisible();
    // Held while the pointer is on it…
    await notice.hover();
    await page.clock.fastForward(20_000);
    await expect(notice).toBeVisible();
    // …and gone a while after it leaves.
    await page.mouse.move(1, 1);
    await page.clock.fastForward(4_000);
    await expect(notice).toBeVisible();
    await page.clock.fastForward(5_000);
    await expect(notice).toHaveCount(0);

    // Closed at once with its button.
    await save();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
});
