// A line that names its speaker, a colon and the speaker's quotation, with no verb of saying: the lists
// of statements a government page, a newsletter or a press release is built of ("Gov. Ann Roe (D-ME):
// “…”", "Harbour Trust CEO Tom Lee: “…”", "Resident Joe Moss, 54: “…”", "Roe: “…”"). The words before
// the colon are the speaker, title words before the name the role. A line that opens on a topic ("On
// fares: “…”") names no speaker: its words are those of the speaker a lead-in before the list named
// (index.ts hands them on as the points of "X also said:").
import type { Attribution } from './attribution';
import { ROLE_WORDS } from './lexicon';
import type { Outlets } from './outlets';
import { readPhrase, tagsOf } from './recognition';
import type { RunClaim } from './relay-runs';

/**
 * The label up to the colon, then a quotation mark: capitalised words (with the small words of a title,
 * "Secretary of State", "VP and CFO"), an optional party and state in brackets ("(D-PA)") or an age
 * after a comma (", 54").
 */
const LABEL =
  /^\s*((?:[\p{L}\p{M}.'’&-]+\s+){0,11}[\p{L}\p{M}.'’&-]+)\s*(?:\([^()“”"]{1,30}\)|,\s*\d{1,3}|,\s*\d{1,2}\/\d{1,2}\/\d{2,4})?\s*:\s*(?=[“"])/u;

/** Lower-case words a label may hold besides role words: a title's and a list of names' small words. */
const LABEL_SMALL_WORDS = new Set([
  'of',
  'to',
  'and',
  'the',
  'for',
  'at',
  'on',
  'de',
  'van',
  'von',
  'da',
  'del',
  '&',
]);

/** A label that opens on a topic ("On fares:", "On the budget:", "Regarding tariffs:"). */
export const TOPIC_LABEL = /^\s*(?:On|About|Regarding|Re)\s+[^:“”"]{1,80}:\s*[“"]/u;

/** A word that joins a title's acronym to the role words before it: "and", "&", "COO", "CIO". */
const ROLE_JOINER = /^(?:and|&|\p{Lu}{2,4})$/u;

const isRoleWord = (w: string) => {
  const l = w.toLowerCase();
  return ROLE_WORDS.has(l) || ROLE_WORDS.has(l.replace(/s$/u, ''));
};

/** The speaker a label line names, when the unit is one. */
export function speakerLabel(masked: string, outlets: Outlets, text = masked): Attribution | undefined {
  const colon = masked.indexOf(':');
  if (colon < 0 || colon > 160) return undefined;
  const m = LABEL.exec(masked);
  const found = m?.[1];
  if (!m || !found) return undefined;
  // A headline of the same shape ("Roe: “We needed that win”") ends on no full stop: a statement does.
  if (!/[.!?…][’'"”»]*\s*\)?\s*$/u.test(text.trimEnd())) return undefined;
  // "Said Mr Roe: “…”": an inverted verb of saying before the name is no part of it.
  const verb = /^(?:Said|Says|Added|Adds|Asked|Asks|Wrote|Writes)\s+(?=\p{Lu})/u.exec(found)?.[0] ?? '';
  const label = found.slice(verb.length);
  const words = label.split(/\s+/);
  const first = words[0] as string;
  const last = words.at(-1) as string;
  // Every word capitalised, a small word of a title or a role word ("Acme lawyers Ana Roe and Tom Lee");
  // no digit ("May 2021: “…”" is a date), the first and the last capitalised.
  if (!/^\p{Lu}/u.test(first) || !/^\p{Lu}/u.test(last)) return undefined;
  if (words.some((w) => /\d/u.test(w))) return undefined;
  if (words.some((w) => /^\p{Ll}/u.test(w) && !LABEL_SMALL_WORDS.has(w) && !isRoleWord(w))) return undefined;
  // "On fares:", "In 2021:", "From The Times:": a preposition opens a topic or a source, not a speaker.
  // ("Our Ana Roe and Tom Lee: “…”": the page's own reporters, quoting their own story, say nothing new.)
  if (
    /^(?:On|In|At|From|About|Regarding|Re|For|To|By|With|After|Before|Since|During|Via|Our|My|Your)$/u.test(
      first,
    )
  )
    return undefined;
  // An outlet (the newsletter's item, read before) or an acronym alone ("ICYMI: “…”", "UPDATE: “…”").
  if (outlets.of(label)) return undefined;
  if (words.length === 1 && !/\p{Ll}/u.test(label)) return undefined;
  // One word alone is a surname only when the lexicon knows it as no other word ("Update", "Note",
  // "Tides" are words; "Christoforous" is a name).
  if (words.length === 1 && tagsOf(label).some((t) => !/Name$|^Person$/u.test(t))) return undefined;
  if (words.length === 1 && tagsOf(label.replace(/s$/u, '')).some((t) => !/Name$|^Person$/u.test(t)))
    return undefined;
  const at = m.index + m[0].indexOf(label);
  // "Acme lawyers Ana Roe and Tom Lee": names joined after the role words speak together, the role theirs.
  const lastRole = words.findLastIndex(isRoleWord);
  // "Acme President and COO Ana Roe": the acronyms of titles joined to the role words ("and COO") are the
  // role's too, not a name's (a name of two words at least is left after them).
  let roleEnd = lastRole;
  while (roleEnd >= 0 && ROLE_JOINER.test(words[roleEnd + 1] ?? '') && roleEnd + 3 < words.length) roleEnd++;
  if (/^(?:and|&)$/u.test(words[roleEnd] ?? '')) roleEnd = lastRole;
  const names = words.slice(roleEnd + 1);
  if (lastRole >= 0 && names.includes('and') && names.every((w) => w === 'and' || /^\p{Lu}/u.test(w)))
    return {
      phrase: { kind: 'group', name: names.join(' '), role: words.slice(0, roleEnd + 1).join(' ') },
      cue: 'quoted',
      at,
      end: at + label.length,
    };
  // "Harbour Authority Chief W. Tom Lee", "Acme President and COO Ana Roe": a name of two to four
  // capitalised words after the role words is the speaker, every word before it the role — however many
  // capitalised words the role holds (a body's name before a role word is no part of the person's).
  const holder =
    lastRole >= 0 &&
    names.length >= 2 &&
    names.length <= 4 &&
    names.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]*\.?$/u.test(w) && !isRoleWord(w))
      ? readPhrase([names.join(' ')])
      : undefined;
  const phrase =
    holder?.kind === 'person'
      ? { ...holder, role: words.slice(0, roleEnd + 1).join(' ') }
      : readPhrase([label]);
  if (!phrase || phrase.kind === 'pronoun' || phrase.kind === 'outlet') return undefined;
  // "The Hill (9/29/25): “…”": a tag dated as an outlet's story is, and naming no one by a first name or a
  // title, is an outlet the lexicon does not know (dated-tags.ts): it relays, no one speaks.
  if (
    /\d\/\d/u.test(m[0]) &&
    phrase.kind === 'person' &&
    !phrase.role &&
    !phrase.gender &&
    !words.some((w) => /\.$/u.test(w))
  )
    return { relay: label, cue: 'quoted', at, end: at + label.length };
  // A single word read as a body or a group ("Tides") is no speaker's label.
  if (words.length === 1 && phrase.kind !== 'person') return undefined;
  return { phrase, cue: 'quoted', at, end: at + label.length };
}

/**
 * A lead-in that ends on a colon and opens on a person, the words after it a list of topics ("Secretary
 * Roe then made the rounds on television:", "Mayor Ana Roe later took questions on the budget:"): the
 * person whose answers the topic lines give.
 */
const LEAD_IN =
  /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,5}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?\p{Ll}{2,}(?:ed|s)?\b[^“”":;]{0,200}:\s*$/u;

/** A lead-in that only points to the lines after it ("Here’s what you missed:", "Here are the highlights:"). */
export const POINTING_LEAD_IN =
  /^\s*(?:Here|There|This|These|That|What)(?:['’]s|\s+(?:is|are|was|were))\b[^:]{0,120}:\s*$/u;

export function leadInSpeaker(masked: string, outlets: Outlets): Attribution | undefined {
  const m = LEAD_IN.exec(masked);
  const name = m?.[1];
  if (!m || !name || outlets.of(name)) return undefined;
  // ("Here’s what you missed:", "This is what they said:": the page pointing to the lines, no one named.)
  if (POINTING_LEAD_IN.test(masked)) return undefined;
  const phrase = readPhrase([name]);
  if (phrase?.kind !== 'person') return undefined;
  const at = m.index + m[0].indexOf(name);
  return { phrase, cue: 'quoted', at, end: at + name.length };
}

/**
 * After reading: "ABC News’s Ana Roe: “…”" then "Roe: “…”" — the bare name's line right after the same
 * speaker's relayed line is the same report, relayed alike.
 */
export function labelLineRelays(claims: readonly RunClaim[]): void {
  claims.forEach((c, i) => {
    const p = claims[i - 1];
    if (
      p &&
      c.candidate.cue === 'quoted' &&
      p.candidate.cue === 'quoted' &&
      !c.candidate.relayedBy &&
      p.candidate.relayedBy &&
      c.paragraph === p.paragraph + 1 &&
      c.candidate.speaker !== undefined &&
      c.candidate.speaker === p.candidate.speaker
    )
      c.candidate.relayedBy = p.candidate.relayedBy;
  });
}
