import { describe, expect, it } from 'vitest';
import { isolateRtl, rtlStretches } from '../../../electron/core/bidi-isolate';

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
