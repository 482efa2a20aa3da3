import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { docxPart } from '../helpers/readers';

/**
 * Issue 17: Word and LibreOffice choose the East Asian font of a run, and so its glyph forms (直, 述, 外
 * are drawn differently in Japanese and Chinese), by its `w:lang w:eastAsia`, which the DOCX did not
 * write: the document's language (en-US) left them to guess. Japanese runs (Han with kana in their
 * paragraph) say ja-JP, Chinese ones zh-CN, as the PDF draws and tags them.
 */
const JAPANESE_TITLE = '防衛省の報道発表';
const CHINESE_TITLE = '国务院新闻办公室';

async function docx(): Promise<string> {
  const template = makeTemplate('cjk', [{ id: 'a', heading: 'Statements' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
  });
  const sources = [
    makeSource('ja', 'Outlet', { title: JAPANESE_TITLE }),
    makeSource('zh', 'Outlet', { title: CHINESE_TITLE }),
  ];
  const facts = [makeFact('f-ja', 'ja', { statement: 'x' }), makeFact('f-zh', 'zh', { statement: 'y' })];
  const briefing = makeBriefing('cjk', 'East Asian languages', [
    {
      id: 'a',
      blocks: [
        {
          // A kanji-only run in bold (外務省) in a Japanese sentence, which opens with kanji.
          id: 'p-ja',
          content: [
            { type: 'text', text: '外務省', bold: true },
            { type: 'text', text: 'の報道官は会談が続くと述べた。' },
            { type: 'cite', factId: 'f-ja' },
          ],
        },
        {
          id: 'p-zh',
          content: [
            { type: 'text', text: '外交部', bold: true },
            { type: 'text', text: '发言人表示谈判将继续。' },
            { type: 'cite', factId: 'f-zh' },
          ],
        },
        { id: 'p-en', content: [{ type: 'text', text: 'The talks go on, the spokesman said.' }] },
      ],
    },
  ]);
  const model = renderModelOf(
    {
      briefing,
      template,
      facts,
      sources,
    },
    templatesDir,
  );
  const file = join(tempDir('briefing-docx-east-asian-'), 'cjk.docx');
  writeFileSync(file, await renderDocx(model));
  return file;
}

/** Each run (`w:r`) of a part holding `text` in its `w:t`: its `w:lang`, or '' where it has none. */
function languagesOf(xml: string, text: string): string[] {
  const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
  return runs
    .filter((r) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(r)?.[1]?.includes(text))
    .map((r) => /<w:lang [^>]*\/>/.exec(r)?.[0] ?? '');
}

describe('DOCX East Asian language of a run', () => {
  it('marks Japanese runs ja-JP (a bold kanji-only word in a Japanese sentence too), Chinese zh-CN, Latin not at all', async () => {
    const file = await docx();
    const body = docxPart(file, 'word/document.xml');
    const ja = '<w:lang w:val="en-US" w:eastAsia="ja-JP"/>';
    const zh = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>';
    expect(languagesOf(body, '外務省')).toEqual([ja]);
    expect(languagesOf(body, 'の報道官は')).toEqual([ja]);
    expect(languagesOf(body, '外交部')).toEqual([zh]);
    expect(languagesOf(body, '发言人表示谈判')).toEqual([zh]);
    expect(languagesOf(body, 'The talks go on')).toEqual(['']);
    // The sources' titles, in the notes and in the source list: the Japanese title has kana.
    const notes = docxPart(file, 'word/footnotes.xml');
    expect(languagesOf(notes, JAPANESE_TITLE)).toEqual([ja]);
    expect(languagesOf(notes, CHINESE_TITLE)).toEqual([zh]);
    expect(languagesOf(body, JAPANESE_TITLE)).toEqual([ja]);
    expect(languagesOf(body, CHINESE_TITLE)).toEqual([zh]);
  });
});
