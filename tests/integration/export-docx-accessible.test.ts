import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/services/export/docx';
import { briefOfEveryBlock } from '../helpers/brief-of-every-block';
import { tempDir } from '../helpers/fixtures';
import {
  docxPart,
  libreOfficePdf,
  pandocMarkdown,
  pdfStructure,
  structElements as all,
} from '../helpers/readers';

/** A style's definition in styles.xml, by its id. */
const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

describe('DOCX for every reader', () => {
  const dir = tempDir('briefing-docx-a11y-');
  const file = join(dir, 'brief.docx');

  it('names its title and headings as Word does, with outline levels, language, title and alt text', async () => {
    writeFileSync(file, await renderDocx(briefOfEveryBlock('footnotes')));
    const styles = docxPart(file, 'word/styles.xml');
    const expected = [
      ['Title', 'Title', 0],
      ['Heading1', 'heading 1', 1],
      ['Heading2', 'heading 2', 2],
      ['Heading3', 'heading 3', 3],
    ] as const;
    for (const [id, name, level] of expected) {
      const style = styleXml(styles, id);
      expect(style, id).toContain(`<w:name w:val="${name}"/>`);
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    expect(/<w:docDefaults>[\s\S]*<w:lang w:val="en-US"\/>[\s\S]*<\/w:docDefaults>/.test(styles)).toBe(true);
    expect(docxPart(file, 'docProps/core.xml')).toContain('<dc:title>Tagged brief</dc:title>');
    const header = docxPart(file, 'word/header1.xml');
    expect(header).toMatch(/<wp:docPr [^>]*descr="Logo: Tagged brief"/);
    // The fact table's first row repeats as a header row (and is read as the column headers).
    const document = docxPart(file, 'word/document.xml');
    expect(document).toMatch(/<w:tblHeader\/>[\s\S]*?Who said it/);
  });

  it('is read with its headings by pandoc and by LibreOffice (its tagged PDF has H1 and H2)', () => {
    const markdown = pandocMarkdown(file);
    for (const heading of ['Key developments', 'Facts at a glance', 'Outlook', 'Sources'])
      expect(markdown).toMatch(new RegExp(`^# ${heading}$`, 'm'));

    const tree = all(pdfStructure(libreOfficePdf(file, { tagged: true })).tree);
    const text = (type: string) => tree.filter((e) => e.type === type).map((e) => e.text?.trim());
    expect(text('H1')).toEqual(['Tagged brief']);
    expect(text('H2')).toEqual(['Key developments', 'Facts at a glance', 'Outlook', 'Sources']);
    expect(tree.filter((e) => e.type === 'TH').length).toBe(5);
  });
});
