// A line quoting an outlet or a body under a tag with the date of its words ("ABC News (9/29/25): “…”",
// "Bloomberg, 6/6/24: “…”", "The Harbour Trust, 5/3/2024: “…”"): the corpus README's session-27 convention
// ("Dated outlet tags"): the tag's full date is the event date of the claim the tag opens.

/** The date after a tag, in brackets or after a comma, before the colon and the quotation mark. */
export const TAG_DATE = String.raw`(?:\s*\(\s*(\d{1,2}\/\d{1,2}\/\d{2,4})\s*\)|,\s*(\d{1,2}\/\d{1,2}\/\d{2,4}))`;

const DATED_TAG = new RegExp(String.raw`^\s*\p{Lu}[^:“”"()]{0,80}?${TAG_DATE}\s*:\s*(?=[“"«])`, 'u');

/** The ISO date of a dated tag opening the text ("9/29/25" → 2025-09-29), when it opens on one. */
export function taggedDate(text: string): string | undefined {
  const m = DATED_TAG.exec(text);
  const d = m?.[1] ?? m?.[2];
  if (!d) return undefined;
  const [month, day, year] = d.split('/').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const full = year < 100 ? 2000 + year : year;
  if (full < 1900 || full > 2100) return undefined;
  return `${full}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
