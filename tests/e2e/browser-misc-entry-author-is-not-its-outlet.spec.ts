import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { importSourcesFile } from './sources-import';
import { waitReady } from './user-flow';

// BibTeX @misc entries (CSL `document`) whose author is written whole, as a person's name often is
// ({Jane Doe}) or a body's: the author is shown as the author, never again as the outlet; a body
// that wrote a report still published it.
const bib = `@misc{doe2021,
  author = {{Jane Doe}},
  title = {Notes on the ceasefire talks},
  year = {2021}
}
@misc{nato2024,
  author = {{North Atlantic Treaty Organization}},
  title = {Summit declaration},
  year = {2024},
  url = {https://www.nato.int/cps/en/natohq/official_texts.htm}
}
@techreport{who2020,
  author = {{World Health Organization}},
  title = {Global tuberculosis report},
  year = {2020}
}
`;

test('a @misc entry’s author is its author on the library card and in the source picker, not its outlet', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-misc-'));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await importSourcesFile(page, { name: 'misc.bib', buffer: Buffer.from(bib) }, 3);

    await page.getByRole('tab', { name: 'Sources (3)' }).click();
    const card = (title: string) =>
      page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: title });
    await expect(card('Notes on the ceasefire talks')).toContainText(
      'Jane Doe (2021). Notes on the ceasefire talks ·',
    );
    await expect(card('Notes on the ceasefire talks')).not.toContainText('— Jane Doe');
    // No publisher named: the site it is on, not its author.
    await expect(card('Summit declaration')).toContainText(
      'North Atlantic Treaty Organization (2024). Summit declaration — nato.int',
    );
    await expect(card('Global tuberculosis report')).toContainText(
      'Global tuberculosis report — World Health Organization',
    );

    await page.getByRole('button', { name: 'New fact' }).click();
    const source = page.getByRole('form', { name: 'New fact' }).getByLabel('Source');
    await expect(source.getByRole('option', { name: 'Notes on the ceasefire talks' })).toHaveCount(1);
    await expect(source.getByRole('option', { name: /Jane Doe/ })).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
