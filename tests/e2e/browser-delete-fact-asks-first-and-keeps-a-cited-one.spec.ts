import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';

// A fact is deleted from its form, after a question, for good; one the briefing cites is not deleted:
// the app says which briefing cites it and offers to retract it instead.
test('Delete fact… asks first and deletes an uncited fact; a cited one is refused before any question, its briefing named, retraction offered', async ({
  page,
}) => {
  await withSample(page, async () => {
    // A fact of one's own, cited nowhere.
    const statement = 'Shipping insurers raised war-risk premiums for the Red Sea.';
    await page.getByRole('button', { name: 'New fact' }).click();
    const newForm = page.getByRole('form', { name: 'New fact' });
    await newForm.getByLabel('Source').selectOption({ index: 1 });
    await newForm.getByLabel('Statement').fill(statement);
    await newForm.getByRole('button', { name: 'Save fact' }).click();
    await newForm.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: statement }).click();
    const form = page.getByRole('form', { name: 'Edit fact' });
    await form.getByRole('button', { name: 'Delete fact…' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Delete this fact for good?' });
    await expect(ask).toContainText('This cannot be undone');
    // Keep it: nothing happens.
    await ask.getByRole('button', { name: 'Keep it' }).click();
    await expect(ask).toHaveCount(0);
    await form.getByRole('button', { name: 'Delete fact…' }).click();
    await ask.getByRole('button', { name: 'Delete fact' }).click();
    await expect(page.getByText(`Deleted fact: “${statement}”`)).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('button', { name: statement })).toHaveCount(0);

    // A fact the sample briefing cites.
    await page.getByText('Russia had yet to agree to the changes').first().click();
    const cited = page.getByRole('form', { name: 'Edit fact' });
    await cited.getByRole('button', { name: 'Delete fact…' }).click();
    // Refused at once: no question first whose answer would be refused.
    const refusal = cited.getByTestId('fact-not-deleted');
    await expect(refusal).toContainText(
      'This fact is cited in “Berlin peace talks: territory remains the sticking point”, so it is not deleted',
    );
    await refusal.getByRole('button', { name: 'Retract instead' }).click();
    await expect(cited.getByLabel('Status')).toHaveValue('retracted');
    await expect(cited.getByLabel('Why is it retracted?')).toBeFocused();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByText('Russia had yet to agree to the changes').first()).toBeVisible();
  });
});
