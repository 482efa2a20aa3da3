import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

// A fact card shows when the event happened; a fact with no event date shows its source's publication date
// said to be that ("published …"), not as if it were the event's.
test('a fact card tells its event date from its source’s publication date', async ({ page }) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: 'New source' }).click();
    const sourceForm = page.getByRole('form', { name: 'New source' });
    await sourceForm.getByLabel('Title').fill('Port authority bulletin');
    await sourceForm.getByLabel('Published', { exact: true }).fill('2021-03-04');
    await sourceForm.getByRole('button', { name: 'Save source' }).click();
    const newFact = page.getByRole('form', { name: 'New fact' });
    await newFact.getByLabel('Statement').fill('The harbour reopened to small craft.');
    await newFact.getByRole('button', { name: 'Save fact' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved fact' })).toBeVisible();
    await newFact.getByLabel('Statement').fill('The harbour closed to tankers.');
    await newFact.getByLabel('Event date').fill('2021-03-02');
    await newFact.getByRole('button', { name: 'Save fact' }).click();
    await newFact.getByRole('button', { name: 'Cancel' }).click();

    await page.getByLabel('Search facts').fill('harbour');
    const undated = page.getByTestId('fact').filter({ hasText: 'small craft' });
    await expect(undated.locator('.meta')).toContainText(/published .*2021/);
    await expect(undated.locator('[title^="Publication date"] time')).toHaveAttribute(
      'datetime',
      '2021-03-04',
    );
    const dated = page.getByTestId('fact').filter({ hasText: 'tankers' });
    await expect(dated.locator('.meta')).not.toContainText('published');
    await expect(dated.locator('[title="Event date"] time')).toHaveAttribute('datetime', '2021-03-02');
  });
});
