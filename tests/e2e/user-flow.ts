import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pandocNotes, pandocPlain, pdfText } from '../helpers/readers';
import { expectAccessible } from './a11y';

export interface AppDriver {
  page: Page;
  /** Runs `click`, waits for the exported file and returns its path on disk. */
  download(click: () => Promise<void>, fileName: string): Promise<string>;
  /** Quits and starts the app again on the same data folder; returns the new page. */
  restart(): Promise<Page>;
  screenshotsDir?: string;
}

export const article = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'berlin-talks-article.txt'),
  'utf8',
);

export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
}

/**
 * The walking-skeleton user flow: save the article as a source, add facts, build a situation brief,
 * export DOCX and PDF, restart, and find everything still there. Bad input is tried on the way.
 */
export async function userFlow(app: AppDriver): Promise<void> {
  let page = app.page;
  await waitReady(page);
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expectAccessible(page, 'the start screen');

  // A source: empty title and a bad date are refused with a message on the field; nothing is saved.
  await page.getByRole('button', { name: 'New source' }).click();
  const sourceForm = page.getByRole('form', { name: 'New source' });
  await sourceForm.getByRole('button', { name: 'Save source' }).click();
  await expect(sourceForm.getByRole('alert').first()).toContainText('Title is required');
  await sourceForm.getByLabel('Title').fill('Zelenskyy rules out recognising Donbas as Russian');
  await sourceForm.getByLabel('Outlet').fill('Reuters');
  await sourceForm.getByLabel('Published').fill('15/12/2025');
  await sourceForm.getByRole('button', { name: 'Save source' }).click();
  await expect(sourceForm.getByRole('alert').first()).toContainText('YYYY-MM-DD');
  await expect(page.getByRole('tab', { name: 'Sources (0)' })).toBeVisible();
  await sourceForm.getByLabel('Published').fill('2025-12-15');
  await sourceForm.getByLabel('URL').fill('https://www.reuters.com/world/europe/berlin-talks-2025-12-15/');
  await sourceForm.getByLabel('Article text').fill(article);
  await sourceForm.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();

  // Facts: an empty statement and a missing source are refused; two good facts are saved.
  const factForm = page.getByRole('form', { name: 'New fact' });
  await factForm.getByRole('button', { name: 'Save fact' }).click();
  await expect(factForm.getByRole('alert').first()).toContainText('Statement is required');
  await factForm.getByLabel('Source').selectOption('');
  await factForm.getByLabel('Statement').fill('Ukraine will not recognise the Donbas as Russian.');
  await factForm.getByRole('button', { name: 'Save fact' }).click();
  await expect(factForm.getByRole('alert').first()).toContainText('Choose the source');
  await factForm
    .getByLabel('Source')
    .selectOption({ label: 'Reuters: Zelenskyy rules out recognising Donbas as Russian' });
  await factForm.getByLabel('Verbatim quote (optional)').fill('de jure or de facto');
  await factForm.getByLabel('Who said it (optional)').fill('Volodymyr Zelenskyy, President of Ukraine');
  await factForm.getByRole('button', { name: 'Save fact' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved fact: “Ukraine will not recognise' }),
  ).toBeVisible();
  await factForm
    .getByLabel('Statement')
    .fill('Russia’s demand that Ukraine not join NATO is a fundamental issue.');
  await factForm.getByLabel('Who said it (optional)').fill('Dmitry Peskov, Kremlin spokesman');
  await factForm.getByRole('button', { name: 'Save fact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved fact: “Russia’s demand' })).toBeVisible();
  await factForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('result-count')).toHaveText('2 facts');

  // A briefing from the situation-brief template; a bad date is refused first.
  const newBriefing = page.getByRole('form', { name: 'New briefing' });
  await newBriefing
    .getByLabel('Title', { exact: true })
    .fill('Berlin talks: territory is the sticking point');
  await newBriefing.getByLabel('Date', { exact: true }).fill('2025-12-40');
  await newBriefing.getByRole('button', { name: 'Create briefing' }).click();
  await expect(newBriefing.getByRole('alert').first()).toContainText('YYYY-MM-DD');
  await newBriefing.getByLabel('Date', { exact: true }).fill('2025-12-16');
  await newBriefing.getByRole('button', { name: 'Create briefing' }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
  await expect(page.getByTestId('banner')).toHaveText('OFFICIAL');

  // Put the facts into sections, reword one; the citation stays.
  const facts = page.getByTestId('fact');
  await facts
    .filter({ hasText: 'Ukraine will not recognise' })
    .getByRole('button', { name: 'Add to briefing' })
    .click();
  await facts
    .filter({ hasText: 'fundamental issue' })
    .getByLabel('Section for this fact')
    .selectOption({ label: 'Key developments' });
  await facts
    .filter({ hasText: 'fundamental issue' })
    .getByRole('button', { name: 'Add to briefing' })
    .click();
  const bottomLine = page.getByLabel('Bottom line, paragraph 1');
  await bottomLine.fill('Kyiv refuses to cede Donbas, in law or in fact.');
  await expect(page.getByLabel('Key developments, paragraph 1')).toHaveValue(/fundamental issue/);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  if (app.screenshotsDir) await page.screenshot({ path: join(app.screenshotsDir, 'editor.png') });
  await expectAccessible(page, 'the briefing editor');

  // Export opens the export dialog, which runs the pre-export check: each paragraph rests on one
  // source, so it warns.
  const exportDialog = page.getByRole('dialog', { name: 'Export briefing' });
  const exportAnyway = async (button: string) => {
    await page.getByRole('button', { name: button }).click();
    await expect(exportDialog.getByRole('region', { name: 'Pre-export check' })).toContainText(
      'rests on a single source',
    );
    await exportDialog.getByRole('button', { name: 'Export anyway' }).click();
  };

  // Export both formats and read them back with real readers.
  const docx = await app.download(
    () => exportAnyway('Export DOCX'),
    'Berlin-talks-territory-is-the-sticking-point.docx',
  );
  await expect(exportDialog.getByRole('status').filter({ hasText: 'with 2 notes' })).toBeVisible();
  await expect(exportDialog.getByRole('list', { name: 'Exported files' })).toContainText(
    'Berlin-talks-territory-is-the-sticking-point.docx',
  );
  await expectAccessible(page, 'the export dialog after an export');
  // Escape closes it and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(exportDialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export DOCX' })).toBeFocused();
  const notes = pandocNotes(docx);
  // The live preview shows the very notes the export wrote.
  const previewNotes = page.getByRole('region', { name: 'Preview' }).getByRole('list', { name: 'Footnotes' });
  await expect(previewNotes.getByRole('listitem')).toHaveText(notes.map((n) => n.replace(/\s+/g, ' ')));
  expect(notes).toHaveLength(2);
  expect(notes[0]).toContain('Volodymyr Zelenskyy, President of Ukraine, quoted in Reuters');
  expect(notes[1]).toContain('Dmitry Peskov, Kremlin spokesman, quoted in Reuters');
  const plain = pandocPlain(docx);
  expect(plain).toContain('Kyiv refuses to cede Donbas, in law or in fact.');
  expect(plain).toContain('Sources');

  const pdf = await app.download(
    () => exportAnyway('Export PDF'),
    'Berlin-talks-territory-is-the-sticking-point.pdf',
  );
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('1. Volodymyr Zelenskyy, President of Ukraine, quoted in Reuters');
  expect(text).toContain('2. Dmitry Peskov, Kremlin spokesman, quoted in Reuters');
  expect(text).toContain('https://www.reuters.com/world/europe/berlin-talks-2025-12-15/');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // Ctrl/Cmd+E opens the dialog with the format used last; the file name is sanitised; the
  // classification chosen here is saved back to the briefing.
  await page.getByLabel('Bottom line, paragraph 1').focus();
  await page.keyboard.press('Control+e');
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
  await expect(exportDialog.getByRole('radio', { name: 'PDF' })).toBeFocused();
  await expect(exportDialog.getByLabel('File name')).toHaveValue(
    'Berlin-talks-territory-is-the-sticking-point',
  );
  await exportDialog.getByLabel('File name').fill('Berlin talks: draft / v2');
  await exportDialog.getByLabel('Classification').focus();
  await expect(exportDialog.getByLabel('File name')).toHaveValue('Berlin-talks-draft-v2');
  await exportDialog.getByLabel('Classification').selectOption({ label: 'OFFICIAL-SENSITIVE' });
  await expect(page.getByTestId('banner')).toHaveText('OFFICIAL-SENSITIVE');
  await expect(exportDialog.getByRole('region', { name: 'Pre-export check' })).toContainText(
    'rests on a single source',
  );
  await expectAccessible(page, 'the export dialog with warnings');
  await page.keyboard.press('Escape');
  await expect(exportDialog).toHaveCount(0);
  await expect(page.getByLabel('Bottom line, paragraph 1')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Restart: everything is still there.
  page = await app.restart();
  await waitReady(page);
  await expect(page.getByTestId('result-count')).toHaveText('2 facts');
  await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();
  await page
    .getByRole('button', { name: 'Berlin talks: territory is the sticking point', exact: true })
    .click();
  await expect(page.getByLabel('Bottom line, paragraph 1')).toHaveValue(
    'Kyiv refuses to cede Donbas, in law or in fact.',
  );
  await expect(page.locator('.chip')).toHaveCount(2);
  await expect(page.getByTestId('banner')).toHaveText('OFFICIAL-SENSITIVE');

  // Drag a fact onto a section; cite a verbatim quote; reorder; a chip opens its fact.
  const zelenskyy = page.getByTestId('fact').filter({ hasText: 'Ukraine will not recognise' });
  await zelenskyy.dragTo(page.locator('[data-section="outlook"]'));
  await expect(page.getByLabel('Outlook, paragraph 1')).toHaveValue(
    'Ukraine will not recognise the Donbas as Russian.',
  );
  await zelenskyy.getByLabel('Section for this fact').selectOption({ label: 'Outlook' });
  await zelenskyy.getByRole('button', { name: 'Add quote' }).click();
  await expect(page.getByLabel('Outlook, paragraph 2')).toHaveValue(
    'Volodymyr Zelenskyy, President of Ukraine: “de jure or de facto”',
  );
  await page.getByRole('button', { name: 'Move Outlook 2 up' }).click();
  // Dropped on a paragraph, a fact is cited there as well: two facts behind one sentence.
  await page
    .getByTestId('fact')
    .filter({ hasText: 'fundamental issue' })
    .dragTo(page.getByLabel('Bottom line, paragraph 1'));
  await expect(page.locator('[data-section="bottom-line"] .chip')).toHaveCount(2);
  await expect(page.getByLabel('Outlook, paragraph 1')).toHaveValue(/de jure or de facto/);
  await page
    .locator('[data-section="bottom-line"]')
    .getByRole('button', { name: /Volodymyr Zelenskyy/ })
    .click();
  await expect(
    page.getByRole('form', { name: 'Edit fact' }).getByLabel('Verbatim quote (optional)'),
  ).toHaveValue('de jure or de facto');

  // Switch template: content is kept; what the new template has no section for waits apart until moved.
  const banner = await page.getByTestId('banner').textContent();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Policy options memo' });
  await expect(page.getByRole('heading', { name: '1. Issue' })).toBeVisible();
  await expect(page.getByTestId('banner')).toHaveText(banner ?? '');
  const leftovers = page.getByTestId('leftover');
  await expect(leftovers).toHaveCount(4);
  await leftovers
    .filter({ hasText: 'Kyiv refuses to cede Donbas' })
    .getByLabel('Move to section')
    .selectOption({ label: 'Background' });
  await expect(page.getByLabel('Background, paragraph 1')).toHaveValue(
    'Kyiv refuses to cede Donbas, in law or in fact.',
  );
  await expect(leftovers).toHaveCount(3);
  await expect(page.locator('[data-section="background"] .chip')).toHaveCount(2);

  // The keyboard help sheet, and the dark theme.
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl/⌘ + E');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^Theme: system/ }).click();
  await page.getByRole('button', { name: /^Theme: light/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'the editor in the dark theme');
  if (app.screenshotsDir) await page.screenshot({ path: join(app.screenshotsDir, 'editor-dark.png') });
}
