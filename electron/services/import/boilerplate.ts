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

/**
 * Running prose of several sentences: no credit, caption or prompt is this long, so a paragraph that opens
 * like one (a page's caption run into its text: "Image caption The gaps are wider A decision to …") is
 * kept, and only the caption is taken out of it (withoutInlineCaptions).
 */
const LONG_PROSE_WORDS = 80;
const isLongProse = (p: string) =>
  p.split(/\s+/).length >= LONG_PROSE_WORDS && (p.match(/[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu) ?? []).length >= 3;

/** True for a paragraph that is page furniture rather than article text. */
export function isBoilerplateParagraph(paragraph: string): boolean {
  const p = paragraph.trim();
  if (!p) return true;
  return !isLongProse(p) && BOILERPLATE.some((re) => re.test(p));
}

/**
 * A page's caption markers where a caption is run into the text (BBC pages copied as text: "Image
 * copyright EPA Image caption The blast destroyed nearby cars A suicide bomber has …", "Media caption …").
 * The credit between "Image copyright" and "Image caption" is a few words.
 */
const CAPTION_MARKER =
  /(?:Image copyright\s+(?:\S+\s+){0,4}?Image caption|Image (?:caption|copyright)|Media caption)\s+/gu;
/** Words that open a sentence and that a caption's last word cannot be followed by inside one ("… cars A suicide bomber"). */
const SENTENCE_OPENERS = new Set(
  'A An The This That These Those It He She They We I His Her Their Its Our But However Meanwhile Then Now Still Yet According After Before In On At When While Earlier Later Last'.split(
    ' ',
  ),
);
/** Titles before a name: they open a sentence after a caption ("… in New York Mr Trump seems …") as they go on one. */
const NAME_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr']);
/** Words a caption cannot end on ("… on its", "… a new"): a capital after them goes on the same phrase. */
const NO_CAPTION_END = new Set(
  'a an the of in on at to for with by from into onto over under about as and or but its his her their our my your this that these those new former late is are was were has have had be been who whose which since after before when while because if than like including against between among during without within until via amid near'.split(
    ' ',
  ),
);
/** A caption is a phrase: past this many words, no boundary found means the marker's words are no caption. */
const LONGEST_CAPTION = 40;

/**
 * Where a caption run into the text ends, as a count of its words. It has no full stop of its own: when
 * it runs to the paragraph's end or the next marker with none, it is all caption; else it ends where a
 * sentence opens, looked for before the text's first full stop: first at an opening word ("… nearby cars
 * A suicide bomber …"), else where a capital follows a lower-case word no phrase stops on ("… by the blast
 * Taliban spokesman …") or a title follows a word ("… New York Mr Trump seems …"). Null when none is
 * found (the words are kept, only the marker goes).
 */
function captionLength(words: readonly string[]): number | null {
  const stop = words.findIndex((w) => /\.["”’)]?$/u.test(w));
  if (stop < 0 && words.length <= LONGEST_CAPTION) return words.length;
  const within = Math.min(stop < 0 ? words.length : stop + 1, LONGEST_CAPTION);
  const word = (i: number) => (words[i] as string).replace(/^["“‘]/u, '').replace(/[,;:]$/u, '');
  const endsPhrase = (w: string) => /^[\p{L}\p{N}'’-]+$/u.test(w) && !NO_CAPTION_END.has(w.toLowerCase());
  for (let i = 2; i < within; i++)
    if (SENTENCE_OPENERS.has(word(i)) && endsPhrase(words[i - 1] as string)) return i;
  for (let i = 1; i < within; i++) {
    const prev = words[i - 1] as string;
    if (!/^\p{Lu}/u.test(word(i))) continue;
    if (/[?!]$/u.test(prev)) return i;
    if (endsPhrase(prev) && (/^\p{Ll}/u.test(prev) || NAME_TITLES.has(word(i)))) return i;
  }
  return null;
}

/**
 * A photo's credit in brackets run into the text where the page's paragraphs were joined ("… in a dawn
 * crash. (Photo: PA) (Photo: PA) Passengers described …", "(Image: Getty)", "(Photo by Ann Roe/AP)",
 * "(Image credit: NASA)"): its brackets close it, so it goes without a guess at where it ends, and the
 * sentence after it opens on its own subject rather than on "PA) Passengers".
 */
const BRACKETED_CREDIT =
  /\s*\((?:photo|picture|pic|image|video)s?(?:\s+(?:credit|by))?\s*:?\s+[^()]{1,80}\)(?=\s|$)/giu;

const withoutBracketedCredits = (paragraph: string): string =>
  /\((?:photo|picture|pic|image|video)/iu.test(paragraph)
    ? paragraph.replace(BRACKETED_CREDIT, '').trimStart()
    : paragraph;

/**
 * The paragraph without the captions run into it: each marker and its caption go, the text around them
 * stays ("Image copyright AFP Image caption A crater was left by the blast Taliban spokesman X said …" →
 * "Taliban spokesman X said …").
 */
export function withoutInlineCaptions(paragraph: string): string {
  const uncredited = withoutBracketedCredits(paragraph);
  if (!/Image (?:caption|copyright)|Media caption/u.test(uncredited)) return uncredited;
  const parts = uncredited.split(CAPTION_MARKER);
  const kept = [parts[0] as string];
  for (const part of parts.slice(1)) {
    const words = part
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    const length = captionLength(words);
    kept.push(words.slice(length ?? 0).join(' '));
  }
  return kept
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' ');
}
