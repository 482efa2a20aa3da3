// The article importer: paragraphs (html.ts) → units (segmentation) → frames and speakers (attribution,
// recognition) → referents (resolution) → event dates (dates) → candidate facts; saving.ts writes the
// ones the analyst accepts (imported from there, not through here: the worker's bundle, which reads this
// module, then carries none of the store's code and schemas).
import type { CandidateFact } from '../../../contract/api';
import { assertImportText } from '../limits';
import { htmlToParagraphs } from '../html';
import { textParagraphs } from '../plain-text';
import {
  AUTHORED_REPORT,
  type Attribution,
  type FrameContext,
  attribute,
  mask,
  objectRelativeBefore,
} from './attribution';
import { type DateFrame, eventDate } from './dates';
import { Descriptions } from './descriptions';
import { Bodies } from './entities';
import {
  BODY_DESCRIPTION_NOUNS,
  BODY_NOUN_HEADS,
  BUSINESS_DESCRIPTION_NOUNS,
  DESCRIPTION_NOUNS,
  COMPANY_NOUNS,
  COUNT_WORDS,
  COUNTED_PERSON_NOUNS,
  CREDIT_LINE,
  ORG_WORDS,
  PAPER_KINDS,
  PLACE_INITIALS,
  POST_NOMINALS,
  SPEAKING_BODY_NOUNS,
  SPEECH_VERBS,
  SPEECH_WITH_OBJECT,
  withoutLegalForm,
  PRONOUN_OPENING,
  FRONTED_CLAUSE,
} from './lexicon';
import { Outlets, platformRelay } from './outlets';
import { isCapitalsHeading, outletHeadlines } from './headline-lists';
import {
  firstNameGender,
  forgetArticleNames,
  isBodyPhrase,
  isPlaceName,
  isRoleWord,
  tagsOf,
} from './recognition';
import { type ArticleModel, LEARNT_CUE, decide, shippedModel } from './model';
import { Referents } from './resolution';
import { type ArticleDate, type Unit, articleDate, segment } from './segmentation';
import { type TextSays, bylineIndex, headlineIndex, textSays } from './text-metadata';
import { POST_NOMINAL, nameAlone, withoutNameWords, withoutPartyOrLetters } from './names';
import { inPassage, passageClaims, quotedPassages, unwrapped } from './quoted-passages';
import { taggedDate } from './dated-tags';
import { headingLeadIn } from './quotation-headings';
import { readTurn, transcriptTurns } from './transcript-turns';
import { leadSpeaker, speechHighlights } from './speech-highlights';
import { interviewsNamedAgain, relayRuns, reprintRelays } from './relay-runs';
import { bodyThroughItsPeople } from './represented-bodies';
import { ownerOfPaper } from './possessed-papers';
import { namedNext } from './named-next';
import { POINTING_LEAD_IN, TOPIC_LABEL, labelLineRelays, leadInSpeaker } from './speaker-labels';
import { ownJournalist, widenDocument } from './document-relays';
import { composed, unicodeWords } from './words';

/** A sentence whose subject is "he" or "she", opening it after at most a linking word. */
const PRONOUN_SUBJECT =
  /^[\s“"]*(?:(?:But|And|However|Still|Yet|So|Later|Also|Then),?\s+)?(?:He|She)\s+\p{Ll}/u;

/** A possessive pronoun or a quantifier opening a role ("his wife", "One witness"), not "one of". */
const ROLE_DETERMINER = /^(?:his|her|their|its|our|my|one|another)\s+(?!of\b)(?=\p{Ll})/iu;
/** A run of capitalised words (a company's name: "Big Machine", "JPMorgan Chase", "G4S"). */
const NAME_RUN = unicodeWords(/\b\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*/gu);
/** Last words of a street's or a building's name ("Wall Street"), no company's. */
const LOCATION_HEAD =
  /^(?:street|avenue|road|square|park|plaza|boulevard|lane|drive|bridge|hall|house|palace|airport|station|stadium|arena)$/;
/** Tags of compromise's lexicon that make a name a place. */
const PLACE_TAG = /^(?:Country|City|Region|Place)$/;
/** A word of capitals ("WHO", "KCNA"). */
const ALL_CAPS_WORD = unicodeWords(/\b\p{Lu}{2,}\b/u);

export interface ProposeOptions {
  /** The article's own outlet: a claim it reports is the source's own, not relayed by it. */
  outlet?: string;
  /** ISO publication date: "on Monday" and "last week" are resolved against it. */
  published?: string;
  /** Called now and then with the share of units done, 0..1; return false to stop (Cancel). */
  onProgress?: (done: number) => boolean | void;
  /** The learnt claim model (model.ts): the shipped one when left out, the rules alone when null. */
  model?: ArticleModel | null;
}

/**
 * The article's paragraphs, from plain text or saved HTML, as read (`paragraphs`) and as written
 * (`asWritten`: a plain text's furniture, its byline line among it, still in; a page's are its paragraphs),
 * its layout read once for both.
 */
export function articleReading(
  text: string,
  format: 'text' | 'html',
): { paragraphs: string[]; asWritten: string[] } {
  // NFC: a name saved with combining marks ("Nguyễn" as e, circumflex, tilde) reads as the one typed whole.
  if (format === 'html') {
    const paragraphs = htmlToParagraphs(text).map(composed);
    return { paragraphs, asWritten: paragraphs };
  }
  const { read, asWritten } = textParagraphs(text);
  return { paragraphs: read.map(composed), asWritten: asWritten.map(composed) };
}

/** The article's paragraphs, from plain text or saved HTML. */
export function articleParagraphs(text: string, format: 'text' | 'html'): string[] {
  return articleReading(text, format).paragraphs;
}

/** A quotation that is a title ("Parasite", “A Most Violent Year”) rather than someone's words. */
const isTitle = (quoted: string) => {
  // American style puts the sentence's stop inside the marks: “Face the Nation.” is still a title.
  const q = quoted.trim().replace(/[.,]$/u, '');
  const words = q.trim().split(/\s+/);
  return (
    words.length <= 8 &&
    !/[.!?,;]$/.test(q.trim()) &&
    words.every(
      (w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:a|an|the|of|in|on|at|and|for|to|with|from|by)$/.test(w),
    ) &&
    /^\p{Lu}/u.test(q.trim())
  );
};

/** `“Amazing,” Davis said`: a quotation closed by a comma and a verb of saying is words, whatever its case. */
const SAID_AFTER =
  /^[”"’»]?\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)?(?:said|says|added|adds|told|asked|exclaimed|laughed)\b/u;

/**
 * Pull quotes: a quotation of eight words or more that the article gives in two paragraphs is set apart
 * as a pull quote in the one with fewer units (the earlier when they have as many), its attribution a
 * repeat ("“If NASA focuses on …,” Cooke said." above the hearing report that quotes it in full).
 */
function pullQuotes(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  const seen = new Map<string, number[]>();
  const size = new Map<number, number>();
  units.forEach((u, i) => {
    size.set(u.paragraph, (size.get(u.paragraph) ?? 0) + 1);
    for (const q of u.quotes) {
      // A quotation under 30 characters is too short to hold the eight words looked for.
      if (q.end - q.start < 30) continue;
      const words =
        u.text
          .slice(q.start, q.end)
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length < 8) continue;
      const key = words.join(' ');
      const list = seen.get(key) ?? [];
      list.push(i);
      seen.set(key, list);
    }
  });
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const paragraphs = new Set(list.map((i) => (units[i] as Unit).paragraph));
    if (paragraphs.size < 2) continue;
    // The copy in the fullest paragraph stays; every other copy is the pull quote.
    const keep = list.reduce((a, b) => {
      const sa = size.get((units[a] as Unit).paragraph) ?? 0;
      const sb = size.get((units[b] as Unit).paragraph) ?? 0;
      return sb >= sa ? b : a;
    });
    for (const i of list)
      if (i !== keep && (units[i] as Unit).paragraph !== (units[keep] as Unit).paragraph) out.add(i);
  }
  return out;
}

