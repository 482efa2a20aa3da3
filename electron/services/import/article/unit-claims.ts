// A unit's claims, from its frame or from the claims before it: two clauses with a speaker each, a frame of
// its own, the reporter's own observation or the site's standing notice (no claim), a bare quotation after a
// claim that announced or paraphrased words, a quotation continuing the one before (the same claim in its
// paragraph, a new one after a paraphrase), the points after "X said:". Apart because it is the one decision
// of which claims a unit gives; everything else a unit's reading does is before or after it.
import type { Attribution } from './attribution';
import { type Clause, splitClauses } from './clauses';
import { build, continuation } from './claims';
import { quotationSplitByTag, quotesOf } from './quotations';
import type { Claim, RulesContext } from './rules-context';
import type { Unit } from './segmentation';

/** Cues of a paraphrase that says something of its own ("said that …", "warned", "insisted that …"). */
const PARAPHRASE_CUES =
  /^(?:said|says|told|tells|added|adds|warned|warns|insisted|insists|argued|argues|explained|explains|noted|notes|stated|states|believes|believed|thinks|thought|admitted|admits|acknowledged|conceded|stressed|maintained|maintains|claimed|claims|predicted|predicts|cautioned|complained|recalled|recalls|suggested|suggests|contended|contends)(?: that)?$/;
/** Cues of a claim that announce words a quotation may then give: "issued a statement", "wrote", "posted". */
const ANNOUNCES_WORDS = /\b(?:issued|released|statement|letter|wrote|writes|posted|tweeted|message)\b/;

/** A sentence whose first clause is a phrase put before its subject, a pronoun: "Channelling Roe, he …". */
const FRONTED_NAME =
  /^(?:\p{Lu}\p{Ll}+ing|After|Before|Like|Unlike|For|With|Despite)\s[^,]*,\s*(?:he|she|they|it)\s/u;

