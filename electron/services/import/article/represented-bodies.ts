// "Texaco executives said", "Halvard Bank officials said": a body the article names, then a plural noun for
// the people who speak for it, is that body speaking through them (the fixtures README, settled in session
// 15: "NASA's scientists" and "agency officials" → NASA, role scientists / officials). recognition.ts reads
// "DHS officials" and "White House officials" so from the name alone; a one-word company name ("Texaco")
// or a name with no body's head word is no body's name by its words, only by the article's own use of it
// (named in full, named as a company's short name, or an acronym it defines), known here.
import { REPRESENTATIVE_NOUNS } from './lexicon';

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}&.'’-]*$/u;

/**
 * The body and the role when `name` is "<a body the article names> <people who speak for it>", the
 * people a plural noun from REPRESENTATIVE_NOUNS ("executives", "officials", "scientists"); undefined
 * otherwise. `bodyName` gives the body's name as the article names it, or undefined when it names none so.
 */
export function bodyThroughItsPeople(
  name: string,
  bodyName: (words: string) => string | undefined,
): { body: string; role: string } | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return undefined;
  const noun = words.at(-1) as string;
  // (Plural only: "a GE spokesman" is read by recognition.ts, and a singular after a name is mostly a title.)
  if (!REPRESENTATIVE_NOUNS.has(noun) || !/(?:s|men|people)$/.test(noun) || /ss$/.test(noun))
    return undefined;
  const head = words.slice(0, -1);
  if (!head.every((w) => CAPITALISED.test(w))) return undefined;
  const body = bodyName(head.join(' '));
  return body ? { body, role: noun } : undefined;
}