const quotesOf = (unit: Unit, from = 0, to = Infinity): string[] =>
  unit.quotes
    .filter((q) => q.start >= from && q.end <= to)
    .map((q) => {
      const quoted = unit.text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
      const said = /,$/u.test(quoted) && SAID_AFTER.test(unit.text.slice(q.end, q.end + 60));
      return { text: quoted.replace(/[,;:]$/u, ''), said };
    })
    .filter((q) => q.text !== '' && (q.said || !isTitle(q.text)))
    .map((q) => q.text);

/**
 * The statement as a fact stands alone, out of the article: a sentence opening on "He" or "She" names the
 * speaker it was resolved to. The sentence itself is kept as written.
 */
function namedStatement(sentence: string, speaker: string | undefined): string {
  const opening = /^(He|She)\s/.exec(sentence);
  return opening && speaker ? `${speaker}${sentence.slice(opening[1]?.length ?? 0)}` : sentence;
}

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
const WITH_PARTICIPLE =
  /\b(?:saying|telling|insisting|arguing|warning|claiming|noting|adding|calling|stating|writing|explaining|declaring|suggesting)\b/;

/** A share of a group as a subject: "47 percent", "another 27%", "a 52-percent majority of GOP insiders". */
const SHARE =
  /^(?:(?:another|a|an|the|some|just|only|nearly|almost|about|roughly|overwhelming|whopping|mere|slim|clear|solid)\s+)*(?:\d+(?:\.\d+)?(?:[- ]percent|[- ]per cent|%)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)[- ]per(?:cent| cent)|majority|minority|half|third|quarter)(?:\s+(?:majority|minority))?(?:\s+of\s+(?:the\s+)?(.+))?$/iu;
/** People named in the plural before a share of them: "most Democrats", "GOP insiders", "voters". */
const PLURAL_PEOPLE = unicodeWords(
  /\b(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Lu}\p{Ll}+(?:ans|ats|ers|ists)|insiders|voters|respondents|members|residents|experts|economists)\b/gu,
);

/** Lower-case words, whole: not the "an" at the end of "Erdoğan". */
const WORDS = unicodeWords(/\b[a-z]+\b/g);
/** Cues of a paraphrase that says something of its own ("said that …", "warned", "insisted that …"). */
const PARAPHRASE_CUES =
  /^(?:said|says|told|tells|added|adds|warned|warns|insisted|insists|argued|argues|explained|explains|noted|notes|stated|states|believes|believed|thinks|thought|admitted|admits|acknowledged|conceded|stressed|maintained|maintains|claimed|claims|predicted|predicts|cautioned|complained|recalled|recalls|suggested|suggests|contended|contends)(?: that)?$/;
/** Cues of a claim that announce words a quotation may then give: "issued a statement", "wrote", "posted". */
const ANNOUNCES_WORDS = /\b(?:issued|released|statement|letter|wrote|writes|posted|tweeted|message)\b/;

/** "said after the game", "told reporters after the hearing": words said after an event named before. */
const AFTER_THE_EVENT =
  /\b(?:said|says|told|added|explained|admitted|conceded|insisted)\s+(?:\S+\s+){0,2}?after\s+the\s+(game|match|loss|win|victory|defeat|race|bout|fight|hearing|meeting|session|vote|debate|speech)\b/i;
