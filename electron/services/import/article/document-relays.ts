// A document named only by a noun relays what it says ("court papers say", "the indictment said",
// "according to the complaint filed Monday"), and a journalist of the article's own outlet is no relay.
import { DOCUMENT_MODIFIERS, DOCUMENT_NOUNS } from './lexicon';
import type { Outlets } from './outlets';
import { PROGRAMME } from './quotation-headings';

/**
 * What follows a document's noun and is no part of its name: "filed in Minnesota", "against NBC", "at the
 * time", "shown above", "from 2019".
 */
const AFTER_THE_NOUN =
  /\s+(?:(?:filed|released|unsealed|obtained|seen|reviewed|issued|submitted|posted|shown|made\s+public|dated|sent)\b|(?:against|at|in|on)\s|from\s+\d{4}\b).*$/u;

/**
 * Words after the noun that name its issuer ("the lawsuit Novak filed", "court papers signed by Hilton",
 * "reports from The Wrap"): the paper is the issuer's (session 22), read elsewhere.
 */
const ISSUER_AFTER =
  /^\S+(?:\s+\S+){0,3}?\s+(?:(?:(?:filed|signed|issued|written|sent|brought|prepared|released)\s+)?by\s|from\s+\p{Lu}|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*\s+(?:filed|brought|signed|issued|wrote|sent)\b)/u;

/** Determiners and quantifiers before a document's noun. */
const DETERMINER =
  /^(?:a|an|the|this|that|these|those|another|one|some|several|multiple|other|many|numerous|two|three|new|(?:copy|copies)\s+of\s+(?:a|an|the))\s+/iu;

/**
 * A document named by its title: a law, index, charter or treaty ("The 1970 Fair Credit Reporting Act",
 * "the Global Terrorism Index released last year", "the Harbour Accords"). It names no issuer; what it "says"
 * it relays, speaker none (the fixtures README, session 31's "Laws, constitutions and memos that say").
 */
const TITLED_DOCUMENT =
  /^(?:\d{4}\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:of|on|for|and|the)\s+)*){1,6}(?:Act|Index|Constitution|Charter|Treaty|Code|Accords?))$/u;

/**
 * The relay a subject or an "according to" names when it is a document named only by a noun, as the text
 * names it without its determiner and the words that say which one ("The complaint filed in Minnesota" →
 * "complaint", "An unsealed criminal complaint" → "criminal complaint", "the global cable" → "cable", "Search
 * warrants" → "search warrants"); undefined for a name, a possessive (an issuer: "the AG's complaint") or
 * anything else.
 */
export function documentRelay(phrase: string): string | undefined {
  let p = phrase.trim().replace(/\s+/g, ' ');
  if (ISSUER_AFTER.test(p)) return undefined;
  while (DETERMINER.test(p)) p = p.replace(DETERMINER, '');
  const titled = TITLED_DOCUMENT.exec(p.replace(AFTER_THE_NOUN, ''))?.[1];
  if (titled) return titled;
  // (After the first word: "unsealed criminal complaint" keeps its noun.)
  p = p.replace(AFTER_THE_NOUN, '');
  const words = p.split(' ');
  if (words.length === 0 || words.length > 4) return undefined;
  // The first word may stand capitalised at the opening of the sentence ("Search warrants said").
  const first = (words[0] as string).toLowerCase();
  const rest = words.slice(1);
  if (rest.some((w) => !/^[\p{Ll}\d-]+$/u.test(w))) return undefined;
  if (!/^[\p{L}\d-]+$/u.test(first)) return undefined;
  // (A capitalised first word is a name, an issuer, unless it is the document's own word: "Reuters
  // documents" is Reuters'.)
  if (first !== words[0] && !DOCUMENT_NOUNS.has(first) && !DOCUMENT_MODIFIERS.has(first)) return undefined;
  const all = [first, ...rest];
  const head = all.at(-1) as string;
  if (!DOCUMENT_NOUNS.has(head)) return undefined;
  // The words that name the document's kind, right before its noun ("criminal complaint"); the others
  // ("unsealed", "global", "2022") say which one.
  let from = all.length - 1;
  while (from > 0 && DOCUMENT_MODIFIERS.has(all[from - 1] as string)) from--;
  return all.slice(from).join(' ');
}

/**
 * "told CNN's Fareed Zakaria" in a CNN story: a journalist named with the possessive of the article's own
 * outlet is that outlet, no relay (the own outlet relays nothing), as "told CNN" is none; a programme or
 * another outlet named after the possessive ("CNN's French affiliate BFMTV", "CNN's Erin Burnett OutFront")
 * is not a person's two-word name and stays. `isPerson` tells a person's name ("Fareed Zakaria": a known first
 * name, or a person the article names).
 */
