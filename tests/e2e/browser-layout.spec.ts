import { expect, test, type Locator, type Page } from '@playwright/test';
import { withSample } from './sample-store';

// Layout as the analyst sees it, measured in the page: at the default window (1400 px) and a narrower one.
const WIDTHS = [1400, 1100] as const;
/** withSample at a window `width` px wide. */
const withSampleAt = (page: Page, width: number, fn: () => Promise<void>) => withSample(page, fn, width);
const SAMPLE_TITLE = 'Berlin peace talks: territory remains the sticking point';

/** Where an element's words start on the page (its box may start before them, by its padding). */
const wordsLeft = (el: Locator) =>
  el.evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return range.getBoundingClientRect().left;
  });

const openSample = async (page: Page) => {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
};

/**
 * How a control sits in the element around it (`within`, a selector for its closest match): its box,
 * that element's content box, and, for a select, the width it needs to show its widest option in full
 * (its width when nothing constrains it), for a button whether its words stay on one line.
 */
async function fit(control: Locator, within: string) {
  return control.evaluate((el, selector) => {
    const box = el.getBoundingClientRect();
    const outer = el.closest(selector);
    if (!outer) throw new Error(`no ${selector} around the control`);
    const o = outer.getBoundingClientRect();
    const s = getComputedStyle(outer);
    const inner = {
      left: o.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
      right: o.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight),
    };
    let needed = box.width;
    if (el instanceof HTMLSelectElement) {
      const probe = el.cloneNode(true) as HTMLSelectElement;
      probe.removeAttribute('id');
      Object.assign(probe.style, {
        position: 'absolute',
        visibility: 'hidden',
        width: 'auto',
        minWidth: '0',
        maxWidth: 'none',
        flex: 'none',
      });
      el.after(probe);
      needed = probe.getBoundingClientRect().width;
      probe.remove();
    }
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = el instanceof HTMLButtonElement ? range.getClientRects().length : 1;
    return {
      name: el instanceof HTMLSelectElement ? el.labels[0]?.textContent : el.textContent,
      left: box.left,
      right: box.right,
      width: box.width,
      needed,
      lines,
      inner,
    };
  }, within);
}

/** The select shows its widest option in full, and it stays inside `within`'s content box. */
async function expectFits(control: Locator, within: string): Promise<void> {
  const f = await fit(control, within);
  expect(f.width, `${f.name}: wide enough for its options`).toBeGreaterThanOrEqual(f.needed - 0.5);
  expect(f.lines, `${f.name}: on one line`).toBe(1);
  expect(f.left, `${f.name}: inside ${within}`).toBeGreaterThanOrEqual(f.inner.left - 0.5);
  expect(f.right, `${f.name}: inside ${within}`).toBeLessThanOrEqual(f.inner.right + 0.5);
}

