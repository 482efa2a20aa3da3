// A generic noun named next (the fixtures README, settled in session 21): an unnamed speaker ("One analyst
// said …", "a church official said …") whom the next sentence or paragraph names as speaking — it opens on
// a person's full name, named there for the first time, and is a claim of theirs — is that person, the
// noun the role. One the text names only later, or never ties to a name, keeps the noun.
import type { CandidateFact } from '../../../contract/api';
import { isRoleWord, personNames, tagsOf } from './recognition';
import type { Unit } from './segmentation';
import { DESCRIPTION_NOUNS, UNNAMED_ONE_HEADS } from './lexicon';
import { escapeRegExp } from './words';

export interface NextClaim {
  candidate: CandidateFact;
  units: number[];
  /** What the speaker was read as. */
  kind?: 'person' | 'body' | 'group';
}

/** A quotation opening the sentence and the verb of saying of its tag, the speaker's name after it. */
const QUOTATION_TAG = /^[“"][^”"]+[,?!—-][”"]\s+(?:said|says|added|adds)\s+/u;

/** A person's full name as a speaker: two capitalised words or more, no lower-case word. */
const FULL_NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)+$/u;

/** An unnamed singular speaker in lower case ("analyst", "senior official", "factory owner"). */
function isUnnamedOne(speaker: string): boolean {
  if (!/^[\p{Ll}\s-]+$/u.test(speaker)) return false;
  const head = speaker.split(/\s+/).at(-1) ?? '';
  if (/s$/u.test(head)) return false;
  return isRoleWord(head) || UNNAMED_ONE_HEADS.has(head) || DESCRIPTION_NOUNS.has(head);
}

/** The speaker's noun written with "the" before it ("The carpet fitter said"), a description of one in view. */
function definitelyWritten(text: string, speaker: string): boolean {
  const noun = speaker
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  return new RegExp(String.raw`(?:^|[^\p{L}])the\s+${noun}(?![\p{L}])`, 'iu').test(text);
}

export function namedNext(claims: NextClaim[], units: readonly Unit[]): void {
  for (let i = 0; i + 1 < claims.length; i++) {
    const claim = claims[i] as NextClaim;
    const next = claims[i + 1] as NextClaim;
    const speaker = claim.candidate.speaker;
    const name = next.candidate.speaker;
    if (
      !speaker ||
      !name ||
      claim.candidate.speakerRole ||
      next.kind !== 'person' ||
      !isUnnamedOne(speaker) ||
      !FULL_NAME.test(name)
    )
      continue;
    const last = Math.max(...claim.units);
    // ("The carpet fitter, who …, said": a definite description refers back to someone in view, never
    // forward to the next one named — the rule is for an indefinite noun, "One analyst", "a man who …".)
    if (claim.units.some((u) => definitelyWritten(units[u]?.text ?? '', speaker))) continue;
    const first = Math.min(...next.units);
    // The next sentence, or the next paragraph's first.
    if (first !== last + 1) continue;
    const text = units[first]?.text.trimStart() ?? '';
    // ("“My brother needs help,” said Jane Roe, who …": a quotation first, then its tag naming the speaker —
    // the name stands right after the quotation's verb of saying.)
    const tagged = QUOTATION_TAG.exec(text)?.[0].length;
    const opening = tagged === undefined ? text : text.slice(tagged);
    // (A person's name as the name finder reads it, at the sentence's opening: "Catholic Charities says" is
    // no one.)
    // (Nor a name ending on a plural the lexicon knows: "Catholic Charities".)
    if (
      !opening.startsWith(name) ||
      !personNames(opening).some((n) => n.at === 0 && n.name === name) ||
      tagsOf(name.split(/\s+/).at(-1)?.toLowerCase() ?? '').includes('Plural')
    )
      continue;
    // Named there for the first time: no unit before it names them.
    const surname = name.split(/\s+/).at(-1) as string;
    if (units.slice(0, first).some((u) => u.text.includes(surname))) continue;
    claim.candidate.speakerRole = speaker;
    claim.candidate.speaker = name;
  }
}
