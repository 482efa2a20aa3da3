import { renderModelOf } from '../../electron/services/export/render';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../electron/core/rich-text';
import type { Fact } from '../../electron/core/schemas';
import { renderPdf } from '../../electron/services/export/pdf';
import { makeBriefing, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pdfText, pdfWords, type PdfWord } from '../helpers/readers';

/**
 * Text whose layout is shaped (other scripts, emoji, combining marks, characters Roboto lacks and draws
 * as a box), each before and after a chip in the middle of its paragraph, as the QA tester's
 * `Kyiv 🇺🇦 says: «لن نعترف…» 👍🏽 … test) 100%`. Arabic, Hebrew, CJK and emoji are drawn in Noto fonts
 * (pdf-fonts.ts), right-to-left words reordered per line (pdf-bidi.ts): each word where it was measured.
 */
const PARAGRAPHS: Array<[before: string, after: string, last: string]> = [
  ['Kyiv 🇺🇦 says:', ' «لن نعترف بأي احتلال للأراضي الأوكرانية» 👍🏽 — Zelenskyy (Арабский test) 100%', '100%'],
  ['Boxes x🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂y then', ' z and the rest of the sentence ENDBOXES', 'ENDBOXES'],
  [
    `${'שלום עולם, אמר הדובר '.repeat(6)}Hebrew says:`,
    ` ${'והוסיף 👩🏽‍💻 כי '.repeat(12)} ENDHEBREW`,
    'ENDHEBREW',
  ],
  [
    `${'Cafe\u0301 nai\u0308ve cre\u0300me bru\u0302le\u0301e '.repeat(5)}combining:`,
    ` ${'Ünïcödé ﬁne ligature ỗ '.repeat(8)}ENDCOMBINING`,
    'ENDCOMBINING',
  ],
  [
    // Thai sets no spaces between words: lines break between words all the same.
    `${'โฆษกกระทรวงการต่างประเทศกล่าวว่าการเจรจาจะดำเนินต่อไป'.repeat(3)} Thai:`,
    ` ${'รัฐบาลยืนยันว่าจะไม่ยอมรับการยึดครองดินแดน'.repeat(4)} ENDTHAI`,
    'ENDTHAI',
  ],
  [
    `${'Россия и Украина: переговоры '.repeat(4)}mixed 🇪🇺:`,
    ` ${'«مفاوضات» talks 交渉 переговоры '.repeat(8)}ENDMIXED`,
    'ENDMIXED',
  ],
];

function model(placement: 'footnotes' | 'endnotes') {
  const template = makeTemplate(
    'scripts',
    [
      { id: 'a', heading: 'Statements' },
      { id: 'b', heading: 'Positions', kind: 'bullets' },
    ],
    { style: 'briefing-notes', placement, showGrades: true },
  );
  const fact: Fact = {
    id: 'f1',
    sourceId: 's1',
    statement: 'A statement',
    credibility: 2,
    tags: [],
    status: 'verified',
    createdAt: '',
    updatedAt: '',
  };
  const blocks = PARAGRAPHS.map(([before, after], i) => ({
    id: `p${i}`,
    content: [
      { type: 'text', text: before },
      { type: 'cite', factId: 'f1' },
      { type: 'text', text: after },
    ] as Inline[],
  }));
  const briefing = makeBriefing('scripts', 'Mixed scripts', [
    { id: 'a', blocks },
    { id: 'b', blocks: blocks.map((b) => ({ ...b, id: `${b.id}-bullet` })) },
  ]);
  return renderModelOf(
    {
      briefing,
      template,
      facts: [fact],
      sources: [makeSource('s1', 'Outlet')],
    },
    templatesDir,
  );
}

/** A page's words in lines: words whose boxes share height (a superscript marker with its line). */
function lines(words: PdfWord[]): PdfWord[][] {
  const out: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => a.page - b.page || a.yMax - b.yMax)) {
    const line = out.find(
      (l) => l[0]?.page === word.page && l.some((w) => w.yMin < word.yMax && word.yMin < w.yMax),
    );
    if (line) line.push(word);
    else out.push([word]);
  }
  return out.map((l) => l.sort((a, b) => a.xMin - b.xMin));
}

describe('PDF text in other scripts', () => {
  const dir = tempDir('briefing-scripts-');

  for (const placement of ['endnotes', 'footnotes'] as const) {
    it(`keeps every word inside the margins and clear of its neighbours (${placement})`, async () => {
      const m = model(placement);
      const file = join(dir, `${placement}.pdf`);
      writeFileSync(file, await renderPdf(m));
      const text = pdfText(file);
      for (const [, , last] of PARAGRAPHS) expect(text.split(last).length - 1).toBe(2);

      const right = (w: PdfWord) => w.pageWidth - m.style.marginsMm.right * 2.8346;
      const words = pdfWords(file);
      expect(words.length).toBeGreaterThan(100);
      for (const w of words) {
        expect(w.xMax, `"${w.text}" past the right margin`).toBeLessThanOrEqual(right(w) + 0.5);
        expect(w.xMin, `"${w.text}" past the left margin`).toBeGreaterThanOrEqual(
          m.style.marginsMm.left * 2.8346 - 0.5,
        );
      }
      for (const line of lines(words))
        for (let i = 1; i < line.length; i++) {
          const [a, b] = [line[i - 1]!, line[i]!];
          expect(b.xMin, `"${b.text}" overlaps "${a.text}"`).toBeGreaterThanOrEqual(a.xMax - 0.5);
        }
      // The chip's marker follows the word it is cited after, on the same line, without overlapping.
      const says = lines(words).find((l) => l.some((w) => w.text === 'Kyiv'))!;
      const at = says.findIndex((w) => w.text === 'says:');
      expect(at).toBeGreaterThan(0);
      expect(says[at + 1]?.text).toBe('1');
      expect(says[at + 1]!.yMax).toBeLessThan(says[at]!.yMax);
    });
  }
});
