// What a unit leaves for the speakers after it, claim or not: the body it opens on (for "a spokesperson
// said" right after), the body named next after "…, a report says." (the report's issuer), and a body
// that sends a letter or issues a statement (for "the letter said" later). Apart because it is the
// bookkeeping of bodies and papers between units, read by the speaker's resolution (claims.ts).
import { PAPER_KINDS } from './lexicon';
import { isBodyPhrase } from './recognition';
import type { Claim, RulesContext } from './rules-context';
import type { Unit } from './segmentation';

/** Notes the body the unit opens on and the papers' issuers it names. */
export function noteBodiesAndIssuers(
  ctx: RulesContext,
  unit: Unit,
  index: number,
  masked: string,
  claim: Claim | undefined,
): void {
  const { bodies, outlets, descriptions, issuers } = ctx;
  // "Customs and Border Protection did not accept the offer. A spokesperson said …": the body a unit
  // opens on, for an unnamed spokesperson right after.
  const opening =
    /^\s*(?:The\s+)?(\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}\p{M}.&'’-]*)*)/u.exec(
      masked,
    )?.[1];
  if (opening && (bodies.isNamedBody(opening) || isBodyPhrase(opening)) && !outlets.isName(opening))
    ctx.openedOnBody = { name: bodies.expand(opening), paragraph: unit.paragraph };
  else if (opening) ctx.openedOnBody = undefined;
  // "…, a report says." then a paragraph opening "The National Audit Office praised …": the body named
  // next is the report's issuer (the fixtures README's "a report suggests" → the institute named next),
  // for this claim and for "the report" after it.
  if (ctx.issuerless && unit.opensParagraph && unit.paragraph === ctx.issuerless.paragraph + 1) {
    // (Not a possessive: "China's net users …" names whose users, no issuer.)
    if (ctx.openedOnBody?.paragraph === unit.paragraph && !/['’]s?$/u.test(opening ?? '')) {
      const c = ctx.issuerless.claim.candidate;
      c.speaker = ctx.openedOnBody.name;
      delete c.relayedBy;
      ctx.issuerless.claim.kind = 'body';
      descriptions.addIssuer(ctx.openedOnBody.name, ctx.issuerless.paper, index, unit.paragraph);
    }
    ctx.issuerless = undefined;
  }
  const paperRelay = claim?.candidate.relayedBy;
  if (
    claim &&
    !claim.candidate.speaker &&
    paperRelay &&
    PAPER_KINDS.get(paperRelay) === 'report' &&
    new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${paperRelay}\b`, 'iu').test(masked)
  )
    ctx.issuerless = { claim, paper: paperRelay, paragraph: unit.paragraph };
  // "CREW sent a letter to the State Department …": a body that opens a unit issuing a paper, whether or
  // not the unit is a claim, is who "the letter said" later speaks for.
  if (ctx.openedOnBody?.paragraph === unit.paragraph) {
    const sent =
      /^[^.;:]{0,160}?\b(?:sent|issued|released|published|put out|wrote)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(statement|letter)\b/i.exec(
        masked,
      )?.[1];
    if (sent) issuers.set(sent.toLowerCase(), { name: ctx.openedOnBody.name, paragraph: unit.paragraph });
  }
}
