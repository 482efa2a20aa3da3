import { expect, test, type Locator } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';

const ARABIC = 'قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل';
const HEBREW = 'השיחות יתחדשו בשבוע הבא';

test('a source with no outlet is named by its title alone, with no dangling colon, wherever it is listed', async ({
  page,
}) => {
  await withSample(page, async () => {
    await page.getByRole('button', { name: 'New source' }).click();
    const sourceForm = page.getByRole('form', { name: 'New source' });
    await sourceForm.getByLabel('Title').fill('Record without end');
    await sourceForm.getByRole('button', { name: 'Save source' }).click();
    // The new fact form preselects it.
    const newFact = page.getByRole('form', { name: 'New fact' });
    await expect(newFact.getByLabel('Source').locator('option:checked')).toHaveText('Record without end');
    await newFact.getByLabel('Statement').fill('The record has no end.');
    await newFact.getByRole('button', { name: 'Save fact' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved fact' })).toBeVisible();
    await newFact.getByRole('button', { name: 'Cancel' }).click();

    // The library's source filter.
    const filter = page.getByLabel('Source filter');
    await expect(filter.locator('option', { hasText: 'Record without end' })).toHaveText(
      'Record without end',
    );

    // Cited in the briefing: its chip is read out by the source's title, not "source, ".
    await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
    const card = page.getByTestId('fact').filter({ hasText: 'The record has no end.' });
    await card.getByRole('button', { name: 'Add to briefing' }).click();
    const chip = page.locator('.cite-chip').filter({ hasText: 'Record without end' });
    await expect(chip.locator('.visually-hidden')).toHaveText(/^ ?\(note \d+: Record without end\)$/);
  });
});

test('Arabic and Hebrew text in the library is laid out right to left, each item as its own text goes', async ({
  page,
}) => {
  await withSample(page, async () => {
    const direction = (l: Locator) => l.evaluate((el) => getComputedStyle(el).direction);
    await page.getByRole('button', { name: 'New fact' }).click();
    const newFact = page.getByRole('form', { name: 'New fact' });
    // In the form: each field takes the direction of what is typed in it.
    await newFact.getByLabel('Statement').fill(ARABIC);
    await newFact.getByLabel('Verbatim quote (optional)').fill(HEBREW);
    await newFact.getByLabel('Who said it (optional)').fill('John Smith');
    expect(await direction(newFact.getByLabel('Statement'))).toBe('rtl');
    expect(await direction(newFact.getByLabel('Verbatim quote (optional)'))).toBe('rtl');
    expect(await direction(newFact.getByLabel('Who said it (optional)'))).toBe('ltr');
    await newFact.getByRole('button', { name: 'Save fact' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved fact' })).toBeVisible();
    await newFact.getByRole('button', { name: 'Cancel' }).click();

    // In the list: the Arabic card right to left, its Hebrew quote too; an English card left to right.
    const arabic = page.getByTestId('fact').filter({ hasText: ARABIC });
    expect(await direction(arabic.locator('.fact-open'))).toBe('rtl');
    expect(await direction(arabic.locator('blockquote'))).toBe('rtl');
    const english = page.getByTestId('fact').filter({ hasNotText: ARABIC }).first();
    expect(await direction(english.locator('.fact-open'))).toBe('ltr');
  });
});
