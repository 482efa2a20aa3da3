// The page's furniture around the story, found from the paragraphs alone before any unit is read: its
// subheadings, the deck under the headline, captions, teasers, embedded posts, lines listing other outlets'
// headlines and headings in capitals, whose verbs attribute nothing; and the paragraph locators a reader
// counts past them. Apart because it is one reading of the page's layout, no claim's.
import { isCapitalsHeading, outletHeadlines } from './headline-lists';
import type { Outlets } from './outlets';
import { bylineIndex } from './text-metadata';

/** The paragraphs that are the page's furniture (headings), and the byline's paragraph. */
export function furnitureParagraphs(
  paragraphs: readonly string[],
  outlets: Outlets,
): { headings: Set<number>; byline: number } {
  // A subheading inside the article ("Indictments unsealed as head of prison agency testified before
  // Congress", "Club statement"): a short paragraph with no stop at its end, between paragraphs that
  // have one, is a heading; its verb attributes nothing.
  // (A straight single mark after a stop closes a quotation: "'It could have been very bad.'")
  const ends = (p: string | undefined) => /[.!?:;,"”’)…]$|[.!?,…]'$/u.test((p ?? '').trim());
  const headings = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (
      i > 0 &&
      !ends(p) &&
      p.split(/\s+/).length <= 20 &&
      // ("… Bong Joon Ho said backstage that no-one could predict …" lost its stop: a sentence still.)
      !/\bthat\b/.test(p) &&
      ends(paragraphs[i - 1]) &&
      ends(paragraphs[i + 1])
    )
      headings.add(i);
  });
  // The page's furniture around the story, whose verbs attribute nothing (the corpus README: headlines,
  // captions and teasers are not claims): the deck between the headline and the byline ("“The worst is
  // yet to come,” chief economist says" above "By: Ana Roe"), the caption under an "Enlarge" control or
  // opening on a photo credit ("Cliff Welch/Icon SMI Maurkice Pouncey denies …"), and the teasers listed
  // under "More On:" or "Related" up to the first paragraph that ends as a sentence does.
  const byline = bylineIndex(paragraphs);
  for (let i = 1; i < byline; i++) if ((paragraphs[i] ?? '').split(/\s+/).length <= 40) headings.add(i);
  const photoCredit =
    /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]*\s*\/\s*(?:Getty|AP|AFP|Reuters|Icon|EPA|Shutterstock|Bloomberg|Corbis|Alamy|USA\s+TODAY)\b/u;
  paragraphs.forEach((p, i) => {
    const short = p.split(/\s+/).length <= 60;
    if (
      short &&
      (/^\[?\+?\]?\s*Enlarge$/i.test((paragraphs[i - 1] ?? '').trim()) || photoCredit.test(p.trim()))
    )
      headings.add(i);
    if (
      /^(?:More\s+On|Related(?:\s+(?:Stories|Articles|Coverage))?|Recommended|Read\s+More|More\s+Stories)\s*:?$/i.test(
        p.trim(),
      )
    )
      for (let j = i + 1; j < paragraphs.length && !ends(paragraphs[j]); j++) headings.add(j);
  });
  // An embedded post: its text ("… pic.twitter.com/…") and the credit line under it ("— Tottenham Hotspur
  // (@SpursOfficial) November 20, 2019") are the page's furniture around the story, not its reporting.
  const credit = /^[—–-]\s*[^()]{1,80}\(@\w+\)/u;
  // (A post is short: a pasted article run into one paragraph that quotes a link stays the article.)
  paragraphs.forEach((p, i) => {
    if (
      p.length <= 600 &&
      (/\bpic\.twitter\.com\//.test(p) || credit.test(p) || credit.test(paragraphs[i + 1] ?? ''))
    )
      headings.add(i);
  });
  // Lines listing other outlets' headlines ("CNN: Apple will invest …", "…, police say (WLS-TV, 8/13/25)"):
  // headlines, whose verbs attribute nothing (headline-lists.ts).
  for (const i of outletHeadlines(paragraphs, outlets)) headings.add(i);
  // A section heading in capitals ("WHAT THEY ARE SAYING:"), whatever stands around it.
  paragraphs.forEach((p, i) => {
    if (i > 0 && isCapitalsHeading(p)) headings.add(i);
  });
  return { headings, byline };
}

/**
 * Paragraph locators as a reader counts the paragraphs of an article: its headline, byline, subheadings,
 * captions and embedded posts (`furniture`) are none of them, so the lede is "para. 1" whether or not the
 * headline was pasted with it. A furniture paragraph takes the number of the paragraph before it (1 at the top).
 */
export function paragraphLocators(count: number, furniture: (paragraph: number) => boolean): string[] {
  const locators: string[] = [];
  let n = 0;
  for (let i = 0; i < count; i++) {
    if (!furniture(i)) n++;
    locators.push(`para. ${Math.max(n, 1)}`);
  }
  return locators;
}
