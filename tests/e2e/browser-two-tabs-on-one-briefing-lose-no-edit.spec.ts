import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE, withSampleInTwoTabs } from './sample-store';
import { editorText, sectionEditor, waitReady } from './user-flow';

// Two tabs open on one briefing: a save from the older version is never written over the newer one.
// A tab with nothing unsaved takes the other tab's save as it comes (pushed); one with edits of its own
// is told, and keeps them as a copy (or loads the other version): no edit is lost.

const api = (channel: string) => `**/api/${encodeURIComponent(channel)}`;

/** Types `text` at the end of a section, and waits until the store has it. */
async function typeAndSave(page: Page, heading: string, text: string) {
  await sectionEditor(page, heading).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect(page.locator('.save-state')).toHaveText('All changes saved');
}

/**
 * Types `text` at the end of a section in `tab`, its save held at the server's door (on its way while
 * the other tab saves); answers the function that lets it through.
 */
async function typeWithSaveHeld(tab: Page, heading: string, text: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await tab.route(api('briefings:update'), async (route) => {
    await released;
    await route.continue();
  });
  const sent = tab.waitForRequest((r) => r.url().endsWith(`/api/${encodeURIComponent('briefings:update')}`));
  await sectionEditor(tab, heading).click();
  await tab.keyboard.press('Control+End');
  await tab.keyboard.type(text);
  await sent;
  return release;
}

/** The sample briefing as the store has it: read in a fresh tab. */
async function stored(page: Page, url: string, title = SAMPLE_TITLE) {
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await waitReady(fresh);
  await fresh.getByRole('button', { name: title, exact: true }).click();
  const text = {
    bottomLine: (await editorText(sectionEditor(fresh, 'Bottom line'))).join(' '),
    outlook: (await editorText(sectionEditor(fresh, 'Outlook'))).join(' '),
  };
  await fresh.close();
  return text;
}

test('a tab with nothing unsaved takes the other tab’s saved edit at once, and its own edit then keeps both', async ({
  page,
}) => {
  await withSampleInTwoTabs(page, async (tabB, url) => {
    await typeAndSave(page, 'Bottom line', ' EDIT-FROM-TAB-A.');
    // Pushed to tab B, which had nothing unsaved: it shows tab A's edit, with nothing to decide.
    await expect(sectionEditor(tabB, 'Bottom line')).toContainText('EDIT-FROM-TAB-A.');
    await expect(tabB.locator('.save-state')).toHaveText('All changes saved');
    await expect(tabB.getByRole('alert')).toHaveCount(0);

    await typeAndSave(tabB, 'Outlook', ' EDIT-FROM-TAB-B.');
    // And back to tab A.
    await expect(sectionEditor(page, 'Outlook')).toContainText('EDIT-FROM-TAB-B.');
    const store = await stored(page, url);
    expect(store.bottomLine).toContain('EDIT-FROM-TAB-A.');
    expect(store.outlook).toContain('EDIT-FROM-TAB-B.');
  });
});

test('a tab whose edit was made from the older version is told, saves nothing over the other, and keeps its edit as a copy', async ({
  page,
}) => {
  await withSampleInTwoTabs(page, async (tabB, url) => {
    // Tab B's save is on its way (held at the server's door) while tab A saves.
    const release = await typeWithSaveHeld(tabB, 'Outlook', ' EDIT-FROM-TAB-B.');
    await typeAndSave(page, 'Bottom line', ' EDIT-FROM-TAB-A.');
    release();

    // Refused by the store: tab B says so in plain words and offers both ways out.
    const alert = tabB.getByRole('alert');
    await expect(alert).toContainText('was saved in another window or tab after this version was opened');
    await expect(tabB.locator('.save-state')).toHaveText('Not saved: changed elsewhere');
    await expect(sectionEditor(tabB, 'Outlook')).toContainText('EDIT-FROM-TAB-B.');
    // Tab A's edit is in the store, tab B's not written over it.
    let store = await stored(page, url);
    expect(store.bottomLine).toContain('EDIT-FROM-TAB-A.');
    expect(store.outlook).not.toContain('EDIT-FROM-TAB-B.');

    await alert.getByRole('button', { name: 'Keep mine as a copy' }).click();
    const copyTitle = `${SAMPLE_TITLE} (your copy)`;
    await expect(tabB.getByText(`Your version is kept as “${copyTitle}”, open here.`)).toBeVisible();
    await expect(tabB.locator('.save-state')).toHaveText('All changes saved');
    await expect(sectionEditor(tabB, 'Outlook')).toContainText('EDIT-FROM-TAB-B.');

    // Neither edit is lost: tab A's in the briefing, tab B's in its copy.
    store = await stored(page, url);
    expect(store.bottomLine).toContain('EDIT-FROM-TAB-A.');
    expect(store.outlook).not.toContain('EDIT-FROM-TAB-B.');
    const copy = await stored(page, url, copyTitle);
    expect(copy.outlook).toContain('EDIT-FROM-TAB-B.');
    expect(copy.bottomLine).not.toContain('EDIT-FROM-TAB-A.');
  });
});

test('a tab with edits of its own when the other tab saves can load the other version instead', async ({
  page,
}) => {
  await withSampleInTwoTabs(page, async (tabB) => {
    const release = await typeWithSaveHeld(tabB, 'Outlook', ' EDIT-FROM-TAB-B.');
    await typeAndSave(page, 'Bottom line', ' EDIT-FROM-TAB-A.');
    release();
    const alert = tabB.getByRole('alert');
    await expect(alert).toContainText('was saved in another window or tab after this version was opened');
    await alert.getByRole('button', { name: 'Load the other version' }).click();
    await expect(sectionEditor(tabB, 'Bottom line')).toContainText('EDIT-FROM-TAB-A.');
    await expect(sectionEditor(tabB, 'Outlook')).not.toContainText('EDIT-FROM-TAB-B.');
    await expect(tabB.locator('.save-state')).toHaveText('All changes saved');
  });
});

test('a tab taking the other tab’s saved edit keeps its caret where it was', async ({ page }) => {
  await withSampleInTwoTabs(page, async (tabB, url) => {
    // Tab B's caret at the end of its Outlook, nothing typed.
    await sectionEditor(tabB, 'Outlook').click();
    await tabB.keyboard.press('Control+End');

    await typeAndSave(page, 'Bottom line', ' EDIT-FROM-TAB-A.');
    await expect(sectionEditor(tabB, 'Bottom line')).toContainText('EDIT-FROM-TAB-A.');
    // Typing on in tab B goes where its caret was, not to the top of the briefing.
    await tabB.keyboard.type(' TYPED-AFTER.');
    await expect(tabB.locator('.save-state')).toHaveText('All changes saved');
    const outlook = (await editorText(sectionEditor(tabB, 'Outlook'))).join(' ');
    expect(outlook.trimEnd().endsWith('TYPED-AFTER.')).toBe(true);
    const store = await stored(page, url);
    expect(store.bottomLine).toContain('EDIT-FROM-TAB-A.');
    expect(store.outlook.trimEnd().endsWith('TYPED-AFTER.')).toBe(true);
  });
});
