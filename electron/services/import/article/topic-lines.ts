// Lead-ins and the topic lines under them: "Secretary Roe then made the rounds on television:" then "On
// fares: “…”" lines, each the lead-in's person's; a heading naming an official over such lines; a lead-in
// that only points to the lines after it ("Here’s what you missed:"); "From The Daily Post:" before the
// passage it quotes. Apart because it is the one reading that a lead-in carries from paragraph to paragraph
// (ctx.leadIn, ctx.headingOfLine).
import type { Attribution } from './attribution';
import type { RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import { headingLeadIn } from './quotation-headings';
import { leadSpeaker } from './speech-highlights';
import { POINTING_LEAD_IN, TOPIC_LABEL, leadInSpeaker } from './speaker-labels';

// A topic line ("On fares: “…”") opening the paragraph after a lead-in, or after another topic line, is
// the lead-in's person's; a lead-in is remembered until a paragraph that is no topic line.
export function topicLine(ctx: RulesContext, unit: Unit, masked: string): Attribution | undefined {
  const { passages, outlets, claims, paragraphs } = ctx;
  // "From The Daily Post:" before the passage it quotes: the outlet's claim, no one named.
  const lead = passages.find((q) => q.lead === unit.paragraph);
  if (lead && !lead.pointer && /:\s*$/.test(masked) && !outlets.isOwn(lead.outlet))
    return { relay: lead.outlet, cue: 'quoted' };
  if (
    ctx.leadIn &&
    unit.opensParagraph &&
    unit.paragraph === ctx.leadIn.paragraph + 1 &&
    TOPIC_LABEL.test(masked)
  ) {
    ctx.leadIn.paragraph = unit.paragraph;
    const { phrase, cue, relay } = ctx.leadIn.found;
    const via = relay ? { relay } : {};
    if (ctx.leadIn.heading && ctx.leadIn.first) {
      // The heading's first line: its title the role, the heading its anchor.
      ctx.leadIn.first = false;
      ctx.headingOfLine = ctx.leadIn.heading;
      return { ...(phrase ? { phrase } : {}), cue, ...via };
    }
    if (!phrase) return { cue, ...via };
    // (The lead-in's title words are its own: the topic line gives the person no role.)
    const { role: _role, ...person } = phrase;
    return { phrase: person, cue, ...via };
  }
  const heading = /:\s*$/.test(masked) ? headingLeadIn(masked, outlets) : undefined;
  if (heading) {
    ctx.leadIn = { found: heading.found, paragraph: unit.paragraph, heading: heading.heading, first: true };
    return undefined;
  }
  const found = /:\s*$/.test(masked) ? leadInSpeaker(masked, outlets) : undefined;
  ctx.leadIn = found ? { found, paragraph: unit.paragraph } : undefined;
  // "Ana Roe praised the plan on Harbour Radio. / Here’s what you missed: / On fares: “…”": a lead-in that
  // only points to the lines hands them the person the paragraph before it reported, and their relay.
  const last = claims.at(-1);
  const person = last?.candidate.speaker;
  if (
    !found &&
    POINTING_LEAD_IN.test(masked) &&
    unit.opensParagraph &&
    last?.kind === 'person' &&
    person &&
    last.paragraph === unit.paragraph - 1
  )
    ctx.leadIn = {
      found: {
        phrase: { kind: 'person', name: person },
        cue: 'quoted',
        ...(last.candidate.relayedBy ? { relay: last.candidate.relayedBy } : {}),
      },
      paragraph: unit.paragraph,
    };
  // (When the paragraph before gave no claim, the titled person it names: speech-highlights.ts.)
  const pointedTo =
    !found && !ctx.leadIn && POINTING_LEAD_IN.test(masked) && unit.opensParagraph
      ? leadSpeaker(paragraphs, unit.paragraph - 1)
      : undefined;
  if (pointedTo)
    ctx.leadIn = {
      found: { phrase: { kind: 'person', name: pointedTo }, cue: 'quoted' },
      paragraph: unit.paragraph,
    };
  return undefined;
}
