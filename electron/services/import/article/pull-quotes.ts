// Pull quotes: a quotation the page repeats from its body, set apart, is read where the body gives it.
// Apart because it is page furniture found from the units alone, before any of them is read.
import type { Unit } from './segmentation';

/**
 * Pull quotes: a quotation of eight words or more that the article gives in two paragraphs is set apart
 * as a pull quote in the one with fewer units (the earlier when they have as many), its attribution a
 * repeat ("“If NASA focuses on …,” Cooke said." above the hearing report that quotes it in full).
 */
export function pullQuotes(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  const seen = new Map<string, number[]>();
  const size = new Map<number, number>();
  units.forEach((u, i) => {
    size.set(u.paragraph, (size.get(u.paragraph) ?? 0) + 1);
    for (const q of u.quotes) {
      // A quotation under 30 characters is too short to hold the eight words looked for.
      if (q.end - q.start < 30) continue;
      const words =
        u.text
          .slice(q.start, q.end)
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length < 8) continue;
      const key = words.join(' ');
      const list = seen.get(key) ?? [];
      list.push(i);
      seen.set(key, list);
    }
  });
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const paragraphs = new Set(list.map((i) => (units[i] as Unit).paragraph));
    if (paragraphs.size < 2) continue;
    // The copy in the fullest paragraph stays; every other copy is the pull quote.
    const keep = list.reduce((a, b) => {
      const sa = size.get((units[a] as Unit).paragraph) ?? 0;
      const sb = size.get((units[b] as Unit).paragraph) ?? 0;
      return sb >= sa ? b : a;
    });
    for (const i of list)
      if (i !== keep && (units[i] as Unit).paragraph !== (units[keep] as Unit).paragraph) out.add(i);
  }
  return out;
}
