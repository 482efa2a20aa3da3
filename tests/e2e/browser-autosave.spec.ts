import { expect, test, type Page, type Route } from '@playwright/test';
import { SAMPLE_TITLE, withSample } from './sample-store';
import { editorText, sectionEditor, switchTemplate, waitReady } from './user-flow';

const api = (channel: string) => `**/api/${encodeURIComponent(channel)}`;

const openSample = async (page: Page) => {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
};

/**
 * After a reload: the sample opened from the list, or already open — when the save sent as the page left
 * did not reach the app in time, the tab kept the draft (reconnect.ts) and the reloaded page saves it and
 * opens it again by itself. Either way the typed words must be there.
 */
const openSampleAfterReload = async (page: Page) => {
  const editor = page.getByRole('heading', { name: 'Briefing', exact: true });
  const listed = page.getByRole('button', { name: SAMPLE_TITLE, exact: true });
  await expect(editor.or(listed).first()).toBeVisible();
  if (!(await editor.isVisible())) await listed.click();
  await expect(editor).toBeVisible();
};

/**
 * Holds every call of `channel` at the app server's door: `arrived(n)` resolves when the n-th (from 1)
 * is held, `release(n)` lets it through, `open()` lets every call through from then on.
 */
async function gate(page: Page, channel: string) {
  const calls: {
    arrived: () => void;
    isHeld: Promise<void>;
    release: () => void;
    released: Promise<void>;
  }[] = [];
  const at = (n: number) => {
    while (calls.length < n) {
      let arrived!: () => void;
      let release!: () => void;
      const isHeld = new Promise<void>((r) => (arrived = r));
      const released = new Promise<void>((r) => (release = r));
      calls.push({ arrived, isHeld, release, released });
    }
    return calls[n - 1]!;
  };
  let count = 0;
  let isOpen = false;
  await page.route(api(channel), async (route: Route) => {
    if (isOpen) return route.continue();
    const call = at(++count);
    call.arrived();
    await call.released;
    await route.continue();
  });
  return {
    arrived: (n: number) => at(n).isHeld,
    release: (n: number) => at(n).release(),
    open: () => {
      isOpen = true;
      calls.forEach((c) => c.release());
    },
  };
}

const answered = (page: Page, channel: string) =>
  page.waitForResponse((r) => r.url().endsWith(`/api/${encodeURIComponent(channel)}`));

test('the header says "Saving…" until the store has the last change: typed while a save is on its way, or a template switch', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    const status = page.locator('.save-state');
    await expect(status).toHaveText('All changes saved');
    const bottom = sectionEditor(page, 'Bottom line');
    await bottom.click();
    await page.keyboard.press('End');
    const updates = await gate(page, 'briefings:update');

    // Typed: "Saving…" at once, inside the debounce.
    await page.keyboard.type(' First.');
    await expect(status).toHaveText('Saving…');
    // The save of " First." is on its way (held); more is typed meanwhile.
    await updates.arrived(1);
    await page.keyboard.type(' Second.');
    let response = answered(page, 'briefings:update');
    updates.release(1);
    await response;
    // The first save is in the store, the second not yet: still saving, never "All changes saved".
    await expect(status).toHaveText('Saving…');
    await updates.arrived(2);
    await expect(status).toHaveText('Saving…');
    updates.release(2);
    await expect(status).toHaveText('All changes saved');

    // A template switch while a save is on its way: "Saving…" until the switch is stored too.
    await page.keyboard.type(' Third.');
    await updates.arrived(3);
    const switches = await gate(page, 'briefings:switch-template');
    await switchTemplate(page, 'Background note');
    await expect(status).toHaveText('Saving…');
    response = answered(page, 'briefings:update');
    updates.release(3);
    await response;
    await expect(status).toHaveText('Saving…');
    await switches.arrived(1);
    await expect(status).toHaveText('Saving…');
    switches.open();
    await updates.arrived(4);
    await expect(status).toHaveText('Saving…');
    updates.open();
    await expect(status).toHaveText('All changes saved');

    await page.reload();
    await waitReady(page);
    await openSampleAfterReload(page);
    await expect(page.getByLabel('Template', { exact: true })).toHaveValue('background-note');
    expect((await editorText(sectionEditor(page, 'Summary'))).join(' ')).toContain('First. Second. Third.');
  });
});

test('typing then reloading at once keeps what was typed (the pending save goes as the page leaves)', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    // Reloading with an unsaved change asks first (beforeunload); the user leaves.
    page.on('dialog', (dialog) => void dialog.accept());
    const bottom = sectionEditor(page, 'Bottom line');
    await bottom.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed just before the reload.');
    // Inside the 400 ms debounce: nothing sent yet.
    await expect(page.locator('.save-state')).toHaveText('Saving…');
    await page.reload();
    await waitReady(page);
    await openSampleAfterReload(page);
    await expect
      .poll(async () => (await editorText(sectionEditor(page, 'Bottom line'))).join(' '))
      .toContain('Typed just before the reload.');
  });
});

test('typing while a save is on its way then reloading keeps the last keystrokes (the tab never refuses its own saves)', async ({
  page,
}) => {
  await withSample(page, async () => {
    await openSample(page);
    page.on('dialog', (dialog) => void dialog.accept());
    // The first autosave reaches the store (which moves the briefing's version on), but its answer is
    // held: the tab still knows only the version it opened when the page leaves.
    let reachedStore!: () => void;
    const isStored = new Promise<void>((r) => (reachedStore = r));
    await page.route(api('briefings:update'), async (route) => {
      const response = await route.fetch();
      reachedStore();
      await new Promise<void>(() => undefined);
      await route.fulfill({ response });
    });
    const bottom = sectionEditor(page, 'Bottom line');
    await bottom.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Saved first.');
    await isStored;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.keyboard.type(' The last keystrokes.');
    await page.reload();
    await waitReady(page);
    await openSampleAfterReload(page);
    await expect
      .poll(async () => (await editorText(sectionEditor(page, 'Bottom line'))).join(' '))
      .toContain('Saved first. The last keystrokes.');
    await expect(page.locator('.save-state')).toHaveText('All changes saved');
  });
});