/** A unit that opens with a quotation mark. */
const OPENS_WITH_MARK = /^[“"«„]/u;

/**
 * The person a quotation standing alone turns to: the sentence of narration right before it (no claim of
 * its own, in the quotation's paragraph) opened on a person other than the one quoted last ("Mr Valentine,
 * who grew up there, agreed.", "Environment Secretary Ana Roe rejected the plan."). The quotation is theirs,
 * not the earlier speaker's; none when the narration opened on no one or on the same speaker.
 */
function turnedTo(ctx: RulesContext, unit: Unit, index: number, previous: Claim): Claim | undefined {
  const before = ctx.units[index - 1];
  if (!before || ctx.lastClaimAt === index - 1 || before.paragraph !== unit.paragraph) return undefined;
  // (Not a name in a phrase put first, "Channelling Ana Roe, he decreed …": the pronoun is the subject.)
  if (FRONTED_NAME.test(before.text.trim())) return undefined;
  const name = ctx.referents.openedOnInNarration(before.paragraph);
  const surname = (n: string | undefined) => n?.split(/\s+/).at(-1)?.toLowerCase();
  // (A person named in full, "Microsoft tried models …" opens on a body.)
  if (!name || !/\s/.test(name) || surname(name) === surname(previous.candidate.speaker)) return undefined;
  return {
    candidate: { statement: '', sentence: '', cue: 'quote continued', speaker: name },
    paragraph: before.paragraph,
    hasQuote: false,
    kind: 'person',
    units: [],
  };
}

/**
 * The unit's claim, and the claim before that it was merged into instead; the first clause's claim of a
 * sentence with two speakers is pushed to `ctx.claims` here, before the second is returned.
 */
export function claimOfUnit(
  ctx: RulesContext,
  unit: Unit,
  index: number,
  masked: string,
  found: Attribution | undefined,
  quotes: string[],
  previous: Claim | undefined,
  bareQuoteAfterUnquoted: (p: Claim | undefined) => p is Claim,
): { claim: Claim | undefined; mergedInto: Claim | undefined } {
  const { units, outlets, claims, headings, reportAuthored } = ctx;
  let claim: Claim | undefined;
  let mergedInto: Claim | undefined;

  // The claim's last unit is the one right before, a quotation already taken into it (`Ford said: "A.` /
  // `"B.` / `"C."`: "B." merged) and left open at its paragraph's end: this paragraph goes on with it,
  // however many paragraphs the quotation has run over (the claim's own paragraph is its first).
  const leftOpenBy = (p: Claim): boolean => {
    const before = units[index - 1];
    return (
      p.units.at(-1) === index - 1 &&
      before?.runsOn === true &&
      before.paragraph === unit.paragraph - 1 &&
      unit.opensParagraph === true &&
      // (Its own opening mark, as the convention writes it: a paragraph read as going on only because a
      // mark before was mismatched (`“… endemic,’ he says.` / `He points out …`) is narration.)
      OPENS_WITH_MARK.test(unit.text)
    );
  };

  const clauses = found
    ? splitClauses(masked, found, { outlets, text: unit.text, reportAuthored })
    : undefined;
  if (headings.has(unit.paragraph)) {
    // A subheading or an embedded post: no claim, and no continuation of the one before.
  } else if (clauses?.length === 1) {
    const [only] = clauses as [Clause];
    claim = build(ctx, unit, only.found, quotesOf(unit, only.from, only.to), masked, only);
    ctx.listSpeaker = undefined;
  } else if (clauses) {
    const [first, second] = clauses as [Clause, Clause];
    claims.push(
      build(ctx, unit, first.found, quotesOf(unit, first.from, first.quotesTo ?? first.to), masked, first),
    );
    claim = build(
      ctx,
      unit,
      second.found,
      quotesOf(unit, second.from, second.quotesTo ?? second.to),
      masked,
      second,
    );
    ctx.listSpeaker = undefined;
  } else if (
    found?.relay &&
    !found.phrase &&
    quotes.length === 0 &&
    /^(?:observ|confirm|verif|establish|learn)/.test(found.cue) &&
    outlets.isOwn(found.relay)
  ) {
    // "Wikinews observed …" in a Wikinews story, "Mashable later confirmed that …" in a Mashable story:
    // the reporter's own observation or checking, attributed to no one ("Reuters reported …" in a
    // Reuters story stays: an earlier report is a source of its own).
    ctx.listSpeaker = undefined;
  } else if (
    found &&
    quotes.length === 0 &&
    /^(?:advises|recommends|urges|encourages|reminds|invites|boasts)\b/.test(found.cue) &&
    outlets.isOwn((found.phrase?.name ?? found.relay ?? '').replace(/\.(?:com|org|net|in|co\.uk)$/i, ''))
  ) {
    // "Moneycontrol.com advises users to check with certified experts …" on Moneycontrol: the site's own
    // standing notice, no claim.
    ctx.listSpeaker = undefined;
  } else if (found) {
    claim = build(ctx, unit, found, quotes, masked);
    // "X said:", "Rathbun stated," (a paragraph ending there): what follows is the speaker's.
    ctx.listSpeaker = /[:,]\s*$/.test(unit.text) && claim.candidate.speaker ? claim : undefined;
    // "President Obama also said:" says nothing itself; the points that follow are the claims.
    if (
      ctx.listSpeaker &&
      found.end !== undefined &&
      // "said in a statement:", "tweeted using his @POTUS account:", "stated,": nothing said yet.
      /^\s*(?:(?:in|on|using|via|through|during|at|to)\s[^:.]{0,60})?[:,]\s*$/.test(masked.slice(found.end))
    ) {
      claim = undefined;
    }
  } else if (
    bareQuoteAfterUnquoted(previous) &&
    previous.paragraph === unit.paragraph &&
    ANNOUNCES_WORDS.test(previous.candidate.cue)
  ) {
    // "X issued a statement on the ruling. “…”": a bare quotation right after a claim that announced
    // words without quoting them, in its paragraph, is those words.
    claim = continuation(ctx, unit, previous, quotes);
  } else if (
    bareQuoteAfterUnquoted(previous) &&
    previous.paragraph === unit.paragraph &&
    previous.kind !== undefined
  ) {
    // "Mr Venn said the new rules were needed. “Travellers deserve …”": after a paraphrase with content of
    // its own, the quoted sentence is a claim of its own, the same speaker's (the labels' convention since
    // session 20: "X said [paraphrase]. “[Quotation].”" two claims). After a sentence that only announces
    // the words ("… muttered in a restroom: .", "X echoed that message.") they are its claim's.
    const paraphrase = units[previous.units.at(-1) ?? -1];
    if (
      PARAPHRASE_CUES.test(previous.candidate.cue) &&
      paraphrase !== undefined &&
      !/[:,;]\s*\.?\s*$/u.test(paraphrase.text)
    ) {
      claim = continuation(ctx, unit, previous, quotes);
    } else {
      const c = previous.candidate;
      c.sentence = `${c.sentence} ${unit.text}`;
      c.statement = `${c.statement} ${unit.text}`.slice(0, 5000);
      c.quote = quotes.join(' … ').slice(0, 5000);
      previous.hasQuote = true;
      previous.units.push(index);
    }
  } else if (
    unit.opensParagraph &&
    bareQuoteAfterUnquoted(previous) &&
    previous.paragraph === unit.paragraph - 1 &&
    previous.kind === 'person' &&
    /^(?:said|says|told|tells|added|argued|insisted|explained|stated|wrote)$/.test(previous.candidate.cue)
  ) {
    // "Erekat said it was only the latest move …" ending its paragraph, then a paragraph that is a
    // quotation alone: the person who was just reported is now quoted.
    claim = continuation(ctx, unit, previous, quotes);
  } else if (
    unit.isQuoteOnly &&
    quotes.length > 0 &&
    previous?.hasQuote &&
    (unit.paragraph - previous.paragraph <= 2 || leftOpenBy(previous)) &&
    // ("Aderholt returned to the issue later. “What …?”": a quotation after a sentence of its own
    // paragraph is not the earlier speaker's.)
    (previous.paragraph === unit.paragraph || unit.opensParagraph === true)
  ) {
    // A quotation with no attribution continues the speaker of the quotation before it: the same claim
    // in its paragraph, or in the next one when the quotation was left open over the break
    // (`Tottenham said: "A.` / `"B."`): one quotation, one claim.
    const openedBefore =
      (ctx.lastClaimAt === index - 1 &&
        units[index - 1]?.runsOn === true &&
        previous.paragraph === unit.paragraph - 1 &&
        previous.candidate.cue !== 'quote continued' &&
        unit.opensParagraph === true) ||
      leftOpenBy(previous);
    // ("“A,” admits Roe. Those prototypes were string. “B.”": a quotation after a sentence of the
    // narrative, in the speaker's paragraph, is a unit of its own, still theirs.)
    const afterNarrative = previous.paragraph === unit.paragraph && ctx.lastClaimAt !== index - 1;
    // ("Lisbon risks becoming a “synonym for failure”, his report said. “The status quo is not an option.”":
    // after a paraphrase that only quotes a phrase, the quoted sentence is a claim of its own, the same
    // speaker's; one quotation split by its tag — "“A,” she said. “B.”", "She said: “A.” “B.”" — stays one.)
    const last = units[previous.units.at(-1) ?? -1];
    const splitByTag = last !== undefined && quotationSplitByTag(last);
    const turned = !openedBefore ? turnedTo(ctx, unit, index, previous) : undefined;
    if (turned) {
      // "“A,” Roe said. Mr Valentine, who grew up there, agreed. “B.”": the sentence of narration between
      // opened on someone else, whose words the quotation now gives.
      claim = continuation(ctx, unit, turned, quotes);
    } else if ((previous.paragraph === unit.paragraph && !afterNarrative && splitByTag) || openedBefore) {
      mergedInto = previous;
      previous.units.push(index);
      const c = previous.candidate;
      c.sentence = `${c.sentence} ${unit.text}`;
      c.statement = `${c.statement} ${unit.text}`.slice(0, 5000);
      c.quote = [c.quote, ...quotes].filter(Boolean).join(' … ').slice(0, 5000);
      // A quotation run on into this paragraph keeps its speaker near, as a continuation's does: "He said
      // …" after it is theirs.
      if (openedBefore && c.speaker && previous.kind)
        ctx.referents.spoke({ kind: previous.kind, name: c.speaker }, unit.paragraph);
    } else {
      claim = continuation(ctx, unit, previous, quotes);
    }
  } else if (
    ctx.listSpeaker &&
    unit.paragraph > ctx.listSpeaker.paragraph &&
    (!/[.!?]["”’]?$/.test(unit.text) ||
      // "She said:" then a paragraph that is a quotation: the words announced.
      (unit.isQuoteOnly && quotes.length > 0 && unit.paragraph === ctx.listSpeaker.paragraph + 1))
  ) {
    // "President Obama also said:" followed by points that are his.
    claim = continuation(ctx, unit, ctx.listSpeaker, quotes);
    ctx.listSpeaker.paragraph = unit.paragraph;
  } else if (ctx.listSpeaker && unit.paragraph > ctx.listSpeaker.paragraph) {
    ctx.listSpeaker = undefined;
  }
  return { claim, mergedInto };
}
