import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/fixtures';
import { buildCliIfStale, briefing } from '../helpers/cli';

beforeAll(buildCliIfStale, 120_000);

// A Zotero BibTeX export: `urldate` is written by BibTeX exporters too, so it is no sign of BibLaTeX.
const zoteroBib = `@misc{nato_press_2023,
\ttitle = {Press conference by the Secretary General},
\turl = {https://www.nato.int/cps/en/natohq/opinions_218172.htm},
\turldate = {2024-03-01},
\tauthor = {Stoltenberg, Jens},
\tyear = {2023},
}
`;
const csl = JSON.stringify([
  { id: 'item1', type: 'report', title: 'Global Trends 2040', issued: { 'date-parts': [[2021, 3]] } },
  { id: 'item2', type: 'article-journal', title: 'Bad date item', issued: { raw: 'circa 1999' } },
]);
const ris = 'TY  - RPRT\nTI  - Ready for war?\nSN  - HC 26\nER  - \n';

describe('briefing import facts given a sources file', () => {
  it('refuses it in one sentence naming its format and where sources are imported, whatever its extension', () => {
    const dir = tempDir();
    const data = tempDir();
    const files: Array<[string, string, string]> = [
      ['zotero.bib', zoteroBib, 'BibTeX'],
      ['zotero.txt', zoteroBib, 'BibTeX'],
      ['endnote.json', csl, 'CSL-JSON'],
      ['library.ris', ris, 'RIS'],
    ];
    for (const [name, text, label] of files) {
      writeFileSync(join(dir, name), text);
      const r = briefing('import', 'facts', join(dir, name), '--data', data);
      expect(r.code, name).not.toBe(0);
      expect(r.err.trim(), name).toBe(
        `briefing: This is a ${label} library, not a facts file: its entries are sources. Import it under Import & backup → Import sources (or briefing import sources FILE).`,
      );
    }
  });

  it('names a JabRef BibLaTeX file BibLaTeX', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jabref.bib'), '@Online{bbc,\n  title = {Border},\n  date = {2024-11},\n}\n');
    expect(briefing('import', 'facts', join(dir, 'jabref.bib'), '--data', tempDir()).err).toContain(
      'This is a BibLaTeX library, not a facts file',
    );
  });
});
