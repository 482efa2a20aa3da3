// A speaker's name as the article names them, after the reference is resolved (speaker-reference.ts): an
// unnamed spokesperson's body, a role's holder, a share's group, a paper's owner, a body through its
// people, a company's short name, a body's name in part, an acronym, words a name took in, a described
// body, a description or a paper's issuer, a counted description's people; then the speaker is remembered
// as having spoken. Apart because each step reads the name the one before gave, in this order.
import type { Attribution } from './attribution';
import { BUSINESS_DESCRIPTION_NOUNS, ORG_WORDS, PAPER_KINDS } from './lexicon';
import { tagsOf } from './recognition';
import type { RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import type { SpeakerReading } from './speaker-reference';
import { POST_NOMINAL, nameAlone } from './names';
import { bodyThroughItsPeople } from './represented-bodies';
import { ownerOfPaper } from './possessed-papers';
import { describedBody } from './described-body';
import { bodyThatSpoke, companyInView } from './bodies-in-view';
import { countedSpeakers } from './counted-speakers';
import { unicodeWords } from './words';

/** A word of capitals ("WHO", "KCNA"). */
const ALL_CAPS_WORD = unicodeWords(/\b\p{Lu}{2,}\b/u);

const determinersBefore = new Map<string, RegExp>();
/**
 * "the … official": the pattern of a determiner up to three words before the phrase's words, made once
 * for each phrase (a new pattern of Unicode letters takes longer to compile than to read a unit with).
 */
function determinerBefore(words: readonly string[]): RegExp {
  const key = words.join('\\s+');
  let pattern = determinersBefore.get(key);
  if (!pattern) {
    pattern = new RegExp(
      `\\b(the|another|this|that|a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?${key}\\b`,
      'iu',
    );
    determinersBefore.set(key, pattern);
  }
  return pattern;
}

/** A share of a group as a subject: "47 percent", "another 27%", "a 52-percent majority of GOP insiders". */
const SHARE =
  /^(?:(?:another|a|an|the|some|just|only|nearly|almost|about|roughly|overwhelming|whopping|mere|slim|clear|solid)\s+)*(?:\d+(?:\.\d+)?(?:[- ]percent|[- ]per cent|%)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)[- ]per(?:cent| cent)|majority|minority|half|third|quarter)(?:\s+(?:majority|minority))?(?:\s+of\s+(?:the\s+)?(.+))?$/iu;
/** People named in the plural before a share of them: "most Democrats", "GOP insiders", "voters". */
const PLURAL_PEOPLE = unicodeWords(
  /\b(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Lu}\p{Ll}+(?:ans|ats|ers|ists)|insiders|voters|respondents|members|residents|experts|economists)\b/gu,
);

