// A post's or interview's run: the same speaker's neighbouring claims relayed by the network, programme or
// outlet the words were posted on or told to.
import type { CandidateFact } from '../../../contract/api';
import { mask } from './attribution';
import { NEW_SETTING } from './lexicon';
import { isPlatform } from '../../../core/platforms';
import type { Unit } from './segmentation';
import { POINTING_LEAD_IN } from './speaker-labels';

/** What a run (and the passes after reading) read of a claim: its candidate, its paragraph and the units it holds. */
export interface RunClaim {
  candidate: CandidateFact;
  paragraph: number;
  units: number[];
}

/** A day named in narration: a weekday, "yesterday", a month and day. */
const ANOTHER_DAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/u;

/** A relay named in capitals: an outlet, station, programme or platform ("Reuters", "BBC Two's Newsnight"). */
const NAMED_RELAY = /^\p{Lu}/u;

/**
 * A post's or interview's run of units (the fixtures README, "An interview's run of units", settled in session
 * 22, and session 24's posts): a speaker's claims right before and after the one naming the programme,
 * station, outlet or network the words were told to or posted on ("told BBC Radio 4's Today programme", "told
 * Reuters", "said on Twitter") relay it too, as long as no other speaker's claim comes between, they stand
 * within a paragraph of each other, and the unit names no setting of its own (`NEW_SETTING`: "Later, …", "told
 * reporters", "in a statement"), and neither it nor the narration between names a day the post does not give.
 * Session 24 ran on from networks only: run on from interviews and outlets too, it lost 130 dev relays for 38
 * gained, the older rounds' labels leaving those neighbours unrelayed. In session 27 the rounds labelled after
 * the convention (the fifteenth to nineteenth retired splits) gained 0.4 to 1.1 points each from it, the older
 * ones lost, so named relays run on too (papers and channels in common words still do not).
 */
export function relayRuns(claims: RunClaim[], units: readonly Unit[]): void {
  const sameSpeaker = (a: RunClaim, b: RunClaim) =>
    Boolean(a.candidate.speaker) && a.candidate.speaker?.toLowerCase() === b.candidate.speaker?.toLowerCase();
  const ownSetting = (c: RunClaim) =>
    c.units.some((u) => NEW_SETTING.test(mask(units[u]?.text ?? '', units[u]?.quotes ?? [])));
  // A relay the unit names (a programme, station, outlet or platform: "told BBC Radio 4's Today programme",
  // "told Reuters", "said on X"), not a paper or channel in common words ("court papers", "a statement
  // posted on …", "both media"): those speak for their own units only.
  const sources = claims.filter((c) => {
    const relay = c.candidate.relayedBy;
    return Boolean(c.candidate.speaker && relay && (isPlatform(relay) || NAMED_RELAY.test(relay)));
  });
  for (const source of sources) {
    const at = claims.indexOf(source);
    const relay = source.candidate.relayedBy as string;
    for (const step of [-1, 1]) {
      let last = source;
      for (let i = at + step; i >= 0 && i < claims.length; i += step) {
        const c = claims[i] as RunClaim;
        if (!sameSpeaker(c, source)) break;
        // (Counted from the paragraph the nearer claim ends on: a quotation running over paragraphs ends its
        // claim in the last of them, "He added: “… / … / …”" then "He said …" after it is next to it.)
        const [from, to] =
          step > 0 ? [lastParagraph(last, units), c.paragraph] : [lastParagraph(c, units), last.paragraph];
        const gap = to - from;
        // ("… interview on Harbor Morning today, Roe praised … / Here are key moments you missed: / Roe
        // vowed …: “…”": a lead-in that only points to the lines between is no other setting.)
        if (gap > 2 || (gap === 2 && !pointsBetween(units, from, to))) break;
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

/** An interview named again by a definite noun ("In the interview, …", "during that same interview"). */
const THE_INTERVIEW = /\b(?:in|during)\s+(?:the|that|this)\s+(?:same\s+)?interview\b/iu;

/** A unit naming the interview an outlet held ("In an interview with Deadline, …", "told Reuters in an interview"). */
const AN_INTERVIEW = /\binterview\b/iu;

/**
 * "In the interview, Roe also responded to …", paragraphs after "In an interview with the Daily Post, Roe said
 * …": the interview named again by a definite noun is the one the same speaker gave before, and its outlet
 * relays the unit (and, by the run rule after it, the speaker's units that follow it). Only a claim that names
 * no relay of its own, whose speaker's last relayed claim named an interview.
 */
export function interviewsNamedAgain(claims: RunClaim[], units: readonly Unit[]): void {
  const textOf = (c: RunClaim) =>
    c.units.map((u) => mask(units[u]?.text ?? '', units[u]?.quotes ?? [])).join(' ');
  claims.forEach((claim, at) => {
    const speaker = claim.candidate.speaker?.toLowerCase();
    if (!speaker || claim.candidate.relayedBy || !THE_INTERVIEW.test(textOf(claim))) return;
    const before = claims
      .slice(0, at)
      .reverse()
      .find((c) => c.candidate.speaker?.toLowerCase() === speaker && c.candidate.relayedBy);
    const relay = before?.candidate.relayedBy;
    if (before && relay && NAMED_RELAY.test(relay) && !isPlatform(relay) && AN_INTERVIEW.test(textOf(before)))
      claim.candidate.relayedBy = relay;
  });
}

/** The paragraph a claim ends on: that of its last unit (a quotation may run over paragraphs). */
function lastParagraph(c: RunClaim, units: readonly Unit[]): number {
  return Math.max(c.paragraph, units[c.units.at(-1) ?? -1]?.paragraph ?? c.paragraph);
}

/** The paragraph between two claims' paragraphs is only a lead-in that points to the lines after it. */
function pointsBetween(units: readonly Unit[], a: number, b: number): boolean {
  const between = units.filter((u) => u.paragraph === Math.min(a, b) + 1);
  return between.length > 0 && between.every((u) => POINTING_LEAD_IN.test(mask(u.text, u.quotes)));
}

/** A headline that quotes another outlet's headline under a tag ("ICYMI: “Firms eye US expansion”"). */
const REPRINT_HEADLINE = /^\s*(?:ICYMI|MUST\s+READ|READ)\s*:\s*[“"]/u;

/**
 * A page that reprints another outlet's story under that story's quoted headline ("ICYMI: “…”"), whose
 * opening claim is relayed by a named outlet ("…, according to a new report from Reuters"): the claims after
 * the opening that name no relay of their own are the story's, relayed by that outlet (the fixtures README,
 * session 26's "Passages quoted from an outlet": the people and bodies the outlet's passage reports are their
 * own claims with the outlet as relay), also where the items stand under headings of their own and not in
 * quotation marks. A claim that names its own relay ("Handelsblatt reported") keeps it.
 */
export function reprintRelays(claims: RunClaim[], headline: string | undefined): void {
  if (!headline || !REPRINT_HEADLINE.test(headline)) return;
  const opening = claims[0];
  const relay = opening?.candidate.relayedBy;
  if (!opening || !relay || !NAMED_RELAY.test(relay) || isPlatform(relay)) return;
  // (The opening is the page's first paragraph of prose: the headline and date line before it.)
  if (opening.paragraph > 3) return;
  for (const c of claims.slice(1)) c.candidate.relayedBy ??= relay;
}
