import { describe, expect, it } from 'vitest';
import { isolateField, ISOLATE_CLOSE, ISOLATE_OPEN } from '../../../electron/core/bidi-isolate';
import { builtInStylesDir, cslFormatter } from '../../../electron/services/export/csl';
import { makeFact, makeSource } from '../../helpers/builders';
import { templatesDir } from '../../helpers/fixtures';

/**
 * Tester finding: a right-to-left field was isolated "from its first letter or digit to its last", so the
 * punctuation that belongs to the value stayed outside its isolate: an Arabic title's closing `؟` (a
 * strong right-to-left character) then drew the outlet and the day into its run (`…December 2025` read
 * after the title). The isolate covers the variable's whole value as citeproc gives it; only what the
 * style adds (its quote marks, affixes, the comma or full stop it moves inside the quotes) stays outside.
 */

const marked = (text: string) =>
  text
    .replaceAll(ISOLATE_OPEN, '[')
    .replaceAll(ISOLATE_CLOSE, ']')
    .replace(/[\uE000\uE001]/g, '');

const TITLES = {
  question: 'هل يعود ميناء أوديسا إلى طاقته الكاملة؟',
  brackets: 'נמל אודסה: הספינות יוצאות שוב (עדכון)',
  percent: 'ביטוח סיכוני מלחמה: הפרמיות בים השחור עלו ב-0.75%',
  bang: 'الميناء يعود إلى العمل!',
  wholly: '(تحديث عاجل)',
  digit: 'خطة الموانئ 2026',
  latin: 'Grain ships leave Odesa (update)',
};

/** The first note and the source-list entry of a source with this title, by a style and locale. */
function render(title: string, style: 'briefing-notes' | 'apa' = 'briefing-notes', locale = 'en-GB') {
  const formatter = cslFormatter(style, builtInStylesDir(templatesDir), locale, { emphasis: true });
  const source = makeSource('s', 'الجزيرة نت', { title, published: '2025-12-04' });
  const [note] = formatter.notes([{ source, fact: makeFact('f', 's') }]);
  const [entry] = formatter.bibliography([source]);
  return { note: marked(note ?? ''), entry: marked(entry?.text ?? '') };
}

describe('a right-to-left title is isolated with the punctuation of its own', () => {
  it('an Arabic question mark ends the isolate, the style’s quote mark and comma stay outside', () => {
    const { note, entry } = render(TITLES.question);
    expect(note).toBe(`[الجزيرة نت], ‘[${TITLES.question}]’, 4 December 2025.`);
    expect(entry).toBe(`[الجزيرة نت]. ‘[${TITLES.question}]’. 4 December 2025.`);
  });

  it('a closing bracket, a per cent sign and an exclamation mark stay inside', () => {
    expect(render(TITLES.brackets).note).toContain(`‘[${TITLES.brackets}]’, 4 December`);
    expect(render(TITLES.percent).note).toContain(`‘[${TITLES.percent}]’, 4 December`);
    expect(render(TITLES.bang).note).toContain(`‘[${TITLES.bang}]’, 4 December`);
  });

  it('a title wholly in brackets is isolated with both brackets; one ending in a digit whole', () => {
    expect(render(TITLES.wholly).note).toContain(`‘[${TITLES.wholly}]’, 4 December`);
    expect(render(TITLES.digit).note).toContain(`‘[${TITLES.digit}]’, 4 December`);
  });

  it('the comma and full stop the style moves inside the quote marks (en-US) stay outside the isolate', () => {
    const { note, entry } = render(TITLES.question, 'briefing-notes', 'en-US');
    expect(note).toContain(`“[${TITLES.question}],” December 4, 2025`);
    expect(entry).toContain(`“[${TITLES.question}].” December 4, 2025`);
    expect(render(TITLES.brackets, 'briefing-notes', 'en-US').note).toContain(`“[${TITLES.brackets}],”`);
    expect(render(TITLES.digit, 'briefing-notes', 'en-US').entry).toContain(`“[${TITLES.digit}].”`);
  });

  it('without quote marks (APA), the full stop after the title stays outside', () => {
    expect(render(TITLES.question, 'apa').entry).toBe(
      `[${TITLES.question}]. (2025, December 4). [الجزيرة نت].`,
    );
    expect(render(TITLES.percent, 'apa').entry).toContain(`[${TITLES.percent}]. (2025`);
  });

  it('a Latin title is left as it is', () => {
    expect(render(TITLES.latin).note).toBe(`[الجزيرة نت], ‘${TITLES.latin}’, 4 December 2025.`);
  });
});

describe('isolateField: the field’s own text, within what the style put around it', () => {
  it('isolates the whole value, its own punctuation included', () => {
    expect(marked(isolateField(TITLES.question))).toBe(`[${TITLES.question}]`);
    expect(marked(isolateField(TITLES.wholly))).toBe(`[${TITLES.wholly}]`);
    const styled = `, ‘${TITLES.percent}’`;
    expect(marked(isolateField(styled, [3, 3 + TITLES.percent.length]))).toBe(`, ‘[${TITLES.percent}]’`);
  });
});
