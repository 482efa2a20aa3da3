// Lines a page lists as other outlets' headlines ("CNN: Apple will invest …", "WHBQ-TV (9/15/25): Two men
// shot …, police say", "1 killed in …, police say (WLS-TV, 8/13/25)"): the corpus README's convention
// (session 26) counts them as headlines, no claims, also where the headline attributes ("police say"). A
// tag naming an outlet before a quotation ("The Wall Street Journal: “…”") is the outlet's passage and
// stays a claim; so does a headline line whose next paragraph quotes the article under it.
import { CALL_SIGN, HEADLINE_TAGGED_AFTER, TAGGED_HEADLINE } from './lexicon';
import type { Outlets } from './outlets';

/** At most this many words: a headline, not a paragraph of prose. */
const HEADLINE_WORDS = 45;
/** A headline ends without a full stop (a question's mark, a closing quotation, "U.S." aside). */
const ENDS_AS_SENTENCE = /(?<!\b\p{Lu})\.["”’)]?$/u;
/** A tag of title-case words ("The Hill", "NewsNation"): an outlet where it stands among outlets' headlines. */
const TITLE_TAG = /^(?:The\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}$/u;
/** A quoted passage: the text after the tag opens on a double quotation mark. */
const OPENS_ON_PASSAGE = /^["“«]/u;

/** A tag naming an outlet: a known or presented outlet, a masthead, a call sign; no person ("ABC News’s Ana Roe"). */
export function isOutletTag(tag: string, outlets: Pick<Outlets, 'isName'>): boolean {
  const t = tag.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || /['’]s?(?:\s|$)/u.test(t)) return false;
  return CALL_SIGN.test(t) || outlets.isName(t);
}

/**
 * How a paragraph reads as a line listing another outlet's headline: `outlet` when the outlet tagged before
 * it (with or without the story's date) or after it with the date is one, `shape` when the tag is only
 * title-case words, undefined when it is no such line. `next` is the paragraph after it: a quotation opening
 * there is the story's own words under its headline, which the page quotes (the outlet's claim).
 */
function headlineLine(
  paragraph: string,
  next: string | undefined,
  outlets: Pick<Outlets, 'isName'>,
): 'outlet' | 'shape' | undefined {
  const p = paragraph.trim();
  if (p.split(/\s+/).length > HEADLINE_WORDS || ENDS_AS_SENTENCE.test(p)) return undefined;
  if (OPENS_ON_PASSAGE.test((next ?? '').trim())) return undefined;
  const after = HEADLINE_TAGGED_AFTER.exec(p)?.groups;
  if (after && !ENDS_AS_SENTENCE.test(after.headline ?? '') && isOutletTag(after.tag ?? '', outlets))
    return 'outlet';
  const before = TAGGED_HEADLINE.exec(p)?.groups;
  if (before === undefined || OPENS_ON_PASSAGE.test(before.headline ?? '')) return undefined;
  const tag = (before.tag ?? '').trim();
  if (isOutletTag(tag, outlets)) return 'outlet';
  return TITLE_TAG.test(tag) && !/['’]/u.test(tag) ? 'shape' : undefined;
}

/** Whether a paragraph is a line listing another outlet's headline ({@link outletHeadlines} for one alone). */
export function isOutletHeadline(
  paragraph: string,
  next: string | undefined,
  outlets: Pick<Outlets, 'isName'>,
): boolean {
  return headlineLine(paragraph, next, outlets) === 'outlet';
}

/**
 * The paragraphs that list other outlets' headlines: those tagged with an outlet, and in a run of such lines
 * (paragraph after paragraph) those tagged with title-case words the lexicon does not know as an outlet
 * ("The Hill: …" between "CNN: …" and "Reuters: …").
 */
export function outletHeadlines(
  paragraphs: readonly string[],
  outlets: Pick<Outlets, 'isName'>,
): Set<number> {
  const kinds = paragraphs.map((p, i) => headlineLine(p, paragraphs[i + 1], outlets));
  const found = new Set<number>();
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'outlet') continue;
    found.add(i);
    for (let j = i - 1; j >= 0 && kinds[j] === 'shape' && !found.has(j); j--) found.add(j);
    for (let j = i + 1; j < kinds.length && kinds[j] === 'shape'; j++) found.add(j);
  }
  return found;
}

/**
 * A section heading in capitals ("WHAT THEY ARE SAYING:", "PROMISES MADE, PROMISES KEPT"): a short
 * paragraph with no small letter, ending on a colon or on no stop (a sentence of wire copy set in capitals
 * ends on its full stop and stays).
 */
export function isCapitalsHeading(paragraph: string): boolean {
  const p = paragraph.trim();
  const words = p.split(/\s+/);
  return (
    words.length <= 12 &&
    !/\p{Ll}/u.test(p) &&
    (p.match(/\p{Lu}/gu)?.length ?? 0) >= 4 &&
    !/[.!?]["”’]?$/u.test(p)
  );
}
