import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../electron/core/render-model';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import { renderPdf } from '../../electron/services/export/pdf';
import { makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pdfFontText, pdfFonts } from '../helpers/readers';

/**
 * A Chinese paragraph quoting the ministry, its note marker inside the quote ("表示“中方…努力¹”。"), then a
 * second quote, and one in English inside Chinese ("他说“peace”"): the closing mark after the marker was
 * drawn in Roboto (narrow) and its opening mark in Noto Sans SC (full width).
 */
function model() {
  const template = makeTemplate('zh', [{ id: 'a', heading: 'Key developments' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
  });
  const source = makeSource('s1', '新华社', { title: '外交部发言人答记者问', published: '2025-12-10' });
  const briefing = makeBriefing('zh', 'China', [
    {
      id: 'a',
      blocks: [
        {
          id: 'p',
          content: [
            { type: 'text', text: '外交部发言人表示“中方支持一切有利于和平的努力' },
            { type: 'cite', factId: 'f1' },
            { type: 'text', text: '”。他还说“谈判仍在继续”，并用英文说“peace”。' },
          ],
        },
      ],
    },
  ]);
  return buildRenderModel({
    briefing,
    template,
    facts: [makeFact('f1', 's1')],
    sources: [source],
    formatter: cslFormatter('briefing-notes', builtInStylesDir(templatesDir), 'en-GB', { emphasis: true }),
  });
}

describe('quotation marks in Chinese text (PDF)', () => {
  it('take the CJK font around CJK words, a note marker between them too, read back by pikepdf and pdffonts', async () => {
    const file = join(tempDir('briefing-cjk-quotes-'), 'zh.pdf');
    writeFileSync(file, await renderPdf(model()));
    expect(pdfFonts(file).map((f) => f.name.split('+')[1])).toContain('NotoSansSC-Regular');
    // Each “ and ” of the paragraph with the font that draws it, in order.
    const marks = pdfFontText(file)
      .filter((r) => r.page === 1)
      .flatMap((r) => [...r.text].filter((ch) => ch === '“' || ch === '”').map((ch) => `${ch} ${r.font}`));
    expect(marks).toEqual([
      '“ NotoSansSC-Regular',
      '” NotoSansSC-Regular',
      '“ NotoSansSC-Regular',
      '” NotoSansSC-Regular',
      // An English word quoted inside Chinese: both its marks in the template's font, alike.
      '“ Roboto-Regular',
      '” Roboto-Regular',
    ]);
  });
});
