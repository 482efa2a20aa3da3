import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../electron/core/csl-item';
import { sourceRecord } from '../../electron/core/schemas';
import { renderModelOf } from '../../electron/services/export/render';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { readSourceEntries } from '../../electron/services/import/sources';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocNotes, pandocPlain, pdfText } from '../helpers/readers';

/**
 * The tester's BibTeX sources: an article in Survival vol. 66 no. 2, pp. 45–68, and a book in its second
 * edition. The house style printed "‘The Black Sea Grain Corridor…’, Survival, March 2024, p. 52" and a
 * source-list entry "Survival, March 2024.", the volume, issue, pages and edition left out. Now as the
 * Chicago Manual's notes and bibliography give them, by the template's convention: the journal "Survival
 * 66, no. 2 (March 2024), p. 52" (the page cited, labelled as in every note: session 30) in the note and
 * "…: 45–68" in the source list; the book
 * "2nd ed." (British "2nd edn", the en-GB locale's term) after its title, whether the file wrote it
 * "2", "2nd" or "Second". Read back from the DOCX by pandoc and from the PDF by pdftotext.
 */
const BIB = `@article{yildiz2024,
  author = {Y{\\i}ld{\\i}z, Ay{\\c s}e and van der Berg, Pieter},
  title = {The Black Sea Grain Corridor after the Strikes},
  journal = {Survival},
  volume = {66},
  number = {2},
  pages = {45--68},
  year = {2024},
  month = mar,
}
@book{freedman2019,
  author = {Freedman, Lawrence},
  title = {The Future of War},
  edition = {Second},
  publisher = {Penguin},
  address = {London},
  year = {2019},
}`;

function model(convention: 'british' | 'american') {
  const entries = readSourceEntries(BIB, 'bibtex').entries;
  const [article, book] = entries.map((e, i) =>
    sourceRecord(i === 0 ? 'art' : 'book', { item: e.item as CslItem, grade: 'B' }),
  );
  const template = makeTemplate('house', [{ id: 'a', heading: 'Key developments' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
    convention,
  });
  return renderModelOf(
    {
      briefing: makeBriefing('house', 'Grain', [
        {
          id: 'a',
          blocks: [
            block('p1', 'The corridor carried less grain.', ['f1']),
            block('p2', 'Wars end in talks.', ['f2']),
          ],
        },
      ]),
      template,
      facts: [makeFact('f1', 'art', { locator: 'p. 52' }), makeFact('f2', 'book', { locator: 'p. 7' })],
      sources: [article!, book!],
    },
    templatesDir,
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

const EXPECTED = {
  british: {
    notes: [
      'Ayşe Yıldız and Pieter van der Berg, ‘The Black Sea Grain Corridor after the Strikes’, Survival 66, no. 2 (March 2024), p. 52.',
      'Lawrence Freedman, The Future of War, 2nd edn (London: Penguin, 2019), p. 7.',
    ],
    list: [
      'Freedman, Lawrence. The Future of War. 2nd edn. London: Penguin, 2019.',
      'Yıldız, Ayşe, and Pieter van der Berg. ‘The Black Sea Grain Corridor after the Strikes’. Survival 66, no. 2 (March 2024): 45–68.',
    ],
  },
  american: {
    notes: [
      'Ayşe Yıldız and Pieter van der Berg, “The Black Sea Grain Corridor after the Strikes,” Survival 66, no. 2 (March 2024), p. 52.',
      'Lawrence Freedman, The Future of War, 2nd ed. (London: Penguin, 2019), p. 7.',
    ],
    list: [
      'Freedman, Lawrence. The Future of War. 2nd ed. London: Penguin, 2019.',
      'Yıldız, Ayşe, and Pieter van der Berg. “The Black Sea Grain Corridor after the Strikes.” Survival 66, no. 2 (March 2024): 45–68.',
    ],
  },
} as const;

describe('the house style citing a journal article and a book in a later edition', () => {
  for (const convention of ['british', 'american'] as const) {
    it(`gives volume, issue, pages and edition in the DOCX notes and source list (${convention}), read back by pandoc`, async () => {
      const file = join(tempDir('briefing-journal-'), 'notes.docx');
      writeFileSync(file, await renderDocx(model(convention)));
      expect(pandocNotes(file).map(flat)).toEqual(EXPECTED[convention].notes);
      const text = flat(pandocPlain(file));
      for (const entry of EXPECTED[convention].list) expect(text).toContain(entry);
    });

    it(`gives them in the PDF (${convention}), read back by pdftotext`, async () => {
      const file = join(tempDir('briefing-journal-'), 'notes.pdf');
      writeFileSync(file, await renderPdf(model(convention)));
      const text = flat(pdfText(file));
      for (const line of [...EXPECTED[convention].notes, ...EXPECTED[convention].list])
        expect(text).toContain(line);
    });
  }

  it('reads an edition written "2", "2nd" or "Second" as the second', () => {
    const f = cslFormatter('briefing-notes', builtInStylesDir(templatesDir), 'en-US');
    for (const edition of ['2', '2nd', 'Second', 'second']) {
      const book = makeSource('e', 'Penguin', {
        type: 'book',
        title: 'Wars',
        item: { id: 'e', type: 'book', title: 'Wars', publisher: 'Penguin', edition },
      } as never);
      expect(f.bibliography([book])[0]?.text).toBe('Penguin. Wars. 2nd ed.');
    }
  });
});
