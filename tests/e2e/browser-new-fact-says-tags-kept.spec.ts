import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

const shots = process.env.SCREENSHOTS_DIR;

// Facts entered in a row keep the source and the tags of the one just saved; the tags say so beside the
// field, with a button to clear them, so they are never carried on to the next fact unseen.
test('after "Save fact", the tags kept for the next fact say so and can be cleared in one click', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: 'New fact' }).click();
    const form = page.getByRole('form', { name: 'New fact' });
    await form.getByLabel('Source').selectOption({ index: 1 });
    await form.getByLabel('Statement').fill('Shipping insurers raised war-risk premiums for the Red Sea.');
    const tags = form.getByLabel('Tags');
    await tags.fill('shipping, insurance');
    await expect(form.getByTestId('tags-kept')).toHaveCount(0);
    await form.getByRole('button', { name: 'Save fact' }).click();

    // A fresh statement, the tags kept and said to be.
    await expect(form.getByLabel('Statement')).toHaveValue('');
    await expect(tags).toHaveValue('shipping, insurance');
    const kept = form.getByTestId('tags-kept');
    await expect(kept).toContainText('Kept from the fact just saved.');
    await expect(tags).toHaveAttribute('aria-describedby', (await kept.getAttribute('id')) ?? '');
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await form.screenshot({ path: join(shots, 'new-fact-tags-kept.png') });
    }

    await kept.getByRole('button', { name: 'Clear tags' }).click();
    await expect(tags).toHaveValue('');
    await expect(kept).toHaveCount(0);
    // Typed by hand, tags are the writer's own: no note.
    await tags.fill('ports');
    await expect(form.getByTestId('tags-kept')).toHaveCount(0);
  });
});
