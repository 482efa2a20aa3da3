// A newsletter's items that quote another outlet's story: a headline in capitals, a dash, the outlet (and
// its reporters), a colon and the quotation ("ANTI-WOKE BANK STUMBLE — WSJ’s Ana Roe and Tom Lee: “…”",
// "CHINA CHIPS — Bloomberg: “…”"). The reporters are the speakers, the outlet relays their words.
import type { Attribution } from './attribution';
import { TAG_DATE } from './dated-tags';
import type { Outlets } from './outlets';

/** A headline in capitals and its dash, which segmentation may leave to the unit before. */
const HEAD = /^\s*[\p{Lu}\p{N}][\p{Lu}\p{N}\s'’&.,:!?$%-]{2,80}?\s+[—–]\s+/u;
/** The source up to the colon, then a quotation mark: an outlet, and its reporters after "’s". */
// (A date after the outlet, "ABC News (9/29/25):", "Bloomberg, 6/6/24:", is the tag's: dated-tags.ts.)
const SOURCE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,3})(?:['’]s\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s+|,\s+|,?\s+and\s+)\p{Lu}[\p{L}\p{M}.'’-]*){1,14}))?${TAG_DATE}?\s*:\s*(?=[“"«])`,
  'u',
);

/** "WSJ’s Ana Roe: “…", "Bloomberg: “…": what follows a newsletter's headline (no dateline's place). */
export const opensWithSource = (text: string): boolean => SOURCE.test(text);

/** The newsletter item a unit opens, when it is one. */
export function newsletterItem(text: string, outlets: Outlets): Attribution | undefined {
  // (Most units hold no colon near their start: nothing to read.)
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 240) return undefined;
  const head = HEAD.exec(text);
  // The head is a headline in capitals: two words at least, no lower-case letter.
  const headline = head !== null && !/\p{Ll}/u.test(head[0]) && head[0].trim().split(/\s+/).length >= 3;
  const from = headline ? head[0].length : 0;
  const m = SOURCE.exec(text.slice(from));
  if (!m?.[1]) return undefined;
  const source = m[1];
  const names = m[2]?.trim();
  // With no headline before it in the unit, the source is an outlet known as one, or reporters are named
  // after its possessive ("WSJ’s Ana Roe:"); "Roe: “…”" alone is no newsletter's item.
  if (!headline && !names && !outlets.of(source)?.name) return undefined;
  const at = from + (m.index ?? 0);
  const out: Attribution = {
    cue: 'quoted',
    relay: outlets.of(source)?.name ?? source,
    at,
    end: at + source.length,
    quotedStory: true,
  };
  if (names)
    out.phrase = /,|\sand\s/.test(names) ? { kind: 'group', name: names } : { kind: 'person', name: names };
  return out;
}