for (const width of WIDTHS) {
  test(`selects at ${width} px: the template switch and the fact cards' controls show their options in full, inside their boxes`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      await openSample(page);
      await expectFits(page.getByLabel('Template', { exact: true }), '.page');
      await expectFits(page.getByLabel('Classification', { exact: true }), '.page');
      await expectFits(page.getByLabel('Date', { exact: true }), '.page');

      // Each fact card: its section select and its buttons, in the card ("Cite at cursor" appears
      // while a section is being written in).
      const cards = page.getByTestId('fact');
      const checkCards = async () => {
        for (let i = 0; i < 4; i++) {
          const card = cards.nth(i);
          await expectFits(card.getByLabel('Section for this fact'), '.fact');
          for (const button of await card.locator('.cite-row button').all())
            await expectFits(button, '.fact');
        }
      };
      await checkCards();
      await page.getByRole('textbox', { name: 'Bottom line', exact: true }).click();
      await expect(cards.first().getByRole('button', { name: 'Cite at cursor' })).toBeVisible();
      await checkCards();

      // The fact form's selects, for the fact opened from a card. At 1100 px the library has its least
      // width, narrower than "1 — Confirmed by other sources": credibility then takes the whole line.
      await cards.first().locator('.fact-open').click();
      const form = page.getByRole('form', { name: 'Edit fact' });
      await expectFits(form.getByLabel('Status'), '.form');
      if (width === 1400) await expectFits(form.getByLabel('Credibility'), '.form');
      else {
        const f = await fit(form.getByLabel('Credibility'), '.form');
        expect(f.left).toBeCloseTo(f.inner.left, 0);
        expect(f.right).toBeCloseTo(f.inner.right, 0);
      }
    });
  });

  test(`export dialog at ${width} px: each format radio has its label beside it, on one line`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      await openSample(page);
      await page.getByRole('button', { name: 'Export PDF' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export briefing' });
      const formats = dialog.getByRole('group', { name: 'Format' });
      await expect(formats.getByRole('radio')).toHaveCount(3);

      // Where each radio is, and where the words of its label are (the label's text, not its box).
      const boxes = await formats.locator('label').evaluateAll((labels) =>
        labels.map((label) => {
          const input = label.querySelector('input');
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          const words: Text[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            if (n.textContent?.trim()) words.push(n as Text);
          const range = document.createRange();
          const first = words[0];
          const last = words.at(-1);
          if (!input || !first || !last) throw new Error('a format label without a radio or words');
          range.setStart(first, 0);
          range.setEnd(last, last.length);
          const r = input.getBoundingClientRect();
          const t = range.getBoundingClientRect();
          return {
            text: range.toString().trim(),
            lines: range.getClientRects().length,
            radio: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
            words: { left: t.left, right: t.right, top: t.top, bottom: t.bottom },
          };
        }),
      );
      expect(boxes.map((b) => b.text)).toEqual(['DOCX (Word)', 'PDF', 'Both']);
      for (const { text, lines, radio, words } of boxes) {
        // The words follow the radio on its line: just right of it, vertically centred on it, unbroken.
        expect(lines, `${text}: on one line`).toBe(1);
        expect(words.left, `${text}: right of its radio`).toBeGreaterThanOrEqual(radio.right);
        expect(words.left - radio.right, `${text}: close to its radio`).toBeLessThanOrEqual(12);
        const middle = (words.top + words.bottom) / 2;
        expect(
          Math.abs(middle - (radio.top + radio.bottom) / 2),
          `${text}: level with its radio`,
        ).toBeLessThan(3);
      }
      // The three choices side by side in one row.
      expect(
        Math.max(...boxes.map((b) => b.radio.top)) - Math.min(...boxes.map((b) => b.radio.top)),
      ).toBeLessThan(2);

      // "Format" is a field label like "File name", in line with it.
      const legend = await wordsLeft(formats.locator('legend'));
      const fileLabel = await wordsLeft(dialog.getByText('File name', { exact: true }));
      expect(Math.abs(legend - fileLabel)).toBeLessThan(1);

      // Each radio is named by its label (clicking the words chooses it), and the arrow keys move the choice.
      await formats.getByText('DOCX (Word)', { exact: true }).click();
      await expect(formats.getByRole('radio', { name: 'DOCX (Word)' })).toBeChecked();
      await expect(formats.getByRole('radio', { name: 'DOCX (Word)' })).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(formats.getByRole('radio', { name: 'PDF' })).toBeChecked();
      await expect(dialog.getByText('Saved as ')).toContainText('.pdf');
    });
  });
}

test.describe('recent briefings', () => {
  // A British analyst in London: the dates must read as their desktop shows dates.
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

  for (const width of WIDTHS) {
    test(`recent briefings at ${width} px: a medium date and a short time, the exact time kept in dateTime and title`, async ({
      page,
    }) => {
      await withSampleAt(page, width, async () => {
        const table = page.getByRole('table', { name: 'Recent briefings' });
        const row = table.getByRole('row').filter({ hasText: SAMPLE_TITLE });
        const day = row.locator('time').nth(0);
        const edited = row.locator('time').nth(1);

        // The briefing's own date: a day, shown as one.
        await expect(day).toHaveText('16 Dec 2025');
        await expect(day).toHaveAttribute('datetime', '2025-12-16');

        // Last edit: "25 Nov 2026, 14:05" — day, month, year and time to the minute, in London.
        const iso = (await edited.getAttribute('datetime')) ?? '';
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        await expect(edited).toHaveAttribute('title', iso);
        const shown = (await edited.textContent()) ?? '';
        expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
        expect(shown).toBe(
          new Intl.DateTimeFormat('en-GB', {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: 'Europe/London',
          }).format(new Date(iso)),
        );

        // No line break inside the day, nor inside the last edit's date or its time (the time may go under
        // its date in a narrow table); the table stays inside the pane.
        for (const unbroken of [day, edited.locator('span').first(), edited.locator('span').last()])
          expect(await unbroken.evaluate((el) => el.getClientRects().length)).toBe(1);
        await expect(edited.locator('span')).toHaveCount(2);
        if (width === 1400) {
          // With room to spare, the time stays beside its date.
          const tops = await edited
            .locator('span')
            .evaluateAll((spans) => spans.map((e) => e.getBoundingClientRect().top));
          expect(tops[0]).toBe(tops[1]);
        }
        const overflow = await table.evaluate((el) => el.scrollWidth - (el.parentElement?.clientWidth ?? 0));
        expect(overflow).toBeLessThanOrEqual(0);
        // Every line of the title starts at its column's left, as the heading does.
        const lineStarts = async (el: Locator) =>
          el.evaluate((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            return Array.from(range.getClientRects(), (r) => r.left);
          });
        const [heading] = await lineStarts(table.getByRole('columnheader', { name: 'Title' }));
        const title = await lineStarts(row.getByRole('button', { name: SAMPLE_TITLE, exact: true }));
        for (const left of title) expect(Math.abs(left - (heading ?? 0))).toBeLessThan(1);
      });
    });
  }
});

