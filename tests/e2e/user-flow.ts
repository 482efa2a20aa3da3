import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pandocMarkdown, pandocNotes, pandocPlain, pdfText } from '../helpers/readers';
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

/** Loads browser mode at `url` and opens a portable briefing file (its bytes) through the file picker. */
export async function openBriefingFile(
  page: Page,
  url: string,
  bytes: Buffer,
  name = 'b.briefing.json',
): Promise<void> {
  await page.goto(url);
  await waitReady(page);
  await page.getByLabel('Briefing file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
}

/**
 * Switches the open briefing's template through the mapping dialog: each `changes` row ("Key
 * developments" → "Context", or "Park (keep aside)") is set, then the switch is accepted.
 */
export async function switchTemplate(
  page: Page,
  name: string,
  changes: Record<string, string> = {},
): Promise<void> {
  const select = page.getByLabel('Template', { exact: true });
  await select.focus();
  await select.selectOption({ label: name });
  const dialog = page.getByRole('dialog', { name: `Switch to ${name}` });
  await expect(dialog).toBeVisible();
  for (const [from, to] of Object.entries(changes))
    await dialog.getByLabel(`Where “${from}” goes`).selectOption({ label: to });
  await dialog.getByRole('button', { name: /^Switch template/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(select).toHaveValue(/./);
}

/** A section's rich-text editor (one per template section). */
export const sectionEditor = (page: Page, heading: string): Locator =>
  page.getByRole('textbox', { name: heading, exact: true });

/**
 * What a section editor shows, paragraph by paragraph (list items too): the text, each citation chip
 * as [n] (its note number), bold as **word**; assessment paragraphs start with "(A) ", paragraphs
 * flagged for a retracted fact end with " (!)".
 */
/**
 * Opens the first chip's fact in `editor` and retracts it there, with a reason, as an analyst does from the
 * briefing; the form stays open. Returns the form and the status the fact had.
 */
export async function retractFirstCitedFact(
  page: Page,
  editor: Locator,
): Promise<{ editFact: Locator; was: string }> {
  await editor.locator('.cite-chip').first().click();
  const editFact = page.getByRole('form', { name: 'Edit fact' });
  const status = editFact.getByLabel('Status');
  const was = await status.inputValue();
  expect(was).not.toBe('retracted');
  await status.selectOption('retracted');
  await editFact.getByLabel('Why is it retracted?').fill('The outlet withdrew the story.');
  await editFact.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.locator('.cite-chip.retracted')).toHaveCount(1);
  return { editFact, was };
}

export async function editorText(editor: Locator): Promise<string[]> {
  return editor.evaluate((root) => {
    const read = (node: Node): string => {
      if (node instanceof HTMLElement) {
        if (node.classList.contains('cite-chip')) return `[${node.dataset.note ?? ''}]`;
        if (node.tagName === 'IMG' || node.tagName === 'BR') return '';
        const inner = Array.from(node.childNodes).map(read).join('');
        return node.tagName === 'STRONG' ? `**${inner}**` : inner;
      }
      return node.textContent ?? '';
    };
    return Array.from(root.querySelectorAll('p')).map(
      (p) =>
        (p.classList.contains('assessment') ? '(A) ' : '') +
        read(p) +
        (p.classList.contains('cites-retracted') ? ' (!)' : ''),
    );
  });
}

/**
 * The point just after `text` in an editor (for dropping a fact there), or on its middle (`on`),
 * relative to the editor.
 */
export async function pointAfter(
  editor: Locator,
  text: string,
  on = false,
): Promise<{ x: number; y: number }> {
  const point = await editor.evaluate(
    (root, [after, middle]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('.cite-chip') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(after);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, middle ? at : at + after.length - 1);
        range.setEnd(n, at + after.length);
        const r = range.getBoundingClientRect();
        const box = root.getBoundingClientRect();
        return {
          x: (middle ? (r.left + r.right) / 2 : r.right - 1) - box.left,
          y: r.top + r.height / 2 - box.top,
        };
      }
      return null;
    },
    [text, on] as const,
  );
  if (!point) throw new Error(`"${text}" is not in the editor`);
  return point;
}

