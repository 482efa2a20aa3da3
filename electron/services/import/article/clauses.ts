// Clauses: a sentence split into the clauses that each carry a claim of their own — two speakers joined by
// "but" or ";", a noun in apposition whose relative clause says, a speaker's relative clause that goes on
// saying ("…, who added that …"), an object relative clause after the claim ("…, which it says …"). Apart
// from the reading of units because it reads one masked sentence and its frame only, nothing of the article.
import {
  type Attribution,
  type FrameContext,
  NAMING_VERBS,
  attribute,
  objectRelativeBefore,
} from './attribution';
import { SPEECH_VERBS, SPEECH_WITH_OBJECT, WITH_SAYING_PARTICIPLE } from './lexicon';
import { unicodeWords } from './words';

/**
 * After a bare "and": a lower-case subject of one to three words, then a plain verb of saying ("… and the
 * military said …", "… and some analysts predict …"); not "and the jobs added …", "and the government has
 * responded with …", where "and" joins the things done.
 */
const SAYING_SUBJECT = String.raw`(?:the|some|many|most|other|several)\s+(?:[\p{L}'’.-]+\s+){1,3}(?:said|say|says|told|tell|predict|predicted|argue|argued|insist|insisted|warn|warned|claim|claimed)\b`;
/**
 * Where a unit's second clause may open with a speaker of its own: "…, but Trump said …", "…; Y said …",
 * "Ann called it “bold,” but Tom said …" (the comma inside the quotation, masked with it); without a comma too:
 * "…,” and Mayor Roe said …" (a name or "the" after the "and", not "…” and said", the same speaker going on),
 * "… a crackdown - and the BBC's Roe says …" (a spaced hyphen for a dash), "… was theft but Russian
 * authorities argued …" (a bare "but" after a lower-case word, a name or "the" after it), "…, though Roe
 * said …", "… in May and some analysts predict …", "…,” and the union said …" (a bare "and" before a
 * {@link SAYING_SUBJECT}).
 */
const SECOND_CLAUSE = new RegExp(
  String.raw`,\s+(?:but|while|whereas|and|though|although)\s+|(?<=["”»])\s+(?:but|while|whereas)\s+|(?<=["”»])\s+and\s+(?=(?:the\s+|both\s+)?\p{Lu}|${SAYING_SUBJECT})|;\s+(?:but\s+)?|,\s+(?=with\s)|\s?[—–]\s?(?:but|and)\s+|\s-\s(?:but|and)\s+|(?<=\p{Ll})\s+but\s+(?=(?:the\s+)?\p{Lu}|the\s)|(?<=\p{Ll})\s+and\s+(?=${SAYING_SUBJECT})`,
  'gu',
);
/**
 * "…, a prospect Vindman denied", "…, an accusation South Africa strongly denies", "…, a charge his family
 * rejects": a noun in apposition whose relative clause (no "that") names a speaker and what they said of it.
 * The group is the noun phrase, left out of the second clause.
 */
const NOUN_CLAUSE =
  /,\s+((?:a|an|the)\s+(?:\w+\s+)?(?:prospect|accusation|charge|claim|allegation|assertion|notion|suggestion|characterization|characterisation|version|account)s?)\s+(?!(?:that|which|who|of|by|for|in|on|to|was|is|were|are|has|had|and|but)\b)(?=\S)/g;
/**
 * ", who added that …", ", who noted that …", "…, according to a witness, Ann Ode, who said she was nearby": a
 * speaker's relative clause that says more.
 */
const WHO_WENT_ON =
  /,\s+who\s+(?:also\s+|later\s+|then\s+)?(?:(added|noted|argued|explained|warned|insisted|stressed|acknowledged|conceded|pointed out)\s+that|(said|says)(?=\s+(?:that\s+)?(?:he|she|they|it|the|there)\s))\b/;
