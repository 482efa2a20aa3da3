import { describe, expect, it } from 'vitest';
import { hanLanguage, isJapanese } from '../../../electron/services/export/han-language';
import { fontRuns, withFallbackFonts } from '../../../electron/services/export/pdf-fonts';

/** Issue 17: Japanese was drawn in Noto Sans SC (Chinese glyph forms) and tagged `zh`. */
describe('Han in Japanese text is Japanese, elsewhere Chinese', () => {
  it('takes a text with any kana as Japanese, even when it opens with kanji', () => {
    expect(isJapanese('日本政府は会談が続くと述べた')).toBe(true);
    expect(isJapanese('外務省の報道官')).toBe(true);
    expect(isJapanese('カタカナ')).toBe(true);
    expect(isJapanese('中国外交部发言人表示谈判')).toBe(false);
    expect(isJapanese('外務省')).toBe(false);
    expect(isJapanese('The spokesman said')).toBe(false);
  });

  it('gives a run the language of the text it stands in: a kanji-only word in a Japanese sentence is Japanese', () => {
    expect(hanLanguage('日本政府は会談が続くと述べた')).toBe('ja');
    expect(hanLanguage('外務省', '外務省の報道官は述べた')).toBe('ja');
    expect(hanLanguage('外務省')).toBe('zh');
    expect(hanLanguage('中国外交部发言人表示谈判')).toBe('zh');
    // No Han or kana: no East Asian language (Latin in a Japanese paragraph, Korean).
    expect(hanLanguage('Reuters', '日本政府は')).toBeUndefined();
    expect(hanLanguage('외교부 대변인은')).toBeUndefined();
  });

  it('draws a Japanese sentence, kanji first, in Noto Sans JP, one run with its punctuation', () => {
    expect(fontRuns('日本政府は会談が続くと述べた。', 'Roboto')).toEqual([
      { text: '日本政府は会談が続くと述べた。', font: 'Noto Sans JP' },
    ]);
  });

  it('draws a Chinese sentence in Noto Sans SC', () => {
    expect(fontRuns('中国外交部发言人表示谈判', 'Roboto')).toEqual([
      { text: '中国外交部发言人表示谈判', font: 'Noto Sans SC' },
    ]);
  });

  it('leaves Latin around a quote to the template font; both quotation marks of a CJK quote take its font', () => {
    expect(fontRuns('The spokesman said «日本政府は会談が続くと述べた» on Monday.', 'Roboto')).toEqual([
      { text: 'The spokesman said ' },
      { text: '«日本政府は会談が続くと述べた» ', font: 'Noto Sans JP' },
      { text: 'on Monday.' },
    ]);
    expect(fontRuns('The spokesman said «中国外交部发言人» on Monday.', 'Roboto')).toEqual([
      { text: 'The spokesman said ' },
      { text: '«中国外交部发言人» ', font: 'Noto Sans SC' },
      { text: 'on Monday.' },
    ]);
    // A closing mark after a note marker (another inline): the letter before it, across the marker.
    expect(fontRuns('”。', 'Roboto', false, { before: '表示“中方支持1', after: '' })).toEqual([
      { text: '”。', font: 'Noto Sans SC' },
    ]);
    // An English word quoted in Chinese: both marks in the template's font.
    expect(fontRuns('中国说“peace”。', 'Roboto')).toEqual([
      { text: '中国说', font: 'Noto Sans SC' },
      { text: '“peace”' },
      { text: '。', font: 'Noto Sans SC' },
    ]);
  });

  it('decides per text node: a bold kanji-only word in a Japanese paragraph is Japanese, a Chinese paragraph beside it Chinese', () => {
    const content = [
      { text: [{ text: '外務省', bold: true }, 'の報道官は述べた'] },
      { text: [{ text: '外交部', bold: true }, '发言人表示'] },
    ];
    withFallbackFonts(content, 'Roboto');
    expect(content[0]!.text).toEqual([
      { text: '外務省', bold: true, font: 'Noto Sans JP' },
      { text: 'の報道官は述べた', font: 'Noto Sans JP' },
    ]);
    expect(content[1]!.text).toEqual([
      { text: '外交部', bold: true, font: 'Noto Sans SC' },
      { text: '发言人表示', font: 'Noto Sans SC' },
    ]);
  });
});