/** How many lines an element's words take. */
const lineCount = (el: Locator) =>
  el.evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
  });

for (const width of WIDTHS) {
  test(`source form at ${width} px: Kind and Reliability show their options in full, inside the form`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      await page.getByRole('button', { name: 'New source', exact: true }).click();
      const form = page.getByRole('form', { name: 'New source' });
      // "A — Completely reliable" needs more than half the library's width at 1100 px: the select takes
      // a line of its own there instead of being cut beside Published.
      for (const name of ['Kind', 'Reliability'])
        await expectFits(form.getByLabel(name, { exact: true }), '.form');
    });
  });
}

for (const width of WIDTHS) {
  test(`library at ${width} px: whole tab labels, the grades together, import and saved-search controls inside the pane`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      // With a briefing open beside its preview, the library has its least width at 1100 px.
      await openSample(page);
      const tabs = page.getByRole('tablist', { name: 'Library views' }).getByRole('tab');
      await expect(tabs).toHaveCount(3);
      for (const tab of await tabs.all()) {
        expect(await lineCount(tab), `${await tab.textContent()}: on one line`).toBe(1);
        await expectFits(tab, '.library');
      }

      // The grade chips A–F stay together on one line.
      const grades = page.getByRole('button', { name: /^Grade [A-F]$/ });
      await expect(grades).toHaveCount(6);
      const tops = await grades.evaluateAll((els) =>
        els.map((e) => Math.round(e.getBoundingClientRect().top)),
      );
      expect(new Set(tops).size).toBe(1);

      // Saved searches: the select shows its text in full, "Save this search" stays in the pane.
      await page.getByText('More filters and saved searches').click();
      await expectFits(page.getByLabel('Saved searches'), '.library');
      await expectFits(page.getByRole('button', { name: 'Save this search' }), '.library');

      // Import & backup: the format selects and their buttons stay inside the card.
      await page.getByRole('tab', { name: 'Import & backup' }).click();
      for (const label of ['Import sources', 'Import facts']) {
        const select = page.getByLabel(label, { exact: true });
        const f = await fit(select, '.card');
        expect(f.left, label).toBeGreaterThanOrEqual(f.inner.left - 0.5);
        expect(f.right, label).toBeLessThanOrEqual(f.inner.right + 0.5);
        const button = select.locator('xpath=following-sibling::label');
        await expectFits(button, '.card');
      }
    });
  });

  test(`briefing title at ${width} px: the whole title on show, on as many lines as it needs`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      await openSample(page);
      const title = page.getByLabel('Title', { exact: true });
      await expect(title).toHaveValue(SAMPLE_TITLE);
      const hidden = () =>
        title.evaluate((e) => ({ x: e.scrollWidth - e.clientWidth, y: e.scrollHeight - e.clientHeight }));
      expect(await hidden()).toEqual({ x: 0, y: 0 });
      await title.fill(
        `${SAMPLE_TITLE}, and what Kyiv, Moscow and Washington each say they will not give up`,
      );
      expect(await hidden()).toEqual({ x: 0, y: 0 });
      // It stays one paragraph: Enter adds no line, a pasted line break becomes a space.
      await title.press('End');
      await title.press('Enter');
      await expect(title).toHaveValue(/will not give up$/);
      await title.fill('Berlin talks\nthe sticking point');
      await expect(title).toHaveValue('Berlin talks the sticking point');
      await expect(page.getByText('All changes saved')).toBeVisible();
    });
  });

  test(`new briefing form at ${width} px: the Template legend lines up with the Title label`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      const form = page.getByRole('form', { name: 'New briefing' });
      const legend = await wordsLeft(form.getByRole('group', { name: 'Template' }).locator('legend'));
      const title = await wordsLeft(form.getByText('Title', { exact: true }));
      expect(Math.abs(legend - title)).toBeLessThan(1);
    });
  });

  test(`template editor at ${width} px: the JSON and its preview start level, each under its label`, async ({
    page,
  }) => {
    await withSampleAt(page, width, async () => {
      await page.getByRole('button', { name: 'Templates', exact: true }).click();
      await page.getByRole('button', { name: 'Duplicate and edit' }).first().click();
      const json = page.getByLabel('Template (JSON)');
      await expect(page.getByText('Valid template.')).toBeVisible();
      const jsonBox = await json.boundingBox();
      const previewBox = await page.getByLabel(/^Preview of /).boundingBox();
      expect(Math.abs((jsonBox?.y ?? 0) - (previewBox?.y ?? 1))).toBeLessThan(1);
      // The JSON's label reads as the other field labels do (the library's "Speaker" filter, say).
      const looks = (el: Locator) =>
        el.evaluate((e) => {
          const s = getComputedStyle(e);
          return [s.fontSize, s.fontWeight, s.color];
        });
      expect(await looks(page.getByText('Template (JSON)', { exact: true }))).toEqual(
        await looks(page.locator('label[for="filter-speaker"]')),
      );
    });
  });
}