/** The reading of `referredSpeaker` with the speaker named as the article names them. */
export function speakerNamedInFull(
  ctx: RulesContext,
  unit: Unit,
  found: Attribution,
  masked: string,
  reading: SpeakerReading,
): SpeakerReading {
  const { referents, bodies, descriptions, indexOfUnit, articleText } = ctx;
  let { phrase, speaker, role, resolvedKind } = reading;
  const { describedAs } = reading;
  // "A spokesperson said", "the spokesperson said" right after a unit that opened on a body: its spokesperson;
  // else the body that spoke last, in this paragraph or the one before ("Acme said it would appeal. …,"
  // a spokesman said"), as "it said" is.
  const spokesperson =
    phrase &&
    phrase.kind !== 'person' &&
    /^(?:spokesperson|spokesman|spokeswoman)$/i.test(phrase.name) &&
    (speaker === undefined || speaker === phrase.name)
      ? phrase
      : undefined;
  const voiced =
    spokesperson &&
    (ctx.openedOnBody && unit.paragraph - ctx.openedOnBody.paragraph <= 1
      ? ctx.openedOnBody.name
      : bodyThatSpoke(ctx, unit.paragraph));
  if (spokesperson && voiced) {
    speaker = voiced;
    role ??= spokesperson.name;
    resolvedKind = 'body';
    // "the spokesperson said" later is this body's spokesperson again.
    phrase = { ...spokesperson, role: spokesperson.name };
  }
  // "The head of the Red Cross delegation said" after "Pierre Dupont, the head of the Red Cross
  // delegation": that person, in that role; with no one named so, the body speaks, the role says who.
  if (phrase?.kind === 'body' && phrase.role && resolvedKind === undefined && speaker === phrase.name) {
    const holder = referents.holderOfRoleIn(phrase.role, phrase.name, unit.paragraph);
    if (holder) {
      speaker = holder.name;
      role = `${phrase.role} of ${/^the\s/i.test(phrase.name) ? '' : 'the '}${phrase.name}`;
      resolvedKind = 'person';
    }
  }
  // "a 52-percent majority of GOP insiders said", "another 27 percent said": a share of a group speaks for
  // the group, its own "of …" or the one the sentence (else the share before it) named.
  const share = phrase && phrase.kind !== 'pronoun' ? SHARE.exec(phrase.name) : null;
  if (share) {
    const before = found?.at !== undefined ? masked.slice(0, found.at) : '';
    const group =
      share[1]?.trim() ??
      (ctx.lastShareGroup && unit.paragraph - ctx.lastShareGroup.paragraph <= 1
        ? ctx.lastShareGroup.name
        : undefined) ??
      [...before.matchAll(PLURAL_PEOPLE)].at(-1)?.[0];
    if (group) {
      speaker = group;
      resolvedKind = 'group';
      ctx.lastShareGroup = { name: group, paragraph: unit.paragraph };
    }
  }
  // "Apple's guidelines indicate", "Blinken's explanations": a paper of its owner's is the owner speaking.
  const owner =
    speaker && phrase && phrase.kind !== 'pronoun' && speaker === phrase.name
      ? ownerOfPaper(speaker)
      : undefined;
  if (owner) {
    const full = referents.fullName(owner);
    speaker = full !== owner || referents.isPersonName(owner) ? full : bodies.expand(owner);
    resolvedKind = full !== owner || referents.isPersonName(owner) ? 'person' : 'body';
  }
  // "Texaco executives said" after "Texaco Inc …": the body the article names, its people the role.
  const through =
    speaker &&
    phrase &&
    phrase.kind !== 'person' &&
    phrase.kind !== 'pronoun' &&
    !role &&
    speaker === phrase.name
      ? bodyThroughItsPeople(
          speaker,
          (head) =>
            bodies.companyOf(head) ??
            (bodies.isNamedBody(head) || bodies.knowsAcronym(head) ? bodies.expand(head) : undefined),
        )
      : undefined;
  if (through) {
    speaker = through.body;
    role = through.role;
    resolvedKind = 'body';
  }
  // "American said" after "American Airlines": a company's short name is the company, however the
  // one word reads alone (a demonym, a first name).
  const company =
    phrase && phrase.kind !== 'pronoun' && !phrase.refers && !phrase.role
      ? bodies.companyOf(phrase.name)
      : undefined;
  if (company) {
    speaker = company;
    resolvedKind = 'body';
  }
  // "Environmental Protection officials", "An Air Mobility spokesperson": a body's name in part is the
  // one body the article names in full with those words.
  if (speaker && phrase?.kind === 'body' && phrase.role && speaker === phrase.name && !company) {
    const whole = bodies.containing(speaker);
    if (whole) speaker = whole;
  } else if (
    speaker &&
    phrase?.kind === 'body' &&
    speaker === phrase.name &&
    !company &&
    /\s/.test(speaker) &&
    ORG_WORDS.has((speaker.split(/\s+/).at(-1) as string).toLowerCase())
  ) {
    // "the Animal Shelter said" after "the Santa Fe Animal Shelter": a body's name that the one body the
    // article names in full ends with (its place or its owner before) is that body.
    const whole = bodies.containing(speaker);
    const tail = speaker.toLowerCase().split(/\s+/).join(' ');
    // (Not a sentence's opening words read into the name: "But the Scottish National Party".)
    const prefix =
      whole
        ?.slice(0, whole.length - tail.length)
        .trim()
        .split(/\s+/) ?? [];
    if (
      whole?.toLowerCase().endsWith(` ${tail}`) &&
      !prefix.some((w) =>
        tagsOf(w.toLowerCase()).some((t) =>
          /^(?:Conjunction|Determiner|Adverb|Preposition|Pronoun)$/.test(t),
        ),
      )
    )
      speaker = whole;
  }
  // "WHO said", "the KCNA": an acronym the article defined is the body's full name ("the Chinese CDC",
  // read as a name, too).
  if (speaker && (phrase?.kind !== 'person' || ALL_CAPS_WORD.test(speaker) || bodies.knowsAcronym(speaker)))
    speaker = bodies.expand(speaker);
  // "What Schmidt", "Castaignede ahead of the 12 March tie", "FBI in the indictment", "Ben Roe QC": words
  // the subject phrase took in before or after the name (a sentence's opening word, a phrase of time or
  // place, an adverb, post-nominal letters) are no part of it.
  if (speaker && phrase && (phrase.kind === 'person' || phrase.kind === 'body') && speaker === phrase.name) {
    const bare = nameAlone(speaker);
    if (bare !== speaker) {
      if (phrase.kind === 'person' && POST_NOMINAL.test(speaker) && !role)
        role = POST_NOMINAL.exec(speaker)?.[1];
      // (A surname left alone is the person the article named in full; an acronym left alone, "The WHO
      // itself has warned", the body the article names in full.)
      speaker =
        phrase.kind === 'person' || referents.isPersonName(bare)
          ? referents.fullName(bare)
          : bodies.knowsAcronym(bare)
            ? bodies.expand(bare)
            : bare;
    }
  }
  // "the research firm Gartner", "German car maker BMW", "the Syrian National Council opposition group":
  // a body's name with the noun that describes it, before or after, is the name; the description its role.
  if (speaker && phrase && phrase.kind !== 'person' && phrase.kind !== 'pronoun' && speaker === phrase.name) {
    const named = describedBody(speaker);
    if (named) {
      speaker = bodies.expand(named.name);
      role ??= named.role;
      resolvedKind ??= 'body';
    }
  }
  // "Lord Roe, the former cabinet secretary, …. Ana Lee said …. The former cabinet secretary said": a
  // description read as the person in view is rather the one person the article described so beside their
  // name (the words the text gave them name them; being in view only guesses).
  if (describedAs && resolvedKind === 'person' && phrase && /^[\p{Ll}\s-]+$/u.test(phrase.name)) {
    const named = descriptions.describedAs(phrase.name.split(/\s+/), indexOfUnit.get(unit) ?? ctx.unitIndex);
    if (named?.kind === 'person') speaker = referents.fullName(named.name);
  }
  // "the security contractor said" after "private security contractor G4S", "the release said" after
  // "Acme issued a statement": a definite description or a paper still kept as the speaker is the one
  // name the article described so, or the paper's issuer (two that fit leave it).
  if (
    speaker &&
    phrase &&
    phrase.kind !== 'person' &&
    phrase.kind !== 'pronoun' &&
    // (As written, or resolved to an unnamed speaker described so before: "an authoritative new report".)
    (resolvedKind === undefined ? speaker === phrase.name : resolvedKind === 'group') &&
    /^[\p{Ll}\s-]+$/u.test(speaker) &&
    /^[\p{Ll}\s-]+$/u.test(phrase.name) &&
    phrase.name.split(/\s+/).length <= 3
  ) {
    const words = phrase.name.split(/\s+/);
    const head = words.at(-1) as string;
    const i = indexOfUnit.get(unit) ?? ctx.unitIndex;
    const determiner = determinerBefore(words).exec(masked)?.[1]?.toLowerCase();
    const who = !determiner
      ? undefined
      : PAPER_KINDS.has(head)
        ? descriptions.issuerOf(head, i, unit.paragraph)
        : determiner === 'the' && resolvedKind === undefined
          ? descriptions.describedAs(words, i)
          : undefined;
    // "Super Value revealed … Still, the grocery giant said": a business's description, with no name
    // described so, is the one business named in view (as "the company" is).
    const business =
      who === undefined &&
      determiner === 'the' &&
      resolvedKind === undefined &&
      BUSINESS_DESCRIPTION_NOUNS.has(head)
        ? companyInView(ctx, unit, masked.slice(0, found.at ?? 0))
        : undefined;
    if (business) {
      speaker = bodies.expand(business);
      resolvedKind = 'body';
    } else if (who) {
      speaker = who.kind === 'person' ? referents.fullName(who.name) : bodies.expand(who.name);
      resolvedKind = who.kind;
      if (who.kind === 'person' && !PAPER_KINDS.has(head)) role ??= phrase.name;
    }
  }
  // "The pair said", "both men expressed", "All three men said": the people the text named together, who
  // spoke before.
  if (phrase && phrase.kind !== 'pronoun' && phrase.kind !== 'person' && speaker === phrase.name) {
    const counted = countedSpeakers(
      ctx,
      `${/\b(?:both|the|all|these|those)\s+$/iu.exec(masked.slice(0, found.at ?? 0))?.[0] ?? ''}${phrase.name}`,
      unit.paragraph,
      `${articleText.slice(0, ctx.offset)} ${masked.slice(0, found.at ?? 0)}`,
    );
    if (counted) {
      speaker = counted;
      resolvedKind = 'group';
    }
  }
  // ("The director said …" resolved to the person in view: "the director" later is that person again, not
  // whoever spoke since — the description is remembered as the role it gave them.)
  if (phrase && speaker && phrase.kind !== 'pronoun')
    referents.spoke(
      {
        ...phrase,
        kind: resolvedKind ?? phrase.kind,
        name: speaker,
        // "The director said" resolved to Quentin Roe: the description is his role from here on, so a
        // later "the director said" finds him again with others speaking between.
        // (Only a description read as the person in view: a title the text gave, "the Ukrainian
        // president", is found again through the title itself.)
        ...(describedAs && !phrase.role && role && resolvedKind === 'person' ? { role } : {}),
      },
      unit.paragraph,
    );
  // (A pronoun: the one it was resolved to above, named as the claim names them.)
  else if (phrase?.kind === 'pronoun' && speaker && resolvedKind)
    referents.spoke({ kind: resolvedKind, name: speaker }, unit.paragraph);
  return { phrase, speaker, role, resolvedKind, describedAs };
}
