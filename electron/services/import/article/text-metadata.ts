// What a pasted or plain-text article says about itself above its story: its headline (the first line, when it
// reads as one), its byline ("By Jane Doe and Omar Haddad") and the agency of its dateline ("ANKARA, Nov 20
// (Reuters) - "). The review fills the source's empty fields with them, as a saved page's metadata does.
import { bylineNameList } from '../../../core/byline-names';
import { isKnownOutlet } from './outlets';
import { stripDateline } from './segmentation';

/** What the text says about itself; each field only when the text gives it. */
export interface TextSays {
  /** The headline: the first paragraph when it reads as one. */
  title?: string;
  /** The byline's names, separated by commas, without "By" and without the outlet or place after them. */
  byline?: string;
  /** The agency in the dateline's brackets ("Reuters", "AP", "AFP"): the article's own outlet. */
  outlet?: string;
}

/**
 * The index of the headline: a pasted article's first line without a full stop, of at most 25 words ("Obama
 * admits US gun laws are his 'biggest frustration'"), when more follows it; -1 when there is none.
 */
export function headlineIndex(paragraphs: readonly string[]): number {
  const first = paragraphs[0]?.trim() ?? '';
  return paragraphs.length > 1 && !/[.!?:"”’)]$/u.test(first) && first.split(/\s+/).length <= 25 ? 0 : -1;
}

/** The index of the byline among the first six paragraphs ("By Jane Doe", "By: Ana Roe"); -1 when there is none. */
export function bylineIndex(paragraphs: readonly string[]): number {
  return paragraphs.slice(0, 6).findIndex((p) => /^By:?\s+\p{Lu}/u.test(p.trim()) && p.length <= 120);
}

/**
 * The names of a byline line, separated by commas as the source's Byline field takes them: "By JANE DOE,
 * Associated Press" → "Jane Doe"; "By Ana Roe and Li Wei in Kyiv" → "Ana Roe, Li Wei"; "By Ana Roe | Reuters"
 * → "Ana Roe" (the one byline reading, bylineNameList, with the known outlets as outlets).
 */
export function bylineText(line: string): string | undefined {
  const names = bylineNameList(line, isKnownOutlet).join(', ');
  return /\p{L}/u.test(names) ? names : undefined;
}

/**
 * The agency a dateline names in brackets, among the first four paragraphs: "ANKARA, Nov 20 (Reuters) - " →
 * "Reuters", "(CNN) -- " → "CNN". Only a short name that is a known outlet or reads as one (an acronym, or one
 * to four capitalised words) counts: "(pictured)" or "(left)" is no agency.
 */
export function datelineAgency(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(0, 4)) {
    const rest = stripDateline(p);
    if (rest === p) continue;
    const inBrackets = /\(([^)]{1,60})\)/u.exec(p.slice(0, p.length - rest.length))?.[1]?.trim();
    if (!inBrackets) return undefined;
    const words = inBrackets.split(/\s+/);
    const readsAsName = words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
    return isKnownOutlet(inBrackets) || readsAsName ? inBrackets : undefined;
  }
  return undefined;
}

/**
 * What the text says about itself: headline, byline and dateline agency, where it gives them. `asWritten` is
 * the text's paragraphs before its furniture was dropped (a plain text's byline line is dropped as such).
 */
export function textSays(paragraphs: readonly string[], asWritten: readonly string[] = paragraphs): TextSays {
  const says: TextSays = {};
  const headline = headlineIndex(paragraphs);
  const title = headline >= 0 ? paragraphs[headline]!.trim().replace(/\s+/g, ' ') : '';
  if (title !== '') says.title = title.slice(0, 500);
  const byline = bylineIndex(asWritten);
  const names = byline >= 0 ? bylineText(asWritten[byline]!) : undefined;
  if (names) says.byline = names.slice(0, 300);
  const agency = datelineAgency(paragraphs);
  if (agency) says.outlet = agency.slice(0, 200);
  return says;
}
