// Reading one unit of the article (proposeByRules reads them in order): a pull quote or a transcript's turn
// read apart, furniture, questions and frames marked, the unit's claims (unit-claims.ts), quotations left
// open over a paragraph break given to the speaker the next paragraph names, then what the unit leaves for
// the ones after it (the referents advanced, the body it opened on, a paper's issuer, the outlets it names).
// Apart from index.ts so that the steps of one unit read in one place, on the context they share.
import { attribute, mask } from './attribution';
import { continuation } from './claims';
import { taggedDate } from './dated-tags';
import { eventDate } from './dates';
import { noteBodiesAndIssuers } from './issuers';
import { CREDIT_LINE } from './lexicon';
import { ProposalCancelled } from './proposal-cancelled';
import { headingLeadIn } from './quotation-headings';
import { quotesOf } from './quotations';
import type { RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import { topicLine } from './topic-lines';
import { readTurn } from './transcript-turns';
import { claimOfUnit } from './unit-claims';

/** Reads the unit at `index`: the claims it gives are pushed to `ctx.claims`. */
export function readUnit(ctx: RulesContext, unit: Unit, index: number): void {
  const { units, referents, outlets, claims, furniture, questions, framed, frames } = ctx;
  const { pulled, turns, headings, headline, published, reportAuthored, locatorOf } = ctx;
  ctx.unitIndex = index;
  // A pull quote (a quotation the page repeats from its body, set apart) is read where the body gives it.
  if (pulled.has(index)) {
    furniture[index] = true;
    ctx.offset += unit.text.length + 1;
    return;
  }
  const turn = turns.get(unit.paragraph);
  if (turn) {
    const read = readTurn(unit, index, turn, { units, referents, offset: ctx.offset, locatorOf });
    if (read) {
      for (const j of read.members) {
        furniture[j] = !read.claim;
        framed[j] = Boolean(read.claim);
      }
      if (read.claim) {
        // (A lead-in read with the paragraph dates it by its own words: "Governor Roe said this morning:".)
        const date = turn.lead ? eventDate(turn.lead, published, () => false) : undefined;
        if (date) read.claim.candidate.eventDate = date;
        claims.push(read.claim);
        ctx.lastClaimAt = read.members.at(-1) ?? index;
      }
    }
    ctx.offset += unit.text.length + 1;
    return;
  }
  if (ctx.runOn.length > 0 && unit.paragraph > ctx.runOnParagraph + 1) ctx.runOn = [];
  if (ctx.onProgress && index % ctx.step === 0 && ctx.onProgress(index / units.length) === false)
    throw new ProposalCancelled();
  const masked = mask(unit.text, unit.quotes);
  // A heading naming an official and a programme over "On <topic>: “…”" lines (quotation-headings.ts).
  if (headings.has(unit.paragraph) && unit.opensParagraph) {
    const heading = headingLeadIn(masked, outlets);
    if (heading)
      ctx.leadIn = { found: heading.found, paragraph: unit.paragraph, heading: heading.heading, first: true };
  }
  ctx.headingOfLine = undefined;
  // A question ("What did Suh say after the play?") attributes nothing.
  const question =
    /\?["”’]?\s*$/.test(masked) &&
    /^(?:And |But |So )?(?:what|why|how|who|when|where|did|does|do|is|are|will|would|can|could)\b/i.test(
      masked.trim(),
    );
  questions[index] = question;
  // A reporters' credit line ("CNN's Ana Roe reported from Lagos, while Li Wei wrote from London.") is the
  // page's furniture: whoever reported from where says nothing.
  const credit = unit.quotes.length === 0 && CREDIT_LINE.test(unit.text.trim());
  furniture[index] = unit.paragraph === headline || headings.has(unit.paragraph) || credit;
  const found =
    question || credit || unit.paragraph === headline || headings.has(unit.paragraph)
      ? undefined
      : (attribute(masked, { outlets, text: unit.text, reportAuthored }) ?? topicLine(ctx, unit, masked));
  framed[index] = found !== undefined;
  if (found?.at !== undefined) frames[index] = { at: found.at, end: found.end };
  const quotes = quotesOf(unit);
  const previous = claims.at(-1);
  // A quotation standing alone right after a claim with a speaker that quoted nothing yet.
  const bareQuoteAfterUnquoted = (p: typeof previous): p is NonNullable<typeof previous> =>
    unit.isQuoteOnly &&
    quotes.length > 0 &&
    p !== undefined &&
    !p.hasQuote &&
    ctx.lastClaimAt === index - 1 &&
    Boolean(p.candidate.speaker);
  const claimsBefore = claims.length;

  const { claim, mergedInto } = claimOfUnit(
    ctx,
    unit,
    index,
    masked,
    found,
    quotes,
    previous,
    bareQuoteAfterUnquoted,
  );
  if (!found && unit.runsOn && unit.isQuoteOnly && quotes.length > 0) {
    // Kept until the next paragraph says whose it is; as a continuation of the quotation before it
    // meanwhile, if there was one.
    ctx.runOn.push({
      unit,
      quotes,
      ...(claim ? { claim } : {}),
      ...(mergedInto ? { into: mergedInto } : {}),
    });
    ctx.runOnParagraph = unit.paragraph;
  } else if (
    ctx.runOn.length > 0 &&
    found &&
    claim?.candidate.speaker &&
    unit.opensParagraph &&
    unit.paragraph === ctx.runOnParagraph + 1 &&
    /^[“"«„]/u.test(unit.text)
  ) {
    // The paragraph that closes the quotation names its speaker: the open paragraphs before are theirs
    // (one already taken into the claim of its own paragraph is not proposed again).
    for (const r of ctx.runOn) {
      if (r.into) continue;
      if (r.claim) {
        const c = r.claim.candidate;
        c.speaker = claim.candidate.speaker;
        if (claim.candidate.relayedBy) c.relayedBy = claim.candidate.relayedBy;
        else delete c.relayedBy;
        delete c.speakerRole;
        r.claim.kind = claim.kind;
      } else claims.push(continuation(ctx, r.unit, claim, r.quotes));
    }
    ctx.runOn = [];
  } else if (unit.paragraph > ctx.runOnParagraph) ctx.runOn = [];
  // "ABC News (9/29/25): “…”": the tag's date is the event date of the claim it opens (dated-tags.ts).
  const tagDate = claim && unit.opensParagraph ? taggedDate(unit.text) : undefined;
  if (claim && tagDate) claim.candidate.eventDate = tagDate;
  if (claim && ctx.headingOfLine) {
    // (The first line under a heading naming the official holds the heading: its anchor.)
    claim.candidate.sentence = `${ctx.headingOfLine} ${claim.candidate.sentence}`;
    claim.candidate.statement = `${ctx.headingOfLine} ${claim.candidate.statement}`.slice(0, 5000);
  }
  if (claim) claims.push(claim);
  if (claims.length > claimsBefore) ctx.lastClaimAt = index;
  referents.advance(masked, unit.paragraph, ctx.offset);
  noteBodiesAndIssuers(ctx, unit, index, masked, claim);
  outlets.observe(masked);
  ctx.offset += unit.text.length + 1;
}
