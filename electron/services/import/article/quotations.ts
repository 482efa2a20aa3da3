// A unit's quotations as a claim gives them: someone's words, not a title set in quotation marks, and
// whether a quotation is handed to a tag ("“A,” she said.") rather than a phrase a paraphrase quotes. Apart
// because the rules' claims and the learnt model's added ones both read a unit's quotations so.
import type { Unit } from './segmentation';

/** A quotation that is a title ("Parasite", “A Most Violent Year”) rather than someone's words. */
const isTitle = (quoted: string) => {
  // American style puts the sentence's stop inside the marks: “Face the Nation.” is still a title.
  const q = quoted.trim().replace(/[.,]$/u, '');
  const words = q.trim().split(/\s+/);
  return (
    words.length <= 8 &&
    !/[.!?,;]$/.test(q.trim()) &&
    words.every(
      (w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:a|an|the|of|in|on|at|and|for|to|with|from|by)$/.test(w),
    ) &&
    /^\p{Lu}/u.test(q.trim())
  );
};

/** `“Amazing,” Davis said`: a quotation closed by a comma and a verb of saying is words, whatever its case. */
const SAID_AFTER =
  /^[”"’'»]?\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)?(?:said|says|added|adds|told|asked|exclaimed|laughed)\b/u;

/** The unit's quotations between `from` and `to` that are someone's words, as the claim quotes them. */
export const quotesOf = (unit: Unit, from = 0, to = Infinity): string[] =>
  unit.quotes
    .filter((q) => q.start >= from && q.end <= to)
    .map((q) => {
      const quoted = unit.text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
      const said = /,$/u.test(quoted) && SAID_AFTER.test(unit.text.slice(q.end, q.end + 60));
      return { text: quoted.replace(/[,;:]$/u, ''), said };
    })
    .filter((q) => q.text !== '' && (q.said || !isTitle(q.text)))
    .map((q) => q.text);

/**
 * A unit whose quotation is a speaker's words handed to a tag or announced: it opens the unit ("“A,” she
 * said.", "“A,” said Roe, a lawyer."), closes on a comma inside its marks before the tag ("… that “A,” he
 * said."), or follows a colon or a comma with at most a short tag after it ("Roe said: “A.”"). A paraphrase
 * that only quotes a phrase of it ("called it “reckless”, he said.", "was a “towering figure”.") is not.
 */
export function quotationSplitByTag(unit: Pick<Unit, 'text' | 'quotes'>): boolean {
  const first = unit.quotes[0];
  const last = unit.quotes.at(-1);
  if (!first || !last) return false;
  const before = (q: { start: number }) => unit.text.slice(0, q.start).replace(/[“"«„‘']\s*$/u, '');
  if (before(first).trim().length === 0) return true;
  // "… a set of tools that “recognises faces as people do,” Roe said.": the quotation hands its clause to
  // the tag with a comma inside its marks, as a quotation split by its tag does.
  if (/,\s*$/u.test(unit.text.slice(last.start, last.end))) return true;
  const after = unit.text.slice(last.end).replace(/^[^\p{L}\p{N}]+/u, '');
  return /[:,]\s*$/u.test(before(last)) && after.split(/\s+/).filter(Boolean).length <= 12;
}
