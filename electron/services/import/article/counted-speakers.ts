// The people a counted description stands for ("the pair", "both leaders", "the three men"): a
// coordination of that many names written before, each of whom spoke lately. Apart because it reads the
// claims made so far and the text before, nothing else.
import { COUNT_WORDS, COUNTED_PERSON_NOUNS } from './lexicon';
import type { RulesContext } from './rules-context';

/**
 * The people a counted description stands for ("the pair", "both leaders", "the three men"): the last
 * coordination of that many names the text wrote before ("Ana Roe and Tom Lee", "Roe, Lee and Kay"), as
 * written, when each of them spoke in the ten paragraphs before; undefined when none is.
 */
export function countedSpeakers(
  ctx: RulesContext,
  description: string,
  paragraph: number,
  before: string,
): string | undefined {
  const { claims } = ctx;
  const words = description.toLowerCase().split(/\s+/);
  const noun = words.at(-1) ?? '';
  const count = COUNT_WORDS.get(noun) ?? words.map((w) => COUNT_WORDS.get(w)).find((n) => n !== undefined);
  if (count === undefined || (!COUNTED_PERSON_NOUNS.has(noun) && !/^(?:pair|couple|duo|trio)$/.test(noun)))
    return undefined;
  // ("the two men" with a number, "both men", "all three men", "the pair": no other words.)
  if (words.some((w) => !COUNT_WORDS.has(w) && !/^(?:the|all|these|those)$/.test(w) && w !== noun))
    return undefined;
  const spoke = new Set<string>();
  for (const c of [...claims].reverse()) {
    if (paragraph - c.paragraph > 10) break;
    if (c.kind === 'person' && c.candidate.speaker) spoke.add(c.candidate.speaker);
  }
  const isSpeaker = (part: string) => {
    const last = part.split(/\s+/).at(-1) as string;
    return [...spoke].some((p) => p === part || p.split(/\s+/).includes(last));
  };
  const name = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;
  const coordination = new RegExp(
    String.raw`(?<!,\s*)\b(${name}(?:,\s+${name}){${count - 2}},?\s+and\s+${name})\b(?!['’]?\s*\p{Lu}|,\s+${name},?\s+and\b)`,
    'gu',
  );
  const found = [...before.matchAll(coordination)]
    .map((m) => m[1] as string)
    .findLast((run) => {
      const parts = run.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u);
      return parts.length === count && new Set(parts).size === count && parts.every(isSpeaker);
    });
  return found?.replace(/['’]s$/u, '');
}
