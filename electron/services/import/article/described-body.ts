// A body's name and the noun phrase that describes it, in one subject ("research firm Gartner"): the name
// and the description apart. Apart because it reads one phrase against the lexicon only, and both the
// speaker's resolution and the bodies in view use it.
import { BODY_DESCRIPTION_NOUNS, ORG_WORDS } from './lexicon';
import { isPlaceName, tagsOf } from './recognition';
import { withoutArticle } from './words';

/** Tags of compromise's lexicon that make a name a place. */
export const PLACE_TAG = /^(?:Country|City|Region|Place)$/;

/**
 * A body's name and the noun phrase describing it, in one subject ("research firm Gartner", "Developer
 * Valve", "the Syrian National Council opposition group"): the name and the description apart; undefined
 * unless the description's head is a body's noun and the rest is capitalised.
 */
export function describedBody(phrase: string): { name: string; role: string } | undefined {
  const words = withoutArticle(phrase).split(/\s+/);
  if (words.length < 2) return undefined;
  const isHead = (w: string) => /^\p{Ll}/u.test(w) && BODY_DESCRIPTION_NOUNS.has(w);
  const isNameWord = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const small = (w: string) => /^(?:of|for|and|the|on|&)$/.test(w);
  // The description first: every word after its head is the name's.
  for (let h = words.length - 2; h >= 0; h--) {
    if (!isHead(words[h] as string)) continue;
    const name = words.slice(h + 1);
    if (!isNameWord(name[0] as string) || !name.every((w) => isNameWord(w) || small(w))) return undefined;
    const desc = words.slice(0, h + 1);
    // ("Toyota car maker" is no description before a name: a description holds no name of its own.)
    if (
      desc.slice(0, -1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !tagsOf(w.toLowerCase()).includes('Demonym'))
    )
      if (!/^(?:Internet|Web|Net)$/u.test(desc[0] as string) || desc.length > 3) return undefined;
    return {
      name: name.join(' '),
      role: desc.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
    };
  }
  // The name first: lower-case words ending on a body's noun after it.
  const last = words.at(-1) as string;
  if (!isHead(last)) return undefined;
  let k = words.length - 1;
  while (k > 0 && /^\p{Ll}/u.test(words[k - 1] as string) && !small(words[k - 1] as string)) k--;
  const name = words.slice(0, k);
  // ("the European Union's top court", "Inner Mongolia health authority": an owner or a place, no body.)
  if (
    name.length < 2 ||
    !name.every((w) => isNameWord(w) || small(w)) ||
    k > words.length - 2 ||
    /['’]s?$/u.test(name.at(-1) as string) ||
    // (A body's name before its description holds a body's word: "Syrian National Council".)
    !name.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
    isPlaceName(name.join(' ').toLowerCase()) ||
    tagsOf(name.join(' ').toLowerCase()).some((t) => PLACE_TAG.test(t))
  )
    return undefined;
  return { name: name.join(' '), role: words.slice(k).join(' ') };
}
