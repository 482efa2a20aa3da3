import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRis } from '../../electron/services/import/formats';
import { startHost } from './browser-host';
import { waitReady } from './user-flow';
import { chooseSourcesFile, importSourcesFile } from './sources-import';

const zotero = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'import', 'zotero-library.json'));

/** pandoc's reading of a file, as CSL-JSON. */
const pandocCsl = (file: string, from: string) =>
  JSON.parse(spawnSync('pandoc', ['-f', from, '-t', 'csljson', file], { encoding: 'utf8' }).stdout) as Array<
    Record<string, unknown>
  >;

test('the library goes back to Zotero from the UI: CSL-JSON, BibTeX and RIS that other readers read with the authors and DOIs', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-library-export-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await importSourcesFile(page, { name: 'My Library.json', buffer: zotero }, 6);

    // The same file again: the preview counts it as already in the library, naming each source matched.
    await chooseSourcesFile(page, { name: 'My Library.json', buffer: zotero });
    await expect(page.getByTestId('import-preview-summary')).toHaveText(
      '0 sources will be added, 6 are already in the library, 0 entries cannot be read.',
    );
    await expect(page.getByRole('list', { name: 'What the import found' })).toContainText(
      /Entry 3 \(line 32\) "Sanctions and Their Discontents" is already in the library as "Sanctions and Their Discontents" \(same DOI\); not added again\./,
    );
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    const saved: Record<string, string> = {};
    for (const [button, from] of [
      ['Sources as CSL-JSON', 'csljson'],
      ['Sources as BibTeX', 'biblatex'],
      ['Sources as RIS', 'ris'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const path = join(dataDir, `library-${from}.out`);
      await download.saveAs(path);
      saved[from] = path;
    }

    // CSL-JSON and BibTeX read back by pandoc: the paper's authors (a person and an organisation) and DOI, the book's.
    for (const from of ['csljson', 'biblatex'] as const) {
      const items = pandocCsl(saved[from]!, from);
      expect(items).toHaveLength(6);
      expect(items.find((i) => i.title === 'Sanctions and Their Discontents')).toMatchObject({
        DOI: '10.1234/JCS.2020.0042',
        author: [{ family: 'Nakamura', given: 'Yuki' }, { literal: 'World Health Organization' }],
      });
      expect(items.find((i) => String(i.title).startsWith('The Rules of the Game'))).toMatchObject({
        type: 'book',
        editor: [{ family: 'Okonkwo', given: 'Ada' }],
        publisher: 'Oxford University Press',
      });
      expect(items.find((i) => String(i.title).startsWith('Bosnia'))?.type).toBe('legal_case');
    }
    // RIS (pandoc 2.17 has no RIS reader): our own reader, as Zotero's translator reads the tags.
    const ris = parseRis(readFileSync(saved.ris!, 'utf8'));
    expect(ris.entries).toHaveLength(6);
    expect(ris.entries.find((e) => e.item.title === 'Sanctions and Their Discontents')?.item).toMatchObject({
      DOI: '10.1234/JCS.2020.0042',
      author: [{ family: 'Nakamura', given: 'Yuki' }, { literal: 'World Health Organization' }],
    });
  } finally {
    await host.stop();
  }
});