export function ownJournalist(
  relay: string,
  isOwn: (outlet: string) => boolean,
  isPerson: (name: string) => boolean,
): boolean {
  const m = /^(.+?)['’]s?\s+(\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}[\p{Ll}\p{M}'’-]+)$/u.exec(relay.trim());
  if (!m?.[1] || !m[2] || !isOwn(m[1])) return false;
  return isPerson(m[2]);
}

/**
 * "the order said" after "signed an executive order": a document named by its bare noun is named as the
 * article names it in full elsewhere ("executive order", "criminal complaint"), when the article names it
 * so in one way only.
 */
export function widenDocument(relay: string, articleText: string): string {
  if (!DOCUMENT_NOUNS.has(relay)) return relay;
  // (One search of the whole article per noun, not per claim: a megabyte of reports that "said" searched it
  // again for each one.)
  if (articleText !== widened.text) widened = { text: articleText, forms: new Map() };
  const known = widened.forms.get(relay);
  if (known !== undefined) return known;
  const form = widestForm(relay, articleText);
  widened.forms.set(relay, form);
  return form;
}

/** The last article's widened document nouns (an article is read on one thread, start to end). */
let widened: { text: string; forms: Map<string, string> } = { text: '', forms: new Map() };

function widestForm(relay: string, articleText: string): string {
  const forms = new Set<string>();
  const named = new RegExp(`\\b((?:[\\p{L}-]+\\s+){1,3})${relay}\\b`, 'giu');
  // (The pattern runs on each stretch of letters, hyphens and spaces that holds the noun, with the
  // characters either side of it, not over the whole article: what it finds there is all it finds in the
  // whole, and the noun alone is found much sooner.)
  const noun = new RegExp(relay, 'giu');
  for (let m = noun.exec(articleText); m; m = noun.exec(articleText)) {
    let start = m.index;
    while (start > 0 && inFormStretch(articleText, start - 1)) start--;
    let end = m.index + m[0].length;
    while (end < articleText.length && inFormStretch(articleText, end)) end++;
    noun.lastIndex = end;
    for (const f of articleText.slice(Math.max(0, start - 1), end + 1).matchAll(named)) {
      const words = (f[1] ?? '')
        .trim()
        .split(/\s+/)
        .map((w) => w.toLowerCase());
      let from = words.length;
      while (from > 0 && DOCUMENT_MODIFIERS.has(words[from - 1] as string)) from--;
      if (from < words.length) forms.add([...words.slice(from), relay].join(' '));
    }
  }
  return forms.size === 1 ? ([...forms][0] as string) : relay;
}

/**
 * A character widestForm's pattern can match: a letter, a hyphen or a space (either half of a surrogate pair
 * counts).
 */
const FORM_STRETCH_CHAR = /[\p{L}\s-]/u;
function inFormStretch(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 0xd800 && code <= 0xdfff) || FORM_STRETCH_CHAR.test(text[i] as string);
}

/**
 * "In an exclusive, wide-ranging interview on Harbor Morning today, Ana Roe praised …": an interview or
 * appearance on a programme the words went out on (the fixtures README, session 28's "Openings that name a
 * programme or network"). "said in an interview with the BBC" and "in a Fox News interview" are read
 * elsewhere; this reads "on" after the noun, with up to three describing words before it.
 */
const INTERVIEW_ON =
  /\b(?:[Ii]n|[Dd]uring)\s+(?:an?|the|his|her|their)\s+(?:[\p{Ll}-]+,?\s+){0,3}(?:interview|appearance|sit-down|conversation)\s+on\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:the|of|and|&|\p{Lu}[\p{L}'’&.-]*))*)/u;

/** Places an interview is given on, not programmes ("on Capitol Hill", "on Air Force One"). */
const PLACE_END = /\b(?:Hill|Street|Avenue|One|House|Square|Island|Road|Field|Floor)$/u;

/**
 * The programme or outlet an interview was given on, as written ("Harbor Morning"), when it is an outlet the
 * lexicon knows or a programme's title-case name of two words or more (as `headingLeadIn` reads a heading's).
 */
export function interviewOn(masked: string, outlets: Outlets): string | undefined {
  const m = INTERVIEW_ON.exec(masked);
  const where = m?.[1]
    ?.replace(/(?:\s+(?:the|of|and|&))+$/u, '')
    .replace(/^the\s+/u, '')
    .trim();
  if (!where || PLACE_END.test(where)) return undefined;
  const outlet = outlets.of(where)?.name;
  if (outlet) return outlet;
  return PROGRAMME.test(where) ? where : undefined;
}
