// What of a subject phrase is a person's name, and what is around it: an opening word, a phrase of time or
// place, a party word before it, letters after it, and the words the role took from the name.
import { ORG_WORDS, PARTY_AFFILIATIONS, POST_NOMINALS, ROLE_WORD_FIRST_NAMES } from './lexicon';
import { firstNameGender, tagsOf } from './recognition';

/** Letters after a person's name ("Ann Roe QC"), as the phrase's end: a rank or an honour, no part of the name. */
export const POST_NOMINAL = new RegExp(`\\s+(${[...POST_NOMINALS].join('|')})$`, 'u');
/** A sentence's opening word read into the name: "What Schmidt", "Not Munn", "Without Watson". */
const OPENING_WORD =
  /^(?:What|Not|Without|With|Unlike|Like|Per|Even|Only|Just|Also|Then|Now|So|Yet|Still|Though|Although|While|When|Where|Why|How|If|Because|Since|Until)\s+(?=\p{Lu})/u;
/**
 * After the name: a phrase of time, place or manner ("ahead of the tie", "in the indictment", "on June 3"),
 * an adverb or a reflexive pronoun ("Ann Roe himself has said"), a day as an adverb ("Acme today said", the
 * wire style).
 */
const AFTER_NAME =
  /\s+(?:(?:ahead\s+of|as\s+part\s+of|in|on|at|over|after|before|during|since|about|via|through|into|against)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:\p{Ll}|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|(?:overall|believed|also|too|however|meanwhile|instead|later|earlier|again|today|yesterday|tonight|himself|herself|themselves|itself)$).*$/u;

/**
 * Words that describe a name without being any of it, at its head: a compound of a place or a number
 * ("Singapore-based", "15-member", "London-listed", "state-owned", "South Korea-born") or an adjective by its ending that no
 * first name has ("Secretive", "Notorious", "Powerful", "Fearless"), as a headline puts them before a
 * body's name. A first name the lexicon knows is never one ("Clive"), nor an adjective before a body's head
 * word, which is the name's own ("Conservative Party", "Administrative Office of the Courts").
 */
const LEADING_MODIFIER =
  /^(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:[\p{L}\p{N}.]+-)+(?:based|member|nation|strong|owned|listed|headquartered|backed|controlled|funded|born)|\p{Lu}\p{Ll}+(?:ive|ous|ful|less))\s+(?=\p{Lu})/u;

/** A name without the describing words a headline or a lead put at its head ("Singapore-based Acme" → "Acme"). */
export function withoutLeadingModifier(name: string): string {
  const m = LEADING_MODIFIER.exec(name);
  if (!m) return name;
  const first = m[0].trim();
  const rest = name.slice(m[0].length);
  if (!first.includes('-')) {
    if (firstNameGender(first) !== undefined) return name;
    if (rest.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/['’]s$/u, '')))) return name;
  }
  return rest;
}

/**
 * "Boko Haram released a video", "Ann Roe issued regular": a verb in the past tense right after a
 * capitalised word opens the clause the name is the subject of; the name ends before it (a phrase read
 * too far back, over a clause of its own, into the subject).
 */
function withoutClauseAfter(phrase: string): string {
  const words = phrase.split(/\s+/);
  const at = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^\p{Lu}/u.test(words[i - 1] as string) &&
      words[i - 1] !== 'I' &&
      /^\p{Ll}+$/u.test(w) &&
      // ("Research conducted by the EOC": a participle with its agent describes the name, no clause.)
      words[i + 1] !== 'by' &&
      tagsOf(w).length > 0 &&
      tagsOf(w).every((t) => t === 'PastTense'),
  );
  return at > 0 ? words.slice(0, at).join(' ') : phrase;
}

/** The name alone, without what the subject phrase took in around it; the phrase itself if nothing is. */
export function nameAlone(phrase: string): string {
  const cut = withoutLeadingModifier(
    withoutClauseAfter(phrase).replace(OPENING_WORD, '').replace(AFTER_NAME, '').replace(POST_NOMINAL, ''),
  );
  // (What is left must still be a name: capitalised, one word or more.)
  // ("GOP insiders in key early states": unnamed people and where they are are one description, kept.)
  const last = cut.trim().split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}/u.test(cut) && /^[\p{Lu}\p{N}]/u.test(last) ? cut.trim() : phrase;
}

/** "Tory Ann Roe" → "Ann Roe", "Ann Roe QC" → "Ann Roe": a person's name without party word or letters. */
export function withoutPartyOrLetters(name: string): string {
  let words = name.split(' ');
  if (words.length >= 3 && PARTY_AFFILIATIONS.has(words[0] ?? '')) words = words.slice(1);
  if (words.length >= 3 && POST_NOMINALS.has(words.at(-1) ?? '')) words = words.slice(0, -1);
  return words.join(' ');
}

/**
 * "said Dean Roe, principal analyst", "Church Elder L. Ann Roe", "Charles A Roe, executive …": words the
 * phrase read as the end of the role before the name ("Dean", "L.", "Charles A") that the article's full
 * name opens with are the name's, not the role's.
 */
export function withoutNameWords(role: string, speaker: string, read: string): string | undefined {
  if (!speaker.endsWith(` ${read}`)) return role;
  const lead = speaker.slice(0, -read.length - 1).split(' ');
  // Only a first name or initials: "Salafi Preaching" before "Movement" is no person's.
  const nameLike = (w: string) =>
    /^(?:\p{Lu}\.?){1,3}$/u.test(w) || ROLE_WORD_FIRST_NAMES.has(w) || firstNameGender(w) !== undefined;
  if (!lead.every(nameLike)) return role;
  const comma = role.indexOf(',');
  const head = (comma < 0 ? role : role.slice(0, comma)).trim();
  if (head !== lead.join(' ') && !head.endsWith(` ${lead.join(' ')}`)) return role;
  const kept = head.slice(0, head.length - lead.join(' ').length).trim();
  const rest = comma < 0 ? '' : role.slice(comma + 1).trim();
  const out = [kept, rest].filter((x) => x.length > 0).join(', ');
  return out.length > 0 ? out : undefined;
}
