import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../electron/core/csl-item';
import { sourceRecord } from '../../electron/core/schemas';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { readSourceEntries } from '../../electron/services/import/sources';
import { block, makeBriefing, makeFact, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pandocNotes, pandocPlain, pdfText } from '../helpers/readers';

/**
 * The tester's Reuters story, a BibLaTeX @online entry naming its site as `organization` (read as the
 * CSL publisher, as pandoc reads it): the house style printed "Philip Blenkinsop, ‘EU moves ahead…’,
 * October 4, 2024, para. 2, https://…" with Reuters nowhere, where APA names it. A web page with no
 * container names the body that publishes it, as the Chicago Manual names a website's owner.
 */
const BIB = `@online{reuters2024vote,
  author = {Blenkinsop, Philip},
  title = {EU moves ahead with tariffs on Chinese EVs despite German opposition},
  organization = {Reuters},
  date = {2024-10-04},
  url = {https://www.reuters.com/business/autos-transportation/eu-moves-ahead-with-tariffs-chinese-evs-2024-10-04/},
  urldate = {2025-12-01},
}`;

function model() {
  const [entry] = readSourceEntries(BIB, 'biblatex').entries;
  expect(entry?.item).toMatchObject({ type: 'webpage', publisher: 'Reuters' });
  const source = sourceRecord('s', { item: entry!.item as CslItem, grade: 'B' });
  const template = makeTemplate('house', [{ id: 'a', heading: 'Key developments' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
  });
  return renderModelOf(
    {
      briefing: makeBriefing('house', 'Tariffs', [
        { id: 'a', blocks: [block('p', 'The member states let the tariffs pass.', ['f'])] },
      ]),
      template,
      facts: [makeFact('f', 's', { locator: 'para. 2' })],
      sources: [source],
    },
    templatesDir,
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the house style citing a web page its organisation publishes', () => {
  it('names Reuters in the DOCX footnote and source list, read back by pandoc', async () => {
    const file = join(tempDir('briefing-web-publisher-'), 'note.docx');
    writeFileSync(file, await renderDocx(model()));
    expect(flat(pandocNotes(file).join(' '))).toContain(
      'Philip Blenkinsop, “EU moves ahead with tariffs on Chinese EVs despite German opposition,” Reuters, October 4, 2024, para. 2, https://www.reuters.com/',
    );
    expect(flat(pandocPlain(file))).toContain(
      'Blenkinsop, Philip. “EU moves ahead with tariffs on Chinese EVs despite German opposition.” Reuters, October 4, 2024.',
    );
  });

  it('names Reuters in the PDF footnote and source list, read back by pdftotext', async () => {
    const file = join(tempDir('briefing-web-publisher-'), 'note.pdf');
    writeFileSync(file, await renderPdf(model()));
    const text = flat(pdfText(file));
    expect(text).toContain(
      '1. Philip Blenkinsop, “EU moves ahead with tariffs on Chinese EVs despite German opposition,” Reuters, October 4, 2024, para. 2,',
    );
    expect(text).toContain('German opposition.” Reuters, October 4, 2024.');
  });
});
