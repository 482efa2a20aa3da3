// A heading over lines of quotations that names the official and where they spoke, with no verb
// ("Secretary of Commerce Ana Roe on This Week", "Treasury Secretary Tom Lee on Face the Nation",
// "Secretary Lee on tariffs:"): the "On <topic>: “…”" lines under it are the official's, as the corpus
// README's session-27 convention has it (the first line anchored on the heading and given its title as
// role, the later lines no role, all relayed by a programme the heading names).
import type { Attribution } from './attribution';
import type { Outlets } from './outlets';
import { readPhrase } from './recognition';

/** "<capitalised title and name> on <where or what>", ending on a colon or on nothing. */
const HEADING =
  /^\s*((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+(?:(?:of|for|and|the|to)\s+)*){1,10}[\p{Lu}][\p{L}\p{M}'’-]*)\s+on\s+([^:.!?“”"]{2,80}?)\s*:?\s*$/u;

/** A programme's or outlet's name: title-case words ("Meet the Press", "Fox News Sunday", "This Week"). */
export const PROGRAMME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:the|of|and|&|\p{Lu}[\p{L}'’&.-]*))+$/u;

export interface HeadingLeadIn {
  found: Attribution;
  /** The heading's words, which the first line's claim holds (its anchor, by the convention). */
  heading: string;
}

/** The official a heading over quotation lines names, the programme they spoke on as the relay. */
export function headingLeadIn(masked: string, outlets: Outlets): HeadingLeadIn | undefined {
  if (/[“”"]/u.test(masked)) return undefined;
  const m = HEADING.exec(masked);
  const who = m?.[1];
  const where = m?.[2]?.trim();
  if (!m || !who || !where || outlets.of(who)) return undefined;
  let phrase = readPhrase([who]);
  // ("Senior Counselor for Trade and Manufacturing Ana Roe": a long title the reader stops inside; the
  // name is the last two words, the title the rest.)
  if (phrase?.kind === 'person' && !who.endsWith(phrase.name)) {
    const words = who.split(/\s+/);
    if (words.length < 3) return undefined;
    phrase = { kind: 'person', name: words.slice(-2).join(' '), role: words.slice(0, -2).join(' ') };
  }
  if (phrase?.kind !== 'person' || !/\s/u.test(who)) return undefined;
  const relay = PROGRAMME.test(where) || outlets.of(where) ? where : undefined;
  return {
    found: { phrase, cue: 'quoted', ...(relay ? { relay } : {}) },
    heading: masked.trim(),
  };
}
