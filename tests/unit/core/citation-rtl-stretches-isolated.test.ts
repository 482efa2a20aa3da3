import { describe, expect, it } from 'vitest';
import {
  isolatedDirection,
  isolateField,
  isolateRtl,
  ISOLATE_CLOSE,
  ISOLATE_OPEN,
  rtlStretches,
} from '../../../electron/core/bidi-isolate';
import { noteSegments } from '../../../electron/core/render-model';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, splitEmphasis } from '../../../electron/core/text';

const rtl = (text: string) =>
  rtlStretches(text)
    .filter((p) => p.rtl)
    .map((p) => p.text);

describe('right-to-left stretches of a citation', () => {
  it('isolate a title from the punctuation and year the style puts after it', () => {
    expect(rtl('(“تصريحات المتحدث باسم الخارجية,” 2025)')).toEqual(['تصريحات المتحدث باسم الخارجية']);
    expect(isolateRtl('(“تصريحات,” 2025)')).toBe('(“\u2067تصريحات\u2069,” 2025)');
  });

  it('keep Latin words and numbers inside a title, and end at the citations’ separator', () => {
    expect(rtl('(قرار 242 NATO الأمم, 2025)')).toEqual(['قرار 242 NATO الأمم']);
    expect(rtl('(الأنصاري, 2025; Reuters, 2024; דובר, 2025a)')).toEqual(['الأنصاري', 'דובר']);
  });

  it('give back the text whole', () => {
    for (const text of ['(Reuters, 2025)', '(“تصريحات,” 2025)', 'עברית', ''])
      expect(
        rtlStretches(text)
          .map((p) => p.text)
          .join(''),
      ).toBe(text);
    expect(rtlStretches('(Reuters, 2025)')).toEqual([{ text: '(Reuters, 2025)', rtl: false }]);
  });
});

const marked = (text: string) => text.replaceAll(ISOLATE_OPEN, '[').replaceAll(ISOLATE_CLOSE, ']');

describe('right-to-left fields of a note or source-list entry', () => {
  it('isolate a field written right to left whole, leaving the quote marks and punctuation the style added outside', () => {
    expect(marked(isolateField('هاكان فيدان'))).toBe('[هاكان فيدان]');
    // The field's own text (the value) lies between what the style put around it.
    const own = (field: string, value: string): [number, number] => [
      field.indexOf(value),
      field.indexOf(value) + value.length,
    ];
    const arabic = '‘قمة 2026 NATO في غزة’.';
    expect(marked(isolateField(arabic, own(arabic, 'قمة 2026 NATO في غزة')))).toBe(
      '‘[قمة 2026 NATO في غزة]’.',
    );
    const hebrew = ', ‘שר החוץ נפגש עם עמיתו’';
    expect(marked(isolateField(hebrew, own(hebrew, 'שר החוץ נפגש עם עמיתו')))).toBe(
      ', ‘[שר החוץ נפגש עם עמיתו]’',
    );
  });

  it('isolate only the right-to-left stretches of a field written left to right, and leave a Latin field alone', () => {
    expect(marked(isolateField('Interview: مقابلة مع فيدان'))).toBe('Interview: [مقابلة مع فيدان]');
    expect(isolateField('3 December 2026')).toBe('3 December 2026');
    expect(isolateField('Reuters')).toBe('Reuters');
    // Right-to-left punctuation alone (an Arabic comma) is no field to isolate.
    expect(isolateField(' ، ')).toBe(' ، ');
    // A field standing in for another (the outlet as the author) is isolated once.
    expect(marked(isolateField(isolateField('الجزيرة')))).toBe('[الجزيرة]');
  });

  it('read marked text as plain text with its isolated and italic spans', () => {
    const { text, italic, isolates } = splitEmphasis(
      `${isolateField('هاكان فيدان')}, quoted in ${EMPHASIS_OPEN}${isolateField('الجزيرة')}${EMPHASIS_CLOSE}, 3 December 2026.`,
    );
    expect(text).toBe('هاكان فيدان, quoted in الجزيرة, 3 December 2026.');
    expect(isolates.map(([s, e]) => text.slice(s, e))).toEqual(['هاكان فيدان', 'الجزيرة']);
    expect(italic.map(([s, e]) => text.slice(s, e))).toEqual(['الجزيرة']);
  });

  it('set a note by its first strong letter outside its isolates; one with every letter isolated right to left', () => {
    const direction = (marked: string) => {
      const { text, isolates } = splitEmphasis(marked);
      return isolatedDirection(text, isolates);
    };
    expect(
      direction(`${isolateField('هاكان فيدان')}, quoted in ${isolateField('الجزيرة')}, 3 December 2026.`),
    ).toBe('ltr');
    expect(direction(`${isolateField('قناة المنار')}, ‘${isolateField('بيان وزارة الخارجية')}’, 2026.`)).toBe(
      'rtl',
    );
    expect(direction('Reuters, 3 December 2026.')).toBe('ltr');
    expect(direction('2026.')).toBe('ltr');
  });

  it('cut a note where its isolates start and end, each piece saying which isolate it is in', () => {
    const text = 'هاكان فيدان, quoted in الجزيرة, ‘فيدان يدعو’, 3 December 2026.';
    const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const segments = noteSegments({
      text,
      italic: [span('فيدان يدعو’, 3')],
      isolates: [span('هاكان فيدان'), span('الجزيرة'), span('فيدان يدعو')],
    });
    expect(segments.map((s) => [s.text, s.isolate ?? null, s.italic ?? null])).toEqual([
      ['هاكان فيدان', 0, null],
      [', quoted in ', null, null],
      ['الجزيرة', 1, null],
      [', ‘', null, null],
      ['فيدان يدعو', 2, true],
      ['’, 3', null, true],
      [' December 2026.', null, null],
    ]);
  });
});
