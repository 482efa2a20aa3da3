import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { chooseSourcesFile } from './sources-import';
import { waitReady } from './user-flow';

const zotero = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'import', 'zotero-library.json'));
const book = 'The Rules of the Game: A New Electoral Geography';

test('a Zotero CSL-JSON library (a legal case, an untitled entry) is previewed, imported whole, and a cited book names its authors', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-refs-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);

    // The preview: counts, and each flagged entry named by line and field; nothing written yet.
    await chooseSourcesFile(page, { name: 'My Library.json', buffer: zotero });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '6 sources will be added, 0 are already in the library, 0 entries cannot be read.',
    );
    const toAdd = page.getByRole('list', { name: 'Sources to be added' });
    await expect(toAdd.getByRole('listitem')).toHaveCount(6);
    await expect(toAdd).toContainText(
      'Nakamura and World Health Organization (2020). Sanctions and Their Discontents',
    );
    await expect(toAdd).toContainText('untitled — line 46');
    const found = page.getByRole('list', { name: 'What the import found' });
    await expect(found).toContainText('Line 46, field title: is missing; imported untitled.');
    await expect(found).toContainText(
      'Line 46, field URL: the URL "www.news.un.org/en/story/2023/05/1136987" has no scheme: read as https://www.news.un.org/',
    );
    await expect(page.getByRole('tab', { name: 'Sources (0)' })).toBeVisible();

    await page.getByRole('button', { name: 'Import 6 sources' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported 6 sources and 0 facts' }),
    ).toBeVisible();

    // The library: authors and years on the cards, DOIs kept, the court case and the untitled page in.
    await page.getByRole('tab', { name: 'Sources (6)' }).click();
    const sources = page.getByRole('list', { name: 'Sources' });
    await expect(sources).toContainText(
      'Nakamura and World Health Organization (2020). Sanctions and Their Discontents',
    );
    await expect(sources).toContainText('DOI 10.1234/JCS.2020.0042');
    await expect(sources).toContainText(`Gaulle and van Gogh (2019). ${book} — Oxford University Press`);
    await expect(sources).toContainText('Bosnia and Herzegovina v. Serbia and Montenegro — I.C.J. Reports');
    await expect(sources).toContainText('Untitled — UN News · 2023');

    // The source form shows the authors (person or organisation), the DOI as a link, container vs publisher.
    await page.getByRole('button', { name: 'Edit Sanctions and Their Discontents' }).click();
    const edit = page.getByRole('form', { name: 'Edit source' });
    await expect(edit.getByLabel('Family name of author 1 (Yuki Nakamura)')).toHaveValue('Nakamura');
    await expect(edit.getByLabel('Name of author 2 (World Health Organization)')).toHaveValue(
      'World Health Organization',
    );
    await expect(edit.getByRole('link', { name: 'https://doi.org/10.1234/JCS.2020.0042' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1234/JCS.2020.0042',
    );
    await expect(edit.getByLabel('Outlet')).toHaveValue('Journal of Conflict Studies');
    await expect(edit.getByLabel('Published', { exact: true })).toHaveValue('2020');
    // Reorder: the organisation first; saved and shown on the card.
    await edit.getByRole('button', { name: 'Move author 2 (World Health Organization) up' }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(sources).toContainText('World Health Organization and Nakamura (2020)');

    // A fact from the book, cited in a briefing: its note names the book's authors.
    await page.getByRole('button', { name: 'New fact' }).click();
    const factForm = page.getByRole('form', { name: 'New fact' });
    await factForm.getByLabel('Source').selectOption({ label: `Oxford University Press: ${book}` });
    await factForm.getByLabel('Statement').fill('Electoral maps shape how votes turn into seats.');
    await factForm.getByRole('button', { name: 'Save fact' }).click();
    await factForm.getByRole('button', { name: 'Cancel' }).click();
    const newBriefing = page.getByRole('form', { name: 'New briefing' });
    await newBriefing.getByLabel('Title', { exact: true }).fill('Electoral geography');
    await newBriefing.getByLabel('Date', { exact: true }).fill('2025-12-16');
    await newBriefing.getByRole('button', { name: 'Create briefing' }).click();
    await expect(page.getByRole('heading', { name: 'Briefing', exact: true })).toBeVisible();
    await page.getByRole('tab', { name: /^Facts/ }).click();
    await page
      .getByTestId('fact')
      .filter({ hasText: 'Electoral maps shape' })
      .getByRole('button', { name: 'Add to briefing' })
      .click();
    const notes = page.getByRole('region', { name: 'Preview' }).getByRole('list', { name: 'Footnotes' });
    await expect(notes.getByRole('listitem').first()).toContainText(
      'Charles de Gaulle and Vincent van Gogh Jr.',
    );
  } finally {
    await host.stop();
  }
});

test('a Windows-1252 BibTeX file picked in the UI is read as Windows-1252, and imports with a progress count', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-refs-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    // "Café Müller" in Windows-1252: é = 0xE9, ü = 0xFC (not UTF-8).
    const latin1 = Buffer.from(
      '@book{cm, title = {Caf\u00e9 M\u00fcller}, publisher = {Suhrkamp}, year = 1985}\n',
      'latin1',
    );
    await chooseSourcesFile(page, { name: 'old.bib', buffer: latin1 });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '1 source will be added, 0 are already in the library, 0 entries cannot be read.',
    );
    await page.getByRole('button', { name: 'Import 1 source' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 source' })).toBeVisible();
    await page.getByRole('tab', { name: 'Sources (1)' }).click();
    await expect(page.getByRole('list', { name: 'Sources' })).toContainText('Café Müller');
  } finally {
    await host.stop();
  }
});

test('a file with hundreds of flagged entries: the lists scroll, the Import and Cancel buttons stay in view', async ({
  page,
}, testInfo) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-refs-'));
  const host = await startHost(dataDir);
  // 300 entries, each flagged (a URL without a scheme): 300 lines in the preview's list.
  const items = Array.from({ length: 300 }, (_, i) => ({
    id: `w${i}`,
    type: 'webpage',
    title: `Page ${i}`,
    URL: `www.example.org/page/${i}`,
  }));
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    await waitReady(page);
    await chooseSourcesFile(page, {
      name: 'pages.json',
      buffer: Buffer.from(JSON.stringify(items, null, 1)),
    });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '300 sources will be added, 0 are already in the library, 0 entries cannot be read.',
    );
    const found = page.getByRole('list', { name: 'What the import found' });
    await expect(found.getByRole('listitem')).toHaveCount(200);
    const entries = page.getByRole('group', { name: "The file's entries" });
    await expect(
      entries.getByRole('list', { name: 'Sources to be added' }).getByRole('listitem'),
    ).toHaveCount(50);
    await expect(entries).toContainText('The first 50 sources are listed; 250 more follow.');
    const scroll = await entries.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll.scroll).toBeGreaterThan(scroll.client * 2);
    await expect(page.getByRole('button', { name: 'Import 300 sources' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('import-preview-many-problems.png') });
  } finally {
    await host.stop();
  }
});
