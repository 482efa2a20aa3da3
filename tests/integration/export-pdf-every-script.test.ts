import { renderModelOf } from '../../electron/services/export/render';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { inked, pdfFonts, pdfStructure, pdfWords, structElements, type PdfWord } from '../helpers/readers';

/**
 * A source in each script a brief quotes (Arabic, Hebrew, Chinese, Japanese, emoji): its title is the
 * fact's source in each note, and a paragraph quotes it, Latin text on either side. Each must come back
 * from the PDF as the characters written, in the order written, drawn in a Noto font embedded as a
 * subset; `lang`, the language its span is tagged with. Japanese opens with kanji (日本政府) and is
 * told from Chinese by its kana: it was drawn in Noto Sans SC, with Chinese glyph forms, and tagged zh.
 */
const QUOTES = [
  { id: 'ar', text: 'لن نعترف بأي احتلال للأراضي', font: 'NotoSansArabic' },
  { id: 'he', text: 'שלום עולם אמר הדובר', font: 'NotoSansHebrew' },
  { id: 'zh', text: '中国外交部发言人表示谈判', font: 'NotoSansSC', lang: 'zh' },
  { id: 'ja', text: '日本政府は会談が続くと述べた', font: 'NotoSansJP', lang: 'ja' },
  { id: 'ko', text: '외교부 대변인은 회담을 말했다', font: 'NotoSansKR', lang: 'ko' },
  { id: 'th', text: 'โฆษกกระทรวงการต่างประเทศกล่าวว่าการเจรจาจะดำเนินต่อไป', font: 'NotoSansThai' },
  { id: 'hi', text: 'विदेश मंत्रालय के प्रवक्ता ने कहा', font: 'NotoSans' },
  { id: 'bn', text: 'পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র বলেন', font: 'NotoSansBengali' },
  { id: 'ta', text: 'வெளியுறவு அமைச்சகத்தின் செய்தித் தொடர்பாளர்', font: 'NotoSansTamil' },
  { id: 'ru', text: 'Представитель министерства заявил', font: 'Roboto' },
  { id: 'el', text: 'Ο εκπρόσωπος του υπουργείου δήλωσε', font: 'Roboto' },
  { id: 'emoji', text: 'Reactions 👍🏽 🇺🇦 👩🏽‍💻 ❤️ online', font: 'NotoEmoji' },
];