/** "after Monday night’s loss", "in Sunday’s game": the weekday of the event named before. */
const EVENT_DAY =
  /\b(\p{Lu}\p{Ll}+day)(?:\s+(?:night|afternoon|morning|evening))?['’]s\s+(?:\S+\s+){0,2}?(?:game|match|loss|win|victory|defeat|race|bout|fight|hearing|meeting|session|vote|debate|speech)\b/u;

interface Clause {
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
function splitClauses(masked: string, found: Attribution, ctx: FrameContext): Clause[] | undefined {
  if (found.end === undefined) return undefined;
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

interface Claim {
  candidate: CandidateFact;
  paragraph: number;
  hasQuote: boolean;
  /** What the speaker is, for a quotation that runs on to keep them the one "she" and "he" reach. */
  kind?: 'person' | 'body' | 'group';
  /** The units (indices into the article's) the claim's sentence holds. */
  units: number[];
}

/**
 * A body's name and the noun phrase describing it, in one subject ("research firm Gartner", "Developer
 * Valve", "the Syrian National Council opposition group"): the name and the description apart; undefined
 * unless the description's head is a body's noun and the rest is capitalised.
 */
export function describedBody(phrase: string): { name: string; role: string } | undefined {
  const words = phrase.replace(/^(?:the|a|an)\s+/iu, '').split(/\s+/);
  if (words.length < 2) return undefined;
  const isHead = (w: string) => /^\p{Ll}/u.test(w) && BODY_DESCRIPTION_NOUNS.has(w);
  const isNameWord = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const small = (w: string) => /^(?:of|for|and|the|on|&)$/.test(w);
  // The description first: every word after its head is the name's.
  for (let h = words.length - 2; h >= 0; h--) {
    if (!isHead(words[h] as string)) continue;
    const name = words.slice(h + 1);
    if (!isNameWord(name[0] as string) || !name.every((w) => isNameWord(w) || small(w))) return undefined;
    const desc = words.slice(0, h + 1);
    // ("Toyota car maker" is no description before a name: a description holds no name of its own.)
    if (
      desc.slice(0, -1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !tagsOf(w.toLowerCase()).includes('Demonym'))
    )
      if (!/^(?:Internet|Web|Net)$/u.test(desc[0] as string) || desc.length > 3) return undefined;
    return {
      name: name.join(' '),
      role: desc.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
    };
  }
  // The name first: lower-case words ending on a body's noun after it.
  const last = words.at(-1) as string;
  if (!isHead(last)) return undefined;
  let k = words.length - 1;
  while (k > 0 && /^\p{Ll}/u.test(words[k - 1] as string) && !small(words[k - 1] as string)) k--;
  const name = words.slice(0, k);
  // ("the European Union's top court", "Inner Mongolia health authority": an owner or a place, no body.)
  if (
    name.length < 2 ||
    !name.every((w) => isNameWord(w) || small(w)) ||
    k > words.length - 2 ||
    /['’]s?$/u.test(name.at(-1) as string) ||
    // (A body's name before its description holds a body's word: "Syrian National Council".)
    !name.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
    isPlaceName(name.join(' ').toLowerCase()) ||
    tagsOf(name.join(' ').toLowerCase()).some((t) => PLACE_TAG.test(t))
  )
    return undefined;
  return { name: name.join(' '), role: words.slice(k).join(' ') };
}

/** What the rules read in an article: its units, their claims, and the units they pass over unread. */
export interface RulesPass {
  /** The article's text as read (paragraphs joined by blank lines). */
  text: string;
  units: Unit[];
  /** Each claim the rules propose, with the units its sentence holds. */
  claims: Array<{ candidate: CandidateFact; units: number[] }>;
  /** Units the rules never read as claims: headlines, headings, captions, embedded posts, pull quotes. */
  furniture: boolean[];
  /** Units that are questions ("What did Suh say after the play?"). */
  questions: boolean[];
  /** Units where the rules read a frame of attribution, whether or not they made a claim of it. */
  framed: boolean[];
  /**
   * Where the frame the rules read in a unit has its cue (the verb of saying), claim or not: a claim the
   * learnt model adds is dated as the rules date theirs, by the date its verb carries (session 27).
   */
  frames?: Array<DateFrame | undefined>;
  /** Each paragraph's locator as a reader counts paragraphs ("para. 1" is the first of the text proper). */
  locators: string[];
  published?: string;
  /** The date the text gives itself, when the caller gave none (a date line, a dateline). */
  ownDate?: ArticleDate;
  /** What the text says about itself above its story: headline, byline, its dateline's agency. */
  says: TextSays;
}

/**
 * Paragraph locators as a reader counts the paragraphs of an article: its headline, byline, subheadings,
 * captions and embedded posts (`furniture`) are none of them, so the lede is "para. 1" whether or not the
 * headline was pasted with it. A furniture paragraph takes the number of the paragraph before it (1 at the top).
 */
export function paragraphLocators(count: number, furniture: (paragraph: number) => boolean): string[] {
  const locators: string[] = [];
  let n = 0;
  for (let i = 0; i < count; i++) {
    if (!furniture(i)) n++;
    locators.push(`para. ${Math.max(n, 1)}`);
  }
  return locators;
}

/**
 * Splits an article into units and proposes candidate facts where the text attributes a claim.
 * Returns undefined only when `onProgress` asked to stop.
 */
export function proposeCandidates(
  text: string,
  format: 'text' | 'html',
  options: ProposeOptions = {},
): { text: string; candidates: CandidateFact[]; ownDate?: ArticleDate; says: TextSays } {
  const pass = proposeByRules(text, format, options);
  const model = options.model === undefined ? shippedModel() : options.model;
  const candidates = (model ? withModel(pass, model) : pass.claims.map((c) => c.candidate)).map((c) => {
    const statement = balancedMarks(c.statement);
    return statement === c.statement ? c : { ...c, statement };
  });
  // Done once the model has read the rules' claims too, not when the rules end.
  options.onProgress?.(1);
  return { text: pass.text, candidates, ...(pass.ownDate ? { ownDate: pass.ownDate } : {}), says: pass.says };
}

/**
 * The statement with its quotation marks balanced, read as one text. A quotation that runs on over a
 * paragraph break keeps its opening mark open at the break and opens the next paragraph with a mark again
 * (the printed convention): joined into one statement, that second opening mark is dropped; a statement
 * that ends inside a quotation (the words go on in the next paragraph, another claim's) is closed; a closing
 * mark with no opening one (the quotation began in an earlier claim) is dropped. Single marks are left as
 * written (they are also apostrophes). The verbatim quote is not touched.
 */
export function balancedMarks(statement: string): string {
  if (!/[“”"]/u.test(statement)) return statement;
  let out = '';
  let open: 'curly' | 'straight' | undefined;
  for (let i = 0; i < statement.length; i++) {
    const ch = statement[i] as string;
    const family = ch === '“' || ch === '”' ? 'curly' : ch === '"' ? 'straight' : undefined;
    // Any other character, or a mark of the other family inside a quotation (a quotation within it).
    if (!family || (open && family !== open)) {
      out += ch;
      continue;
    }
    const before = statement[i - 1] ?? ' ';
    const after = statement[i + 1] ?? ' ';
    // A straight mark opens at the start, after a space, a bracket or a dash; inside a quotation, after a
    // space and before a word, it opens again (the break's mark).
    const opens =
      family === 'curly'
        ? ch === '“'
        : open
          ? /\s/u.test(before) && /[\p{L}\p{N}‘'(]/u.test(after)
          : /[\s([{—–-]/u.test(before);
    if (opens) {
      // Already inside the quotation: the mark that opens it again after a break is dropped.
      if (open) continue;
      open = family;
    } else {
      // A closing mark with no opening one: the quotation began before the statement.
      if (!open) continue;
      open = undefined;
    }
    out += ch;
  }
  return open ? `${out.trimEnd()}${open === 'curly' ? '”' : '"'}` : out;
}

/**
 * A unit whose quotation is a speaker's words handed to a tag or announced: it opens the unit ("“A,” she
 * said.", "“A,” said Roe, a lawyer."), closes on a comma inside its marks before the tag ("… that “A,” he
 * said."), or follows a colon or a comma with at most a short tag after it ("Roe said: “A.”"). A paraphrase
 * that only quotes a phrase of it ("called it “reckless”, he said.", "was a “towering figure”.") is not.
 */
export function quotationSplitByTag(unit: Pick<Unit, 'text' | 'quotes'>): boolean {
  const first = unit.quotes[0];
  const last = unit.quotes.at(-1);
  if (!first || !last) return false;
  const before = (q: { start: number }) => unit.text.slice(0, q.start).replace(/[“"«„‘]\s*$/u, '');
  if (before(first).trim().length === 0) return true;
  // "… a set of tools that “recognises faces as people do,” Roe said.": the quotation hands its clause to
  // the tag with a comma inside its marks, as a quotation split by its tag does.
  if (/,\s*$/u.test(unit.text.slice(last.start, last.end))) return true;
  const after = unit.text.slice(last.end).replace(/^[^\p{L}\p{N}]+/u, '');
  return /[:,]\s*$/u.test(before(last)) && after.split(/\s+/).filter(Boolean).length <= 12;
}

/**
 * The claims the learnt model keeps and adds (model.ts): a proposal it vetoes is dropped; a unit it takes
 * that no proposal holds becomes a claim, its speaker the one the speaker chooser ranks first, or none.
 */
export function withModel(pass: RulesPass, model: ArticleModel): CandidateFact[] {
  const { keep, add } = decide(pass, model);
  const out: Array<{ at: number; candidate: CandidateFact }> = [];
  pass.claims.forEach((c, k) => {
    if (keep[k]) out.push({ at: c.units[0] ?? 0, candidate: c.candidate });
  });
  for (const a of add) {
    const unit = pass.units[a.unit] as Unit;
    const sentence = unit.text.replace(/\s+/g, ' ').trim();
    const candidate: CandidateFact = {
      statement: namedStatement(sentence, a.speaker).slice(0, 5000),
      sentence,
      cue: LEARNT_CUE,
      locator: pass.locators[unit.paragraph] ?? `para. ${unit.paragraph + 1}`,
    };
    const quotes = quotesOf(unit);
    if (quotes.length > 0) candidate.quote = quotes.join(' … ').slice(0, 5000);
    if (a.speaker) candidate.speaker = a.speaker.slice(0, 300);
    if (a.role) candidate.speakerRole = a.role.slice(0, 300);
    if (a.relay) candidate.relayedBy = a.relay.slice(0, 300);
    const masked = mask(unit.text, unit.quotes);
    const date = eventDate(
      unit.text,
      pass.published,
      (i) => masked[i] === ' ' && unit.text[i] !== ' ',
      pass.frames?.[a.unit],
    );
    if (date) candidate.eventDate = date;
    out.push({ at: a.unit, candidate });
  }
  // In the article's order (a stable sort: the rules' claims of one unit keep theirs).
  return out.sort((a, b) => a.at - b.at).map((o) => o.candidate);
}

/** The rules alone (every step but the learnt model), with the units each claim holds. */
export function proposeByRules(
  text: string,
  format: 'text' | 'html',
  options: Omit<ProposeOptions, 'model'> = {},
): RulesPass {
  assertImportText(text, 'The article');
  const reading = articleReading(text, format);
  const { asWritten } = reading;
  // Passages quoted from an outlet under a lead-in naming it: their paragraphs wrapped whole in quotation
  // marks are read as the outlet's narrative, their speakers relayed by it (below).
  const passages = quotedPassages(reading.paragraphs, new Outlets(options.outlet));
  const paragraphs =
    passages.length > 0
      ? reading.paragraphs.map((p, i) => (inPassage(passages, i) ? unwrapped(p) : p))
      : reading.paragraphs;
  forgetArticleNames();
  // With no publication date given, the one the text gives (a date line, a dateline with its year).
  const ownDate = options.published ? undefined : articleDate(paragraphs);
  const published = options.published ?? ownDate?.published;
  const units = segment(paragraphs);
  const says = textSays(paragraphs, asWritten);
  // With no outlet given, the agency of the article's dateline ("(Reuters)") is its own outlet.
  const outlets = new Outlets(options.outlet ?? says.outlet);
  // Reporters named with their outlet anywhere in the article ("Ana Roe of the Daily Post"): their
  // outlet relays what they report.
  for (const unit of units) outlets.learn(unit.text);
  const referents = new Referents(units);
  const reportAuthored = AUTHORED_REPORT.test(paragraphs.join('\n'));
  const bodies = new Bodies(units);
  const descriptions = new Descriptions(
    units,
    units.map((u) => mask(u.text, u.quotes)),
  );
  // A person whose surname is "He", named after a title ("Vice Premier He Lifeng").
  const articleText = paragraphs.join('\n');
  // How often the article writes a name, counted once per name (a long article asks again and again).
  const times = new Map<string, number>();
  // ("He" looked for first: the lookbehind tried at every position of a long article took a tenth of a second.)
  const heName = /(?=He\s)(?<=\p{Lu}[\p{L}.]*\s)He\s+\p{Lu}[\p{L}-]+/u.exec(articleText)?.[0];
  const claims: Claim[] = [];
  const indexOfUnit = new Map(units.map((u, i) => [u, i]));
  const furniture = units.map(() => false);
  const questions = units.map(() => false);
  const framed = units.map(() => false);
  const frames: Array<DateFrame | undefined> = units.map(() => undefined);
  let listSpeaker: Claim | undefined;
  // "Secretary Roe then made the rounds on television:" and the topic lines after it ("On fares: “…”").
  // (A heading naming the official, "Secretary Roe on This Week", gives its title to the first line only,
  // whose claim holds the heading's words.)
  let leadIn: { found: Attribution; paragraph: number; heading?: string; first?: boolean } | undefined;
  let headingOfLine: string | undefined;
  let offset = 0;
  const step = Math.max(1, Math.floor(units.length / 100));
  // A pasted article's first line without a full stop is its headline ("Obama admits US gun laws are his
  // 'biggest frustration'"): a headline's verb is no attribution of its own.
  const headline = headlineIndex(paragraphs);

  // A subheading inside the article ("Indictments unsealed as head of prison agency testified before
  // Congress", "Club statement"): a short paragraph with no stop at its end, between paragraphs that
  // have one, is a heading; its verb attributes nothing.
  const ends = (p: string | undefined) => /[.!?:;,"”’)…]$/u.test((p ?? '').trim());
  const headings = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (
      i > 0 &&
      !ends(p) &&
      p.split(/\s+/).length <= 20 &&
      // ("… Bong Joon Ho said backstage that no-one could predict …" lost its stop: a sentence still.)
      !/\bthat\b/.test(p) &&
      ends(paragraphs[i - 1]) &&
      ends(paragraphs[i + 1])
    )
      headings.add(i);
  });
  // The page's furniture around the story, whose verbs attribute nothing (the corpus README: headlines,
  // captions and teasers are not claims): the deck between the headline and the byline ("“The worst is
  // yet to come,” chief economist says" above "By: Ana Roe"), the caption under an "Enlarge" control or
  // opening on a photo credit ("Cliff Welch/Icon SMI Maurkice Pouncey denies …"), and the teasers listed
  // under "More On:" or "Related" up to the first paragraph that ends as a sentence does.
  const byline = bylineIndex(paragraphs);
  for (let i = 1; i < byline; i++) if ((paragraphs[i] ?? '').split(/\s+/).length <= 40) headings.add(i);
  const photoCredit =
    /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]*\s*\/\s*(?:Getty|AP|AFP|Reuters|Icon|EPA|Shutterstock|Bloomberg|Corbis|Alamy|USA\s+TODAY)\b/u;
  paragraphs.forEach((p, i) => {
    const short = p.split(/\s+/).length <= 60;
    if (
      short &&
      (/^\[?\+?\]?\s*Enlarge$/i.test((paragraphs[i - 1] ?? '').trim()) || photoCredit.test(p.trim()))
    )
      headings.add(i);
    if (
      /^(?:More\s+On|Related(?:\s+(?:Stories|Articles|Coverage))?|Recommended|Read\s+More|More\s+Stories)\s*:?$/i.test(
        p.trim(),
      )
    )
      for (let j = i + 1; j < paragraphs.length && !ends(paragraphs[j]); j++) headings.add(j);
  });
  // An embedded post: its text ("… pic.twitter.com/…") and the credit line under it ("— Tottenham Hotspur
  // (@SpursOfficial) November 20, 2019") are the page's furniture around the story, not its reporting.
  const credit = /^[—–-]\s*[^()]{1,80}\(@\w+\)/u;
  // (A post is short: a pasted article run into one paragraph that quotes a link stays the article.)
  paragraphs.forEach((p, i) => {
    if (
      p.length <= 600 &&
      (/\bpic\.twitter\.com\//.test(p) || credit.test(p) || credit.test(paragraphs[i + 1] ?? ''))
    )
      headings.add(i);
  });
  // Lines listing other outlets' headlines ("CNN: Apple will invest …", "…, police say (WLS-TV, 8/13/25)"):
  // headlines, whose verbs attribute nothing (headline-lists.ts).
  for (const i of outletHeadlines(paragraphs, outlets)) headings.add(i);
  // A section heading in capitals ("WHAT THEY ARE SAYING:"), whatever stands around it.
  paragraphs.forEach((p, i) => {
    if (i > 0 && isCapitalsHeading(p)) headings.add(i);
  });
  const locators = paragraphLocators(
    paragraphs.length,
    (i) => i === headline || i === byline || headings.has(i),
  );
  const locatorOf = (unit: Unit) => locators[unit.paragraph] ?? `para. ${unit.paragraph + 1}`;

  // Quotation paragraphs left open (`“A. B.` with no closing mark) whose speaker the next paragraph may
  // name (`“C,” said X.`): the journalistic convention of a quotation running over paragraphs.
  let runOn: Array<{ unit: Unit; quotes: string[]; claim?: Claim; into?: Claim }> = [];
  // The index of the last unit that gave a claim (a bare quotation right after it is its speaker's).
  let lastClaimAt = -1;
  // The index of the unit being read (the claims built are always of it).
  let unitIndex = -1;
  let runOnParagraph = -1;

  let openedOnBody: { name: string; paragraph: number } | undefined;
  /** A paragraph's claim of a report no one is named as issuing ("…, a report says."), for the next. */
  let issuerless: { claim: Claim; paper: string; paragraph: number } | undefined;
  let lastShareGroup: { name: string; paragraph: number } | undefined;
  // The last speaker who issued a statement or sent a letter, for "the statement said" after it.
  const issuers = new Map<string, { name: string; paragraph: number }>();
  const pulled = pullQuotes(units);
  // A topic line ("On fares: “…”") opening the paragraph after a lead-in, or after another topic line, is
  // the lead-in's person's; a lead-in is remembered until a paragraph that is no topic line.
  const topicLine = (unit: Unit, masked: string): Attribution | undefined => {
    // "From The Daily Post:" before the passage it quotes: the outlet's claim, no one named.
    const lead = passages.find((q) => q.lead === unit.paragraph);
    if (lead && !lead.pointer && /:\s*$/.test(masked) && !outlets.isOwn(lead.outlet))
      return { relay: lead.outlet, cue: 'quoted' };
    if (
      leadIn &&
      unit.opensParagraph &&
      unit.paragraph === leadIn.paragraph + 1 &&
      TOPIC_LABEL.test(masked)
    ) {
      leadIn.paragraph = unit.paragraph;
      const { phrase, cue, relay } = leadIn.found;
      const via = relay ? { relay } : {};
      if (leadIn.heading && leadIn.first) {
        // The heading's first line: its title the role, the heading its anchor.
        leadIn.first = false;
        headingOfLine = leadIn.heading;
        return { ...(phrase ? { phrase } : {}), cue, ...via };
      }
      if (!phrase) return { cue, ...via };
      // (The lead-in's title words are its own: the topic line gives the person no role.)
      const { role: _role, ...person } = phrase;
      return { phrase: person, cue, ...via };
    }
    const heading = /:\s*$/.test(masked) ? headingLeadIn(masked, outlets) : undefined;
    if (heading) {
      leadIn = { found: heading.found, paragraph: unit.paragraph, heading: heading.heading, first: true };
      return undefined;
    }
    const found = /:\s*$/.test(masked) ? leadInSpeaker(masked, outlets) : undefined;
    leadIn = found ? { found, paragraph: unit.paragraph } : undefined;
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
      leadIn = {
        found: {
          phrase: { kind: 'person', name: person },
          cue: 'quoted',
          ...(last.candidate.relayedBy ? { relay: last.candidate.relayedBy } : {}),
        },
        paragraph: unit.paragraph,
      };
    // (When the paragraph before gave no claim, the titled person it names: speech-highlights.ts.)
    const pointedTo =
      !found && !leadIn && POINTING_LEAD_IN.test(masked) && unit.opensParagraph
        ? leadSpeaker(paragraphs, unit.paragraph - 1)
        : undefined;
    if (pointedTo)
      leadIn = {
        found: { phrase: { kind: 'person', name: pointedTo }, cue: 'quoted' },
        paragraph: unit.paragraph,
      };
    return undefined;
  };
  // A transcript's turns ("THE PRESIDENT:  …", "Q  …"): each paragraph its labelled speaker's (transcript-turns.ts).
  const turns = transcriptTurns(paragraphs);
  // A speech's excerpts printed as bare quotation paragraphs under a lead naming the speaker (speech-highlights.ts).
  for (const [i, t] of speechHighlights(paragraphs)) if (!turns.has(i)) turns.set(i, t);
  units.forEach((unit, index) => {
    unitIndex = index;
    // A pull quote (a quotation the page repeats from its body, set apart) is read where the body gives it.
    if (pulled.has(index)) {
      furniture[index] = true;
      offset += unit.text.length + 1;
      return;
    }
    const turn = turns.get(unit.paragraph);
    if (turn) {
      const read = readTurn(unit, index, turn, { units, referents, offset, locatorOf });
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
          lastClaimAt = read.members.at(-1) ?? index;
        }
      }
      offset += unit.text.length + 1;
      return;
    }
    if (runOn.length > 0 && unit.paragraph > runOnParagraph + 1) runOn = [];
    if (options.onProgress && index % step === 0 && options.onProgress(index / units.length) === false)
      throw new ProposalCancelled();
    const masked = mask(unit.text, unit.quotes);
    // A heading naming an official and a programme over "On <topic>: “…”" lines (quotation-headings.ts).
    if (headings.has(unit.paragraph) && unit.opensParagraph) {
      const heading = headingLeadIn(masked, outlets);
      if (heading)
        leadIn = { found: heading.found, paragraph: unit.paragraph, heading: heading.heading, first: true };
    }
    headingOfLine = undefined;
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
        : (attribute(masked, { outlets, text: unit.text, reportAuthored }) ?? topicLine(unit, masked));
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
      lastClaimAt === index - 1 &&
      Boolean(p.candidate.speaker);
    const claimsBefore = claims.length;
    let claim: Claim | undefined;
    let mergedInto: Claim | undefined;

    const clauses = found
      ? splitClauses(masked, found, { outlets, text: unit.text, reportAuthored })
      : undefined;
    if (headings.has(unit.paragraph)) {
      // A subheading or an embedded post: no claim, and no continuation of the one before.
    } else if (clauses?.length === 1) {
      const [only] = clauses as [Clause];
      claim = build(unit, only.found, quotesOf(unit, only.from, only.to), masked, only);
      listSpeaker = undefined;
    } else if (clauses) {
      const [first, second] = clauses as [Clause, Clause];
      claims.push(
        build(unit, first.found, quotesOf(unit, first.from, first.quotesTo ?? first.to), masked, first),
      );
      claim = build(
        unit,
        second.found,
        quotesOf(unit, second.from, second.quotesTo ?? second.to),
        masked,
        second,
      );
      listSpeaker = undefined;
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
      listSpeaker = undefined;
    } else if (
      found &&
      quotes.length === 0 &&
      /^(?:advises|recommends|urges|encourages|reminds|invites|boasts)\b/.test(found.cue) &&
      outlets.isOwn((found.phrase?.name ?? found.relay ?? '').replace(/\.(?:com|org|net|in|co\.uk)$/i, ''))
    ) {
      // "Moneycontrol.com advises users to check with certified experts …" on Moneycontrol: the site's own
      // standing notice, no claim.
      listSpeaker = undefined;
    } else if (found) {
      claim = build(unit, found, quotes, masked);
      // "X said:", "Rathbun stated," (a paragraph ending there): what follows is the speaker's.
      listSpeaker = /[:,]\s*$/.test(unit.text) && claim.candidate.speaker ? claim : undefined;
      // "President Obama also said:" says nothing itself; the points that follow are the claims.
      if (
        listSpeaker &&
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
      claim = continuation(unit, previous, quotes);
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
        claim = continuation(unit, previous, quotes);
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
      claim = continuation(unit, previous, quotes);
    } else if (
      unit.isQuoteOnly &&
      quotes.length > 0 &&
      previous?.hasQuote &&
      unit.paragraph - previous.paragraph <= 2 &&
      // ("Aderholt returned to the issue later. “What …?”": a quotation after a sentence of its own
      // paragraph is not the earlier speaker's.)
      (previous.paragraph === unit.paragraph || unit.opensParagraph === true)
    ) {
      // A quotation with no attribution continues the speaker of the quotation before it: the same claim
      // in its paragraph, or in the next one when the quotation was left open over the break
      // (`Tottenham said: "A.` / `"B."`): one quotation, one claim.
      const openedBefore =
        lastClaimAt === index - 1 &&
        units[index - 1]?.runsOn === true &&
        previous.paragraph === unit.paragraph - 1 &&
        previous.candidate.cue !== 'quote continued' &&
        unit.opensParagraph === true;
      // ("“A,” admits Roe. Those prototypes were string. “B.”": a quotation after a sentence of the
      // narrative, in the speaker's paragraph, is a unit of its own, still theirs.)
      const afterNarrative = previous.paragraph === unit.paragraph && lastClaimAt !== index - 1;
      // ("Lisbon risks becoming a “synonym for failure”, his report said. “The status quo is not an option.”":
      // after a paraphrase that only quotes a phrase, the quoted sentence is a claim of its own, the same
      // speaker's; one quotation split by its tag — "“A,” she said. “B.”", "She said: “A.” “B.”" — stays one.)
      const last = units[previous.units.at(-1) ?? -1];
      const splitByTag = last !== undefined && quotationSplitByTag(last);
      if ((previous.paragraph === unit.paragraph && !afterNarrative && splitByTag) || openedBefore) {
        mergedInto = previous;
        previous.units.push(index);
        const c = previous.candidate;
        c.sentence = `${c.sentence} ${unit.text}`;
        c.statement = `${c.statement} ${unit.text}`.slice(0, 5000);
        c.quote = [c.quote, ...quotes].filter(Boolean).join(' … ').slice(0, 5000);
      } else {
        claim = continuation(unit, previous, quotes);
      }
    } else if (
      listSpeaker &&
      unit.paragraph > listSpeaker.paragraph &&
      (!/[.!?]["”’]?$/.test(unit.text) ||
        // "She said:" then a paragraph that is a quotation: the words announced.
        (unit.isQuoteOnly && quotes.length > 0 && unit.paragraph === listSpeaker.paragraph + 1))
    ) {
      // "President Obama also said:" followed by points that are his.
      claim = continuation(unit, listSpeaker, quotes);
      listSpeaker.paragraph = unit.paragraph;
    } else if (listSpeaker && unit.paragraph > listSpeaker.paragraph) {
      listSpeaker = undefined;
    }
    if (!found && unit.runsOn && unit.isQuoteOnly && quotes.length > 0) {
      // Kept until the next paragraph says whose it is; as a continuation of the quotation before it
      // meanwhile, if there was one.
      runOn.push({ unit, quotes, ...(claim ? { claim } : {}), ...(mergedInto ? { into: mergedInto } : {}) });
      runOnParagraph = unit.paragraph;
    } else if (
      runOn.length > 0 &&
      found &&
      claim?.candidate.speaker &&
      unit.opensParagraph &&
      unit.paragraph === runOnParagraph + 1 &&
      /^[“"«„]/u.test(unit.text)
    ) {
      // The paragraph that closes the quotation names its speaker: the open paragraphs before are theirs
      // (one already taken into the claim of its own paragraph is not proposed again).
      for (const r of runOn) {
        if (r.into) continue;
        if (r.claim) {
          const c = r.claim.candidate;
          c.speaker = claim.candidate.speaker;
          if (claim.candidate.relayedBy) c.relayedBy = claim.candidate.relayedBy;
          else delete c.relayedBy;
          delete c.speakerRole;
          r.claim.kind = claim.kind;
        } else claims.push(continuation(r.unit, claim, r.quotes));
      }
      runOn = [];
    } else if (unit.paragraph > runOnParagraph) runOn = [];
    // "ABC News (9/29/25): “…”": the tag's date is the event date of the claim it opens (dated-tags.ts).
    const tagDate = claim && unit.opensParagraph ? taggedDate(unit.text) : undefined;
    if (claim && tagDate) claim.candidate.eventDate = tagDate;
    if (claim && headingOfLine) {
      // (The first line under a heading naming the official holds the heading: its anchor.)
      claim.candidate.sentence = `${headingOfLine} ${claim.candidate.sentence}`;
      claim.candidate.statement = `${headingOfLine} ${claim.candidate.statement}`.slice(0, 5000);
    }
    if (claim) claims.push(claim);
    if (claims.length > claimsBefore) lastClaimAt = index;
    referents.advance(masked, unit.paragraph, offset);
    // "Customs and Border Protection did not accept the offer. A spokesperson said …": the body a unit
    // opens on, for an unnamed spokesperson right after.
    const opening =
      /^\s*(?:The\s+)?(\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}\p{M}.&'’-]*)*)/u.exec(
        masked,
      )?.[1];
    if (opening && (bodies.isNamedBody(opening) || isBodyPhrase(opening)) && !outlets.isName(opening))
      openedOnBody = { name: bodies.expand(opening), paragraph: unit.paragraph };
    else if (opening) openedOnBody = undefined;
    // "…, a report says." then a paragraph opening "The National Audit Office praised …": the body named
    // next is the report's issuer (the fixtures README's "a report suggests" → the institute named next),
    // for this claim and for "the report" after it.
    if (issuerless && unit.opensParagraph && unit.paragraph === issuerless.paragraph + 1) {
      // (Not a possessive: "China's net users …" names whose users, no issuer.)
      if (openedOnBody?.paragraph === unit.paragraph && !/['’]s?$/u.test(opening ?? '')) {
        const c = issuerless.claim.candidate;
        c.speaker = openedOnBody.name;
        delete c.relayedBy;
        issuerless.claim.kind = 'body';
        descriptions.addIssuer(openedOnBody.name, issuerless.paper, index, unit.paragraph);
      }
      issuerless = undefined;
    }
    const paperRelay = claim?.candidate.relayedBy;
    if (
      claim &&
      !claim.candidate.speaker &&
      paperRelay &&
      PAPER_KINDS.get(paperRelay) === 'report' &&
      new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${paperRelay}\b`, 'iu').test(masked)
    )
      issuerless = { claim, paper: paperRelay, paragraph: unit.paragraph };
    // "CREW sent a letter to the State Department …": a body that opens a unit issuing a paper, whether or
    // not the unit is a claim, is who "the letter said" later speaks for.
    if (openedOnBody?.paragraph === unit.paragraph) {
      const sent =
        /^[^.;:]{0,160}?\b(?:sent|issued|released|published|put out|wrote)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(statement|letter)\b/i.exec(
          masked,
        )?.[1];
      if (sent) issuers.set(sent.toLowerCase(), { name: openedOnBody.name, paragraph: unit.paragraph });
    }
    outlets.observe(masked);
    offset += unit.text.length + 1;
  });
  labelLineRelays(claims);
  passageClaims(claims, passages, units, outlets);
  // (The generic noun named next first: "Her sister told CNN …" then "“…,” said Jane Roe" is one speaker's
  // run, the name the run compares.)
  namedNext(claims, units);
  interviewsNamedAgain(claims, units);
  relayRuns(claims, units);
  reprintRelays(claims, paragraphs[0]);
  return {
    text: paragraphs.join('\n\n'),
    units,
    claims: claims.map((c) => ({ candidate: c.candidate, units: c.units })),
    furniture,
    questions,
    framed,
    frames,
    locators,
    ...(published ? { published } : {}),
    ...(ownDate && (ownDate.published || ownDate.dateline) ? { ownDate } : {}),
    says,
  };

  function build(unit: Unit, found: Attribution, quotes: string[], masked: string, part?: Clause): Claim {
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
    let resolvedKind: 'person' | 'body' | 'group' | undefined;
    /** The speaker is the person in view a description ("said the director") was read as. */
    let describedAs = false;
    if (phrase?.refers) {
      // (Not the names after a pronoun that opens the sentence: "He thanked Eastwood and described …" names
      // whom "he" speaks of, never who "he" is.)
      const earlier =
        found.at !== undefined && !(phrase.kind === 'pronoun' && PRONOUN_SUBJECT.test(masked))
          ? referents.namesIn(masked.slice(0, found.at))
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
      const rest = found.at !== undefined ? masked.slice(found.at) : '';
      const after =
        phrase.kind === 'pronoun' && rest
          ? referents.namesIn(rest).filter((n) => /\s/.test(n) && rest.includes(n))
          : [];
      const ref = referents.resolve(
        phrase.refers,
        phrase.gender,
        unit.paragraph,
        earlier,
        initial,
        tag,
        after,
      );
      // "the agency", "the company": the nearest body of that kind anywhere before, when none is near.
      const body = bodyByNoun(phrase.refers, offset + (found.at ?? 0));

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
          ref.kind === 'person' && /\s/.test(ref.name)
            ? referents.fullName(ref.name, phrase.gender)
            : ref.name;
        speaker = bodies.expand(full.endsWith(ref.name.split(' ').at(-1) ?? '') ? full : ref.name);
        resolvedKind = ref.kind;
        // "the official" of a body says who in it spoke; "the president said", "the governor said" for a
        // person the article names: that person, the noun the role (the session-19 convention).
        if (phrase.kind !== 'pronoun' && ref.kind === 'body' && isRoleWord(phrase.refers))
          role ??= phrase.name;
        if (phrase.kind !== 'pronoun' && ref.kind === 'person' && !ref.described) role ??= phrase.name;
        // "said the actor": the person in view, the description the role the unit gives them.
        // ("the 59-year-old mortgage lender": the age is no part of the role.)
        if (ref.described && !/\d+-year-old$/.test(phrase.name)) {
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
            ? bodyThatSpoke(unit.paragraph)
            : undefined;
        // "the company", "executives" after "WeWork said …": the business the article is about.
        const business =
          company?.kind === 'body' && isBusinessName(company.name)
            ? company.name
            : COMPANY_NOUNS.has(phrase.refers.split(/\s+/).at(-1) ?? '') &&
                !/\p{Lu}/u.test(phrase.name.slice(1))
              ? bodies.business(
                  offset + (found.at ?? 0),
                  (n) => isBusinessName(n) && !referents.isPersonName(n),
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
          (companyNoun ? companyInView(unit, masked.slice(0, found.at ?? 0)) : undefined) ??
          (companyNoun
            ? referents.lastBodyThatSpoke((n) => isBusinessName(n) && /^\p{Lu}/u.test(n))
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
      (openedOnBody && unit.paragraph - openedOnBody.paragraph <= 1
        ? openedOnBody.name
        : bodyThatSpoke(unit.paragraph));
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
        (lastShareGroup && unit.paragraph - lastShareGroup.paragraph <= 1
          ? lastShareGroup.name
          : undefined) ??
        [...before.matchAll(PLURAL_PEOPLE)].at(-1)?.[0];
      if (group) {
        speaker = group;
        resolvedKind = 'group';
        lastShareGroup = { name: group, paragraph: unit.paragraph };
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
    if (
      speaker &&
      phrase &&
      (phrase.kind === 'person' || phrase.kind === 'body') &&
      speaker === phrase.name
    ) {
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
    if (
      speaker &&
      phrase &&
      phrase.kind !== 'person' &&
      phrase.kind !== 'pronoun' &&
      speaker === phrase.name
    ) {
      const named = describedBody(speaker);
      if (named) {
        speaker = bodies.expand(named.name);
        role ??= named.role;
        resolvedKind ??= 'body';
      }
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
      const i = indexOfUnit.get(unit) ?? unitIndex;
      const determiner = new RegExp(
        `\\b(the|another|this|that|a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?${words.join('\\s+')}\\b`,
        'iu',
      )
        .exec(masked)?.[1]
        ?.toLowerCase();
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
          ? companyInView(unit, masked.slice(0, found.at ?? 0))
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
        `${/\b(?:both|the|all|these|those)\s+$/iu.exec(masked.slice(0, found.at ?? 0))?.[0] ?? ''}${phrase.name}`,
        unit.paragraph,
        `${articleText.slice(0, offset)} ${masked.slice(0, found.at ?? 0)}`,
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
    // An outlet is never the speaker: it relays. The article's own outlet relays nothing.
    // A reporter the article named with their outlet relays what they report ("per Roe", "Roe wrote"); one
    // who says or is told something speaks as anyone does.
    const reporter =
      speaker && !/^(?:say|says|said|saying|tell|tells|told|telling)$/.test(found.cue)
        ? outlets.reporterOutlet(speaker)
        : undefined;
    // "The Chronicle says" widened to "San Francisco Chronicle": the name as widened is read as a name, not
    // as a person's.
    if (
      speaker &&
      (reporter ||
        outlets.isName(
          speaker,
          // "Sarah Post" is a person; "Korea Times", read as a name with no first name, may be a masthead.
          phrase?.kind === 'person' &&
            speaker === phrase.name &&
            (firstNameGender(speaker.split(' ')[0] ?? '') !== undefined || !/\s/.test(speaker)),
        ))
    ) {
      relay ??= reporter ?? speaker.replace(/^(?:the|a|an)\s+/iu, '');
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
      relay ??= newsroom.replace(/^(?:the|a|an)\s+/iu, '');
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
          : descriptions.issuerOf(paper, indexOfUnit.get(unit) ?? unitIndex, unit.paragraph);
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
      const prev = units[unitIndex - 1];
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
      units: [indexOfUnit.get(unit) ?? unitIndex],
    };
  }

  /**
   * The people a counted description stands for ("the pair", "both leaders", "the three men"): the last
   * coordination of that many names the text wrote before ("Ana Roe and Tom Lee", "Roe, Lee and Kay"), as
   * written, when each of them spoke in the ten paragraphs before; undefined when none is.
   */
  function countedSpeakers(description: string, paragraph: number, before: string): string | undefined {
    const words = description.toLowerCase().split(/\s+/);
    const noun = words.at(-1) ?? '';
    const count = COUNT_WORDS.get(noun) ?? words.map((w) => COUNT_WORDS.get(w)).find((n) => n !== undefined);
    if (count === undefined || (!COUNTED_PERSON_NOUNS.has(noun) && !/^(?:pair|couple|duo|trio)$/.test(noun)))
      return undefined;
    // ("the two men" with a number, "both men", "all three men", "the pair": no other words.)
    if (words.some((w) => !COUNT_WORDS.has(w) && !/^(?:the|all|these|those)$/.test(w) && w !== noun))
      return undefined;
    const spoke = new Set<string>();
    for (const c of [...claims].reverse()) {
      if (paragraph - c.paragraph > 10) break;
      if (c.kind === 'person' && c.candidate.speaker) spoke.add(c.candidate.speaker);
    }
    const isSpeaker = (part: string) => {
      const last = part.split(/\s+/).at(-1) as string;
      return [...spoke].some((p) => p === part || p.split(/\s+/).includes(last));
    };
    const name = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;
    const coordination = new RegExp(
      String.raw`(?<!,\s*)\b(${name}(?:,\s+${name}){${count - 2}},?\s+and\s+${name})\b(?!['’]?\s*\p{Lu}|,\s+${name},?\s+and\b)`,
      'gu',
    );
    const found = [...before.matchAll(coordination)]
      .map((m) => m[1] as string)
      .findLast((run) => {
        const parts = run.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u);
        return parts.length === count && new Set(parts).size === count && parts.every(isSpeaker);
      });
    return found?.replace(/['’]s$/u, '');
  }

  /**
   * The body that spoke last, in this paragraph or the one before (`Referents.bodyThatSpoke`), by its
   * name alone.
   */
  function bodyThatSpoke(paragraph: number): string | undefined {
    const body = referents.bodyThatSpoke(paragraph, true);
    if (!body) return undefined;
    // ("First Chicago Corp <FNB>": no ticker; "Netherlands-based group LNM": the name without its description.)
    const name = body.name.replace(/\s*<[^<>]*>$/u, '');
    return describedBody(name)?.name ?? name;
  }

  /**
   * The one business named in view of "the company": capitalised runs of the unit before the noun and of
   * the unit before it (same paragraph or the one before), that are no person's name, no place, no outlet,
   * no day or month, no role and no government's or other body's name; undefined unless exactly one.
   */
  function companyInView(unit: Unit, before: string): string | undefined {
    const i = indexOfUnit.get(unit) ?? unitIndex;
    const texts = [before];
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const prev = units[k] as Unit;
      if (unit.paragraph - prev.paragraph > 1) break;
      texts.push(prev.text);
    }
    // The nearest unit that names a business decides: one named there is the company, two leave it.
    for (const text of texts) {
      const found = new Map<string, string>();
      for (const m of text.matchAll(NAME_RUN)) {
        let words = m[0].replace(/['’]s?$/u, '').split(/\s+/);
        // A sentence's first word is capitalised whatever it is: a word the lexicon knows is no name.
        const opens = m.index === 0 || /[.!?:“"”]\s*$/u.test(text.slice(0, m.index));
        if (opens && tagsOf(words[0] as string).some((t) => t !== 'Organization' && t !== 'ProperNoun'))
          words = words.slice(1);
        if (opens && /ly$/.test(words[0] ?? '')) words = words.slice(1);
        while (words.length > 0 && /^(?:The|A|An)$/.test(words[0] as string)) words = words.slice(1);
        if (words.length === 0) continue;
        const name = words.join(' ');
        const lower = words.map((w) => w.toLowerCase());
        if (
          words.length > 4 ||
          // "F-35", "Boeing 737": a product's number, no company.
          /\p{L}-?\d|\d{3}/u.test(name) ||
          LOCATION_HEAD.test(lower.at(-1) as string) ||
          lower.some((w) => isPlaceName(w) || isRoleWord(w)) ||
          tagsOf(lower.join(' ')).some((t) => PLACE_TAG.test(t)) ||
          lower.some((w) => tagsOf(w).some((t) => /^(?:WeekDay|Month|Date|Demonym|Country|City)$/.test(t))) ||
          // A person's name: a first name the lexicon knows, or a gender the text gives the person.
          words.some((w) => firstNameGender(w) !== undefined) ||
          referents.genderOf(referents.fullName(name)) !== undefined ||
          !isBusinessName(name) ||
          // A business the article is about is named more than once.
          timesIn(name) < 2
        )
          continue;
        found.set(name.toLowerCase(), name);
      }
      if (found.size > 0) return found.size === 1 ? [...found.values()][0] : undefined;
    }
    return undefined;
  }

  function timesIn(name: string): number {
    let known = times.get(name);
    if (known === undefined) {
      known = countIn(name);
      times.set(name, known);
    }
    return known;
  }

  function countIn(name: string): number {
    let n = 0;
    let from = 0;
    for (;;) {
      const k = articleText.indexOf(name, from);
      if (k < 0) return n;
      n++;
      from = k + name.length;
    }
  }

  /** A business's name ("Home Depot", "WeWork"): no government's or other body's head word, no place, no outlet. */
  function isBusinessName(name: string): boolean {
    const words = name.split(/\s+/);
    return (
      !outlets.isName(name) &&
      !words.some((w) => {
        const l = w.toLowerCase();
        return (ORG_WORDS.has(l) && !BODY_NOUN_HEADS.get('company')?.includes(l)) || isPlaceName(l);
      }) &&
      !bodies.knowsAcronym(name)
    );
  }

  /**
   * "The zoo said" after "the Cincinnati Zoo": a noun of no kind the lexicon lists is the one name before
   * it, in capitals, that ends with it (its place or owner before); none when two names do, when the noun
   * is a person's (a role, a description: "the judge", "the actor") or a plural, or the name a person's.
   */
  function namedByHead(noun: string, at: number): string | undefined {
    if (
      !/^\p{Ll}{3,}$/u.test(noun) ||
      /s$/u.test(noun) ||
      /^(?:she|they|you)$/.test(noun) ||
      isRoleWord(noun) ||
      DESCRIPTION_NOUNS.has(noun) ||
      PAPER_KINDS.has(noun)
    )
      return undefined;
    const head = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
    const before = articleText.slice(0, Math.max(0, at));
    if (!before.includes(head)) return undefined;
    const found = new Set<string>();
    for (const m of before.matchAll(
      // (Capitalised words on one line, no possessive, no sentence's stop: "Friday. She" is no name.)
      new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}&-]*[ \\t]+){1,4})${head}(?![\\p{L}\\p{M}'’-])`, 'gu'),
    )) {
      const name = `${(m[1] ?? '').replace(/^(?:The|A|An)\s+/u, '')}${head}`;
      if (firstNameGender(name.split(/\s+/)[0] ?? '') !== undefined || !/\s/.test(name)) continue;
      found.add(name);
    }
    // ("Gorilla Killed At Cincinnati Zoo" in a headline and "the Cincinnati Zoo": the shortest, when every
    // other ends with it.)
    const shortest = [...found].reduce<string | undefined>(
      (a, b) => (a === undefined || b.length < a.length ? b : a),
      undefined,
    );
    return shortest && [...found].every((n) => n === shortest || n.endsWith(` ${shortest}`))
      ? shortest
      : undefined;
  }

  function bodyByNoun(refers: string, at: number): string | undefined {
    const words = refers.toLowerCase().split(/\s+/);
    const noun = words.at(-1) ?? '';
    if (!BODY_NOUN_HEADS.has(noun) && !bodies.hasNoun(noun))
      return words.length === 1 ? namedByHead(noun, at) : undefined;
    const modifiers = words
      .slice(0, -1)
      .filter(
        (w) =>
          !tagsOf(w).includes('Demonym') &&
          !/^(?:the|a|an|former|new|same|other|local|then|its|their|north|south|east|west)$/.test(w),
      );
    return bodies.resolve(noun, modifiers, at);
  }

  function continuation(unit: Unit, from: Claim, quotes: string[]): Claim {
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
      units: [indexOfUnit.get(unit) ?? unitIndex],
    };
  }
}

/** Thrown through proposeCandidates when its progress callback asks to stop. */
export class ProposalCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'ProposalCancelled';
  }
}
