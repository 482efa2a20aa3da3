import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticBriefing } from '../../electron/bench/synthetic-briefing';
import type { Inline } from '../../electron/core/rich-text';
import { BRIEFING_FILE_VERSION } from '../../electron/services/briefing-file';
import { startHost, type RunningHost } from './browser-host';
import { editorText, openBriefingFile, sectionEditor } from './user-flow';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/**
 * A short situation brief as a briefing file: two paragraphs in the bottom line, three in the key
 * developments, each citing its own fact; fact n comes from source n (Reuters, AP, AFP, Le Monde, BBC).
 * The fourth paragraph is an assessment with a bold word.
 */
function briefingFile(): Buffer {
  const template = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as {
    id: string;
  };
  const { facts, sources, briefing } = syntheticBriefing({
    templateId: template.id,
    sectionIds: ['bottom-line'],
    paragraphs: 1,
    words: 3,
    citations: 5,
    sourceCount: 5,
  });
  const text = (t: string, bold = false): Inline => ({ type: 'text', text: t, ...(bold ? { bold } : {}) });
  const cite = (n: number): Inline => ({ type: 'cite', factId: `fact-${n}` });
  return Buffer.from(
    JSON.stringify({
      format: 'briefing-builder-briefing',
      version: BRIEFING_FILE_VERSION,
      template,
      facts,
      sources,
      briefing: {
        ...briefing,
        title: 'Moving paragraphs between sections',
        sections: [
          {
            id: 'bottom-line',
            blocks: [
              { id: 'p-1', content: [text('Bottom line one.'), cite(1)] },
              { id: 'p-2', content: [text('Bottom line two.'), cite(2)] },
            ],
          },
          {
            id: 'key-developments',
            blocks: [
              { id: 'p-3', content: [text('Developments three.'), cite(3)] },
              {
                id: 'p-4',
                isAssessment: true,
                content: [text('Talks '), text('moved', true), text(' to Berlin.'), cite(4)],
              },
              { id: 'p-5', content: [text('Developments five.'), cite(5)] },
            ],
          },
        ],
      },
    }),
  );
}

/** Hovers a paragraph of `from` to show its grip, and drags the grip onto `to` at `at`. */
async function dragByGrip(
  page: Page,
  from: { section: string; text: string },
  to: Locator,
  at: { x: number; y: number },
) {
  const editor = page.locator(`[data-section="${from.section}"] .rich-editor`);
  await editor.getByText(from.text).hover();
  await page.locator(`[data-section="${from.section}"] .block-handle`).dragTo(to, { targetPosition: at });
}

test('editor: a paragraph dragged by its grip to another section moves there, and back in one undo', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-move-'));
  const host: RunningHost = await startHost(dataDir);
  try {
    await openBriefingFile(page, host.url, briefingFile(), 'move.briefing.json');
    const bottomLine = sectionEditor(page, 'Bottom line');
    const developments = sectionEditor(page, 'Key developments');
    const before = {
      bottom: ['Bottom line one.[1]', 'Bottom line two.[2]'],
      developments: ['Developments three.[3]', '(A) Talks **moved** to Berlin.[4]', 'Developments five.[5]'],
    };
    await expect.poll(() => editorText(bottomLine)).toEqual(before.bottom);
    await expect.poll(() => editorText(developments)).toEqual(before.developments);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toBeDisabled();
    // The preview's notes, in order: note n cites source n's outlet until something moves.
    const notes = page
      .getByRole('region', { name: 'Preview' })
      .getByRole('list', { name: 'Footnotes' })
      .getByRole('listitem');
    await expect(notes).toHaveCount(5);
    await expect(notes.nth(0)).toContainText('Reuters');
    await expect(notes.nth(3)).toContainText('Le Monde');
    const ids = (editor: Locator) =>
      editor.locator('p').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-block-id')));

    // The assessment (bold word, chip and all) dragged by its grip to the top of the bottom line: it
    // leaves the key developments, keeps its id, and the note numbers follow it.
    await dragByGrip(page, { section: 'key-developments', text: 'to Berlin' }, bottomLine, { x: 20, y: 2 });
    const moved = {
      bottom: ['(A) Talks **moved** to Berlin.[1]', 'Bottom line one.[2]', 'Bottom line two.[3]'],
      developments: ['Developments three.[4]', 'Developments five.[5]'],
    };
    await expect.poll(() => editorText(bottomLine)).toEqual(moved.bottom);
    await expect.poll(() => editorText(developments)).toEqual(moved.developments);
    await expect.poll(() => ids(bottomLine)).toEqual(['p-4', 'p-1', 'p-2']);
    await expect.poll(() => ids(developments)).toEqual(['p-3', 'p-5']);
    await expect(notes.nth(0)).toContainText('Le Monde');
    await expect(notes.nth(1)).toContainText('Reuters');
    await expect(notes.nth(3)).toContainText('AFP');

    // One undo step puts it back where it was, in both sections; there is nothing more to undo.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(bottomLine)).toEqual(before.bottom);
    await expect.poll(() => editorText(developments)).toEqual(before.developments);
    await expect.poll(() => ids(developments)).toEqual(['p-3', 'p-4', 'p-5']);
    await expect(undo).toBeDisabled();
    await expect(notes.nth(0)).toContainText('Reuters');
    await expect(notes.nth(3)).toContainText('Le Monde');
    // Redo moves it again (one step too).
    await page.keyboard.press('Control+y');
    await expect.poll(() => editorText(bottomLine)).toEqual(moved.bottom);
    await expect.poll(() => editorText(developments)).toEqual(moved.developments);
    await expect(notes.nth(0)).toContainText('Le Monde');

    // Ctrl held on the drop copies: the original stays, the copy is a block with an id of its own.
    // A modifier pressed during Chromium's drag ends it under Playwright, so this drag is dispatched
    // by hand: the grip's dragstart, then a drop on the bottom line with Ctrl held.
    await developments.getByText('Developments five').hover();
    await page.evaluate(() => {
      const grip = document.querySelector('[data-section="key-developments"] .block-handle');
      const target = document.querySelector('[data-section="bottom-line"] .rich-editor');
      if (!grip || !target) throw new Error('no grip or no bottom line');
      const dataTransfer = new DataTransfer();
      const box = target.getBoundingClientRect();
      const at = { clientX: box.left + 20, clientY: box.top + 2 };
      grip.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer }));
      target.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer, ctrlKey: true, ...at }),
      );
      grip.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer }));
    });
    await expect
      .poll(() => editorText(bottomLine))
      .toEqual([
        'Developments five.[1]',
        ...moved.bottom.map((p) => p.replace(/\[(\d)\]$/, (_, n) => `[${Number(n) + 1}]`)),
      ]);
    await expect
      .poll(() => editorText(developments))
      .toEqual(['Developments three.[5]', 'Developments five.[6]']);
    const copyIds = await ids(bottomLine);
    expect(copyIds.slice(1)).toEqual(['p-4', 'p-1', 'p-2']);
    expect(copyIds[0]).toMatch(/^b-/);
    await expect(page.locator('[data-block-id="p-5"]')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(bottomLine)).toEqual(moved.bottom);
    await expect.poll(() => editorText(developments)).toEqual(moved.developments);
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  } finally {
    await host.stop();
  }
});