/**
 * "Mr Roe, who insists he bears no grudge, said: “…”", "World Vision, which says it has worked there for
 * years, said …": a relative clause between the subject and its verb that says something of its own — a
 * second claim of the same speaker, before the main one (as ", who added that …" after it).
 */
const WHO_SAID_FIRST =
  /(?:,|\s--|\s[—–])\s+(?:who|which)\s+((?:[\p{Ll}]+\s+){0,3}?(?:said|says|insists|insisted|denied|denies|argues|argued|claims|claimed|maintains|maintained|warned|warns|admitted|admits|accused|accuses|described|describes|vowed|vows|pledged|pledges|promised|promises|praised|praises|criticized|criticised|criticizes|criticises|urged|urges|predicted|predicts|complained|complains))\b[^,;:—–]*?(?:,|\s--|\s[—–])\s*$/u;
/**
 * "…, which it says it needs", "…, which he described as “…”", "…, which analysts said could fetch …", "…
 * which the Tories deny": after the sentence's claim, a relative clause whose relative word is the
 * object of its own verb of saying — its subject (a pronoun, a name, a noun phrase) says something of the noun
 * before it, a second claim (the labels': "a program Iran says it needs", "prices it said were …").
 */
// (Not "what": "decried what he said was …", "citing what he described as …" is the main verb's own object, one
// claim.)
const OBJECT_RELATIVE = /(?:,\s+|\s)(?:which|whom)\s+(?=\S)/g;
/** "…, with X warning of …": the participles a with-clause says with. */
const WITH_PARTICIPLE = unicodeWords(new RegExp(String.raw`\b(?:${WITH_SAYING_PARTICIPLE})\b`));
/** Lower-case words, whole: not the "an" at the end of "Erdoğan". */
const WORDS = unicodeWords(/\b[a-z]+\b/g);

export interface Clause {
  from: number;
  to: number;
  /** Where the clause's quotations end, when they run past its words. */
  quotesTo?: number;
  /** The clause is the claim's whole sentence (a relative clause that goes on saying). */
  ownSentence?: boolean;
  found: Attribution;
}

/**
 * "Zelenskyy complained about being excluded, but Trump said he could have negotiated": two speakers in
 * one sentence, two claims. Each clause is read alone (the other blanked, offsets kept); the second must
 * name its own speaker, before its verb, other than the first's.
 */
