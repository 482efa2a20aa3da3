/**
 * Right-to-left stretches of a citation, to be isolated from the text around them (UAX #9's isolates;
 * HTML's `<bdi>`). A citation is a template filled with fields: in `(“تصريحات المتحدث,” 2025)` the
 * Arabic title must not draw the comma, quote mark and year after it into its right-to-left run, as
 * the bidirectional algorithm does with text that is not isolated (the year, a European number after
 * Arabic letters, would be read as an Arabic number and the whole set right to left).
 */

/** Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, and their presentation forms. */
export const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * A stretch runs from a right-to-left letter to the last one before the next `;` (which separates
 * the citations of one cluster): Latin words and numbers inside a title stay in it; the punctuation
 * and year after it are outside.
 */
const STRETCH = new RegExp(`${RTL.source}(?:[^;]*${RTL.source})?`, 'gu');

/** The text in pieces, each right-to-left stretch a piece of its own marked `rtl`. */
export function rtlStretches(text: string): Array<{ text: string; rtl: boolean }> {
  const out: Array<{ text: string; rtl: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(STRETCH)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), rtl: false });
    out.push({ text: m[0], rtl: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), rtl: false });
  return out;
}

/** Right-to-left isolate (RLI) and pop directional isolate (PDI). */
export const RLI = '\u2067';
export const PDI = '\u2069';

/** The text with each right-to-left stretch between RLI and PDI, as the bidirectional algorithm reads isolates. */
export const isolateRtl = (text: string): string =>
  rtlStretches(text)
    .map((p) => (p.rtl ? `${RLI}${p.text}${PDI}` : p.text))
    .join('');
