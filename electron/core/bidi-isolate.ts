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

/** First-strong isolate (FSI): an isolate in the direction of its own first strong letter (UAX #9 P2–P3). */
export const FSI = '\u2068';

/** The text with each right-to-left stretch between RLI and PDI, as the bidirectional algorithm reads isolates. */
export const isolateRtl = (text: string): string =>
  rtlStretches(text)
    .map((p) => (p.rtl ? `${RLI}${p.text}${PDI}` : p.text))
    .join('');

/**
 * A citation as a unit of its own: between FSI and PDI (its spaces at either end outside), its
 * right-to-left stretches isolated inside. Set in the direction of its own text (its first strong letter
 * outside those stretches: `para.` of a locator; left to right without one), not the paragraph's: after
 * an Arabic paragraph `(“المغرب…,” 2024, para. 3)` keeps its parenthesis, quote marks, year and locator in
 * the order written, where its neutrals and numbers would otherwise take the paragraph's direction.
 */
export function isolateCitation(text: string): string {
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? [];
  return body ? `${lead}${FSI}${isolateRtl(body)}${PDI}${trail}` : text;
}

/**
 * Marks around a right-to-left field of a formatted note or source-list entry (private-use characters,
 * as the italics' marks in text.ts): the citation formatter puts them around each field it fills in
 * (a speaker's name, an outlet, a title), the render model turns them into the entry's `isolates`.
 */
export const ISOLATE_OPEN = '\uE002';
export const ISOLATE_CLOSE = '\uE003';

/** The direction of a text's first strong letter (UAX #9 P2, without isolates): none without letters. */
export function firstStrong(text: string): 'ltr' | 'rtl' | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter === undefined ? undefined : RTL.test(letter) ? 'rtl' : 'ltr';
}

/**
 * One field of a note or source-list entry (a name, an outlet, a title) with its right-to-left text
 * between isolate marks, so the comma, quote marks, "quoted in" and date the style writes around it keep
 * their order: isolated, an Arabic title does not draw the `3` of the `3 December 2026` after it into its
 * run. `own` is where the field's own text (the variable's value, as citeproc gives it) lies in `field`:
 * what is before and after it is what the style put around it (affixes, quote marks, a comma or full
 * stop moved inside the quote marks); without it, the whole of `field` is the value.
 *
 * A field whose value is written right to left (its first letter) is isolated whole, with everything of
 * its own: its numbers and Latin words, and its punctuation at either end (a closing `؟`, `!`, `%`, a
 * bracket: `؟` is itself a right-to-left character, and left outside it would draw the date after it
 * into its run); the style's quote marks and punctuation stay outside. A field written left to right has
 * each of its right-to-left stretches isolated. A field without right-to-left letters is given back as it
 * is, as is one already marked (a field standing in for another: the outlet as author).
 */
export function isolateField(field: string, own: readonly [number, number] = [0, field.length]): string {
  if (!RTL.test(field) || field.includes(ISOLATE_OPEN)) return field;
  let [start, end] = own;
  while (start < end && /\s/u.test(field[start]!)) start++;
  while (end > start && /\s/u.test(field[end - 1]!)) end--;
  const value = field.slice(start, end);
  if (firstStrong(value) === 'ltr' || !RTL.test(value))
    return rtlStretches(field)
      .map((p) => (p.rtl ? `${ISOLATE_OPEN}${p.text}${ISOLATE_CLOSE}` : p.text))
      .join('');
  // Right-to-left punctuation alone (an Arabic comma) is no field to isolate.
  if (!/[\p{L}\p{N}]/u.test(value)) return field;
  return `${field.slice(0, start)}${ISOLATE_OPEN}${value}${ISOLATE_CLOSE}${field.slice(end)}`;
}

/**
 * The direction of a note or source-list entry with these isolated spans: that of its first strong letter
 * outside them, as a body paragraph's (UAX #9 P2–P3, which passes over isolates): an English note citing an
 * Arabic title stays left to right. An entry whose letters are all in isolated fields (an Arabic name and
 * title, a year) is read as they are: right to left.
 */
export function isolatedDirection(
  text: string,
  isolates: ReadonlyArray<readonly [number, number]>,
): 'ltr' | 'rtl' {
  let outside = '';
  let at = 0;
  for (const [start, end] of isolates) {
    outside += text.slice(at, start);
    at = end;
  }
  outside += text.slice(at);
  return firstStrong(outside) ?? firstStrong(text) ?? 'ltr';
}
