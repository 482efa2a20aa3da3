// A post's run: the same speaker's neighbouring claims relayed by the network the post was on.
import type { CandidateFact } from '../../../contract/api';
import { mask } from './attribution';
import { NEW_SETTING } from './lexicon';
import { isPlatform } from './outlets';
import type { Unit } from './segmentation';

/** What a run reads of a claim: its candidate, its paragraph and the units it holds. */
interface RunClaim {
  candidate: CandidateFact;
  paragraph: number;
  units: number[];
}

/** A day named in narration: a weekday, "yesterday", a month and day. */
const ANOTHER_DAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/u;

/**
 * A post's run of units (the fixtures README, settled in session 24 after session 22's interview runs): a
 * speaker's claims right before and after the one naming the network the words were posted on ("said on
 * Twitter", "posted on X", "said in a social media post") relay it too, as long as no other speaker's claim
 * comes between, they stand within a paragraph of each other, and the unit names no setting of its own
 * (`NEW_SETTING`: "Later, …", "told reporters", "in a statement"), and neither it nor the narration between
 * names a day the post does not give. Only networks run on: run on from interviews and outlets too ("told
 * the Observer"), it lost 130 dev relays for 38 gained (the older rounds' labels leave those neighbours
 * unrelayed).
 */
export function relayRuns(claims: RunClaim[], units: readonly Unit[]): void {
  const sameSpeaker = (a: RunClaim, b: RunClaim) =>
    Boolean(a.candidate.speaker) && a.candidate.speaker?.toLowerCase() === b.candidate.speaker?.toLowerCase();
  const ownSetting = (c: RunClaim) =>
    c.units.some((u) => NEW_SETTING.test(mask(units[u]?.text ?? '', units[u]?.quotes ?? [])));
  const sources = claims.filter(
    (c) => c.candidate.speaker && c.candidate.relayedBy && isPlatform(c.candidate.relayedBy),
  );
  for (const source of sources) {
    const at = claims.indexOf(source);
    const relay = source.candidate.relayedBy as string;
    for (const step of [-1, 1]) {
      let last = source;
      for (let i = at + step; i >= 0 && i < claims.length; i += step) {
        const c = claims[i] as RunClaim;
        if (!sameSpeaker(c, source) || Math.abs(c.paragraph - last.paragraph) > 1) break;
        if (c.candidate.relayedBy) break;
        // ("On Friday, Trump referenced …" after an undated post: another day is another setting.)
        if (c.candidate.eventDate && c.candidate.eventDate !== source.candidate.eventDate) break;
        if (ownSetting(c)) break;
        // ("On Friday, Trump referenced his exchanges … while making comments to a gathering." between:
        // narration that moves to another day or occasion ends the run too.)
        const [lo, hi] =
          step > 0 ? [last.units.at(-1) ?? 0, c.units[0] ?? 0] : [c.units.at(-1) ?? 0, last.units[0] ?? 0];
        const between = units.slice(lo + 1, hi).map((u) => mask(u.text, u.quotes));
        if (between.some((t) => NEW_SETTING.test(t) || ANOTHER_DAY.test(t))) break;
        c.candidate.relayedBy = relay;
        last = c;
      }
    }
  }
}
