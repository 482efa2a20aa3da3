import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { startHost } from './browser-host';
import { editorText, sectionEditor, switchTemplate, waitReady } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/** A briefing with many pre-export warnings (every source graded, many single-source claims). */
const briefingFile = () =>
  Buffer.from(
    syntheticBriefingFile(templatesDir, { paragraphs: 40, words: 20, citations: 60, sourceCount: 20 }),
  );

/** Browser mode on a fresh store, with that briefing opened from its file. */
async function withBriefing(page: Page, name: string, fn: () => Promise<void>): Promise<void> {
  const host = await startHost(mkdtempSync(join(tmpdir(), `briefing-e2e-${name}-`)));
  try {
    await page.goto(host.url);
    await waitReady(page);
    await page
      .getByLabel('Briefing file')
      .setInputFiles({ name: 'b.briefing.json', mimeType: 'application/json', buffer: briefingFile() });
    // The file's sources and facts are in the library now, and the library shows them.
    await expect(page.getByText('60 facts', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Sources (20)' })).toBeVisible();
    await fn();
  } finally {
    await host.stop();
  }
}

test('export guard: the dialog fits the window, and a briefing that cannot be saved cannot be exported', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 700 });
  await withBriefing(page, 'guard', async () => {
    // However long the check, the dialog stays on screen and its buttons can be reached.
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    const exportButton = dialog.getByRole('button', { name: /^Export( anyway)?$/ });
    await expect(exportButton).toBeEnabled();
    const box = await dialog.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
    await exportButton.scrollIntoViewIfNeeded();
    await expect(exportButton).toBeInViewport();
    await dialog.getByRole('button', { name: 'Back to editing' }).click();

    // A paragraph over the limit, typed in one go (a paste is refused at once): the save fails,
    // saying where, in words.
    const editor = sectionEditor(page, 'Bottom line');
    await editor.click();
    await page.keyboard.insertText('x'.repeat(20_001));
    await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
    // The editor's save alert and the preview's both name the place in words, never the data path.
    const alerts = page.getByRole('alert');
    await expect(alerts.first()).toContainText(
      /Bottom line, paragraph \d+: A paragraph must be at most 20000 characters\./,
    );
    await expect(page.getByText(/content\.sections/)).toHaveCount(0);

    // Export now would write the last saved version without telling: the dialog refuses instead.
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    await expect(dialog.getByRole('heading', { name: 'The briefing could not be checked.' })).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText('could not be saved');
    await expect(dialog.getByRole('button', { name: /^Export( anyway)?$/ })).toHaveCount(0);
  });
});

test('assessment: Enter at its end starts a reporting paragraph, a split in the middle keeps both assessments', async ({
  page,
}) => {
  await withBriefing(page, 'assess', async () => {
    const editor = sectionEditor(page, 'Outlook');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+9');
    await page.keyboard.type('We judge talks will stall.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Reuters reported more.');
    const lines = await editorText(editor);
    expect(lines.slice(-2)).toEqual(['(A) We judge talks will stall.', 'Reuters reported more.']);

    // Splitting the assessment in the middle: both halves stay the analyst's judgement.
    await editor.getByText('We judge talks will stall.').click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'will stall.'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect((await editorText(editor)).slice(-3)).toEqual([
      '(A) We judge talks ',
      '(A) will stall.',
      'Reuters reported more.',
    ]);
  });
});

test('a pasted chip whose fact is not in the library is taken out, saying so; saving goes on', async ({
  page,
}) => {
  await withBriefing(page, 'bogus', async () => {
    const editor = sectionEditor(page, 'Outlook');
    await editor.click();
    await page.keyboard.press('Control+End');
    await editor.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>Pasted claim<span data-fact-id="no-such-fact">9</span> ends here.</p>');
      data.setData('text/plain', 'Pasted claim [9] ends here.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByRole('status').filter({ hasText: 'not in the library' })).toContainText(
      'Removed a citation of a fact that is not in the library.',
    );
    await expect(page.getByText('All changes saved')).toBeVisible();
    expect((await editorText(editor)).join('\n')).toContain('Pasted claim ends here.');
    await expect(page.locator('[data-fact-id="no-such-fact"]')).toHaveCount(0);
  });
});

test('a template switch can be undone: back on the first template, every section as it was', async ({
  page,
}) => {
  await withBriefing(page, 'switch', async () => {
    const before = await editorText(sectionEditor(page, 'Key developments'));
    await switchTemplate(page, 'Policy options memo');
    const notice = page.getByRole('status').filter({ hasText: 'Switched to Policy options memo: ' });
    await expect(notice).toBeVisible();
    await expect(page.getByTestId('parked-section').first().getByRole('heading')).toHaveText(
      /^[A-Z][a-z]+( [a-z]+)*$/,
    );
    await notice.getByRole('button', { name: 'Undo: back to Situation brief' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('situation-brief');
    expect(await editorText(sectionEditor(page, 'Key developments'))).toEqual(before);
    await expect(page.getByTestId('leftover')).toHaveCount(0);
  });
});
