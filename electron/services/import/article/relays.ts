// A claim's relay, and the speaker against the outlets: an outlet never speaks, it relays ("told the Post"
// widened to the masthead); the article's own outlet and journalist relay nothing; "said on Twitter" the
// network; a paper ("the statement said", "the lawsuit says") speaks for whoever issued it; a company speaks
// without its legal form. The last of the speaker's steps (claims.ts). Apart because it is the one place
// outlets, platforms and papers decide between speaker and relay.
import type { Attribution } from './attribution';
import { PAPER_KINDS, REPRESENTATIVE_NOUNS, withoutLegalForm } from './lexicon';
import { PUBLICATION_NOUNS, platformRelay } from './outlets';
import { firstNameGender } from './recognition';
import type { RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import type { SpeakerReading } from './speaker-reference';
import { ownJournalist, widenDocument } from './document-relays';
import { escapeRegExp, withoutArticle } from './words';

/** The speaker and role as outlets and papers leave them, and the claim's relay. */
export function relayOf(
  ctx: RulesContext,
  unit: Unit,
  found: Attribution,
  masked: string,
  reading: SpeakerReading,
): SpeakerReading & { relay: string | undefined } {
  const { referents, bodies, outlets, descriptions, issuers, indexOfUnit, articleText } = ctx;
  let { speaker, role, resolvedKind } = reading;
  const { phrase } = reading;
  // "Bloomberg said" in an article on Michael R. Bloomberg: an outlet's one-word name that is the surname
  // of a person the article names in full is that person.
  let relay = found.relay;
  const outletWord = speaker ?? (phrase ? undefined : relay);
  if (
    outletWord &&
    !/\s/.test(outletWord) &&
    referents.isPersonName(outletWord) &&
    outlets.isName(outletWord)
  ) {
    const full = referents.fullName(outletWord);
    if (full !== outletWord && !outlets.isName(full)) {
      speaker = full;
      resolvedKind = 'person';
      if (relay === outletWord) relay = undefined;
    }
  }
  // An outlet speaking for itself, not reporting, is its own speaker, as any body is: its unnamed
  // spokesperson or executives ("a spokesman for CBS News said" → CBS News, role spokesman; sessions 15 and
  // 19), its unnamed journalist saying something ("A journalist for Agence France-Presse said", session 31),
  // and its own stance — a statement, a denial, an apology ("The BBC said in a statement", "CBS denied any
  // wrongdoing"), which are no reporting of others' news.
  const voiced = outletVoice(ctx, found, masked, speaker, role, relay, !phrase);
  const voice = voiced?.name;
  if (voiced) {
    speaker = voiced.name;
    role = voiced.role ?? role;
    resolvedKind = 'body';
    // (The outlet it was read as relaying is now its speaker.)
    if (relay && voiced.name.toLowerCase().endsWith(withoutArticle(relay).toLowerCase())) relay = undefined;
  }
  // An outlet is never the speaker: it relays. The article's own outlet relays nothing.
  // A reporter the article named with their outlet relays what they report ("per Roe", "Roe wrote"); one
  // who says or is told something speaks as anyone does.
  const reporter = speaker && !SAYING_CUES.test(found.cue) ? outlets.reporterOutlet(speaker) : undefined;
  // "the newspaper Nice-Matin reported", "the Namibian newspaper, the New Era, reported": a name the unit
  // itself describes as a publication is an outlet, though the lexicon does not know it.
  const described =
    role !== undefined &&
    PUBLICATION_ROLE.test(role) &&
    PUBLICATION_NOUNS.has(role.toLowerCase().split(/\s+/).pop() ?? '') &&
    firstNameGender(speaker?.split(' ')[0] ?? '') === undefined;
  // "The Chronicle says" widened to "San Francisco Chronicle": the name as widened is read as a name, not
  // as a person's.
  if (
    speaker &&
    !voice &&
    (reporter ||
      described ||
      outlets.isName(
        speaker,
        // "Sarah Post" is a person; "Korea Times", read as a name with no first name, may be a masthead.
        phrase?.kind === 'person' &&
          speaker === phrase.name &&
          (firstNameGender(speaker.split(' ')[0] ?? '') !== undefined || !/\s/.test(speaker)),
      ))
  ) {
    relay ??= reporter ?? withoutArticle(speaker);
    speaker = undefined;
    role = undefined;
  }
  // "an Associated Press journalist in the area reported": an outlet's unnamed reporter is the outlet's
  // voice; it relays.
  const newsroom =
    speaker && phrase?.kind !== 'person'
      ? /^(.+?)\s+(?:journalist|reporter|correspondent|photographer|crew)s?\b/iu.exec(speaker)?.[1]
      : undefined;
  if (newsroom && outlets.isName(newsroom)) {
    relay ??= withoutArticle(newsroom);
    speaker = undefined;
    role = undefined;
  }
  // "told the Post": the masthead the article names in full.
  if (relay) relay = outlets.widen(relay, articleText);
  if (relay && !speaker) relay = widenDocument(relay, articleText);
  // "said on Twitter", "wrote on Instagram": the network the words went through.
  if (!relay && speaker && found.at !== undefined && found.end !== undefined)
    relay = platformRelay(masked, found.at, found.end, speaker);
  if (
    relay &&
    (outlets.isOwn(relay) ||
      ownJournalist(
        relay,
        (o) => outlets.isOwn(o),
        (n) =>
          firstNameGender(n.split(' ')[0] ?? '') !== undefined ||
          referents.isPersonName(n.split(' ')[1] ?? ''),
      ))
  )
    relay = undefined;
  // "Big Machine Records issued a statement …" … "the statement said", "The letter noted": the paper
  // speaks for the one who issued it a few paragraphs before (not a relay of its own).
  // (And a suit's papers: "the lawsuit says" after "Acme sued" is Acme's.)
  const paperNoun = /^(?:the\s+)?([\p{L}-]+)$/iu.exec(relay ?? '')?.[1]?.toLowerCase();
  const paper =
    paperNoun && (/^(?:statement|letter|report)$/.test(paperNoun) || PAPER_KINDS.get(paperNoun) === 'suit')
      ? paperNoun
      : undefined;
  if (!speaker && paper) {
    const near = issuers.get(paper);
    // (Else whoever the article said issued a paper of its kind: "X sent a letter", "a report by X".)
    const issuer =
      near && unit.paragraph - near.paragraph <= 4
        ? near
        : descriptions.issuerOf(paper, indexOfUnit.get(unit) ?? ctx.unitIndex, unit.paragraph);
    // (An outlet's report, "a Reuters report", still relays: the outlet is no speaker of it.)
    if (issuer && !outlets.of(issuer.name)) {
      // (Named as the article names it in full: "the ADB report" → Asian Development Bank, "Blum's
      // letter" → Jonathan Blum.)
      speaker = bodies.expand(referents.fullName(issuer.name));
      relay = undefined;
      resolvedKind ??= 'body';
    } else if (PAPER_KINDS.get(paper) === 'statement') {
      // An unsigned statement no one is named as issuing is no channel either (the fixtures README: "a
      // statement is speech, not a channel"): no speaker, no relay.
      relay = undefined;
    }
  } else if (speaker && !relay) {
    const issued = /\b(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(statement|letter)\b/i.exec(
      masked,
    )?.[1];
    if (issued) issuers.set(issued.toLowerCase(), { name: speaker, paragraph: unit.paragraph });
    // "according to a 2014 report from the World Bank", "a recent report by the agency stated": the
    // body a report is from speaks for "the report" a few paragraphs on, as for a statement.
    if (
      /\breport\s+(?:from|by|issued by|released by|published by)\s/i.test(masked) ||
      // (A title ending in "Report", "editor of the Intelligence Report", is no report the speaker issued.)
      /\breport\s*$/.test(found.phrase?.name ?? '')
    )
      issuers.set('report', { name: speaker, paragraph: unit.paragraph });
  }
  // "the agencies reported" later means these.
  if (relay) outlets.last = relay;
  // "Boeing Co. said": a company speaks under its name without its legal form.
  if (speaker) speaker = withoutLegalForm(speaker);
  return { ...reading, speaker, role, resolvedKind, relay };
}

/** Plain saying and telling: one who says or is told something speaks, one who reports relays. */
const SAYING_CUES = /^(?:say|says|said|saying|tell|tells|told|telling)$/;

/** Verbs of an outlet's own stance ("CBS denied", "Rolling Stone apologised"): no reporting of others' news. */
const OWN_STANCE_CUES = /^(?:den(?:y|ies|ied|ying)|apologi[sz](?:e|es|ed|ing))\b/i;

/** "said in a statement", "issued a statement": the outlet's own words, not its reporting. */
const OWN_STATEMENT = /\b(?:in|issued)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?statement\b/i;

/**
 * An outlet saying something of itself, its conduct or its plans ("Rolling Stone said it did not get the
 * accounts", "the network said its offer was fair"), not of its reporting ("said its investigation found").
 */
const SAYS_OF_ITSELF =
  /^\s*(?:that\s+)?(?:it|its)\b(?!\s+(?:own\s+)?(?:investigation|reporting|reports?|analysis|review|sources?|reporters?|correspondents?|journalists?|crews?|survey|count|tally|findings?)\b)/i;

/** A role that only describes a publication: at most two words before its noun, no "of", "for", "at". */
const PUBLICATION_ROLE = /^(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,2}[\p{L}-]+$/iu;

/** An outlet's editors speak for it as its executives do ("Rolling Stone editors said they chose …"). */
const OUTLET_EDITORS = /^editors?$/i;

/** Who reports for an outlet and, saying something, is its voice (session 31): not when they report. */
const OUTLET_STAFF = /^(?:journalist|reporter|correspondent)s?$/i;

/**
 * The outlet, as the article names it in full, when it speaks for itself in this unit (see relayOf);
 * undefined when it reports, relays or is not named.
 */
function outletVoice(
  ctx: RulesContext,
  found: Attribution,
  masked: string,
  speaker: string | undefined,
  role: string | undefined,
  relay: string | undefined,
  unnamed: boolean,
): { name: string; role?: string } | undefined {
  const { outlets, articleText } = ctx;
  const says = SAYING_CUES.test(found.cue);
  let name: string | undefined;
  let ownRole = role;
  if (speaker && role && outlets.isName(speaker)) {
    const noun = role.toLowerCase().split(/\s+/).pop() ?? '';
    // ("the official Times of Zambia": "official" there is the paper's standing, no one who speaks.)
    const adjective = new RegExp(
      `\\b${escapeRegExp(noun)}\\s+(?:the\\s+)?${escapeRegExp(speaker)}`,
      'iu',
    ).test(masked);
    if (!adjective && (REPRESENTATIVE_NOUNS.has(noun) || (says && OUTLET_STAFF.test(noun)))) name = speaker;
  } else if (speaker && !role) {
    // "Rolling Stone editors said", "NPR management asked": the outlet's people named by their noun.
    const people = /^(?:the\s+)?(.+?)\s+(\p{L}+)$/iu.exec(speaker);
    const noun = people?.[2]?.toLowerCase() ?? '';
    if (
      people?.[1] &&
      outlets.isName(people[1]) &&
      (REPRESENTATIVE_NOUNS.has(noun) || OUTLET_EDITORS.test(noun))
    ) {
      name = people[1];
      ownRole = people[2];
    }
  } else if (
    !speaker &&
    unnamed &&
    relay &&
    outlets.isName(relay) &&
    (OWN_STANCE_CUES.test(found.cue) ||
      (says &&
        (OWN_STATEMENT.test(masked) ||
          (found.end !== undefined && SAYS_OF_ITSELF.test(masked.slice(found.end))))))
  )
    name = relay;
  if (!name) return undefined;
  const bare = withoutArticle(name);
  // (The article's own outlet never speaks in its own article: it is the writer.)
  if (outlets.isOwn(bare)) return undefined;
  return { name: outlets.widen(bare, articleText) ?? bare, role: ownRole };
}
