// Who a claim's subject phrase refers to: "He" a surname when the article names someone so ("Vice Premier He
// Lifeng"); a pronoun or a definite noun ("the agency", "the company", "the director") resolved to the
// person or body in view; a name given in part ("Phoenix", "Tory Ann Roe", "In the U.S. Roe") to the name the
// article gives in full; coordinated names each in full. The first of the speaker's steps (claims.ts), then
// speaker-names.ts and relays.ts. Apart because it is the one place a phrase is resolved by reference.
import type { Attribution } from './attribution';
import {
  COMPANY_NOUNS,
  PLACE_INITIALS,
  POST_NOMINALS,
  SPEAKING_BODY_NOUNS,
  PRONOUN_OPENING,
  FRONTED_CLAUSE,
} from './lexicon';
import { type Phrase, isRoleWord } from './recognition';
import type { RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import { withoutNameWords, withoutPartyOrLetters } from './names';
import { isPersonDescriptionHead } from './description-heads';
import { bodyByNoun, bodyThatSpoke, companyInView, isBusinessName } from './bodies-in-view';

/** A sentence whose subject is "he" or "she", opening it after at most a linking word. */
const PRONOUN_SUBJECT =
  /^[\s“"]*(?:(?:But|And|However|Still|Yet|So|Later|Also|Then),?\s+)?(?:He|She)\s+\p{Ll}/u;

/** "gutter cleaner from nearby New Addington": a description in lower case, then where the person is from. */
const DESCRIBED_FROM = /^((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+from\s+(?:nearby\s+)?\p{Lu}[^,;]*$/u;

/** A claim's speaker as its steps read it: the phrase (as resolved), the name, its role and kind. */
export interface SpeakerReading {
  phrase: Phrase | undefined;
  speaker: string | undefined;
  role: string | undefined;
  resolvedKind: 'person' | 'body' | 'group' | undefined;
  /** The speaker is the person in view a description ("said the director") was read as. */
  describedAs: boolean;
}

/** The speaker the subject phrase of `found` refers to. */
export function referredSpeaker(
  ctx: RulesContext,
  unit: Unit,
  found: Attribution,
  masked: string,
): SpeakerReading {
  const { referents, bodies, heName } = ctx;
  let speaker: string | undefined;
  let role = found.phrase?.role;
  let phrase = found.phrase;
  const at = found.at;
  // "…, and later He said …": a capital "He" inside a sentence is a surname when the article named
  // someone so ("Vice Premier He Lifeng").
  if (phrase?.kind === 'pronoun' && phrase.refers === 'he' && at !== undefined) {
    const before = masked.slice(0, at);
    const full = heName;
    if (
      full !== undefined &&
      /\S\s+He\s+(?:\S+\s+){0,2}$/u.test(before) &&
      !/[.!?:"“”]\s*He\s+(?:\S+\s+){0,2}$/u.test(before)
    )
      phrase = { kind: 'person', name: full };
  }
  // "The gutter cleaner from nearby New Addington, who …, said": a definite description of a person with
  // where they come from after it is the person in view the description without it would be (the place
  // is no part of who they are; the whole description stays the role).
  if (phrase && !phrase.refers && phrase.kind !== 'pronoun' && at !== undefined) {
    const from = DESCRIBED_FROM.exec(phrase.name);
    const head = from?.[1]?.split(/\s+/).at(-1) ?? '';
    const first = from?.[1]?.split(/\s+/)[0] ?? '';
    if (
      from?.[1] &&
      isPersonDescriptionHead(head) &&
      new RegExp(String.raw`(?:^|[^\p{L}])[Tt]he\s+${first}\s`, 'u').test(masked.slice(0, at))
    )
      phrase = { ...phrase, refers: from[1] };
  }
  let resolvedKind: 'person' | 'body' | 'group' | undefined;
  /** The speaker is the person in view a description ("said the director") was read as. */
  let describedAs = false;
  if (phrase?.refers) {
    // (Not the names after a pronoun that opens the sentence: "He thanked Eastwood and described …" names
    // whom "he" speaks of, never who "he" is.)
    const earlier =
      found.at !== undefined && !(phrase.kind === 'pronoun' && PRONOUN_SUBJECT.test(masked))
        ? // (Not a name in parentheses, "(Photo: Ana Roe/Daily Mirror) The carpenter said": a credit or an
          // aside is no one the subject stands for.)
          referents.namesIn(masked.slice(0, found.at).replace(/\([^()]*\)/gu, ' '))
        : [];
    // (A pronoun that opens the sentence, after at most a linking word: "He said", "But she added".)
    const initial = phrase.kind === 'pronoun' && PRONOUN_OPENING.test(masked.slice(0, found.at ?? 0));
    // (A tag after the words it reports, "Mr Roe has failed, he said", not a clause put first: "When
    // investigators questioned Avalos, she said …".)
    const tag =
      phrase.kind === 'pronoun' &&
      // (A quotation masked right before the pronoun is a tag too: "“Mr Roe's plan is weak,” he added".)
      /(?:,|\S {3,})\s*(?:[Hh]e\s+|[Ss]he\s+)?$/u.test(masked.slice(0, found.at ?? 0)) &&
      !FRONTED_CLAUSE.test(masked);
    // (The names the pronoun's sentence writes in full after it, which the pronoun governs: "He said Ana
    // Roe had left" is not Ana Roe's. A surname alone may be a relative's, "She said Obama is …": kept.)
    // (A description's sentence likewise, by any name it gives after it, a surname alone too: "the
    // chancellor said Mr Baume was never there" is not Mr Baume's, whom the description governs.)
    const rest = found.at !== undefined ? masked.slice(found.at) : '';
    const after = !rest
      ? []
      : phrase.kind === 'pronoun'
        ? referents.namesIn(rest).filter((n) => /\s/.test(n) && rest.includes(n))
        : referents.namesIn(rest);
    const ref = referents.resolve(phrase.refers, phrase.gender, unit.paragraph, earlier, initial, tag, after);
    // "the agency", "the company": the nearest body of that kind anywhere before, when none is near.
    const body = bodyByNoun(ctx, phrase.refers, ctx.offset + (found.at ?? 0));

    if (body) {
      speaker = body;
      resolvedKind = 'body';
      // "the executives said": the company's, its people the role.
      if (phrase.refers === 'executives') role ??= phrase.name;
    } else if (ref) {
      // "she said" after "Hawk Sawyer testified": the person by the full name the article gave, when the
      // mention is two words or more (a surname alone may be anyone's of that name) and the full name
      // ends as it does (not a heading, "Dylann Roof Trial").
      const full =
        ref.kind === 'person' && /\s/.test(ref.name) ? referents.fullName(ref.name, phrase.gender) : ref.name;
      speaker = bodies.expand(full.endsWith(ref.name.split(' ').at(-1) ?? '') ? full : ref.name);
      resolvedKind = ref.kind;
      // "the official" of a body says who in it spoke; "the president said", "the governor said" for a
      // person the article names: that person, the noun the role (the session-19 convention).
      if (phrase.kind !== 'pronoun' && ref.kind === 'body' && isRoleWord(phrase.refers)) role ??= phrase.name;
      if (phrase.kind !== 'pronoun' && ref.kind === 'person' && !ref.described) role ??= phrase.name;
      // "said the actor": the person in view, the description the role the unit gives them.
      // ("the 59-year-old mortgage lender": the age is no part of the role beside a noun; "the 76-year-old
      // said", an age alone, is the role the unit gives them, as the labels have it.)
      if (ref.described && /^\d+-year-old$/.test(phrase.name)) role ??= phrase.name;
      else if (ref.described) {
        role ??= phrase.name.replace(/^\d+-year-old\s+/u, '');
        describedAs = true;
      }
    } else if (phrase.kind !== 'pronoun') {
      const head = phrase.refers.split(/\s+/).at(-1) ?? '';
      const company = COMPANY_NOUNS.has(head)
        ? referents.resolve('it', undefined, unit.paragraph, earlier)
        : undefined;
      // "the SPLC said …. The group added": a body of no particular kind is the body that spoke last.
      const spoke =
        SPEAKING_BODY_NOUNS.has(head) && !/\p{Lu}/u.test(phrase.name.slice(1))
          ? bodyThatSpoke(ctx, unit.paragraph)
          : undefined;
      // "the company", "executives" after "WeWork said …": the business the article is about.
      const business =
        company?.kind === 'body' && isBusinessName(ctx, company.name)
          ? company.name
          : COMPANY_NOUNS.has(phrase.refers.split(/\s+/).at(-1) ?? '') &&
              !/\p{Lu}/u.test(phrase.name.slice(1))
            ? bodies.business(
                ctx.offset + (found.at ?? 0),
                (n) => isBusinessName(ctx, n) && !referents.isPersonName(n),
              )
            : undefined;
      // "WeWork is under investigation. The company confirmed …": the one business the sentence (before
      // the noun) or the one before it names; none when two are named or none is (the noun is kept).
      const companyNoun = /^(?:company|firm)$/.test(phrase.refers) && !/\p{Lu}/u.test(phrase.name.slice(1));
      // (With none in view, the business that spoke last, however far back: a story's company speaks
      // through many paragraphs about others.)
      const inView =
        business ??
        spoke ??
        (companyNoun ? companyInView(ctx, unit, masked.slice(0, found.at ?? 0)) : undefined) ??
        (companyNoun
          ? referents.lastBodyThatSpoke((n) => isBusinessName(ctx, n) && /^\p{Lu}/u.test(n))
          : undefined);
      if (inView) {
        speaker = bodies.expand(inView);
        resolvedKind = 'body';
        if (phrase.refers === 'executives') role ??= phrase.name;
      } else speaker = phrase.name;
    }
  } else if (
    phrase?.kind === 'person' ||
    // An acronym ("AFGE") is a body's name, never the start of a person's.
    (phrase?.kind === 'body' && !/\s/.test(phrase.name) && !/^\p{Lu}{2,}$/u.test(phrase.name))
  ) {
    // "Tory Ann Roe said", "Ann Roe QC said": a party word before the name and letters after it are no
    // part of it (an affiliation alone gives no role; nor do the letters).
    let bareName = phrase.kind === 'person' ? withoutPartyOrLetters(phrase.name) : phrase.name;
    // "In the U.S. Roe said": a place's dotted capitals before a surname the article gives in full are
    // the fronted phrase's, no initials of the name.
    const placed = /^(\S+)\s+(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(bareName);
    if (
      phrase.kind === 'person' &&
      placed?.[2] &&
      PLACE_INITIALS.has(placed[1] ?? '') &&
      referents.fullName(placed[2], phrase.gender) !== placed[2]
    )
      bareName = placed[2];
    if (bareName !== phrase.name && role !== undefined && POST_NOMINALS.has(role)) role = undefined;
    // "Phoenix said": a one-word name the article gave in full ("Joaquin Phoenix") is that person.
    speaker = referents.fullName(bareName, phrase.kind === 'person' ? phrase.gender : undefined);
    // "Prince Andrew said": a style the full name holds is no role besides it.
    if (role && speaker.startsWith(`${role} `)) role = undefined;
    else if (role) role = withoutNameWords(role, speaker, bareName);
  } else if (phrase?.kind === 'group' && / and /.test(phrase.name))
    // "Trump and Musk" → "Donald Trump and Elon Musk": each coordinated name in full.
    speaker = phrase.name
      .split(' and ')
      .map((n) => referents.fullName(n))
      .join(' and ');
  else if (phrase?.kind === 'body' && / and /.test(phrase.name))
    // "Paganini and his team" → "Lucas Paganini and his team": a surname alone among the coordinated
    // parts is the person named in full (a body's own "and", "Health and Human Services", is left).
    speaker = phrase.name
      .split(' and ')
      .map((n) => (/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(n) ? referents.fullName(n) : n))
      .join(' and ');
  else if (phrase) speaker = phrase.name;
  return { phrase, speaker, role, resolvedKind, describedAs };
}
