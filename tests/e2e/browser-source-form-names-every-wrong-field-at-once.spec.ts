import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

// A refused save of a source names every wrong field at once — the DOI with the date and the address —
// not in rounds, and puts the keyboard on the first.
test('the source form names every wrong field in one refused save, the DOI included', async ({ page }) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: 'New source' }).click();
    const form = page.getByRole('form', { name: 'New source' });
    await form.getByLabel('Title').fill('Annual Threat Assessment 2021');
    await form.getByLabel('Published', { exact: true }).fill('March 2021');
    await form.getByLabel('URL').fill('www.example.org/report');
    await form.getByLabel('DOI').fill('not a doi');
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(form.getByText('Must be a date written as YYYY, YYYY-MM or YYYY-MM-DD')).toBeVisible();
    await expect(form.getByText('Must be a web address starting with http:// or https://')).toBeVisible();
    await expect(form.getByText('DOI must be a DOI such as 10.1234/abc.5')).toBeVisible();
    await expect(form.getByLabel('Published', { exact: true })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();
  });
});