export function splitClauses(masked: string, found: Attribution, ctx: FrameContext): Clause[] | undefined {
  if (found.end === undefined) return undefined;
  const named = whatNamedClause(masked, found, ctx);
  if (named) return named;
  // "While the government asserts …, the tribe says …": a sentence that opens on a contrasting clause
  // has its second speaker after that clause's comma, or after its closing quotation ("Although one was
  // quoted as calling it “a disgrace,” others said …").
  const contrast = /^\s*(?:While|Whereas|Although|Though)\s/u.test(masked)
    ? /(?:,|(?<=\s\s)["”»])\s+(?=(?:the|a|an|some|many|most|others?|several)\s|\p{Lu})/gu
    : undefined;
  // "“…,” said Stevens’ mother, Janet, who noted that the pair …": the speaker goes on, in a relative
  // clause of their own, to say something else — a second claim of the same speaker.
  // "Mr Roe, who insists he bears no grudge, said: “…”": the subject's relative clause says first.
  const before = found.at !== undefined && / wh(?:o|ich) /.test(masked) ? masked.slice(0, found.at) : '';
  const saidFirst = before ? WHO_SAID_FIRST.exec(before) : null;
  // (Not when the main verb only closes the sentence: "…, the source, who said he had met them, told
  // Reuters." — the relative clause describes the source of the sentence's one claim.)
  // (A quotation, masked as a run of spaces, is what the main verb says.)
  const mainSays =
    found.end !== undefined &&
    ((masked.slice(found.end).match(/\p{L}+/gu) ?? []).length >= 4 ||
      /\S\s*[:,]?\s{3,}\S|^\s*[:,]?\s{3,}/u.test(masked.slice(found.end)));
  if (saidFirst && mainSays && found.phrase && found.phrase.kind !== 'pronoun') {
    const relFrom = saidFirst.index + saidFirst[0].search(/wh/u);
    const relTo = saidFirst.index + saidFirst[0].replace(/(?:,|\s--|\s[—–])\s*$/u, '').length;
    const verb = saidFirst[1] ?? '';
    const verbAt = relFrom + saidFirst[0].slice(saidFirst[0].search(/wh/u)).indexOf(verb);
    const cue = verb.split(/\s+/).at(-1) ?? 'said';
    const cueAt = verbAt + verb.length - cue.length;
    return [
      {
        from: relFrom,
        to: relTo,
        ownSentence: true,
        found: { ...found, cue, at: cueAt, end: cueAt + cue.length },
      },
      { from: 0, to: masked.length, found },
    ];
  }
  const objectRelative = objectRelativeClauses(masked, found, ctx);
  if (objectRelative) return objectRelative;
  const goesOn = masked.includes(' who ') ? WHO_WENT_ON.exec(masked) : null;
  if (goesOn && goesOn.index > found.end) {
    const first = attribute(masked.slice(0, goesOn.index) + ' '.repeat(masked.length - goesOn.index), ctx);
    if (first?.phrase && first.phrase.kind !== 'pronoun') {
      const verb = goesOn[1] ?? goesOn[2] ?? 'noted';
      const verbAt = goesOn.index + goesOn[0].search(new RegExp(`\\b${verb}\\b`, 'u'));
      // The quotations after the relative clause go on with the first claim's words, and so does a
      // quotation in the sentences after: the relative clause's claim is given first, the quoted one last.
      const quoteAt = masked.slice(goesOn.index).search(/["“]/u);
      return [
        {
          from: goesOn.index + 1,
          to: quoteAt >= 0 ? goesOn.index + quoteAt : masked.length,
          ownSentence: true,
          found: { ...first, cue: verb, at: verbAt, end: verbAt + verb.length },
        },
        { from: 0, to: goesOn.index, quotesTo: masked.length, found: first },
      ];
    }
  }
  const nounClauses = masked.includes(',') ? [...masked.matchAll(NOUN_CLAUSE)] : [];
  const boundaries = [
    ...masked.matchAll(SECOND_CLAUSE),
    ...nounClauses,
    ...(contrast ? [...masked.matchAll(contrast)].slice(0, 1) : []),
  ].sort((a, b) => a.index - b.index);
  for (const b of boundaries) {
    const isNounClause = nounClauses.includes(b);
    // A noun clause may hold the sentence's only frame ("He was arrested, a charge his family denies").
    // (A frame after the boundary that says what follows it, "…, but Sondland has said he …", leaves the
    // clause before it to be read alone; one that closes the sentence, "…, and …, the two governments
    // said.", is the whole sentence's tag.)
    const foundAfter = found.at !== undefined && found.at > b.index && (isNounClause || mainSays);
    if (b.index < found.end && !foundAfter) continue;
    const from = b.index + b[0].length;
    // Most second clauses have no verb of saying at all: skip them before reading any frame.
    const withClause = /^with\s/.test(masked.slice(from));
    if (
      withClause
        ? !WITH_PARTICIPLE.test(masked.slice(from))
        : !(masked.slice(from).match(WORDS) ?? []).some(
            (w) => SPEECH_VERBS.has(w) || SPEECH_WITH_OBJECT.has(w),
          )
    )
      continue;
    const second = attribute(' '.repeat(from) + masked.slice(from), ctx);
    const p = second?.phrase;
    if (!second || !p || second.at === undefined) continue;
    // "Thomas' sister pleaded with him …, but he replied “…”": a pronoun opens a second claim only after
    // "but", when the first clause's speaker is a named one of the other gender.
    const pronounSecond =
      p.kind === 'pronoun' && /^,\s+but\s/.test(b[0]) && (p.gender === 'm' || p.gender === 'f');
    if (p.kind === 'pronoun' && !pronounSecond) continue;
    if (!pronounSecond && !masked.slice(from, second.at).includes(p.name.split(' ')[0] ?? '\0')) continue;
    const first = attribute(masked.slice(0, b.index) + ' '.repeat(masked.length - b.index), ctx);
    if (
      pronounSecond &&
      (!first?.phrase ||
        first.phrase.kind === 'pronoun' ||
        first.phrase.gender === undefined ||
        first.phrase.gender === p.gender)
    )
      continue;
    if (isNounClause && !first) return [{ from, to: masked.length, found: second }];
    // (A first clause that is an accusation with no one named is a claim too: "… were accused of …—and
    // Beijing officials ultimately admitted …"; so is one an outlet alone carries: "A news agency reported
    // …, but Seoul police said …".)
    if (
      !first ||
      (!first.phrase && !first.relay && first.cue !== 'accused of') ||
      first.phrase?.name === p.name
    )
      continue;
    // (With the sentence's frame in the second clause, a noun of saying in the first is no frame of its own:
    // "Though the site complies with the Church's requests …, other sites have stated …".)
    if (
      b.index < found.end &&
      (first.at === undefined ||
        first.end === undefined ||
        /['’]s?\s|\sby\s/u.test(masked.slice(first.at, first.end)))
    )
      continue;
    return [
      { from: 0, to: b.index, found: first },
      { from, to: masked.length, found: second },
    ];
  }
  return undefined;
}

/** "in what the mayor called …", "over what it calls …": "what", then the namer of one to five words. */
const WHAT_NAMER = /\bwhat\s+(?:[^\s,;.:]+\s+){1,5}$/i;

/**
 * "Dozens were hurt in what the mayor called a cowardly attack": the sentence's frame is a name given in
 * a "what" clause (attribution.ts), so its namer is the subject after "what", not the sentence's own subject:
 * the clause is read alone from "what" on, the claim the whole sentence's.
 */
function whatNamedClause(masked: string, found: Attribution, ctx: FrameContext): Clause[] | undefined {
  if (found.at === undefined || !NAMING_VERBS.test(found.cue) || !/\bwhat\s/i.test(masked)) return undefined;
  const before = masked.slice(Math.max(0, found.at - 60), found.at);
  const what = WHAT_NAMER.exec(before);
  if (!what) return undefined;
  const from = found.at - before.length + what.index;
  const named = attribute(' '.repeat(from) + masked.slice(from), ctx);
  if (!named?.phrase || named.at !== found.at) return undefined;
  return [{ from: 0, to: masked.length, found: named }];
}

/**
 * The sentence's claim, then an object relative clause after it that says (OBJECT_RELATIVE): two claims, each
 * clause read alone. The relative clause's own verb must be its frame's, its subject right before it (a
 * pronoun is resolved as any other: "ISIS claimed the attack, which it said targeted …").
 */
function objectRelativeClauses(masked: string, found: Attribution, ctx: FrameContext): Clause[] | undefined {
  if (found.end === undefined || !/\b(?:which|whom)\s/.test(masked.slice(found.end))) return undefined;
  for (const r of masked.matchAll(OBJECT_RELATIVE)) {
    if (r.index < found.end) continue;
    const from = r.index + r[0].search(/\p{L}/u);
    const second = attribute(' '.repeat(from) + masked.slice(from), ctx);
    if (!second?.phrase || second.at === undefined) continue;
    // (Its verb right after its subject: not "a league table which ranks countries …, the steps they …".)
    if (!objectRelativeBefore(masked.slice(0, second.at))) continue;
    const first = attribute(masked.slice(0, r.index) + ' '.repeat(masked.length - r.index), ctx);
    if (!first || first.at === undefined) continue;
    return [
      { from: 0, to: r.index, found: first },
      { from, to: masked.length, found: second },
    ];
  }
  return undefined;
}
