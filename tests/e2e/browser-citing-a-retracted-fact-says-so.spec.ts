import { expect, test } from '@playwright/test';
import { withSample } from './sample-store';
import { retractFirstCitedFact, sectionEditor } from './user-flow';

const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';

test('citing a retracted fact from the library says at once that the template will not export it', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const bottom = sectionEditor(page, 'Bottom line');
    // Retract the first cited fact (through its chip), then close its form.
    const { editFact } = await retractFirstCitedFact(page, bottom);
    await page
      .getByRole('status')
      .filter({ hasText: 'is now retracted in the library' })
      .getByRole('button')
      .first()
      .click();
    await editFact.getByRole('button', { name: 'Close' }).click();

    // Its card in the library, marked retracted: "Add to briefing" adds it and says what the export will do.
    const card = page.locator('[data-testid="fact"].fact-retracted').first();
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Add to briefing' }).click();
    // Already cited (its chip was the way to it): added again when the user says so.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Add again' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'is retracted:' });
    await expect(notice).toContainText('this template does not export a briefing that cites it');
    await expect(bottom.locator('.cite-chip.retracted')).toHaveCount(2);
  });
});