function model() {
  const template = makeTemplate('scripts', [{ id: 'a', heading: 'Statements' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
  });
  const sources = QUOTES.map((q) => makeSource(q.id, 'Outlet', { title: q.text }));
  const facts = QUOTES.map((q) => makeFact(`f-${q.id}`, q.id, { statement: q.text }));
  const blocks = QUOTES.map((q) =>
    block(`p-${q.id}`, `The spokesman said «${q.text}» on Monday.`, [`f-${q.id}`]),
  );
  const briefing = makeBriefing('scripts', 'Every script', [{ id: 'a', blocks }]);
  return renderModelOf(
    {
      briefing,
      template,
      facts,
      sources,
    },
    templatesDir,
  );
}

/**
 * Whitespace as one space, and no bidi control characters (poppler marks right-to-left text with them)
 * or zero-width spaces (between Thai words, where lines may break: see `withWordBreaks`).
 */
const plain = (text: string) =>
  text.replace(/[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe('PDF text in every script', () => {
  const dir = tempDir('briefing-every-script-');
  const file = join(dir, 'scripts.pdf');

  it('comes back from pdftotext as written, in the order written: in the paragraph, the note and the source list', async () => {
    writeFileSync(file, await renderPdf(model()));
    const text = plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const q of QUOTES) {
      // poppler moves a closing quote mark next to right-to-left text on its own; the words are exact.
      expect(text.split(plain(q.text)).length - 1, `${q.id} in paragraph, note and source list`).toBe(3);
      expect(text.split(plain(`Outlet, “${q.text}.”`)).length - 1, `${q.id}'s note`).toBe(1);
    }
    expect(text.split('The spokesman said «').length - 1).toBe(QUOTES.length);
    expect(text.split('on Monday.').length - 1).toBe(QUOTES.length);
  });

  it('is drawn in Noto fonts embedded as subsets', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    for (const q of QUOTES) {
      const row = fonts.split('\n').find((l) => l.includes(`+${q.font}-`));
      expect(row, q.font).toBeDefined();
      // name type… encoding emb sub uni object ID
      expect(row!.trim().split(/\s+/).slice(-5, -2), q.font).toEqual(['yes', 'yes', 'yes']);
    }
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    // Subsets: the CJK font alone is 10 MB.
    expect(readFileSync(file).length).toBeLessThan(200_000);
  });

  it('tags each quote in Chinese, Japanese or Korean as a span in its language, wherever it stands', () => {
    const spans = structElements(pdfStructure(file).tree).filter((e) => e.type === 'Span');
    for (const q of QUOTES.filter((q) => q.lang)) {
      const quoting = spans.filter((s) => plain(s.text ?? '').includes(q.text));
      // In the paragraph, the note and the source list.
      expect(quoting.length, q.id).toBe(3);
      expect(
        quoting.map((s) => s.lang),
        q.id,
      ).toEqual([q.lang, q.lang, q.lang]);
    }
  });

  it('draws glyphs where each quote stands', () => {
    const words = pdfWords(file).filter((w) => w.page === 1);
    for (const q of QUOTES) {
      const first = [...q.text].find((c) => /\p{L}|\p{Extended_Pictographic}/u.test(c))!;
      const word = words.find((w) => w.text.includes(first) && !/^Reactions$/.test(w.text));
      expect(word, q.id).toBeDefined();
      expect(inked(file, word!), q.id).toBeGreaterThan(0.05);
    }
  });

  it('sets a paragraph written in Arabic or Hebrew right to left, right-aligned, Latin words inside it left to right', async () => {
    const rtl = [
      {
        id: 'ar-para',
        text: 'قال المتحدث باسم وزارة الخارجية إن المحادثات مع NATO ستستمر في برلين يوم الاثنين المقبل، وإن الوفد سيقدم اقتراحا جديدا بشأن وقف إطلاق النار والممرات الإنسانية.',
        first: 'قال',
      },
      {
        id: 'he-para',
        text: 'דובר משרד החוץ אמר כי השיחות עם NATO יימשכו בברלין ביום שני הבא, וכי המשלחת תציג הצעה חדשה בנושא הפסקת האש והמסדרונות ההומניטריים.',
        first: 'דובר',
      },
    ];
    const template = makeTemplate('rtl', [{ id: 'a', heading: 'Statements' }], {
      style: 'briefing-notes',
      placement: 'footnotes',
    });
    const source = makeSource('s', 'Outlet');
    const facts = [makeFact('f', 's', { statement: 'x' })];
    const blocks = [
      block('latin', 'An English paragraph quoting «قال المتحدث» keeps its left alignment.', ['f']),
      ...rtl.map((p) => block(p.id, p.text, [])),
    ];
    const m = renderModelOf(
      {
        briefing: makeBriefing('rtl', 'Right to left', [{ id: 'a', blocks }]),
        template,
        facts,
        sources: [source],
      },
      templatesDir,
    );
    const rtlFile = join(dir, 'rtl.pdf');
    writeFileSync(rtlFile, await renderPdf(m));

    // Read back in the order written (poppler orders a right-to-left line itself).
    const text = plain(execFileSync('pdftotext', [rtlFile, '-'], { encoding: 'utf8' }));
    for (const p of rtl)
      // poppler spaces a comma off the word it follows: words compared without their punctuation.
      for (const word of p.text.split(' ')) expect(text, p.id).toContain(word.replace(/\p{P}/gu, ''));
    for (const p of rtl)
      expect(text.replace(/ /g, ''), p.id).toContain(plain(p.text).replace(/ /g, '').slice(0, 40));

    const mm = 72 / 25.4;
    const words = pdfWords(rtlFile).filter((w) => w.page === 1);
    const left = m.style.marginsMm.left * mm;
    const right = words[0]!.pageWidth - m.style.marginsMm.right * mm;
    // Lines by height; poppler's bounding-box words give right-to-left letters in drawn order.
    const linesOf = (script: RegExp) => {
      const rows = new Map<number, PdfWord[]>();
      for (const w of words.filter((w) => script.test(w.text))) {
        const y = [...rows.keys()].find((k) => Math.abs(k - w.yMin) < 2) ?? w.yMin;
        rows.set(y, [...(rows.get(y) ?? []), w]);
      }
      return [...rows.entries()]
        .sort(([a], [b]) => a - b)
        .map(([y]) => words.filter((w) => Math.abs(w.yMin - y) < 6).sort((a, b) => a.xMin - b.xMin));
    };
    const drawn = (word: string) => [...word].reverse().join('');
    for (const [p, script] of [
      [rtl[0]!, /[\u0600-\u06FF]/],
      [rtl[1]!, /[\u0590-\u05FF]/],
    ] as const) {
      // The English paragraph quotes two Arabic words: its line is not the Arabic paragraph's.
      const lines = linesOf(script).filter((l) => !l.some((w) => w.text === 'English'));
      expect(lines.length, p.id).toBe(2);
      const [first, last] = [lines[0]!, lines[1]!];
      // The paragraph starts at the right margin: its first word is the first line's rightmost.
      expect(first[first.length - 1]!.text, p.id).toBe(drawn(p.first));
      expect(first[first.length - 1]!.xMax, p.id).toBeGreaterThan(right - 2);
      // Its last line is short and set against the right margin, not the left.
      expect(last[last.length - 1]!.xMax, p.id).toBeGreaterThan(right - 2);
      expect(last[0]!.xMin, p.id).toBeGreaterThan(left + 100);
      // A Latin word inside it reads left to right, spaced from its neighbours.
      const nato = first.findIndex((w) => w.text === 'NATO');
      expect(nato, p.id).toBeGreaterThan(0);
      expect(first[nato]!.xMin - first[nato - 1]!.xMax, p.id).toBeGreaterThan(1);
      expect(first[nato + 1]!.xMin - first[nato]!.xMax, p.id).toBeGreaterThan(1);
    }
    // An English paragraph quoting Arabic stays left to right, from the left margin.
    const an = words.find((w) => w.text === 'An')!;
    expect(an.xMin).toBeLessThan(left + 2);
    expect(words.filter((w) => Math.abs(w.yMin - an.yMin) < 2).every((w) => w.xMin >= an.xMin)).toBe(true);
  });
});
