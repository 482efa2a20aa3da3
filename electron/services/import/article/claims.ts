// A claim built: from a unit's frame, the speaker read in three steps (speaker-reference.ts, speaker-names.ts,
// relays.ts), then the candidate — its statement, sentence, quote, speaker, role, relay and event date; or a
// quotation continuing another claim's speaker. Apart because every claim the rules make is assembled here,
// whichever reading of the unit gave it (unit-claims.ts, unit-reading.ts).
import type { CandidateFact } from '../../../contract/api';
import type { Attribution } from './attribution';
import type { Clause } from './clauses';
import { eventDate } from './dates';
import type { Claim, RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import { referredSpeaker } from './speaker-reference';
import { speakerNamedInFull } from './speaker-names';
import { relayOf } from './relays';
import { namedStatement } from './statements';

/** A possessive pronoun or a quantifier opening a role ("his wife", "One witness"), not "one of". */
const ROLE_DETERMINER = /^(?:his|her|their|its|our|my|one|another)\s+(?!of\b)(?=\p{Ll})/iu;
/** "said after the game", "told reporters after the hearing": words said after an event named before. */
const AFTER_THE_EVENT =
  /\b(?:said|says|told|added|explained|admitted|conceded|insisted)\s+(?:\S+\s+){0,2}?after\s+the\s+(game|match|loss|win|victory|defeat|race|bout|fight|hearing|meeting|session|vote|debate|speech)\b/i;
/** "after Monday night’s loss", "in Sunday’s game": the weekday of the event named before. */
const EVENT_DAY =
  /\b(\p{Lu}\p{Ll}+day)(?:\s+(?:night|afternoon|morning|evening))?['’]s\s+(?:\S+\s+){0,2}?(?:game|match|loss|win|victory|defeat|race|bout|fight|hearing|meeting|session|vote|debate|speech)\b/u;

/** The claim `found` makes of the unit (of its clause `part`, for a sentence with two speakers). */
export function build(
  ctx: RulesContext,
  unit: Unit,
  found: Attribution,
  quotes: string[],
  masked: string,
  part?: Clause,
): Claim {
  const { units, published, indexOfUnit, locatorOf } = ctx;
  const referred = referredSpeaker(ctx, unit, found, masked);
  const named = speakerNamedInFull(ctx, unit, found, masked, referred);
  const read = relayOf(ctx, unit, found, masked, named);
  const { speaker, phrase, resolvedKind, relay } = read;
  let { role } = read;
  const sentence = unit.text.replace(/\s+/g, ' ').trim();
  // A clause of a sentence with two speakers states only its own part.
  const own = part
    ? unit.text
        .slice(part.from, part.to)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    : sentence;
  const candidate: CandidateFact = {
    statement: namedStatement(own, speaker).slice(0, 5000),
    sentence: part?.ownSentence ? own : sentence,
    cue: found.cue,
    locator: locatorOf(unit),
  };
  if (quotes.length > 0) candidate.quote = quotes.join(' … ').slice(0, 5000);
  if (speaker) candidate.speaker = speaker.slice(0, 300);
  // "His public defender", "One witness", "Another witness": the role words without the possessive or
  // quantifier before them, as without an article.
  if (role) role = role.replace(ROLE_DETERMINER, '');
  if (role) candidate.speakerRole = role.slice(0, 300);
  if (relay) candidate.relayedBy = relay.slice(0, 300);
  const dated = part ? ' '.repeat(part.from) + unit.text.slice(part.from, part.to) : unit.text;
  // (A newsletter's item quoting another outlet's story is dated by the story's own words.)
  const hidden = (i: number) => !found.quotedStory && masked[i] === ' ' && unit.text[i] !== ' ';
  const date = eventDate(dated, published, hidden, {
    at: found.at,
    end: found.end,
  });
  if (date) candidate.eventDate = date;
  else if (published && AFTER_THE_EVENT.test(dated)) {
    // "Lynn said after the game that …" after "… after Monday night’s loss to the Chiefs.": the event
    // the sentence before dated is the one the words were said after.
    const prev = units[ctx.unitIndex - 1];
    const day = prev && unit.paragraph - prev.paragraph <= 1 ? EVENT_DAY.exec(prev.text)?.[1] : undefined;
    const before = day ? eventDate(`It happened on ${day}.`, published, () => false) : undefined;
    if (before) candidate.eventDate = before;
  }
  const kind =
    resolvedKind ??
    (phrase && phrase.kind !== 'pronoun' && phrase.kind !== 'outlet' ? phrase.kind : undefined);
  return {
    candidate,
    paragraph: unit.paragraph,
    hasQuote: quotes.length > 0,
    kind,
    units: [indexOfUnit.get(unit) ?? ctx.unitIndex],
  };
}

/** A quotation that continues the speaker of the claim `from`, in the unit. */
export function continuation(ctx: RulesContext, unit: Unit, from: Claim, quotes: string[]): Claim {
  const { indexOfUnit, locatorOf, referents } = ctx;
  const sentence = unit.text.replace(/\s+/g, ' ').trim();
  const candidate: CandidateFact = {
    statement: sentence.slice(0, 5000),
    sentence,
    cue: 'quote continued',
    locator: locatorOf(unit),
  };
  if (quotes.length > 0) candidate.quote = quotes.join(' … ').slice(0, 5000);
  if (from.candidate.speaker) candidate.speaker = from.candidate.speaker;
  if (from.candidate.relayedBy) candidate.relayedBy = from.candidate.relayedBy;
  // A quotation running on over paragraphs keeps its speaker near: "She added: …" after it is theirs.
  if (from.candidate.speaker && from.kind)
    referents.spoke({ kind: from.kind, name: from.candidate.speaker }, unit.paragraph);
  return {
    candidate,
    paragraph: unit.paragraph,
    hasQuote: quotes.length > 0,
    kind: from.kind,
    units: [indexOfUnit.get(unit) ?? ctx.unitIndex],
  };
}