/** The point in the gap between paragraph `i` and `i + 1` of an editor (0-based), relative to it. */
export async function pointBetween(editor: Locator, i: number): Promise<{ x: number; y: number }> {
  return editor.evaluate((root, index) => {
    const ps = root.querySelectorAll('p');
    const box = root.getBoundingClientRect();
    const above = ps[index]?.getBoundingClientRect();
    const below = ps[index + 1]?.getBoundingClientRect();
    if (!above) throw new Error(`no paragraph ${index}`);
    const y = below ? (above.bottom + below.top) / 2 : above.bottom + 4;
    return { x: 30, y: y - box.top };
  }, i);
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
  for (const [statement, who] of [
    ['US officials pressed Kyiv to withdraw from the parts of Donetsk it still holds.', 'US officials'],
    [
      'The US offered security guarantees modelled on NATO’s Article 5.',
      'Donald Tusk, Polish prime minister',
    ],
    ['US officials said talks had resolved about 90% of issues.', 'US officials'],
  ] as const) {
    await factForm.getByLabel('Statement').fill(statement);
    await factForm.getByLabel('Verbatim quote (optional)').fill('');
    await factForm.getByLabel('Who said it (optional)').fill(who);
    await factForm.getByRole('button', { name: 'Save fact' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Saved fact: “${statement.slice(0, 20)}` }),
    ).toBeVisible();
  }
  await factForm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('result-count')).toHaveText('5 facts');

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

  // Five facts dragged into two sections. Dropped on an empty section, a fact fills it: its statement
  // and its chip; dropped between paragraphs, it is a new paragraph there.
  const facts = page.getByTestId('fact');
  // Dragged by its statement (the row's middle holds its buttons).
  const fact = (text: string) => facts.filter({ hasText: text }).locator('.fact-open');
  const bottomLine = sectionEditor(page, 'Bottom line');
  const developments = sectionEditor(page, 'Key developments');
  await fact('Ukraine will not recognise').dragTo(bottomLine);
  await expect
    .poll(() => editorText(bottomLine))
    .toEqual(['Ukraine will not recognise the Donbas as Russian.[1]']);
  await fact('withdraw from the parts of Donetsk').dragTo(developments);
  await expect
    .poll(() => editorText(developments))
    .toEqual(['US officials pressed Kyiv to withdraw from the parts of Donetsk it still holds.[2]']);
  await fact('90% of issues').dragTo(developments, { targetPosition: await pointBetween(developments, 0) });
  await fact('Article 5').dragTo(developments, { targetPosition: await pointBetween(developments, 0) });
  await expect
    .poll(() => editorText(developments))
    .toEqual([
      'US officials pressed Kyiv to withdraw from the parts of Donetsk it still holds.[2]',
      'The US offered security guarantees modelled on NATO’s Article 5.[3]',
      'US officials said talks had resolved about 90% of issues.[4]',
    ]);

  // Reword the statement: the chip stays. Typing is one undo step; redo brings it back.
  await bottomLine
    .locator('p')
    .first()
    .click({ position: { x: 3, y: 8 } });
  await page.keyboard.press('Home');
  // Select the statement's words (not its chip) and type over them.
  for (let i = 0; i < 'Ukraine will not recognise the Donbas as Russian.'.length; i++)
    await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('Kyiv refuses to cede Donbas in law or in fact');
  await page.keyboard.press('End');
  await page.keyboard.type(' while Moscow calls NATO membership a fundamental issue.');
  await expect
    .poll(() => editorText(bottomLine))
    .toEqual([
      'Kyiv refuses to cede Donbas in law or in fact[1] while Moscow calls NATO membership a fundamental issue.',
    ]);
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => editorText(bottomLine))
    .toEqual(['Ukraine will not recognise the Donbas as Russian.[1]']);
  await page.keyboard.press('Control+y');
  await expect
    .poll(() => editorText(bottomLine))
    .toEqual([
      'Kyiv refuses to cede Donbas in law or in fact[1] while Moscow calls NATO membership a fundamental issue.',
    ]);

  // A second fact dropped inside the sentence: two notes in one sentence.
  await fact('fundamental issue').dragTo(bottomLine, {
    targetPosition: await pointAfter(bottomLine, 'fundamental issue'),
  });
  await expect
    .poll(() => editorText(bottomLine))
    .toEqual([
      'Kyiv refuses to cede Donbas in law or in fact[1] while Moscow calls NATO membership a fundamental issue[2].',
    ]);

  // Undo takes the chip out again, redo puts it back: one history for everything.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorText(bottomLine))[0]).toMatch(/fundamental issue\.$/);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await editorText(bottomLine))[0]).toMatch(/fundamental issue\[2\]\.$/);

  // Bold a word (Ctrl+B); an assessment paragraph (the toolbar's Assessment button).
  await bottomLine.dblclick({ position: await pointAfter(bottomLine, 'refuses', true) });
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('We judge a settlement before January unlikely.');
  const bottomTools = page.getByRole('toolbar', { name: 'Bottom line: formatting' });
  await bottomTools.getByRole('button', { name: 'Assessment' }).click();
  await expect(bottomTools.getByRole('button', { name: 'Assessment' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect
    .poll(() => editorText(bottomLine))
    .toEqual([
      'Kyiv **refuses** to cede Donbas in law or in fact[1] while Moscow calls NATO membership a fundamental issue[2].',
      '(A) We judge a settlement before January unlikely.',
    ]);
  // Keyboard: Alt+↑ moves a paragraph; the toolbar is one tab stop before the text, arrows move in it.
  await developments.getByText('90% of issues').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await editorText(developments))[1]).toMatch(/^US officials said talks/);
  await page.keyboard.press('Shift+Tab');
  const devTools = page.getByRole('toolbar', { name: 'Key developments: formatting' });
  await expect(devTools.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(devTools.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(developments).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => editorText(developments))
    .toEqual([
      'US officials pressed Kyiv to withdraw from the parts of Donetsk it still holds.[3]',
      'The US offered security guarantees modelled on NATO’s Article 5.[4]',
      'US officials said talks had resolved about 90% of issues.[5]',
    ]);
  // By mouse: the grip beside a paragraph drags it (here the last one to the top); undo puts it back.
  await developments.getByText('90% of issues').hover();
  await page.locator('[data-section="key-developments"] .block-handle').dragTo(developments, {
    targetPosition: { x: 20, y: 2 },
  });
  await expect.poll(async () => (await editorText(developments))[0]).toMatch(/^US officials said talks/);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorText(developments))[2]).toMatch(/^US officials said talks/);
  await developments.click();

  // Deleting every paragraph of a section is one undo step too.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect.poll(() => editorText(developments)).toEqual(['']);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorText(developments)).length).toBe(3);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  if (app.screenshotsDir) {
    // The bottom line at the top of the pane: two notes in one sentence, a bold word, an assessment.
    await page.locator('[data-section="bottom-line"]').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(app.screenshotsDir, 'editor.png') });
  }
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
  await expect(exportDialog.getByRole('status').filter({ hasText: 'with 5 notes' })).toBeVisible();
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
  expect(notes).toHaveLength(5);
  expect(notes[0]).toContain('Volodymyr Zelenskyy, President of Ukraine, quoted in Reuters');
  // Peskov and Tusk are paraphrased (no verbatim quote): cited in the article, not quoted.
  expect(notes[1]).toContain('Dmitry Peskov, Kremlin spokesman, cited in Reuters');
  expect(notes[3]).toContain('Donald Tusk, Polish prime minister, cited in Reuters');
  // The two notes sit where their chips are, in one sentence; the bold word is bold.
  const markdown = pandocMarkdown(docx).replace(/\s+/g, ' ');
  expect(markdown).toContain(
    'Kyiv **refuses** to cede Donbas in law or in fact[^1] while Moscow calls NATO membership a fundamental issue[^2].',
  );
  const plain = pandocPlain(docx);
  expect(plain).toContain('We judge a settlement before January unlikely.');
  expect(plain).toContain('Sources');

  const pdf = await app.download(
    () => exportAnyway('Export PDF'),
    'Berlin-talks-territory-is-the-sticking-point.pdf',
  );
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('1. Volodymyr Zelenskyy, President of Ukraine, quoted in Reuters');
  expect(text).toContain('2. Dmitry Peskov, Kremlin spokesman, cited in Reuters');
  // pdftotext reads the superscript note numbers as digits after the word they follow.
  expect(text).toMatch(/in law or in fact ?1 while Moscow calls NATO membership a fundamental issue ?2\./);
  expect(text).toContain('https://www.reuters.com/world/europe/berlin-talks-2025-12-15/');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  // Ctrl/Cmd+E opens the dialog with the format used last; the file name is sanitised; the
  // classification chosen here is saved back to the briefing.
  await bottomLine.focus();
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
  await expect(bottomLine).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Restart: everything is still there, chips where they were.
  page = await app.restart();
  await waitReady(page);
  await expect(page.getByTestId('result-count')).toHaveText('5 facts');
  await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();
  await page
    .getByRole('button', { name: 'Berlin talks: territory is the sticking point', exact: true })
    .click();
  const lineAgain = sectionEditor(page, 'Bottom line');
  await expect
    .poll(() => editorText(lineAgain))
    .toEqual([
      'Kyiv **refuses** to cede Donbas in law or in fact[1] while Moscow calls NATO membership a fundamental issue[2].',
      '(A) We judge a settlement before January unlikely.',
    ]);
  await expect(page.locator('.cite-chip')).toHaveCount(5);
  await expect(page.getByTestId('banner')).toHaveText('OFFICIAL-SENSITIVE');

  // Drag a fact onto a section's heading (appended there); cite a verbatim quote with the keyboard
  // (Enter on "Add quote"); move it up with Alt+↑.
  const zelenskyy = page.getByTestId('fact').filter({ hasText: 'Ukraine will not recognise' });
  const outlook = sectionEditor(page, 'Outlook');
  await zelenskyy.locator('.fact-open').dragTo(page.locator('[data-section="outlook"] h3'));
  await expect
    .poll(() => editorText(outlook))
    .toEqual(['Ukraine will not recognise the Donbas as Russian.[6]']);
  await zelenskyy.getByLabel('Section for this fact').selectOption({ label: 'Outlook' });
  // The section chosen on one card is the next card's default (adding several facts to one section).
  await expect(
    page.getByTestId('fact').filter({ hasText: 'Article 5' }).getByLabel('Section for this fact'),
  ).toHaveValue('outlook');
  await zelenskyy.getByRole('button', { name: 'Add quote' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => editorText(outlook))
    .toEqual([
      'Ukraine will not recognise the Donbas as Russian.[6]',
      'Volodymyr Zelenskyy, President of Ukraine: “de jure or de facto”[7]',
    ]);
  await outlook.getByText('de jure or de facto').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await editorText(outlook))[0]).toMatch(/de jure or de facto/);

  // With the keyboard, a fact is cited in the sentence being written: "Cite at cursor" in the library.
  await outlook.click({ position: await pointAfter(outlook, 'the Donbas') });
  await page
    .getByTestId('fact')
    .filter({ hasText: 'Article 5' })
    .getByRole('button', { name: 'Cite at cursor' })
    .focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await editorText(outlook))[1])
    .toMatch(/^Ukraine will not recognise the Donbas\[\d\] as Russian\.\[\d\]$/);
  await expect(outlook).toBeFocused();

  // A chip opens its fact and source; retracting the fact flags every paragraph citing it.
  await lineAgain.locator('.cite-chip').first().click();
  const editFact = page.getByRole('form', { name: 'Edit fact' });
  await expect(editFact.getByLabel('Verbatim quote (optional)')).toHaveValue('de jure or de facto');
  await editFact.getByLabel('Status').selectOption('retracted');
  await editFact.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await editorText(lineAgain))[0]).toMatch(/ \(!\)$/);
  await expect.poll(async () => (await editorText(outlook)).every((p) => p.endsWith(' (!)'))).toBe(true);
  await expect(lineAgain.locator('.cite-chip.retracted')).toHaveCount(1);
  // Shown (and read out) after the paragraph: "⚠ Cites a retracted fact".
  await expect(lineAgain.locator('.cites-retracted').first()).toHaveAttribute(
    'data-flag',
    'Cites a retracted fact',
  );
  // The preview flags the paragraph too (the exports do not print the flag).
  await expect(page.getByRole('region', { name: 'Preview' }).locator('.pv-retracted').first()).toHaveText(
    /Cites a retracted fact/,
  );

  // Switch template: content is kept; what the new template has no section for waits apart until moved
  // (Key developments, which would go into Background as the nearest section, parked here by hand).
  const banner = await page.getByTestId('banner').textContent();
  await switchTemplate(page, 'Policy options memo', { 'Key developments': 'Park (keep aside)' });
  // The editor's heading (the preview has one too, once it has caught up).
  await expect(
    page.locator('[data-section="issue"]').getByRole('heading', { name: '1. Issue' }),
  ).toBeVisible();
  await expect(page.getByTestId('banner')).toHaveText(banner ?? '');
  await expect(
    page.getByRole('status').filter({ hasText: 'Switched to Policy options memo: ' }),
  ).toBeVisible();
  const leftovers = page.getByTestId('leftover');
  await expect(leftovers).toHaveCount(7);
  // Headed in words, as the preview and the export head them: "Key developments", not "key-developments".
  await expect(page.getByTestId('parked-section').first().getByRole('heading')).toHaveText(
    /^(Bottom line|Key developments|Outlook|Positions)$/,
  );
  await leftovers
    .filter({ hasText: 'Kyiv refuses to cede Donbas' })
    .getByLabel('Move to section')
    .selectOption({ label: 'Background' });
  await expect
    .poll(() => editorText(sectionEditor(page, 'Background')))
    .toEqual([
      'Kyiv **refuses** to cede Donbas in law or in fact[1] while Moscow calls NATO membership a fundamental issue[2]. (!)',
    ]);
  await expect(leftovers).toHaveCount(6);
  await expect(page.locator('[data-section="background"] .cite-chip')).toHaveCount(2);

  // The keyboard help sheet (asked for from outside a field), and the dark theme.
  await page.getByRole('heading', { name: 'Briefing', exact: true }).focus();
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl/⌘ + E');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^Theme: system/ }).click();
  await page.getByRole('button', { name: /^Theme: light/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'the editor in the dark theme');
  if (app.screenshotsDir) await page.screenshot({ path: join(app.screenshotsDir, 'editor-dark.png') });
}
