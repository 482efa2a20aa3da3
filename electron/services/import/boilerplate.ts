// Lines a news page or a pasted article carries that are not the article: credits, bylines, share and
// subscription prompts, captions. A fact proposed from one of them would be noise, so they are dropped
// before segmentation, from HTML and plain text alike.

/** Whole-paragraph patterns, tried on the trimmed paragraph. */
const BOILERPLATE: readonly RegExp[] = [
  // Wire credits: "Reporting by Jane Doe; Editing by John Smith", "(Additional reporting by …)".
  /^[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|production)\s+by\b/i,
  /^[([]?\s*(?:reporting|editing)\s+by\b.*[)\]]?$/i,
  /^\(?\s*this (?:story|article) (?:has been|was) (?:corrected|updated|refiled)\b/i,
  // Bylines and datelines on their own line: "By Jane Doe", "By JANE DOE, Associated Press".
  /^[Bb][Yy]\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})*(?:,\s*[\p{L} ]{2,40})?$/u,
  // Captions and credits: "Image caption …", "Photo: AFP", "(Photo by …)", "Getty Images".
  /^(?:image|media|video|photo|picture)\s+(?:caption|copyright|credit)\b/i,
  /^[([]?\s*(?:photo|picture|image|video|file photo|illustration)(?:\s+by)?\s*[:/]/i,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\/\s*)?(?:getty images|reuters|ap photo|afp|epa)(?:\s+via\s+.+)?$/iu,
  // A caption that ends on its credit: "The crowd at the gate Image: Jane Doe.", "… Photo: Harbour Council."
  /^.{0,300}\b(?:Image|Photo|Picture|Credit)s?:\s*[^.:]{1,60}\.?$/u,
  // Page prompts.
  /^(?:share|share this|share on|tweet|email|print|comments?|advertisement|sponsored|related|read more|see also|more from|follow us|sign up|subscribe|newsletter|listen|watch|skip to|click here|most read|top stories)\b.{0,80}[^.!?"”]$/i,
  /^(?:copyright|©|\(c\))\s*(?:\d{4}|\p{Lu})/iu,
  /^all rights reserved\b/i,
  /^our standards:/i,
  /^(?:updated|published|posted|last updated)\s*:?\s*\p{Lu}?[\p{L}\d ,:.]{3,40}$/iu,
];

/**
 * Headings after which a page lists other stories ("Recommended for You", "More on this story"): the
 * article has ended. Only trusted past the first third of the page, where the article body lies.
 */
const END_OF_ARTICLE =
  /^(?:recommended(?: for you| stories| reading)?|related(?: stories| articles| coverage| content| links)?|more (?:on this story|from [\p{L} ]{1,30}|stories|news|to read)|most (?:read|popular|viewed)|read (?:more|next)|trending(?: now)?|you (?:may|might) also like|other opinion columns|[\p{L} ]{1,20} recommends|top stories|latest (?:news|stories)|editor['’]s picks|around the web|sponsored (?:links|stories|content))\s*:?$/iu;

/** The article's paragraphs up to where the page starts listing other stories. */
export function dropTrailingListings(paragraphs: string[]): string[] {
  const at = paragraphs.findIndex(
    (p, i) =>
      i >= paragraphs.length / 3 && END_OF_ARTICLE.test(p.trim()) && !proseFollows(paragraphs.slice(i + 1)),
  );
  return at > 0 ? paragraphs.slice(0, at) : paragraphs;
}

/** A paragraph of running prose: long, and ending a sentence (a teaser's headline is neither). */
const isProse = (p: string) => p.trim().split(/\s+/).length >= 30 && /[.!?"”’)]$/u.test(p.trim());

/**
 * After a "Related Coverage" box set inside the article (its links dropped or pasted away) the article
 * goes on: most of what follows is running prose, where a listing is headlines and short teasers.
 */
function proseFollows(rest: readonly string[]): boolean {
  const prose = rest.filter(isProse).length;
  return prose >= 3 && prose * 2 >= rest.length;
}

/** True for a paragraph that is page furniture rather than article text. */
export function isBoilerplateParagraph(paragraph: string): boolean {
  const p = paragraph.trim();
  if (!p) return true;
  return BOILERPLATE.some((re) => re.test(p));
}
