import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';

// Every date on screen reads one way, the way the user's desktop shows dates ("16 Dec 2025" in British
// English, "Dec 16, 2025" in American), with the time after it for an instant.
for (const locale of ['en-GB', 'en-US']) {
  test.describe(locale, () => {
    const timeZone = 'Europe/London';
    test.use({ locale, timezoneId: timeZone });
    const day = (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
    const instant = (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        new Date(iso),
      );

    test(`dates read one way everywhere (${locale}): the briefing list, fact cards and a fact’s history`, async ({
      page,
    }) => {
      await withSample(page, async () => {
        // The briefing list: its date, and its last edit.
        const row = page
          .getByRole('table', { name: 'Recent briefings' })
          .getByRole('row')
          .filter({ hasText: SAMPLE_TITLE });
        await expect(row.locator('time').nth(0)).toHaveText(day('2025-12-16'));
        const edited = row.locator('time').nth(1);
        expect(await edited.textContent()).toBe(instant((await edited.getAttribute('datetime')) ?? ''));

        // A fact card: its event date (stored 2025-12-15) as a day, the stored value kept in the tooltip.
        const card = page.getByTestId('fact').first();
        await expect(card.locator('time')).toHaveText(day('2025-12-15'));
        await expect(card.locator('time')).toHaveAttribute('datetime', '2025-12-15');

        // The fact's history: when it was created, as the briefing list shows an instant.
        await card.locator('.fact-open').click();
        const created = page.getByRole('region', { name: 'History of this fact' }).locator('time').last();
        await expect(created).toHaveAttribute('datetime', /Z$/);
        expect(await created.textContent()).toBe(instant((await created.getAttribute('datetime')) ?? ''));
      });
    });
  });
}
