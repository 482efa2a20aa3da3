// Attribution frames: where a unit says who said it. Verbs of saying come from the lexicon; the frames
// are active ("X said", "…, X said", "“…,” said X, a role"), relative ("X, who said"), passive ("is said
// to", "was quoted as saying", "described as … by X"), "according to X", "told X", "citing X",
// "quoted X as saying", and a sentence-final "…, X reported" that relays an earlier frame.
import { documentRelay, interviewOn } from './document-relays';
import {
  COGNITION_VERBS,
  DISCOURSE,
  FILLER,
  FULL_MONTH_NAMES,
  generalVerbAside,
  GENERAL_PARTICIPLE,
  isOccasion,
  MAINTAINED_SAYS,
  OPENING_TIME,
  QUANTIFIER_SUBJECT,
  BY_PARTICIPLE,
  PAPER_PARTICIPLE,
  PARENTHETICAL_GOING_ON,
  PARTICIPLE_FRAMES,
  SPENT_PARTICIPLE,
  SPEAKER_NOUNS,
  NOT_QUOTE_TAG,
  QUOTE_SIDE_VERBS,
  CLOSING_TAG_VERBS,
  QUOTE_TAG_IRREGULAR,
  SPEECH_VERBS,
  SPEECH_WITH_OBJECT,
  TIME_AFTER_VERB,
  WITH_SAYING_PARTICIPLE,
  ZERO_THAT_CLAUSE,
} from './lexicon';
import { newsletterItem } from './newsletter';
import { speakerLabel } from './speaker-labels';
import { PLATFORMS } from '../../../core/platforms';
import { BROADCAST_WORDS, type Outlets, PUBLICATION_NOUNS, REPORT_NOUNS, platformPage } from './outlets';
import {
  type Phrase,
  endsWithName,
  isAppositive,
  isBodyName,
  isBodyPhrase,
  isNamePhrase,
  isCapitalised,
  isPlaceName,
  isRoleWord,
  lower,
  readPhrase,
  isDiscourseAside,
  segmentKind,
  tagsOf,
  firstNameGender,
  frontedOpener,
  isLoneAdverb,
} from './recognition';
import { unicodeWords } from './words';

/** "agreed that …", "agreed the figures were wrong": agreeing in words, a that-clause after it. */
const AGREED_THAT = new RegExp(String.raw`^\s+(?:\w+ly\s+)?(?:that\b|${ZERO_THAT_CLAUSE})`, 'u');
/** Verbs of saying that open a sentence with their subject after them ("Added Tom Lee, …: “…”"). */
const INVERTED_OPENERS: ReadonlySet<string> = new Set([
  'added',
  'adds',
  'said',
  'says',
  'noted',
  'explained',
]);
/** A quoter that is an outlet the article has not named as one: an acronym, or a publication by its noun. */
const QUOTING_PUBLICATION = new RegExp(
  `^(?:\\p{Lu}{2,6}|(?:[Tt]he\\s+|[Aa]\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:news\\s+agency|${[...PUBLICATION_NOUNS].join('|')})s?)$`,
  'u',
);
/** "with X saying": the participle says for X. */
const WITH_PARTICIPLE_FRAME = unicodeWords(
  new RegExp(String.raw`\bwith\s+(?:[\p{L}.'’-]+\s+){1,7}?(${WITH_SAYING_PARTICIPLE})\b`, 'giu'),
);
/** A noun of saying with its owner before it and its content after: "his vow that", "X's request to". */
const POSSESSIVE_NOUN =
  /\b(?:vow|pledge|promise|assertion|request|demand|denial|claim|announcement|insistence|admission|contention)s?\s+(?:on\s+\w+\s+|(?:in|during)\s+(?:\S+\s+){1,4}?)?(?:that|to|is)\b/;
const POSSESSIVE_CLAIM = unicodeWords(
  /\b(his|her|their|its|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?=['’]s\s)|the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?=['’]s\s))(?:['’]s)?\s+(?:(?:often-repeated|repeated|longstanding|long-standing|latest|earlier|recent|largest|biggest|new|public|main|\w+ly)\s+|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+)*(vow|pledge|promise|assertion|request|demand|denial|claim|announcement|insistence|admission|contention)s?\s+(?:on\s+\p{Lu}\p{Ll}+day\s+|(?:in|during)\s+(?:the|a|an|his|her|their|its)\s+(?:\S+\s+){0,2}?(?:interview|speech|statement|letter|post|tweet|remarks|address|testimony|hearing|debate|book|memo)\s+)?(?:that\s|to\s+(?!the\b|a\b|an\b)\p{Ll}|is\s+for\s)/gu,
);
/** A noun of saying, "by" its maker, then its content ("that", "for", "to" + verb): see framesOf. */
const NOUN_BY_SPEAKER_HINT =
  /\b(?:statements?|declarations?|announcements?|requests?|demands?|assurances?|pledges?|promises?|warnings?|assertions?|denials?|calls?)\s+(?:by|from)\s/i;
const NOUN_BY_SPEAKER = unicodeWords(
  /\b((?:[Ss]tatement|[Dd]eclaration|[Aa]nnouncement|[Rr]equest|[Dd]emand|[Aa]ssurance|[Pp]ledge|[Pp]romise|[Ww]arning|[Aa]ssertion|[Dd]enial|[Cc]all)s?)\s+(?:by|from)\s+((?:the\s+)?\p{Lu}[^\s,;:]*(?:\s+(?!that\b|for\b|to\b)[^\s,;:]+){0,7}?|the\s+(?:[^\s,;:]+\s+){0,4}?(?:\p{Ll}+['’]s\s+)?(?:team|office|government|administration|chiefs?|officials?|authorit(?:y|ies)|ministry|department|agency|council|board|committee|commission|lawyers?|attorneys?))\s+(?:that\s|for\s+(?:the|a|an)\s|to\s+(?!the\b|a\b|an\b)\p{Ll})/gu,
);
/** A verb in the past, then the medium of the words: "simpered in a morning tweet" (see framesOf). */
const MANNER_IN_MEDIUM =
  /(?<=[a-z]ed)\s+(?:back\s+|out\s+)?(?:in|on)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:tweet|Twitter\s+post|Facebook\s+post|Instagram\s+post|blog\s+post|statement|op-ed|email|letter|message)\b/g;
/** Verbs in the past that do other things in a post or a letter than say. */
const NOT_MANNER =
  /^(?:appeared|featured|included|pictured|named|tagged|embedded|captured|filmed|recorded|starred|dressed|posed|danced|performed|played|participated|involved|listed|mentioned|signed|attached|enclosed|linked|blocked|reported|stated|posted|shared|released|published|issued|added|noted|confirmed|announced|explained|warned|claimed|argued|insisted|denied|revealed|responded|replied|tweeted|wrote|fumed|suggested|expressed|called|urged|asked|thanked|praised|criticized|criticised|slammed|blasted|defended|accused|described|demanded|requested|apologized|apologised)$/;
/**
 * Where a phrase after its cue ends: a stop (not an initial's or a title's, nor an abbreviation's before a
 * lower-case word: "Moody's Analytics Inc. in West Chester"), an aside, a day, a clause.
 */
const PHRASE_STOP = unicodeWords(
  /\s{3,}|(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Sen|Gov|Rep|Prof|Rev|Sgt|Capt|Col|Maj|Cmdr|Cpl|Det|Supt|Insp|Adm|Brig|Atty|Hon|Amb|Fr))(?:[;:!?]|\.(?!\s+\p{Ll}))(?:\s|$)|,\s+(?:\w+ing|who|which|adding|noting|referring|saying|according)\b|\s(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s(?:after|before|during|while|when)\s/u,
);
/** A title's abbreviating stop before a capitalised word ("Mr. Marcus", "Gov. Ann Lee", "Lt. Col. Ruiz"). */
const TITLE_STOP = unicodeWords(
  /(?<=\b(?:Mr|Mrs|Ms|Dr|St|Lt|Gen|Sen|Gov|Rep|Prof|Rev|Sgt|Capt|Col|Maj|Cmdr|Cpl|Det|Supt|Insp|Adm|Brig|Atty|Hon|Amb|Fr|Pres))\.(?=\s+\p{Lu})/gu,
);
/** "in an ABC interview": the named show or outlet relays. */
const NAMED_SHOW = unicodeWords(
  /\b(?:in|on|during)\s+(?:an?|the|his|her|their)\s+((?:\p{Lu}[\p{L}.'’&-]*\s+){1,4})(?:interview|podcast|show|programme|program|broadcast|appearance)\b/u,
);
/** "… that Reuters saw": the outlet that saw the papers. */
const THAT_X_SAW = unicodeWords(
  /\bthat\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s+(?:saw|viewed|reviewed|obtained)\b/u,
);

export interface Attribution {
  phrase?: Phrase;
  relay?: string;
  cue: string;
  /** The words are another outlet's story, quoted whole (a newsletter's item): its dates date the claim. */
  quotedStory?: boolean;
  /** Offsets of the frame's cue in the unit. */
  at?: number;
  end?: number;
}

interface Frame {
  /** Offset of the cue's first word. */
  at: number;
  end: number;
  verb: string;
  kind:
    | 'active'
    | 'relative'
    | 'according'
    | 'passive-by'
    | 'quoted-as'
    | 'said-to'
    | 'possessive'
    | 'accused-of';
  /** A verb that says only with its object ("thanked X for", "called for"): never inverted ("“…,” said X"). */
  withObject?: boolean;
  /** The agent of "was quoted by X as saying": the outlet or person that passed the words on. */
  by?: string;
}

const DETERMINER_BEFORE = unicodeWords(
  /\b(?:a|an|the|this|that|his|her|its|their|our|my|your|these|those|whose|one|no|any|such|new|latest|other|many|some|several|recent|earlier|local|first|only)\s+$/i,
);
/**
 * "Texaco earlier said", "Health Secretary Ana Roe earlier warned", "she first warned", "the company has only
 * said": "earlier", "first" and "only" after a subject (a name, a pronoun, a noun or an auxiliary, no
 * determiner before them) are adverbs, and the verb after them says, as "Texaco later said" does ("an
 * earlier report", "the first reported case" keep their determiner: nouns).
 */
const ADVERB_BEFORE_VERB =
  /(?:^|[\s,])(he|she|they|it|we|I|\p{Lu}[\p{L}\p{M}.-]*\p{L}|\p{Ll}{3,})\s+(?:earlier|first|only)\s+$/u;
/** The words before such an adverb that make it an adjective of a noun ("the earlier", "its only"). */
const NOT_A_SUBJECT =
  /^(?:a|an|the|this|that|his|her|its|their|our|my|your|these|those|whose|one|no|any|such|new|latest|other|many|some|several|recent|local|and|or|but|of|in|on|at|to|for|by|with|from|as)$/i;
const adverbAfterSubject = (before: string): boolean => {
  const word = ADVERB_BEFORE_VERB.exec(before)?.[1];
  return word !== undefined && !NOT_A_SUBJECT.test(word);
};
/**
 * A verb's past form, after such an adverb ("earlier said", "first warned"; not "the first reports"). Not
 * "threatened" (read by the verbs that say with their object) nor "told" ("she first told her story to …").
 */
/**
 * The object of "wrote" a work made, not words said, its noun a few words on: the work counted ("more than
 * 70 books"), described at length ("a second, more detailed book") or of a kind the shorter list above does
 * not name (articles, reports, programs, a title, passwords); no preposition before the noun ("wrote about
 * the books", "wrote in a column" may go on to say what was written).
 */
const WORK_WRITTEN =
  /^\s+(?:more\s+than\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?:(?!(?:about|on|in|to|for|that|as|with|from|at|by)\b)[\p{L}\d-]+,?\s+){0,5}?(?:books?|articles?|reports|programs|programmes|titles?|passwords|chapters?|novels?)\b/u;

/**
 * A thing that is announced or proposed, not one who announces (a deal, a programme, measures), the last
 * word before a participle ("a deal announced …", "the program, announced in August, …").
 */
const ANNOUNCED_THING_BEFORE =
  /\b(?:deal|agreement|program|programme|plans?|measures|restrictions|rules?|polic(?:y|ies)|cuts|reforms|sanctions|tariffs|merger|acquisition|initiative|scheme|package)\s*,?\s+$/u;

const PAST_SAYING = /^(?!threatened$)(?:\p{Ll}+ed|said|wrote|forecast)$/u;
/** "Some said", "…, and one added": a quantifier that opens a sentence or clause, before a verb. */
const QUANTIFIER_BEFORE =
  /(?:^|[.;:!?]\s+|,\s+(?:and|but|while)\s+|\s(?:and|but)\s+|[—–]\s*)(?:Some|Others|Many|Several|Most|One|Another|some|others|many|several|most|one|another)\s+(?:also\s+|later\s+|even\s+|have\s+|has\s+|had\s+)?$/u;
/** "Nguyễn Văn An said": a capitalised "An" or "No" after a name's capitalised word ends the name. */
const NAME_ENDS_BEFORE = /\p{Lu}[\p{L}\p{M}.'’-]*\p{L}\s+\p{Lu}\p{Ll}*\s+$/u;
/** "the 2015 White House report", "a Reuters report": a noun after a named noun phrase. */
const NAMED_NOUN_BEFORE = unicodeWords(
  /\b(?:the|a|an|its|his|her|their|this)\s+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’&-]*\s+){1,4}$/u,
);
// "did not immediately respond", "didn't immediately respond": no claim. ("She did say that …", "he does
// warn that …": the emphatic auxiliary affirms; the verb after it is the claim's.)
const NOT_AFTER = unicodeWords(
  /(?:\b(?:to|not|would|could|might|must|should|can|may|will|been|being|be|was|were|is|are)|n['’]t|\b(?:it|that|what|there|he|she)['’]s|\b(?:[Ww]e|[Yy]ou|[Tt]hey)['’]re|\bI['’]m)\s+(?:\w+ly\s+|now\s+|also\s+)?$/,
);
/** Forms that are as often nouns ("reports by fishermen", "the claims"): verbs only after a subject-like word. */
const NOUNISH = new Set(
  'report reports claim claims note notes post posts state states tweet tweets vow vows pledge pledges estimate estimates reply replies counter joke jokes recall recalls add say tell write hail hails signal signals'.split(
    ' ',
  ),
);
/**
 * A verb closing the unit as the tag of the clause before its comma: its subject (a determiner and up to four
 * words, or up to four capitalised words, "NPR's Ann Lee" among them) between the comma and the verb
 * ("…, the WWF notes on its website.", "…, the documents state."), or after the verb ("…, reports the
 * industry group."); at most a short adverbial (a preposition or a time) after it. The clause before the
 * comma is what was said: a relative or a conjunction opening the tag ("…, which the firm reports") makes
 * it another clause, and an article inside the subject ("…, the app displays a ransom note in …") a clause
 * of its own, the word its object.
 */
const CLOSING_TAG_SUBJECT = unicodeWords(
  /[^,;:“”"]{12},\s+(?!(?:which|who|whom|that|and|but|or|as|while|what|where|when|if|because|although|though|so|then)\s)(?:(?:the|a|an|its|his|her|their)\s+(?:(?!(?:the|a|an)\s)[\p{L}\p{M}\d.'’&-]+\s+){1,4}|(?:\p{Lu}[\p{L}\p{M}\d.'’&-]*\s+){1,4})$/u,
);
const CLOSING_TAG_END =
  /^(?:\s+(?:in|on|at|from|to|this|last|earlier|late|today|yesterday)\b[^,;:“”"]{0,40})?\s*[.!]?\s*$/u;
const CLOSING_TAG_INVERTED = /^\s+(?:(?:the|a|an|its|his|her|their)\s+|\p{Lu})[^,;:“”"]{0,50}?[.!]?\s*$/u;
function closingTag(masked: string, at: number, verb: string): boolean {
  const upTo = masked.slice(0, at);
  const after = masked.slice(at + verb.length);
  return (
    (CLOSING_TAG_SUBJECT.test(upTo) &&
      CLOSING_TAG_END.test(after) &&
      // ("…, an important swing state.": a bare form after a singular is its noun; "the documents state".)
      (!NOUNISH.has(verb) || /s$/.test(verb) || /s\s+$/.test(upTo))) ||
    (/[^,;:“”"]{12},\s+$/u.test(upTo) && CLOSING_TAG_INVERTED.test(after))
  );
}
const SUBJECT_END = unicodeWords(
  /(?:\b\p{Lu}[\p{L}\p{M}.'’-]*|\b(?:he|she|they|it|we|i|who|officials|sources|analysts|experts|critics|users|people|police|authorities|researchers|scientists|diplomats|reports|witnesses|report|study|lawsuit|suit|complaint|filing|indictment|statement|letter|memo|article|story|paper|survey|\w+ly|\w+s|also|has|have|had|did|does|do)|[”"])\s+$/u,
);
/** "the foreign ministry ", "China's ministry ", "its board ": a definite noun phrase ending right before a verb. */
const DEFINITE_NOUN_SUBJECT =
  /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*$/u;
/** "Ann Roe, a local activist, ": a capitalised name and its appositive ending right before a verb. */
const NAME_AND_APPOSITIVE = /\p{Lu}[\p{L}.'’-]*,\s+(?:a|an|the)\s+[^,;:"“”]{1,60},\s*$/u;
/**
 * "China's foreign ministry called …", "the union stated …" (a definite speaking noun; not "a company called
 * Acme", which names), "Ann Roe, a local activist, called …" (a name and its appositive): a subject that ends
 * right before a verb that may also be a noun's participle.
 */
const speakingSubject = (before: string, upTo: string, verb: string): boolean => {
  const noun = DEFINITE_NOUN_SUBJECT.exec(before)?.[1] ?? '';
  // (A bare form after a singular noun is a compound's noun: "the government report includes …".)
  return (
    (SPEAKER_NOUNS.has(noun) && (/(?:ed|s)$/.test(verb) || /s$/.test(noun))) || NAME_AND_APPOSITIVE.test(upTo)
  );
};
/** ", however, ", ", for their part, " right before a verb: a linking aside between the subject and its verb. */
const LINKING_ASIDE_AT_END =
  /,\s*(?:however|though|too|also|meanwhile|in turn|for (?:his|her|its|their|our|my) part|in response|by contrast)\s*,\s*$/iu;
/** Lower-case words, whole: not the "an" at the end of "Erdoğan". */
const WORDS = unicodeWords(/\b[a-z]+\b/g);
/**
 * "which he described as", "what Beijing calls", "whom the judge called", "which analysts said", "which the
 * company put at": the relative word is the object of the verb after it, its subject in between (a pronoun, a
 * name, a determiner and its noun, or a speaking noun alone) — the verb says with its object already given.
 */
const OBJECT_RELATIVE_BEFORE = unicodeWords(
  /\b(?:which|whom|what)\s+(?:(he|she|they|it|we|I)|(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}|(?:the|a|an|its|his|her|their)\s+(?:[\p{L}\p{M}.'’-]+\s+){1,4}|(\p{Ll}+))\s*(?:(?:also|later|once|has|have|had|\w+ly)\s+){0,2}$/u,
);
/** Before a verb: an object relative clause's own subject ({@link OBJECT_RELATIVE_BEFORE}), not its antecedent. */
export const objectRelativeBefore = (before: string): boolean => {
  const m = OBJECT_RELATIVE_BEFORE.exec(before);
  // ("to which she replied", "under which the bank advised": the relative word is a preposition's object;
  // "at what police called a riot" is not, the preposition governing the whole clause.)
  if (
    m &&
    !/^what/.test(m[0].replace(/^\W+/, '')) &&
    /\b(?:to|under|in|by|with|from|on|at|through)\s+$/.test(before.slice(0, m.index))
  )
    return false;
  return m !== null && (m[2] === undefined || SPEAKER_NOUNS.has(m[2]));
};
/** "who …", "which …" just before a verb: a relative clause's. */
const RELATIVE_BEFORE = unicodeWords(
  /\b(?:who\s+(?:\w+\s+){0,2}|which\s+(?:(?!(?:he|she|they|it|we|i|the|a|an|his|her|its|their)\b)[a-z]+\s+){0,2})$/,
);

/** A site named by its web address ("Cincinnati.com", "NJ.com"), told or written to. */
const WEB_ADDRESS_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|co\.uk)$/u;

const HEARERS =
  /^(?:reporters|journalists|the press|media|him|her|them|us|me|aides|investigators|police|cops|officers|lawmakers|senators|the court|the judge|the jury|a court|a news conference|a press conference|parliament|congress|members|supporters|an audience|the audience|a crowd|the crowd|guests|staff|employees|colleagues|friends|family)\b/i;

/** Replaces quoted text by spaces (keeping offsets), so frames are only looked for outside quotations. */
export function mask(text: string, quotes: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

/** Verbs that give a thing a name in words ("what the mayor called a cowardly attack"). */
export const NAMING_VERBS = /^(?:called|calls|termed|terms|dubbed|dubs)$/;

/**
 * Whether the text before a naming verb is a "what" clause ("… in what the mayor ", "capping what Ann Roe ")
 * opened by a word that does not itself say ("welcoming what he ", "decried what she ": the saying word's
 * own claim holds the name). True (no claim) when there is no such "what".
 */
function sayingBeforeWhat(before: string): boolean {
  const what = /(?:^|\s)(?:(\S+)\s+)?what\s+(?:[^\s,;.:]+\s+){1,5}$/i.exec(before);
  if (!what) return true;
  const word = (what[1] ?? '').toLowerCase();
  const stem = word.replace(/ing$/, '');
  return [word, `${stem}ed`, `${stem}d`, `${stem}s`, `${stem}es`].some(
    (form) => SPEECH_VERBS.has(form) || SPEECH_WITH_OBJECT.has(form),
  );
}

/**
 * "took to Twitter to say", "has taken to social media on Monday to accuse", "took to the brand's Facebook page
 * to question why", "took to Acme's Facebook page to complain": a network (a page of someone's on it), then a
 * verb of saying.
 */
const TOOK_TO_A_NETWORK = new RegExp(
  String.raw`\b(?:(?:has|have|had)\s+)?(?:took|taken|take|takes|taking)\s+to\s+(?:(?:his|her|their|its)\s+(?:own\s+)?|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}['’]s?\s+)?(?:${PLATFORMS})\b(?:\s+(?!to\b)[\p{L}\d,]+){0,4}?\s+to\s+(?:publicly\s+)?(?:say|claim|argue|warn|complain|accuse|deny|criticize|criticise|question|praise|blame|insist|suggest|demand|condemn|denounce|dismiss|mock|slam|announce|apologi[sz]e|defend|explain|reveal|thank|urge|express|call\s+for|call\s+on|point\s+out)\b`,
  'gu',
);

/** Nothing matched: what a pattern whose hint fails gives. */
const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * `text.matchAll(pattern)` when the hint holds, else no match, without `matchAll`'s copy of the pattern
 * (a copy costs more than the hint's test on a sentence, and most sentences fail most hints).
 */
function matchesWhen(hint: boolean, text: string, pattern: RegExp): Iterable<RegExpExecArray> {
  return hint ? text.matchAll(pattern) : NO_MATCHES;
}

function framesOf(masked: string): Frame[] {
  const frames: Frame[] = [];
  // "according to X", "in the words of X": the source follows the phrase.
  // ("priced according to how much they cost", "according to whether": a measure, no source.)
  for (const m of masked.matchAll(
    /\b(?:according to|in the words of)\b(?!\s+(?:how|what|whether|which|when|where|why|who|their\s+(?:size|age|weight|income|needs?)|size|age|plan|schedule)\b)/gi,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: m[0].toLowerCase(), kind: 'according' });
  // "Quint went on to say that …", "Lindsey goes on to say …": the subject's words, its verb "went on".
  for (const m of matchesWhen(
    /\bon\s+to\b/i.test(masked),
    masked,
    /\b(?:went|goes|go|gone)\s+on\s+to\s+(?:say|tell|claim|describe|explain|note|add|insist|argue|call|accuse|praise|critici[sz]e|warn|suggest|deny|write|recount|reveal)\b/gi,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'went on to say', kind: 'active' });
  // "Folks in the comments began to corroborate …", "Karenga was quick to criticize …": a verb of saying
  // after "began to", "was quick to" says; its subject is before the first verb.
  for (const m of matchesWhen(
    /\b(?:began|begun|started|quick|rushed|hastened)\s+to\b/i.test(masked),
    masked,
    /\b(?:(?:has\s+|have\s+|had\s+)?(?:began|begun|started)|(?:was|were|is|are|has\s+been|have\s+been)\s+quick|rushed|hastened)\s+to\s+(?:publicly\s+)?(?:say|claim|argue|warn|complain|accuse|deny|criticize|criticise|question|corroborate|praise|blame|insist|suggest|demand|condemn|denounce|dismiss|mock|ridicule|speculate|point\s+out|call\s+for)\b/gi,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'began to say', kind: 'active' });
  // "Roe took to Instagram to say …", "Both candidates took to social media on Sunday to call for calm": a
  // verb of saying after taking to a network says; its subject is before "took" (the network relays,
  // platformRelay).
  for (const m of matchesWhen(/\bto(?:ok|ken|ke|kes|king)\s+to\b/i.test(masked), masked, TOOK_TO_A_NETWORK))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'took to say', kind: 'active' });
  // "The central bank continued to describe that pace as “gradual”", "she continues to insist that …",
  // "continued making it quite clear that …": a verb of saying after "continued to" says; its subject is
  // before "continued".
  for (const m of matchesWhen(
    /\bcontinu(?:ed|es|e)\s+(?:to|making)\b/i.test(masked),
    masked,
    /\b(?:has\s+|have\s+|had\s+)?continu(?:ed|es|e)\s+(?:to\s+(?:publicly\s+)?(?:say|insist|argue|maintain|deny|warn|claim|criticize|criticise|praise|blame|call\s+for|describe(?=\s+(?:\S+\s+){1,9}?as\b))|(?:to\s+make|making)\s+(?:it\s+)?(?:(?:very|quite|abundantly|perfectly|pretty|crystal)\s+)?clear)\b/gi,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'continued to say', kind: 'active' });
  // "Simultaneously, he continued, the government has …", "The bank, Roe went on, intervenes …": a
  // speaker's aside between commas inside the sentence goes on with their words (PARENTHETICAL_GOING_ON).
  for (const m of matchesWhen(
    /\b(?:continu|went\s+on|goes\s+on)/.test(masked),
    masked,
    PARENTHETICAL_GOING_ON,
  )) {
    const at = m.index + m[0].lastIndexOf(m[2] ?? '');
    frames.push({ at, end: m.index + m[0].length - 1, verb: 'continued', kind: 'active' });
  }
  // "Trump simpered in a morning tweet", "the mayor hit back in a statement": a verb in the past with the
  // words' medium after it is a manner of saying (not "appeared in a video", "was named in a post").
  for (const m of matchesWhen(
    /\b(?:tweet|post|statement|op-ed|email|letter|message)\b/i.test(masked),
    masked,
    MANNER_IN_MEDIUM,
  )) {
    // The medium is found first, then the verb right before it (the cheaper way round).
    const verb = /(?:^|[^\p{L}])(\p{Ll}+ed)$/u.exec(masked.slice(Math.max(0, m.index - 24), m.index))?.[1];
    const at = m.index - (verb?.length ?? 0);
    if (
      verb &&
      !NOT_MANNER.test(verb) &&
      !/\b(?:was|were|is|are|be|been|being|had|has|have)\s+(?:\w+ly\s+)?$/i.test(
        masked.slice(Math.max(0, at - 16), at),
      )
    )
      frames.push({ at, end: m.index, verb, kind: 'active' });
  }
  // "Nigeria is forecasting economic growth of 7%", "The university is currently projecting expenses of
  // $50 million": a body's published forecast, in the progressive ("is" stops a finite verb elsewhere).
  for (const m of matchesWhen(
    /ing\b/.test(masked),
    masked,
    /\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:\w+ly|now|also|still)\s+)?(?:forecasting|projecting|predicting)\s+(?=that\b|(?:\S+\s+){0,5}?(?:of|at|to)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?[$€£]?\d)/gi,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'is forecasting', kind: 'active' });
  // "As Gaiman put it, “…”", "as the New York Times put it on Tuesday": the words are the subject's.
  for (const m of matchesWhen(
    /\bput/i.test(masked),
    masked,
    /\bas\s+(?:[^\s,;.]+\s+){1,6}?(?:has\s+|once\s+|later\s+|memorably\s+|bluntly\s+)?(puts|put)\s+it\b/gi,
  )) {
    const at = m.index + m[0].length - (m[1]?.length ?? 0) - 3;
    frames.push({ at, end: m.index + m[0].length, verb: 'put it', kind: 'active' });
  }
  // "was quoted as saying", and "was quoted by the Daily Courier as saying": the agent relays.
  for (const m of matchesWhen(
    /quoted/i.test(masked),
    masked,
    /\b(?:was|were|is|are|has been|have been|had been)\s+quoted\s+(?:by\s+([^,;.]{1,80}?)\s+|\w+\s+)?(?:as\s+)?(?:saying|telling|stating|writing|calling|describing)\b/gi,
  ))
    frames.push({
      at: m.index,
      end: m.index + m[0].length,
      verb: 'was quoted as saying',
      kind: 'passive-by',
      ...(m[1] ? { by: m[1] } : {}),
    });
  // "Clinton can be heard saying that …", "was heard telling …": a recording's words are the subject's.
  for (const m of matchesWhen(
    /heard/i.test(masked),
    masked,
    /\b(?:can|could|is|are|was|were)\s+(?:be\s+)?(?:clearly\s+)?heard\s+(saying|telling|shouting|calling)\b/gi,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'heard saying', kind: 'active' });
  // "is alleging that", "was insisting that": a verb of saying in the progressive is finite; its subject
  // is before the auxiliary.
  for (const m of matchesWhen(
    /ing\b/i.test(masked),
    masked,
    /\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?(alleging|claiming|insisting|saying|arguing|warning|suggesting|denying|stating|maintaining|contending|reporting|urging|anticipating|predicting|(?:promising|vowing|pledging)(?=\s+to\s+[a-z])|questioning(?=\s+(?:whether|why|how|if)\b)|calling(?=\s+(?:for\b|on\s+(?:\S+\s+){1,6}?to\s+[a-z]))|demanding(?=\s+(?:that|answers|an?\s+(?:apology|explanation|investigation|inquiry))\b)|asking(?=\s+for\b(?!\s+(?:(?:the|their|his|her)\s+)?(?:\S+\s+)?(?:prices?|rents?|bids?)\b))|defending(?=\s+(?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,2}(?:decision|record|policy|move|actions?|choice|plan|handling|approach|response|remarks|comments|launch|campaign|budget|stance|position)\b))\b/gi,
  ))
    frames.push({
      at: m.index,
      end: m.index + m[0].length,
      verb: (m[1] ?? '').toLowerCase(),
      kind: 'active',
    });
  for (const m of masked.matchAll(
    // "was reported to have fled" says; "was reported to the police" only tells whom the event was told.
    /\b(?:is|are|was|were)\s+(?:widely\s+|also\s+|now\s+|previously\s+)?(?:said|reported)\s+to\b(?!\s+(?:the|police|authorities|a|an|his|her|their)\b)/gi,
  ))
    frames.push({
      at: m.index,
      end: m.index + m[0].length,
      verb: m[0].toLowerCase().replace(/\s+/g, ' '),
      kind: 'said-to',
    });
  for (const m of matchesWhen(
    /\bby\s/i.test(masked),
    masked,
    /\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+|first\s+)?(described|called|advised|warned|criticised|criticized|urged|reported|hailed|praised|denounced|accused)\b(?!\s+to\s+(?:the|police|authorities)\b)[^.;]{0,80}?\bby\s+(?![a-z]+ing\b)/gi,
  ))
    frames.push({
      at: m.index,
      end: m.index + m[0].length,
      verb: `${(m[1] ?? '').toLowerCase()} by`,
      kind: 'passive-by',
    });
  // "…, with Kremlin spokesperson Dmitry Peskov saying Sunday Moscow has no intention …": a claim with
  // no finite verb; the participle is the frame and the words after "with" its subject.
  // (Each of these patterns is tried only when its fixed word is there: most units have none of them.)
  for (const m of matchesWhen(/with/i.test(masked), masked, WITH_PARTICIPLE_FRAME)) {
    const verbAt = m.index + m[0].length - (m[1]?.length ?? 0);
    frames.push({ at: verbAt, end: m.index + m[0].length, verb: m[1] ?? 'saying', kind: 'active' });
  }
  // "a call hailed by Moscow as …", "a plan criticised by rights groups": a reduced passive of judging.
  for (const m of matchesWhen(
    /\bby\s/.test(masked),
    masked,
    // ("the view mouthed by Michael Reed", "the $20 reportedly demanded by Ferro", "concerns voiced by
    // the union": words, or a demand, named with who made them.)
    // ("another plan announced by the ministry in March", "was denied by Andrew": announced or denied, by
    // whom it names.)
    /\b(hailed|praised|denounced|criticised|criticized|condemned|welcomed|dismissed|voiced|mouthed|echoed|expressed|demanded|requested|announced|denied|disputed|rejected)\s+by\s+(?=\p{Lu}|the\s|(?:president|prime\s+minister|minister|chancellor|governor|mayor)\s+\p{Lu})/gu,
  ))
    if (!frames.some((f) => m.index >= f.at && m.index < f.end))
      frames.push({ at: m.index, end: m.index + m[0].length, verb: `${m[1] ?? ''} by`, kind: 'passive-by' });
  // "…, as reported by the Population Bureau", "As first revealed by the Daily Planet, …": an "as" clause
  // that names who made the sentence's words known (not "as reported to police", no agent).
  for (const m of matchesWhen(
    /\bas\s/i.test(masked),
    masked,
    /\b[Aa]s\s+(?:first\s+|previously\s+|originally\s+|earlier\s+|also\s+)?(reported|stated|noted|revealed|disclosed|confirmed|announced|explained|estimated)\s+(?:\S+\s+){0,3}?by\s+(?![a-z]+ing\b)(?=\p{Lu}|the\s|an?\s|its\s|their\s)/gu,
  ))
    if (!frames.some((f) => m.index >= f.at && m.index < f.end))
      frames.push({ at: m.index, end: m.index + m[0].length, verb: `${m[1] ?? ''} by`, kind: 'passive-by' });
  // "his often-repeated vow that …", "Netanyahu's vow on Monday that …", "the transition team's request
  // to …": a noun of saying with its owner and its content; the owner said it.
  // (The nouns are rare: the full pattern runs only on units that hold one.)
  for (const m of matchesWhen(POSSESSIVE_NOUN.test(masked), masked, POSSESSIVE_CLAIM))
    // ("his claim that …", "her announcement that …" with "that" only: "his claim to the throne" is no saying.)
    if (
      !/^(?:claim|announcement|insistence|admission|contention)$/i.test(m[2] ?? '') ||
      /\sthat\s$/.test(m[0])
    )
      frames.push({
        at: m.index,
        end: m.index + m[0].length,
        verb: (m[2] ?? '').toLowerCase(),
        kind: 'possessive',
        by: m[1] ?? '',
      });
  // "the request by the mayor's office for the files", "Statements by the Harbour Board … that", "an
  // earlier declaration by the ministry that": a noun of saying, its maker after "by", its content after.
  for (const m of matchesWhen(NOUN_BY_SPEAKER_HINT.test(masked), masked, NOUN_BY_SPEAKER))
    if (!frames.some((f) => m.index >= f.at && m.index < f.end))
      frames.push({
        at: m.index,
        end: m.index + m[0].length,
        verb: (m[1] ?? '').toLowerCase(),
        kind: 'possessive',
        by: m[2] ?? '',
      });
  // "The party was accused Wednesday of misleading voters", "He is accused of leaking …": an accusation
  // whose makers go unnamed is a claim of no one's (with "by X" it is X's, above).
  for (const m of matchesWhen(
    masked.includes('accused'),
    masked,
    /\b(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|also|now|first|later|once)\s+)?accused\s+(?:(?:on\s+|late\s+|early\s+)?\p{Lu}\p{Ll}+day\s+)?of\b(?![^.;]{0,80}\bby\s+(?:\p{Lu}|the\s|a\s|an\s|his\s|her\s|their\s))/gu,
  ))
    if (!frames.some((f) => m.index >= f.at && m.index < f.end))
      frames.push({ at: m.index, end: m.index + m[0].length, verb: 'accused of', kind: 'accused-of' });
  // ("Ana Roe, quoted by the agency, said …": "quoted by" is how the words came, an aside of the subject.)
  // "local newspapers quote Salinas as saying": the present is a verb only with "as saying" to come ("a quote"
  // is as often the noun).
  for (const m of matchesWhen(
    masked.includes('quote'),
    masked,
    /\b(?:quoted|quotes?(?=\s[^.;:]{1,120}?\sas\s+(?:saying|telling|stating|writing)\b))\s+(?!(?:by|in)\s)(?=\S)/g,
  ))
    frames.push({ at: m.index, end: m.index + m[0].length, verb: 'quoted', kind: 'quoted-as' });
  // "Added Tom Lee, a spokesman for the firm, “…”", "Said one official: “…”": a verb of saying opening
  // the sentence, its subject after it (capitalised, so not among the lower-case words read below).
  const opening = /^\s*(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}|one\b|another\b|an?\s)/u.exec(masked);
  const openingVerb = opening?.[1]?.toLowerCase();
  if (opening && openingVerb && INVERTED_OPENERS.has(openingVerb)) {
    const at = opening[0].indexOf(opening[1] as string);
    frames.push({ at, end: at + openingVerb.length, verb: openingVerb, kind: 'active' });
  }
  for (const m of masked.matchAll(WORDS)) {
    const w = m[0];
    // "state-led", "self-declared": a word inside a compound is no verb.
    if (masked[m.index + w.length] === '-' || masked[m.index - 1] === '-') continue;
    // "“Will you stay?” the man asks.", "“…,” comments Ann Roe.", "Roe revealed, “If …”": beside a
    // quotation these verbs say whatever their object frames are elsewhere.
    const besideQuote =
      QUOTE_SIDE_VERBS.has(w) &&
      (QUOTE_CLOSED_BEFORE.test(masked.slice(Math.max(0, m.index - 48), m.index)) ||
        /^\s*[:,]\s*["“]/.test(masked.slice(m.index + w.length, m.index + w.length + 8)));
    // "When Stern asked about a comment …": a question in words (not "When asked about it, …": no one asks).
    const askedAbout =
      (w === 'asked' || w === 'asks') &&
      /^\s+about\s/.test(masked.slice(m.index + w.length, m.index + w.length + 8)) &&
      !/(?:^|\b(?:when|if|after|before|once|while|being|was|were|is|are|been)\s+)$/i.test(
        masked.slice(Math.max(0, m.index - 24), m.index),
      );
    // "an alibi he cited", "the figure Roe cited": a noun of saying, its speaker, the verb closing the clause.
    const citedNoun =
      /^cit(?:ed|es)$/.test(w) &&
      /\b(?:alibi|claim|charge|accusation|allegation|argument|excuse|explanation|reason|figure|statistic|study|example|precedent)s?\s+(?:he|she|they|it|we|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+$/u.test(
        masked.slice(Math.max(0, m.index - 60), m.index),
      );
    // "in what the president called a terrorist assault", "over what it calls chronic bias": the name
    // given to a thing is its namer's words (the labels' "called X a Y"), the namer between "what" and it.
    // ("decried what he called …", "welcoming what he called …": the word before "what" says, and the name
    // is part of its claim, one claim.)
    const whatCalled =
      NAMING_VERBS.test(w) &&
      /^\s+["“]?\p{L}/u.test(masked.slice(m.index + w.length, m.index + w.length + 8)) &&
      !sayingBeforeWhat(masked.slice(Math.max(0, m.index - 60), m.index));
    const isVerb =
      SPEECH_VERBS.has(w) ||
      (CLOSING_TAG_VERBS.has(w) && closingTag(masked, m.index, w)) ||
      besideQuote ||
      whatCalled ||
      askedAbout ||
      citedNoun ||
      (w === 'identified' && /^\s+(?:\S+\s+){1,6}as\b/.test(masked.slice(m.index + w.length, m.index + 80)));
    const withObject = SPEECH_WITH_OBJECT.get(w);
    if (!isVerb && !withObject) continue;
    if (!isVerb && generalVerbAside(w, masked, m.index)) continue;
    const before = masked.slice(Math.max(0, m.index - 24), m.index);
    // "…, the Associated Press reports.", "…, the documents state.", "…, reports the industry group.": a
    // verb that is as often a noun, closing the unit as the tag of the clause before it, is the verb.
    const tag = NOUNISH.has(w) && closingTag(masked, m.index, w);
    // "Some said …", "One called the plan a sham": a quantifier opening the clause is its subject, not a
    // determiner (a verb that is as often a noun stays one: "One report said").
    const quantified = !NOUNISH.has(w) && QUANTIFIER_BEFORE.test(before);
    // "Ana Roe reported from Seoul, and Tom Lee from Hong Kong.": a reporters' credit line, no claim.
    if (
      w === 'reported' &&
      /^\s+from\s+\p{Lu}[^,;.]*(?:,?\s+and\s+[^,;.]+\s+from\s+\p{Lu}[^,;.]*)?\.?\s*$/u.test(
        masked.slice(m.index + w.length),
      )
    )
      continue;
    // "a deal announced at the beginning of the week", "under relaxed restrictions announced a year ago",
    // "The debt relief program, announced in August, provides …": a thing named before the participle is
    // what was announced, no speaker; with no one given ("by X") there is no claim.
    if (
      /^(?:announced|unveiled|proposed)$/.test(w) &&
      ANNOUNCED_THING_BEFORE.test(before) &&
      !/^[^.;:]*?\bby\s/u.test(masked.slice(m.index + w.length)) &&
      !/^\s+(?:that|to)\b|^\s*:/u.test(masked.slice(m.index + w.length))
    )
      continue;
    // "All told, the repairs cost …": an idiom, no one telling.
    if (w === 'told' && /(?:^|[.;:!?]\s+|,\s+)All\s+$/u.test(before)) continue;
    // "Uber, as its name suggests, is …", "as the title implies": what a name says of the thing is the
    // writer's aside, no one's claim.
    if (
      /^(?:suggest|impl(?:y|ie))s$/.test(w) &&
      /\bas\s+(?:its|the|their|his|her)\s+(?:\S+\s+)?(?:names?|titles?)\s+$/iu.test(before)
    )
      continue;
    // "The state's confirmed caseload", "the council's stated aim": a participle after a possessive
    // qualifies the noun after it.
    if (
      /\p{L}['’]s?\s+$/u.test(before) &&
      /^ed$/.test(w.slice(-2)) &&
      /^\s+[a-z]+/.test(masked.slice(m.index + w.length)) &&
      !/\b(?:it|that|what|there|he|she|who|here|where)['’]s\s+$/iu.test(before)
    )
      continue;
    if (
      (DETERMINER_BEFORE.test(before) &&
        !NAME_ENDS_BEFORE.test(before) &&
        !quantified &&
        !(PAST_SAYING.test(w) && adverbAfterSubject(before))) ||
      NOT_AFTER.test(before)
    )
      continue;
    // "We asked infectious disease experts …", "when I asked him how …": the writer asking is no claim.
    if ((w === 'asked' || w === 'asks') && /\b(?:we|I)\s+$/i.test(before)) continue;
    // "As I wrote at the time, …", "I wrote back, saying …", "We also boast an active community": outside
    // a quotation the first person is the article's writer (or its site), whose own words are no claim; the
    // second person is the reader or an audience addressed ("If you said something …", "you remind us that").
    if (/(?:^|[^\p{L}’'])(?:we|I|you)\s+(?:also\s+|then\s+|later\s+|once\s+|have\s+|had\s+)?$/iu.test(before))
      continue;
    const rest = masked.slice(m.index + w.length, m.index + w.length + 80);
    // "people report intensely spiritual experiences", "staff reported to their assignments": a
    // report of what one felt, or of showing up, says nothing.
    if (
      /^report(?:s|ed)?$/.test(w) &&
      /^\s+(?:(?:to\s+(?:their|his|her|its|work|duty)\b)|(?:(?:\S+\s+){0,3}(?:experiences?|symptoms?|side\s+effects|feelings?)\b))/.test(
        rest,
      )
    )
      continue;
    // "added wins at the awards", "added 200 jobs": a count of things, not words.
    if (
      w === 'added' &&
      /^\s+(?:\d|(?:two|three|four|five|several)\s|(?:\S+\s+)?(?:wins|points|goals|runs|jobs|seats|games|titles)\b)/.test(
        rest,
      )
    )
      continue;
    // "The stock added more than 2%", "Those gains add to a major gain", "NASA added smaller landers to the
    // contract": a rise, or a thing put with others, not words (no "that" nor a quotation after it).
    if (
      /^add(?:s|ed)?$/.test(w) &&
      (/^\s+(?:more than|less than|nearly|almost|about|over|roughly|another|some)\s+[$€£]?\d/.test(rest) ||
        /^\s+(?:\S+\s+){0,5}?to\s+(?:a|an|the|its|their|his|her)\s/.test(rest)) &&
      !/\bthat\b/.test(masked.slice(m.index + w.length)) &&
      !/[“"]|\s{3}/.test(masked)
    )
      continue;
    // "It's more complicated than McKinley suggests", "smaller than what McKinley said": the writer's
    // comparison with a claim made elsewhere, no claim of its own.
    if (/\bthan\s+(?:what\s+)?(?:[^\s,;]+\s+){1,3}$/i.test(before)) continue;
    // "Vindman reported to him": who one answers to, not words.
    if (/^report(?:s|ed)?$/.test(w) && /^\s+to\s+(?:him|her|them|me|us)\s*(?:[.,;]|$)/.test(rest)) continue;
    // "“…,” McDowell laughed." says; "Trump laughed." alone does not ("agreed that …", "agreed generally
    // that …" do).
    if (
      /^(?:laughed|smiled|sighed|chuckled|grinned|agreed)$/.test(w) &&
      !/[”"’]\s*,?\s*(?:\S+\s+){0,4}$/u.test(before) &&
      !/^\s*[:,]\s*["“]/.test(rest) &&
      !(w === 'agreed' && AGREED_THAT.test(rest))
    )
      continue;
    // "The bank did not admit nor deny any wrongdoing", "neither admitted nor denied": a settlement's
    // formula, no one's words.
    if (
      /^(?:admit|admits|admitted|deny|denies|denied)$/.test(w) &&
      /\b(?:neither|not|without)\s+(?:admit(?:s|ted|ting)?\s+(?:n?or|and)\s+den(?:y|ies|ied|ying)|den(?:y|ies|ied|ying)\s+(?:n?or|and)\s+admit(?:s|ted|ting)?)\b/.test(
        masked.slice(Math.max(0, m.index - 24), m.index + w.length + 30),
      )
    )
      continue;
    // "Scientists have confirmed the presence of water vapor", "confirmed traces of …": an observation
    // made, a finding ("confirmed that they have detected …" is said).
    if (
      /^confirm(?:s|ed)?$/.test(w) &&
      /^\s+(?:the\s+)?(?:presence|traces?|existence|detection|signs?)\s+of\b/.test(rest)
    )
      continue;
    // "before they ever get reported": a passive, no one's saying.
    if (/^report(?:ed)?$/.test(w) && /\b(?:get|gets|got|gotten|getting)\s+$/.test(before)) continue;
    // "Zhang claimed his own reward", "claimed the title", "The family claimed his body": taken, not said.
    if (
      /^claim(?:s|ed)?$/.test(w) &&
      /^\s+(?:(?:the|a|an|his|her|their|its|own|[\p{L}.-]+['’]s?)\s+){0,2}(?:rewards?|prizes?|body|bodies|remains|seats?|crown|medals?|title|trophy|jackpot|throne|spoils)\b/u.test(
        rest,
      )
    )
      continue;
    // "The system, dubbed a “search and replace” tool, …": a name given in the passive, by no one.
    if (/^dub(?:bed|s)$/.test(w) && /,\s*$/.test(before) && /^\s+(?:(?:a|an|the)\s+)?["“]/.test(rest))
      continue;
    // "Biden has maintained a significant polling lead": kept, not said.
    // ("his lawyers maintain that …" says; "to maintain that balance" is no finite verb.)
    if (
      /^maintain(?:s|ed)?$/.test(w) &&
      (!MAINTAINED_SAYS.test(rest) || (w !== 'maintained' && /\bto\s+$/.test(before)))
    )
      continue;
    // "She wrote hundreds of songs that summer", "wrote the script": a work made, not words said.
    // "He wrote handbooks for the game", "wrote an op-ed for the Post." (nothing of what it said), "Ford
    // wrote, and wrote": a work made, or the writing itself; with "that", a colon, a quotation or a
    // participle of saying after it, the writing says.
    if (
      /^(?:wrote|writes|write)$/.test(w) &&
      (/^\s+(?:(?:a|an|the|his|her|their|its|hundreds\s+of|dozens\s+of|\d+|several|many|some|two|three|new|first)\s+)*(?:[\p{L}-]+\s+)?(?:songs?|novels?|music|scripts?|screenplays?|poems?|poetry|lyrics|code|albums?|memoirs?|plays?|episodes?|symphon(?:y|ies))\b(?!\s+saying\b)/u.test(
        rest,
      ) ||
        ((/^\s+(?:(?:a|an|the|his|her|their|its|\d+|several|many|some|two|three|new|first)\s+)*(?:[\p{L}-]+\s+)?(?:books?|handbooks?|op-eds?|essays?|columns?|novellas?|stories|biograph(?:y|ies)|textbooks?|guides?|manuals?|sequels?)\b/u.test(
          rest,
        ) ||
          // "wrote more than 70 books", "wrote the first of his many, many books", "wrote a second, more
          // detailed book", "wrote freelance articles for the website", "wrote the specific programs":
          // the work counted or described at more length, or a work of another kind; a preposition
          // before the noun ("wrote about the book", "wrote in her column") is not the work's object.
          WORK_WRITTEN.test(rest) ||
          /^\s*,\s+and\s+(?:wrote|writes)\b/.test(rest) ||
          // "He wrote up a company profile": a paper drafted.
          /^\s+up\b/.test(rest)) &&
          !/\bthat\b|[:“"]|\s{3}|\b(?:saying|arguing|calling|urging|claiming|warning|describing|explaining|insisting)\b/.test(
            masked.slice(m.index + w.length),
          )))
    )
      continue;
    // "The F.B.I., which responded, deployed …", "responded to the remarks by pledging …": arriving, or
    // answering in deeds.
    if (
      /^respond(?:s|ed)?$/.test(w) &&
      ((/^\s*[,.]/.test(rest) && /\b(?:which|who)\s+$/.test(before)) ||
        /^\s+(?:\S+\s+){0,8}?by\s+\w+ing\b/.test(rest))
    )
      continue;
    // "Trump’s tweet could be …": after a possessive it is the noun.
    // ("Trump's vow to abandon …", "her claim that …" carry what was said: a claim by a noun clause.)
    if (NOUNISH.has(w) && /\p{L}['’]s?\s+$/u.test(before) && !/^\s+(?:to|that)\b/.test(rest)) continue;
    // "the United States": no verb; "United said" (the airline) is one.
    if (w === 'states' && /\bUnited\s+$/.test(before)) continue;
    const prevWord = (/(\S+)\s+$/.exec(before)?.[1] ?? '').replace(/[^\p{L}]/gu, '');
    // ("Americans say", "44 percent of Britons say": a plural people's name is the subject of "say".)
    if (
      NOUNISH.has(w) &&
      !(w === 'say' && /^\p{Lu}\p{Ll}+s$/u.test(prevWord)) &&
      tagsOf(prevWord).some((t) => t === 'Demonym' || t === 'Adjective')
    )
      continue;
    if (NOUNISH.has(w) && !tag && NAMED_NOUN_BEFORE.test(before)) continue;
    // "Tuesday’s report was …", "yesterday’s statement": after a day's possessive it is the noun.
    if (
      NOUNISH.has(w) &&
      /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)['’]s\s+$/iu.test(before)
    )
      continue;
    // "with a second storey added", "with two rooms added in 1990": a participle after "with" and its noun
    // is what was done ("with X adding …" says).
    if (
      /^added$/.test(w) &&
      /\bwith\s+(?:(?:a|an|the|two|three|its|their|\d+)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu.test(before) &&
      !/[,;:“"]/u.test(/\bwith\s+[^]*$/iu.exec(before)?.[0] ?? '') &&
      !/^\s+that\b|^\s*[:,]\s*[“"]/u.test(rest)
    )
      continue;
    // "Out of the city's 147,899 reported crimes": a participle between a count and its plural noun is the
    // noun's adjective, no verb.
    if (
      /ed$/.test(w) &&
      /(?:^|\s)\d[\d,.]*\s+$/u.test(before) &&
      /^\s+\p{Ll}{3,}s\b(?!\s+that\b)/u.test(rest)
    )
      continue;
    // "Eventually recalled by the Reich": a participle with its agent is passive, no one's saying.
    if (/ed$/.test(w) && /^\s+by\b/.test(masked.slice(m.index + w.length))) continue;
    // "Adams was indicted … and accused of bribery": a second passive participle charges, no one says.
    if (
      /^(?:accused|charged)$/.test(w) &&
      /^\s+of\b/.test(masked.slice(m.index + w.length)) &&
      /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?\w+ed\b[^.;]*\band\s+$/.test(masked.slice(0, m.index))
    )
      continue;
    // "a segment called “Final Verdict”" names; "McCarthy called the play “ridiculous”" says.
    // "Gun Owners of America, a gun rights group, called …": an appositive's comma closes the subject.
    if (
      (w === 'called' || w === 'calls') &&
      // "Obama at the time called …", "Ruiz on Tuesday called …": a time between subject and verb.
      !SUBJECT_END.test(
        before
          .replace(/,\s*$/, ' ')
          .replace(/(?<=\S)\s+(?:at the time|on \w+day|last \w+|then|later|earlier)\s+$/iu, ' '),
      ) &&
      // "The Authority - which owns the quay - called for …": an aside's closing dash ends the subject.
      !/\s[-—–]\s*$/u.test(before) &&
      // "which the mayor called a disgrace": an object relative clause's own subject.
      !objectRelativeBefore(before) &&
      !(/,\s*$/.test(before) && SPEAKER_NOUNS.has(lower(/(\S+),\s*$/.exec(before)?.[1] ?? ''))) &&
      !speakingSubject(before, masked.slice(0, m.index), w)
    )
      continue;
    // "…, say officials.", "…, say experts at the bank.": a plural speaker after the comma, closing the unit.
    const invertedSay =
      w === 'say' &&
      /,\s*$/.test(before) &&
      /^\s+(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+\s*[.!]?\s*$/u.test(rest);
    // "Executives across the world say they have no choice", "many in the community note that …": the
    // plural verb with a clause after it says, whatever noun ends its subject.
    const sayClause =
      (w === 'say' || w === 'note') &&
      /^\s+(?:that\b|(?:he|she|they|it|we|there)\s+\w+)/.test(rest) &&
      /\p{Ll}{3,}\s+$/u.test(before) &&
      !/\b(?:to|not|will|would|could|might|must|should|can|may|did|does|do|I|you|we|they|a|an|the|his|her|their|its|my|our|your)\s+$/i.test(
        before,
      );
    // "Analysts, however, say …": a linking word between commas before the verb, the subject before it.
    const linkedBefore = before.replace(LINKING_ASIDE_AT_END, ' ');
    if (
      NOUNISH.has(w) &&
      !invertedSay &&
      !sayClause &&
      !tag &&
      ((!SUBJECT_END.test(linkedBefore) && !speakingSubject(before, masked.slice(0, m.index), w)) ||
        /^\s*(?:by|of|from|about|on)\b/.test(masked.slice(m.index + w.length)))
    )
      continue;
    if (frames.some((f) => m.index >= f.at && m.index < f.end)) continue;
    const after = masked.slice(m.index + w.length).trimStart();
    // "ruled on Friday that …", "called last week for …": the object's pattern is read after the time.
    const afterTime = after.replace(TIME_AFTER_VERB, '');
    // "Texas state health department data", "state media": "state" says only with what it states.
    if (/^states?$/.test(w) && !tag && !/^(?:that|the|a|an|his|her|its|their|in|on|,|$)/.test(after))
      continue;
    // "which he described as “…”", "what police called a riot": the relative word is the verb's object, so
    // the object's pattern is read with an object put back in its place ("described them as “…”").
    if (
      !isVerb &&
      withObject &&
      !withObject.test(after) &&
      !(afterTime !== after && withObject.test(afterTime)) &&
      !(objectRelativeBefore(before) && withObject.test(`them ${after}`))
    )
      continue;
    // "said" after "who" belongs to a relative clause: the speaker is what the clause hangs on.
    // Case matters: "The WHO says" is the World Health Organization.
    // "which he said would …" has a subject of its own.
    // "which the developer says": a subject of its own after a determiner.
    // "smaller than what the harbour master said, but …": "what" with nothing said after its verb names the
    // words only, says nothing ("what Israel says was an assault" says).
    if (
      /\bwhat\s+(?:\S+\s+){1,5}$/.test(before) &&
      objectRelativeBefore(before) &&
      /^(?:[,.;:!?]|$)/.test(after)
    )
      continue;
    const kind = RELATIVE_BEFORE.test(before) && !objectRelativeBefore(before) ? 'relative' : 'active';
    frames.push({ at: m.index, end: m.index + w.length, verb: w, kind, withObject: !isVerb });
  }
  // "“…,” Bush bragged.", "“…,” the exec went on.", "“…,” Morales assured his partner.": a unit that opens on
  // a quotation of some length and closes on its subject and a verb with no frame of its own is the tag
  // that says it, whatever the verb.
  if (frames.length === 0) {
    const tag = quoteTag(masked) ?? colonIntro(masked);
    if (tag) frames.push(tag);
  }
  // A possessive noun of saying is the sentence's frame only when it has no other ("Though YouTube is
  // complying with the Church's requests to …, other sites have stated …" is the other sites' claim).
  const framed = frames.some((f) => f.kind !== 'possessive')
    ? frames.filter((f) => f.kind !== 'possessive')
    : frames;
  return framed.sort((a, b) => a.at - b.at);
}

/**
 * The tag after a quotation that opens the unit: its subject (a pronoun, a name of up to four capitalised
 * words, or a noun phrase of up to six words after a determiner), then a verb in the past or in "-s", then
 * at most ten words and the unit's end.
 */
const QUOTE_TAG = new RegExp(
  '^\\s*\\(?\\s*[“"]\\s{24,}[”"]\\s*,?\\s+' +
    "((?:he|she|they|we|I)|(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*|" +
    "(?:the|a|an|one|another|his|her|their|its)\\s+(?:[\\p{L}\\p{M}.'’-]+\\s+){0,5}?[\\p{L}\\p{M}'’-]+)" +
    `\\s+([a-z]{2,}(?:ed|s)|${[...QUOTE_TAG_IRREGULAR].join('|')})\\b` +
    '((?:\\s+[^\\s“”"]+){0,10})\\s*[.!]?\\s*\\)?\\s*$',
  'u',
);

function quoteTag(masked: string): Frame | undefined {
  const m = QUOTE_TAG.exec(masked);
  const subject = m?.[1];
  const verb = m?.[2];
  if (!m || !subject || !verb || NOT_QUOTE_TAG.has(verb)) return undefined;
  // ("“…,” a detail that dovetails with …": a relative clause's verb, the quotation's own noun.)
  if (/\b(?:that|which|who|whose)\b/.test(subject)) return undefined;
  // "“…,” the company's shares fell": an "-s" word after a plural (or a possessive) is a noun, not the verb.
  if (
    /[^s]s$/.test(verb) &&
    /^(?:the|a|an|one|another|his|her|their|its)\s/.test(subject) &&
    /(?:s|['’])$|['’]s$/u.test(subject)
  )
    return undefined;
  const at = m.index + m[0].indexOf(`${subject} ${verb}`, m[0].search(/[”"]/u)) + subject.length + 1;
  if (masked.slice(at, at + verb.length) !== verb) return undefined;
  return { at, end: at + verb.length, verb, kind: 'active' };
}

/**
 * A quotation announced by a colon that closes the unit, after a clause whose subject is a person named or
 * a pronoun: "Alito cut her off: “…”", "Jerry picks up the story: “…”", "He then notes: “…”", "Another
 * respondent highlighted the risks: “…”". The clause's verb, whatever it is, frames the quotation.
 */
const COLON_INTRO = new RegExp(
  "^\\s*(?:(?:Here|Then|Later|Now|Again|Still|Finally),\\s+)?((?:he|she|they|we|I|He|She|They|We)|(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*|(?:One|Another)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)" +
    '\\s+(?:(?:then|also|later|now|only|once|simply|\\p{Ll}+ly)\\s+)?(?:(?:has|had|have)\\s+(?:(?:only|also|since|long)\\s+)?)?' +
    `([a-z]{2,}(?:ed|s)|${[...QUOTE_TAG_IRREGULAR].join('|')}|set|cut)\\b` +
    '[^:;“”"]{0,160}:\\s*[“"]\\s{24,}[”"]?\\s*[.!?]?\\s*$',
  'u',
);

function colonIntro(masked: string): Frame | undefined {
  const m = COLON_INTRO.exec(masked);
  const subject = m?.[1];
  const verb = m?.[2];
  if (!m || !subject || !verb || NOT_QUOTE_TAG.has(verb)) return undefined;
  // ("One reason may be …", "That process led to …": the subject must be able to speak; a name or a pronoun.)
  if (/^(?:The|This|That|These|Those|It|There|Here)$/u.test(subject.split(/\s+/)[0] ?? '')) return undefined;
  const at = masked.indexOf(` ${verb}`, subject.length) + 1;
  if (at <= 0 || masked.slice(at, at + verb.length) !== verb) return undefined;
  return { at, end: at + verb.length, verb, kind: 'active' };
}

/** A quotation closed just before a verb, its subject at most four words between: "“…?” the man asks". */
const QUOTE_CLOSED_BEFORE = /(?:[”"]|[,.?!]’)\s*,?\s*(?:[\p{L}\p{M}.'’-]+\s+){0,4}$/u;

/** The comma in "Washington, D.C.": the district is no part of its own. */
const US_STATE_AFTER_PLACE = /(?<=\p{Lu}[\p{L}.'’-]*),(?=\s+D\.C\.(?=[\s,]|$))/gu;

/** Comma-separated parts of a phrase, empty ones dropped. */
const parts = (s: string) =>
  placesWhole(
    // "in Washington, D.C., who …": one place (the pattern runs only where the district is named).
    (s.includes('D.C.') ? s.replace(US_STATE_AFTER_PLACE, '\u0000') : s)
      .split(/,|\s[—–]\s|\s--?\s/)
      .map((p) => p.replaceAll('\u0000', ',').trim())
      .filter(Boolean),
  );

/**
 * "Eddie Foreman, 40, of Opelika, Alabama, who …": a state or country after a place given with "of",
 * "from" or "in" is part of that place, no part (nor name) of its own. So it is after a segment that ends
 * on a town given with "in", "near", "to" or "from" ("The Typhoon Centre in Pearl Harbor, Hawaii, said",
 * "… en route to Vilseck, Germany, a spokesman told").
 */
function placesWhole(list: string[]): string[] {
  for (let i = list.length - 1; i > 0; i--) {
    const p = list[i] as string;
    if (
      /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u.test(p) &&
      (/^(?:of|from|in)\s+\p{Lu}/u.test(list[i - 1] as string) ||
        /\s(?:in|near|to|from)\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(
          list[i - 1] as string,
        )) &&
      isPlaceName(p)
    )
      list.splice(i - 1, 2, `${list[i - 1] as string}, ${p}`);
  }
  return list;
}

/**
 * "senior vice president at Boeing Defense, Space, and Security", "an analyst at the Council on Energy,
 * Environment and Water think tank": a body's name listing its fields with commas, after the "at", "of",
 * "for" or "on" of a role, is one part again (capitalised words, "and", at most two small words after).
 */
const NAME_LIST_PART =
  /^(?:(?:and|&)\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}.'’&-]*))*(?:\s+\p{Ll}+){0,2}$/u;
const ROLE_AT_NAME_END =
  /\s(?:at|of|for|on)\s+(?:the\s+)?(?:[\p{L}\p{M}.'’&-]+\s+){0,6}\p{Lu}[\p{L}.'’&-]*$/u;
function joinNameLists(ps: string[]): string[] {
  if (ps.length < 3) return ps;
  const out: string[] = [];
  for (const p of ps) {
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      out.length >= 2 &&
      NAME_LIST_PART.test(p) &&
      ROLE_AT_NAME_END.test(prev.replaceAll(',', '')) &&
      !/^(?:and|&)\s/.test(prev.split(/,\s*/).at(-1) ?? '')
    )
      out[out.length - 1] = `${prev}, ${p}`;
    else out.push(p);
  }
  return out;
}

/** The subject before a verb: the last part, with an appositive, an age or a relative clause reaching back to the name. */
/** Set by {@link subjectBefore}: the subject reached back over an appositive, an age or a relative clause. */
let reachedBack = false;

const MONTH_NAME = new RegExp(`^(?:${FULL_MONTH_NAMES})$`);
/** "Tim Clark in October revealed …": a month between a subject and its verb. */
const IN_MONTH_AT_END = new RegExp(`\\s+in\\s+(?:(?:${FULL_MONTH_NAMES})(?:\\s+\\d{4})?|\\d{4})\\s*$`, 'u');
/** "a report … in April", "in 2019", "last month": when a paper came out, at the end of its issuer's name. */
const ISSUED_WHEN = new RegExp(
  `\\s+(?:in\\s+(?:(?:${FULL_MONTH_NAMES})(?:\\s+\\d{4})?|\\d{4})|(?:last|this|earlier\\s+this)\\s+(?:week|month|year)|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$`,
  'u',
);
/** "announced by MOTIE in March", "by president Moon a year ago": a time after an agent, and what follows. */
const TIME_AFTER_AGENT = new RegExp(
  `\\s+(?:in\\s+(?:${FULL_MONTH_NAMES}|\\d{4})|on\\s+\\p{Lu}\\p{Ll}+day|(?:a|one|two|three|several)\\s+(?:year|month|week|day)s?\\s+ago|last\\s+(?:year|month|week)|earlier\\s+this\\s+(?:year|month|week))\\b.*$`,
  'u',
);

/** An opening adverbial, then a name and a verb in lower case: "Unlike his rivals Ana Roe stayed …". */
const FRONTED_THEN_NAME = unicodeWords(
  /^\p{Lu}\p{Ll}+\s+(?:[\p{Ll}\p{N}'’-]+\s+)+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?=\s+\p{Ll})/u,
);
/** The capitalised words a phrase ends on ("… about the plan Mr Roe"). */
const NAME_AT_END = unicodeWords(/\s((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)$/u);

/** A short quotation, masked, with its marks: a title or a term (`"Shark Tank,"`). */
const SHORT_QUOTATION = /["“«„]\s{3,40}["”»]?/gu;

/**
 * The subject with a short quotation inside its appositive taken out: "Ann Roe, a host on ABC's "Shark
 * Tank," wrote …", "Ann Roe, one of the so-called "Iron Ladies" elected in 1997, told …". The quotation
 * names a show or a term within the description of the person; nothing of the subject follows it but
 * punctuation or a clause of no role (a participle's), so reading the subject only after it would find no
 * one. The description keeps its words around the quotation.
 */
function withoutQuotedTitle(text: string): string {
  const quoted = [...text.matchAll(SHORT_QUOTATION)].at(-1);
  if (!quoted) return text;
  const before = text.slice(0, quoted.index);
  const after = text.slice(quoted.index + quoted[0].length);
  // Inside an appositive: a name and a comma before it, and the mark touches the words of the description.
  if (!/\p{Lu}[\p{L}\p{M}.'’-]*,\s/u.test(before) || !/[\p{L}\p{N}'’-]\s$/u.test(before)) return text;
  const rest = after.split(',').filter((p) => /\p{L}/u.test(p));
  if (rest.length > 0 && !rest.every((p) => segmentKind(p) === 'aside')) return text;
  return `${before.trimEnd()} ${after.trimStart()}`;
}

function subjectBefore(masked: string, at: number): string[] {
  reachedBack = false;
  // "Union representatives have long warned": "long" after the auxiliary is an adverb (lower case only:
  // "Billy Long said" keeps the name).
  let text = masked.slice(0, at);
  if (text.trimEnd().endsWith(' long')) text = text.replace(/(?<=\s(?:has|have|had))\s+long(?=\s+$)/, ' ');
  // "Tim Clark in October revealed …": a month between the subject and its verb is no part of the name.
  // ("Acme in 2017 announced …": a year too.)
  if (/\bin\s+(?:\p{Lu}\p{Ll}+|\d{4})\s*$/u.test(text)) text = text.replace(IN_MONTH_AT_END, ' ');
  // "Mr. Trump has since said": "since" after the auxiliary is an adverb.
  if (text.endsWith('since ')) text = text.replace(/(?<=\s(?:has|have|had))\s+since\s+$/, ' ');
  // "Zelenskyy called for guarantees … and said …", "Trump, who …, has demanded … and accused …": a
  // second verb of the same subject; the subject is the one the sentence (or clause) opened on.
  // "… pleaded not guilty and has insisted …": an auxiliary may stand between "and" and the verb.
  if (/\b(?:and|but)\s+(?:(?:also|then|later|has|have|had|\w+ly)\s+)*$/i.test(text)) {
    const clause = text.slice(Math.max(text.lastIndexOf(';'), text.lastIndexOf(':')) + 1);
    const clauseParts = parts(
      clause.replace(/^[\s“"”]+/u, '').replace(/^(?:But|And|However|Meanwhile|Still|Separately),?\s+/u, ''),
    );
    // "The mayor of Surabaya, Tri Rismaharini, comforted relatives and urged …": the noun phrases
    // that open the clause, up to the part with the first verb.
    const nounPhrase = (p: string) =>
      p
        .split(/\s+/)
        .every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || isRoleWord(w) || /^(?:the|a|an|of|for|at|and)$/i.test(w));
    // "On Thursday, Swift took to social media and accused …": an opening time is no subject.
    while (
      clauseParts.length > 1 &&
      /^\p{Lu}/u.test(clauseParts[1] ?? '') &&
      /^(?:(?:on|late|early|last|this|earlier|later|in|by)\s+)?(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+\s+\d{1,2}|week|month|year|night|morning|afternoon|evening|\d{4})$/iu.test(
        clauseParts[0] ?? '',
      )
    )
      clauseParts.shift();
    // "Shortly before 1 a.m., Roe walked out and told …", "Unlike his rivals Roe stayed and said …": an
    // opening adverbial (a preposition, an adverb in -ly, a participle) is no subject; the name after it is.
    // ("After that, Vell wrote, and wrote": a two-word linking phrase is no adverbial of a claim's.)
    if (
      clauseParts.length > 1 &&
      frontedOpener(clauseParts[0] ?? '') &&
      (clauseParts[0] ?? '').trim().split(/\s+/).length >= 3 &&
      /^\p{Lu}/u.test(clauseParts[1] ?? '')
    )
      clauseParts.shift();
    else if (frontedOpener(clauseParts[0] ?? '')) {
      const inner = FRONTED_THEN_NAME.exec(clauseParts[0] ?? '');
      if (inner?.[1]) return [inner[1]];
    }
    const opened: string[] = [];
    for (const p of clauseParts) {
      if (!nounPhrase(p)) break;
      opened.push(p);
    }
    if (opened.length > 0 && opened.length < clauseParts.length) return opened;
    const first = clauseParts[0] ?? '';
    const opening =
      /^((?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,5}?[\p{Lu}][\p{L}\p{M}.'’-]*)(?=\s+[a-z]|$)/u.exec(
        first,
      );
    if (opening?.[1]) {
      // "Local councillor Ana Roe branded … and said": a lower-case role word between capitalised words
      // goes on to the name after it.
      const rest = first.slice(opening[1].length);
      const more =
        /^\s+((?:[\p{Ll}-]+\s+){1,2}?)((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}.'’-]*)(?=\s+[a-z]|$)/u.exec(
          rest,
        );
      if (
        more?.[1] &&
        more[2] &&
        more[1]
          .trim()
          .split(/\s+/)
          .every((w) => isRoleWord(w))
      )
        return [`${opening[1]} ${more[1].trim()} ${more[2]}`];
      return [opening[1]];
    }
  }
  // Cut at the last sentence-internal boundary the subject cannot cross.
  const cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
  if (cut >= 0) text = text.slice(cut + 1);
  // Quoted stretches are masked as runs of spaces: a subject never reaches across one.
  text = withoutQuotedTitle(text);
  const gap = text.lastIndexOf('   ');
  if (gap >= 0) text = text.slice(gap + 3);
  const ps = joinNameLists(parts(text.replace(/[“”"«»]/g, ' ')));
  // "Israel, which controls tax receipts, has pledged": the auxiliary alone is no part of the subject.
  // ("Kelly said", "Beverly wrote": a name in "-ly" the lexicon knows is the subject, no adverb.)
  while (
    ps.length > 0 &&
    /^(?:(?:has|have|had|also|then|later|previously|again|once|now|still|would|will|did|\w+ly)\s*)+$/i.test(
      ps.at(-1) ?? '',
    ) &&
    !(/^\p{Lu}\p{Ll}+ly$/u.test((ps.at(-1) ?? '').trim()) && !isLoneAdverb(ps.at(-1) ?? ''))
  )
    ps.pop();
  // "Zelenskyy, whom Trump described as …", "the system, which he said …": the clause's own subject.
  // "the cost, which the Treasury describes as …", "the tower, which the developer says": an object
  // relative clause whose subject is its determiner and noun.
  // "over what it called chronic bias", "the tariff hit what Beijing says were …": "what" opens such a clause
  // too, with no comma before it.
  const last = (ps.at(-1) ?? '').replace(/^.*\s(?=what\s)/su, '');
  const own =
    /^(?:whom|which|what)\s+((?:he|she|they|it|we|I|\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u.exec(
      last,
    ) ??
    // ("which analysts said could fetch …", "what critics call …": a speaking noun alone.)
    ((m) => (m?.[1] && SPEAKER_NOUNS.has(m[1]) ? m : null))(
      /^(?:whom|which|what)\s+(\p{Ll}+)$/u.exec(last),
    ) ??
    // ("which the company's billionaire founder Jeff Bezos announced", "a budget that the agency says …")
    /^(?:whom|which|that|what)\s+((?:the|a|an|its|their)\s+(?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+)$/u.exec(
      last,
    ) ??
    // ("which Amazon founder Jeff Bezos said": a title with its role words, then the name.)
    /^(?:whom|which|that)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:[\p{Ll}-]+\s+){1,2}\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})$/u.exec(
      last,
    );
  if (own?.[1]) return [own[1]];
  const picked: string[] = [];
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i] as string;
    const kind = segmentKind(p);
    picked.unshift(p);
    if (kind === 'relative' || kind === 'age' || kind === 'aside') {
      reachedBack = true;
      continue;
    }
    const prev = ps[i - 1];
    // "Dmitry Peskov, the Kremlin spokesman, said": an appositive after a name reaches back to it.
    // "The AFGE, the union representing federal employees, said": a body and what it is (not
    // "Moscow — The Kremlin on Sunday", two names).
    const describesBody = isBodyPhrase(prev ?? '') && /^(?:the|a|an)\s+[^\p{Lu}]+$/u.test(p.trim());
    // "Stafford, a member of the Apollo 10 crew, responded": one capitalised word (a surname or a name the
    // lexicon reads as a place) before an appositive opening on a determiner (not "Yesterday, a spokesman").
    const oneWord =
      prev !== undefined &&
      /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(prev.trim()) &&
      /^(?:a|an|the)\s/i.test(p.trim()) &&
      !/^(?:yesterday|today|tonight|tomorrow|meanwhile|however|still|earlier|later|instead|separately|also|overall|afterwards|afterward|then|now|here|there|first|finally|again|thus|so|and|but|similarly|likewise|elsewhere|initially|ultimately|previously|recently|currently|eventually|nationally|locally|globally|separately)$/i.test(
        prev.trim(),
      ) &&
      !DISCOURSE.has(prev.trim().toLowerCase()) &&
      !FILLER.has(prev.trim().toLowerCase()) &&
      !/ly$/.test(prev.trim()) &&
      !/day$/.test(prev.trim()) &&
      !MONTH_NAME.test(prev.trim());
    if (prev !== undefined && isAppositive(p) && (isNamePhrase(prev) || describesBody || oneWord)) {
      picked.unshift(prev);
      reachedBack = true;
    }
    // "Jeff Example, president of Chapter & Verse, a Spokane bookstore, said": two appositives, the
    // second describing the first's body, reach back to the name before both.
    else if (
      prev !== undefined &&
      i >= 2 &&
      isAppositive(p) &&
      isAppositive(prev) &&
      !/^(?:the|a|an)\s/i.test(prev.trim()) &&
      isNamePhrase(ps[i - 2] as string) &&
      /\s/.test((ps[i - 2] as string).trim())
    ) {
      picked.unshift(ps[i - 2] as string, prev);
      reachedBack = true;
    }
    // "Prince Andrew, the younger brother of heir to the British throne, Charles, has told": a name after
    // an appositive whose "of"/"to" phrase it ends is that phrase's, and the name before both speaks.
    else if (
      prev !== undefined &&
      i >= 2 &&
      endsWithName(p) &&
      p.trim().split(/\s+/).length === 1 &&
      isAppositive(prev) &&
      /\b(?:of|to)\s+(?:the\s+)?[\p{L}\s'’-]+$/u.test(prev.trim()) &&
      isNamePhrase(ps[i - 2] as string) &&
      /\s/.test((ps[i - 2] as string).trim())
    ) {
      picked.splice(0, picked.length, ps[i - 2] as string, `${prev.trim()}, ${p.trim()}`);
      reachedBack = true;
    }
    // "her mother, Fiona, said", "The party's co-founder, U Example, said": a name after its role.
    else if (
      prev !== undefined &&
      endsWithName(p) &&
      p.split(/\s+/).length <= 4 &&
      (isAppositive(prev) || /^(?:his|her|their|its)\s+\S+$/i.test(prev.trim()))
    ) {
      picked.unshift(prev);
      reachedBack = true;
    }
    break;
  }
  // A leading clause with its own verb ("the boyfriend waited outside while …") is no subject.
  const out = picked.filter((p) => segmentKind(p) !== 'relative');
  // "In January the IMF forecast …", "Last year the union demanded …": an opening time with no comma
  // after it is no part of the subject.
  if (out.length > 0) out[0] = (out[0] as string).replace(OPENING_TIME, '');
  // "Asked on Monday about the plan Mr Roe told …": after an opening adverbial, the name right before the verb.
  // (Only past a preposition or determiner of the adverbial's own: "Retired Gen. Ana Roe", "As coauthor Ana
  // Roe" keep their titles.)
  if (out.length === 1 && frontedOpener(out[0] as string)) {
    // ("In its statement Valve also said": an adverb between the name and the verb.)
    const opener = (out[0] as string).replace(
      /\s+(?:also|still|then|later|now|again|already|previously|once)$/u,
      '',
    );
    const name = NAME_AT_END.exec(opener);
    const between = name ? opener.slice(0, name.index).split(/\s+/).slice(1) : [];
    if (
      name?.[1] &&
      between.some(
        (w) => /^\p{Ll}/u.test(w) && tagsOf(w).some((t) => t === 'Preposition' || t === 'Determiner'),
      )
    )
      out[0] = name[1];
  }
  // "Speaking through an interpreter he added": the pronoun is the subject.
  const pronoun = /\b(he|she|they|it)$/i.exec(out.at(-1) ?? '');
  if (pronoun?.[1] && out.length > 0) return [pronoun[1]];
  // Words of an earlier clause ahead of the subject: keep from the last "that", "and", "but" on.
  if (out.length > 0) {
    const first = out[0] as string;
    const clauseWord =
      /^(?:.*\b(?:that|and|but|while|as|because|so|when|after|before|although|though|whether)\s+)(.+)$/i;
    let m = clauseWord.exec(first);
    // "Dr. Ana Roe of the Department of Health and Human Services": an "and" inside a body's name (its
    // capitalised words joined by "of"/"for" before it, capitalised words after) is no clause's; an
    // earlier "that", "and" … still is.
    while (
      m?.[1] !== undefined &&
      /\band\s+$/i.test(first.slice(0, first.length - m[1].length)) &&
      /^\p{Lu}/u.test(m[1]) &&
      /\p{Lu}[\p{L}.'’-]*\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)+and\s+$/u.test(
        first.slice(0, first.length - m[1].length),
      )
    ) {
      const rest = m[1];
      const before = first.slice(0, first.length - rest.length).replace(/\s*\band\s+$/i, '');
      const earlier = clauseWord.exec(before);
      m =
        earlier?.[1] !== undefined
          ? ([earlier[0], `${earlier[1]} and ${rest}`] as unknown as RegExpExecArray)
          : null;
    }
    // "The United States and Ukraine said": both speak, when what comes before "and" is a name too.
    const coordinated =
      m?.[1] !== undefined &&
      /\band\s+$/.test(first.slice(0, first.length - m[1].length)) &&
      /^(?:[Bb]oth\s+)?(?:(?:[Tt]he|a|an)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)+and\s+$/u.test(
        first.slice(0, first.length - m[1].length),
      );
    if (
      m &&
      m[1] &&
      !coordinated &&
      (/^(?:\p{Lu}|the |a |an |he |she |they |it )/u.test(m[1]) ||
        // "Oil fell after sources told Reuters": a plural speaker noun opens the clause's subject too.
        // ("This came after police said …": a plural noun with no "s" too.)
        (/^\p{Ll}+$/u.test(m[1].split(' ')[0] ?? '') && SPEAKER_NOUNS.has(m[1].split(' ')[0] as string)))
    )
      out[0] = m[1];
  }
  return out;
}

/** The subject after a verb ("…,” said X, a role."): up to the end, a participle clause or a quotation. */
function subjectAfter(masked: string, end: number, passive = false): string[] {
  let text = masked.slice(end);
  // After "by" in a passive, the agent ends where the clause goes on ("advised by X to postpone").
  if (passive) {
    const clause = text.search(/\s(?:to|that|after|before|when|while|because|until|for|as)\s/);
    if (clause >= 0) text = text.slice(0, clause);
  }
  const stop = text.search(PHRASE_STOP);
  if (stop >= 0) text = text.slice(0, stop);
  // "said Leigh Sears who is the concessions manager": a relative clause right after the name, no comma
  // before it (a role in apposition keeps its own: "a professor at Purdue whose research …").
  const relative = /(?<=\p{Lu}[\p{L}\p{M}.'’-]*)\s+(?:who|whose)\s/u.exec(text);
  if (relative && !text.slice(0, relative.index).includes(',')) text = text.slice(0, relative.index);
  return parts(text.replace(/[“”"«»]/g, ' ')).filter((p) => segmentKind(p) !== 'relative');
}

/**
 * The object of "told": who was told, up to "that", a comma or the claim, or a clause, place or time after
 * it ("told local television after welcoming …", "told the state broadcaster Thursday that …").
 */
function toldObject(masked: string, end: number): string {
  const text = masked.slice(end).trimStart();
  const m =
    /^((?:the |a |an |local |CNN |state )?(?:affiliate\s+)?[^,;:.]*?)(?=\s+(?:that|on|in|at|this|last|late|earlier|about|the|a|an|he|she|they|it|its|his|her|their|there|in an|after|before|while|when|during|following|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b|[,;:.]|\s{3}|$)/.exec(
      text,
    );
  return (m?.[1] ?? '').trim();
}

/** "…, citing two US officials, that …": who an outlet's report rests on. */
function cited(masked: string, from: number): string | undefined {
  const m = /\bciting\s+([^,;.]+?)(?=\s+that\b|[,;.]|\s{3}|$)/i.exec(masked.slice(from));
  return m?.[1]?.trim();
}

export interface FrameContext {
  outlets: Outlets;
  /** The unit as written (the masked text hides quoted programme titles: “Face the Nation”). */
  text?: string;
  /**
   * The article gives its report an author ("The report's authors say", "She wrote individual reports"):
   * "the report said" is then theirs as before, not a paper relaying words with no issuer.
   */
  reportAuthored?: boolean;
}

/** An article that names who wrote the report it quotes. */
export const AUTHORED_REPORT =
  /\breports?['’]s?\s+(?:authors?|writers?)\b|\b(?:wrote|authored|drafted)\s+(?:\S+\s+){0,3}reports?\b/iu;

/** "told CNN’s “State of the Union”", "said on CBS News' “Face the Nation”": the outlet's programme. */
function programmeRelay(masked: string, from: number, ctx: FrameContext): string | undefined {
  const m = /^\s*(?:on\s+)?((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?)\s*[“"]/u.exec(
    masked.slice(from),
  );
  if (!m?.[1] || ctx.text === undefined) return undefined;
  if (!ctx.outlets.of(m[1].replace(/['’]s?$/u, ''))?.name) return undefined;
  const open = from + m[0].length;
  const close = ctx.text.slice(open).search(/[”"]/);
  if (close <= 0 || close > 80) return undefined;
  const title = ctx.text
    .slice(open, open + close)
    .replace(/[\s,.;:]+$/u, '')
    .trim();
  return title ? `${m[1]} ${title}` : undefined;
}

/**
 * "told BBC Two's Newsnight", "told Radio 4's Today programme", "told the BBC's Focus on Africa programme":
 * a broadcaster's programme, named in capitals after the broadcaster's possessive (small words of a title
 * between: "World at One"), then perhaps "programme" or "show".
 */
const PROGRAMME_TOLD =
  /^\s*(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}(?:\p{Lu}[\p{L}\p{N}.&-]*|\d{1,2}))(['’]s|(?<=s)['’])\s+(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:of|on|at|the|and|in|for|with)\s+)?\p{Lu}[\p{L}\p{N}'’&-]*)*)(\s+(?:programme|program|show|bulletin|podcast)\b)?/u;

/**
 * The programme "told" names, without quotation marks: its owner a known outlet or a broadcaster's name
 * ("BBC Radio 4", "Channel 4"); a person after the possessive ("CNN's Jake Tapper") is a reporter, no
 * programme, unless the word "programme" or "show" follows.
 */
function toldProgramme(masked: string, end: number, ctx: FrameContext): string | undefined {
  const m = PROGRAMME_TOLD.exec(masked.slice(end));
  if (!m?.[1] || !m[3]) return undefined;
  const [, owner, possessive, title, noun] = m;
  const broadcaster =
    BROADCAST_WORDS.test(owner) ||
    ctx.outlets.of(owner)?.name !== undefined ||
    ctx.outlets.isName(owner.split(/\s+/)[0] ?? '');
  // With "programme" or "show" after it, any owner but a person names a programme ("ITV's Tonight programme").
  const named = noun !== undefined && firstNameGender(owner.split(/\s+/)[0] ?? '') === undefined;
  if (!broadcaster && !named) return undefined;
  if (!noun && firstNameGender(title.split(/\s+/)[0] ?? '') !== undefined) return undefined;
  return `${owner}${possessive} ${title}${noun ?? ''}`.replace(/\s+/g, ' ');
}

/** The last word of a run of capitals that names people, not an outlet's channel: "MPs", "Democrats". */
const peopleAfter = (word: string) =>
  /^\p{Lu}{2,}s$/u.test(word) || SPEAKER_NOUNS.has(word.toLowerCase()) || /(?:crats|cans|ists)$/u.test(word);

/**
 * The outlet in the run of capitalised words right after "told" ("told CNN the talks …", "told The Observer
 * government …", "told BBC Radio Five Live it …"), when the object's reading ran on past it: the longest
 * start of the run that names an outlet.
 */
function toldOutletRun(masked: string, end: number, ctx: FrameContext): string | undefined {
  const run = /^\s*((?:the\s+|The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})/u.exec(
    masked.slice(end),
  )?.[1];
  if (!run) return undefined;
  const words = run.split(/\s+/);
  // A known outlet first ("told ABC News Rogers was …" is ABC News, not a masthead "ABC News Rogers"),
  // then a run that reads as one.
  for (const known of [true, false])
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      if (/^the$/i.test(name)) break;
      // (The article's own outlet is no such stop: "told Fox News Latino" in Fox News is another outlet;
      // but "told BBC News Labour MPs would …" names people after it.)
      const after = words.slice(n);
      if (known && after.length > 0 && ctx.outlets.isOwn(name) && peopleAfter(after.at(-1) as string))
        return name.replace(/^(?:the)\s+/iu, '');
      const outlet = known
        ? ctx.outlets.isName(name, true) && !ctx.outlets.isOwn(name)
          ? name
          : undefined
        : ctx.outlets.of(name)?.name;
      if (outlet) return outlet.replace(/^(?:the)\s+/iu, '');
    }
  return undefined;
}

/**
 * "a separate armed forces statement said", "the NASS letter said": a paper speaks for whoever issued it,
 * when the phrase names them; "the statement said" alone names no one and is read as before.
 */
const ISSUED_PAPER =
  /^(?:(?:a|an|the)\s+)?(?:(?:separate|joint|new|written|brief|short|earlier|later|official|latest|second|first)\s+)*(.+?)(?:['’]s?)?\s+(?:statement|letter|readout|memo|notice|filing|communiqu[eé]|press release|news release|report|study|analysis|survey|assessment|affidavit|message|e-?mail|(?:policy\s+)?brief)(?:\s+(?:on|posted on|published on|issued on|released on)\s+\S.*|\s+in\s+\d{4})?$/iu;
/**
 * "The grid operator's 2019 resource assessment", "the bank's latest quarterly report": a possessive
 * issuer, then a year or the paper's own words before its noun.
 */
const POSSESSED_PAPER =
  /^(?:the\s+)?(.+?)['’]s?\s+(?:(?:\d{4}|\p{Ll}[\p{Ll}-]*)\s+){1,3}(?:statement|letter|readout|memo|notice|filing|press release|report|study|analysis|survey|assessment|review|affidavit|forecast|outlook)$/u;
/** "a study released last month by Election Data Services", "a preliminary report from the NPS". */
const PAPER_BY =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:report|study|analysis|survey|assessment|review|letter|statement)\s+(?:(?:released|issued|published|conducted|compiled|prepared|commissioned|sent|put out)\s+(?:[\p{L}\d.-]+\s+){0,3}?)?(?:by|from)\s+(.+)$/iu;
function issuerOf(subject: readonly string[]): Phrase | undefined {
  if (subject.length !== 1) return undefined;
  const by = PAPER_BY.exec((subject[0] as string).trim())?.[1]?.trim();
  if (by && /^(?:the\s+)?\p{Lu}/u.test(by)) {
    const p = readPhrase([by]);
    if (p && (p.kind === 'body' || p.kind === 'person')) return p;
  }
  const possessed = POSSESSED_PAPER.exec((subject[0] as string).trim());
  const m = possessed ?? ISSUED_PAPER.exec((subject[0] as string).trim());
  // "the hospital's statement": a possessive issuer is a body however it is named.
  const possessive = !!possessed || /['’]s?\s+\S+(?:\s+release)?$/u.test((subject[0] as string).trim());
  const issuer = m?.[1]?.trim();
  if (!issuer || /^(?:the|a|an|this|that|its|his|her|their|our|same|new)$/i.test(issuer)) return undefined;
  const p = readPhrase([issuer]);
  if (!p || p.kind === 'pronoun' || p.kind === 'outlet') return undefined;
  // A lower-case issuer must be a body of people ("armed forces", "the ministry"), not "a two-page".
  if (
    p.kind === 'group' &&
    !possessive &&
    !/s$/.test(p.name) &&
    !SPEAKER_NOUNS.has(lower(p.name.split(' ').at(-1) ?? ''))
  )
    return undefined;
  return p;
}

/** A phrase's head word in lower case: the noun a group was described after ("experts" of "experts on jail
 * suicide"), else its last word. */
const headWord = (p: Phrase) => p.head ?? lower(p.name.split(' ').at(-1) ?? '');

/** A lower-case head that can speak: "lawyers", "the president", "officials". */
const canSpeak = (head: string) =>
  SPEAKER_NOUNS.has(head) ||
  SPEAKER_NOUNS.has(head.replace(/s$/u, '')) ||
  isRoleWord(head) ||
  isRoleWord(head.replace(/s$/u, '')) ||
  /(?:ers|ists|ians|ans)$/.test(head);

/** Heads of a subject that are findings, not speakers. */
const FINDINGS =
  /^(?:results|data|figures|findings|numbers|statistics|evidence|photos|images|footage|polls|information)$/;
/** Heads that are findings only with a verb of showing ("estimates suggest"; "weather reports had warned" says). */
const FINDINGS_WHEN_SHOWING =
  /^(?:estimates|reports|comments|studies|surveys|research|tests|analyses|scans|records|discovery|discoveries|facts|cases|toll|attitude|work|experiments|observations|measurements|samples|trends|signs|patterns|remains|fossils)$/;
const SHOWING =
  /^(?:suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|reveal|reveals|revealed|identified|identifies)$/;
/** "the readout said", "the documents say": a paper that names no issuer passes words on; it is the relay. */
const BARE_PAPER =
  /^(?:(?:a|an|the|this|that|some|several|many|other|multiple|unconfirmed|one)\s+)?(?:(?:separate|joint|new|written|brief|short|earlier|later|official|latest|second|first|internal|final|initial|preliminary|previous|recent|\d{4}|\w+ly\s+\w+ed|\w+ed)\s+)*(readout|statement|letter|memo|notice|filing|documents|papers|records|report|reports|accounts|account|study|studies|analysis|editorial|article|affidavit|agreement)(?:\s+(?:in|of|on|into)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})?$/iu;

/**
 * Rules with no issuer named ("Federal ethics regulations say", "the agency's guidelines state"): they
 * pass words on and relay them, whole as the text names them; no one is the speaker.
 */
const RULES_PAPER =
  /^(?:(?:the|a|an)\s+)?((?:(?!(?:the|a|an)\b)[\p{L}-]+\s+){0,3}(?:regulations|rules|guidelines|bylaws))$/iu;

/**
 * What an "according to" names that is a paper or a record with no issuer: "according to the partially
 * redacted report" → "report", "according to interviews" → "interviews", "according to an official
 * statement" → "official statement" (its adverbs and participles left out, its other words kept).
 */
const ACCORDING_PAPER =
  /^(?:(?:the|a|an|one)\s+)?(?:\w+ly\s+)?(?:\w+ed\s+)?(?:(?:previous|recent|preliminary|new)\s+)?((?:(?:official|internal|final|new|joint|written|annual)\s+)?(?:report|statement|interviews|memo|readout|regulations|guidelines|rules|affidavit|indictment|estimate|estimates|evidence|case report|case study|study|studies|analysis))(?:\s+(?:presented|given|heard|filed)\s+(?:at|in|during)\s+[^,;]*)?$/iu;
/**
 * Reports and accounts with no one named as their maker: "according to credible reports received by
 * Amnesty" → "reports", "according to eyewitness accounts corroborated by video footage" → "eyewitness
 * accounts" (what received or checked them is not who made them).
 */
const ACCORDING_ACCOUNTS =
  /^(?:(?:some|several|many|multiple|numerous)\s+)?(?:(?:credible|unconfirmed|conflicting|initial|early|local|several|multiple|numerous)\s+)?((?:(?:eyewitness|witness|media|news|press)\s+)?(?:reports|accounts))(?:\s+(?:received|corroborated|gathered|collected|verified|compiled|confirmed|seen)\s+by\s+.+)?$/iu;

/** Papers a claim is read from ("court documents", "police records", "charging papers"), without "the". */
const COURT_PAPERS =
  /^(?:(?:the|a|an)\s+)?((?:[\p{Ll}-]+\s+){0,2}(?:documents|records|papers|filings|transcripts))$/u;

/** "cited by the agency", "as quoted by Vesti", "quoted in the Daily Courier": how the words came (an aside). */
const HOW_THE_WORDS_CAME = /^(?:as\s+)?(?:(?:cited|quoted)\s+(?:by|in)|interviewed\s+by)\s+(.+)$/iu;

/** A common noun's possessive before a name ("the country's State Planning Office"): whose, no part of it. */
const COMMON_POSSESSIVE = /^(?:the\s+)?\p{Ll}+['’]s\s+(?=\p{Lu})/u;
/** A last word no speaker's name ends on: a preposition, a conjunction or an article ("charged with"). */
const SPEAKER_CANNOT_END =
  /\s(?:in|of|at|on|to|by|with|for|from|over|into|about|and|or|but|the|a|an|than|as)$/u;
/** A modal or a negated verb: a clause's, never in a speaker's name ("will display", "didn't"). */
const CLAUSE_VERB = /\b(?:will|would|could|should|must|did|does)\b|\p{L}n['’]t\b/u;

/** Reads a subject's parts: a person, body or group; an outlet is the relay, not the speaker. */
function speakerOf(
  subject: string[],
  ctx: FrameContext,
): { phrase?: Phrase; relay?: string; citing?: string; fragment?: boolean } {
  if (subject.length === 0) return {};
  // "Her LinkedIn profile says": the page's owner speaks, the network relays.
  const page = subject.length === 1 ? platformPage(subject[0] as string) : undefined;
  if (page) {
    const owner = speakerOf([page.owner], ctx).phrase;
    return owner ? { phrase: owner, relay: page.platform } : { relay: page.platform };
  }
  const issuer = issuerOf(subject);
  if (issuer && !ctx.outlets.of(issuer.name)) return { phrase: issuer };
  // "The report, released in response to a request, affirms": the participle's clause is an aside.
  const core = subject.filter((p) => segmentKind(p) !== 'aside');
  // ("…, with some reports suggesting …": the with-clause's subject.)
  const paper =
    core.length === 1 ? BARE_PAPER.exec((core[0] as string).trim().replace(/^with\s+/i, '')) : null;
  if (paper?.[1] && !(ctx.reportAuthored && /^report$/i.test(paper[1])))
    return { relay: paper[1].toLowerCase() };
  const rules = core.length === 1 ? RULES_PAPER.exec((core[0] as string).trim()) : null;
  if (rules?.[1]) return { relay: rules[1] };
  // "court papers say", "The complaint filed in Minnesota says": a document named only by a noun relays.
  const document =
    core.length === 1 ? documentRelay((core[0] as string).replace(/^with\s+/i, '')) : undefined;
  if (document) return { relay: document };
  // "The San Luis Obispo Tribune, citing witnesses": the outlet relays the cited.
  const citing = subject.findIndex((p) => /^citing\s/i.test(p));
  if (citing >= 0) {
    const outlet = ctx.outlets.of(subject.slice(0, citing).join(', '));
    const who = readPhrase([(subject[citing] as string).replace(/^citing\s+/i, '')]);
    const out: { phrase?: Phrase; relay?: string } = {};
    if (who) out.phrase = who;
    if (outlet?.name) out.relay = outlet.name;
    return out;
  }
  // "Ana Roe, quoted by the agency Vesti, said …", "Ana Roe, as quoted by Vesti, told …": the name before
  // the aside speaks, the agent relays (a known outlet, else a name as written; "quoted by state media"
  // names no one, so the claim has no relay).
  const byAside = subject.findIndex((p, i) => i > 0 && HOW_THE_WORDS_CAME.test(p.trim()));
  if (byAside > 0) {
    const agent = (HOW_THE_WORDS_CAME.exec((subject[byAside] as string).trim())?.[1] ?? '').trim();
    const who = readPhrase(subject.slice(0, byAside).filter((p) => segmentKind(p) !== 'aside'));
    if (who && who.kind !== 'pronoun' && !ctx.outlets.of(who.name)) {
      const bare = agent.replace(/^(?:the|a|an)\s+/i, '');
      const relay = ctx.outlets.of(agent)?.name ?? (/^\p{Lu}/u.test(bare) ? bare : undefined);
      return relay ? { phrase: who, relay } : { phrase: who };
    }
  }
  // "American officials cited by Reuters": the officials speak, the outlet relays.
  const by = /^(.+?)\s+(?:cited|quoted|interviewed)\s+by\s+(.+)$/i.exec(subject.join(', '));
  if (by?.[1] && by[2]) {
    const outlet = ctx.outlets.of(by[2]);
    const who = readPhrase([by[1]]);
    if (outlet?.name && who) return { phrase: who, relay: outlet.name };
  }
  // "Some said they felt cheated", "One called the mayor a coward", "Another added": a quantifier
  // standing for people the text has just named speaks for them.
  const quantifier = core.length === 1 ? QUANTIFIER_SUBJECT.exec((core[0] as string).trim()) : null;
  if (quantifier?.[0]) return { phrase: { kind: 'group', name: quantifier[0] } };
  // "Economists, however, say …": a linking word between commas is no part of the subject.
  const linked = subject.filter((p) => !isDiscourseAside(p));
  const phrase = readPhrase(linked.length > 0 ? linked : subject);
  // "The Obama administration’s first comments … came with a tough": a clause, not a speaker.
  if (
    phrase &&
    phrase.kind !== 'person' &&
    /\b(?:has|have|had|was|were|is|are|been|came|comes|spoke|went|got|took|made)\b/.test(phrase.name)
  )
    return {};
  // "Job cuts will be announced later this week", "Ford will display its first SUV", "Philippine panel
  // charged with": a clause with a modal or a negated verb in it, or a phrase cut off after a preposition,
  // a conjunction or an article, is no one's name; the frame still says, with its speaker left unread.
  if (
    phrase &&
    phrase.kind !== 'pronoun' &&
    ((phrase.kind !== 'person' && CLAUSE_VERB.test(phrase.name)) || SPEAKER_CANNOT_END.test(phrase.name))
  )
    return { fragment: true };
  const outlet = ctx.outlets.of(
    subject[0] as string,
    phrase?.kind === 'person' && !/['’]s$/u.test(subject[0] as string),
  );
  if (outlet && phrase?.kind !== 'person') return outlet.name ? { relay: outlet.name } : {};
  if (outlet && phrase?.kind === 'person' && ctx.outlets.isName(phrase.name, true))
    return outlet.name ? { relay: outlet.name } : {};
  // "The Deseret News observed": a title shaped like a paper's ("… News", "… Times") with no first name
  // at its head is the outlet, which relays; "Sarah Post said" stays a person.
  if (
    phrase?.kind === 'person' &&
    !phrase.role &&
    ctx.outlets.isName(phrase.name) &&
    firstNameGender(phrase.name.split(' ')[0] ?? '') === undefined
  )
    return { relay: phrase.name };
  return phrase ? { phrase } : {};
}

/** "…, X said." / "…, X said on Sunday.": a frame that closes the unit after a comma. */
function isSentenceFinal(masked: string, frame: Frame): boolean {
  return (
    /^\s*(?:(?:in|on) [^.]{0,60})?[.!?"”]*\s*$/.test(masked.slice(frame.end)) &&
    /,\s*[^,]{1,60}$/.test(masked.slice(0, frame.at))
  );
}

/** Finds who a unit attributes its claim to, if anyone. */
export function attribute(masked: string, ctx: FrameContext): Attribution | undefined {
  // "CHINA CHIPS — Bloomberg: “…”": a newsletter's item quoting another outlet's story.
  const item = newsletterItem(ctx.text ?? masked, ctx.outlets);
  if (item) return item;
  // "Gov. Ann Roe (D-ME): “…”": a label line names its speaker with no verb.
  const label = speakerLabel(masked, ctx.outlets, ctx.text);
  if (label) return label;
  const reported = reportedBy(masked, ctx);
  // "…, reports Reuters.", "…, reports Roe" (a reporter the article named): with no frame of its own
  // before, the outlet relays the unit and no one is named its speaker.
  if (reported && !framesOf(masked.slice(0, reported.at)).some((f) => f.kind !== 'relative'))
    return { relay: reported.outlet, cue: reported.verb, at: reported.at, end: reported.end };
  const found = attributeFrames(masked, ctx);
  if (found && reported && !found.relay && (found.at ?? 0) < reported.at) found.relay = reported.outlet;
  return found;
}

/** "…, reports Reuters." / "…, writes Roe.": an outlet (or its reporter) closing the unit, inverted. */
function reportedBy(
  masked: string,
  ctx: FrameContext,
): { outlet: string; verb: string; at: number; end: number } | undefined {
  const m = /,\s*(reports|reported|writes|wrote|notes|noted)\s+([^,;.]{2,60}?)\s*[.!]?\s*$/u.exec(masked);
  if (!m?.[1] || !m[2]) return undefined;
  const outlet = ctx.outlets.of(m[2].trim());
  if (!outlet?.name) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  return { outlet: outlet.name, verb: m[1].toLowerCase(), at, end: at + m[1].length };
}

function attributeFrames(masked: string, ctx: FrameContext): Attribution | undefined {
  const frames = framesOf(masked);
  if (frames.length === 0) return participleClaim(masked, ctx);
  let main = frames.find((f) => f.kind !== 'relative') ?? (frames[0] as Frame);
  // "Ana Roe is said to be furious, according to two friends": agentless saying gives way to a source the
  // sentence names after it.
  if (main.kind === 'said-to') {
    const first = main;
    main =
      frames.find((f) => f.at >= first.end && (f.kind === 'according' || f.kind === 'passive-by')) ?? main;
  }
  // "While both Britain and France have ruled out sending troops …, Western officials said.": the frame
  // that closes the sentence attributes all of it; the earlier verb is part of what was said. An outlet
  // or a writer closing it ("…, Reuters reported", "…, Cornett wrote") relays instead (below).
  const closing = frames.at(-1) as Frame;
  if (
    closing !== main &&
    closing.kind === 'active' &&
    /^(?:say|says|said|tell|tells|told)$/.test(closing.verb) &&
    isSentenceFinal(masked, closing)
  ) {
    const who = speakerOf(subjectBefore(masked, closing.at), ctx);
    const papers =
      /(?:emails?|documents?|letters?|copies|records|papers|notices|messages|memos?|filings?|statements?|reports?)$/i;
    if (who.phrase && who.phrase.kind !== 'pronoun' && !who.relay && !papers.test(who.phrase.name))
      main = closing;
  }
  let result = fromFrame(main, masked, ctx);
  // "The bitter war of words has threatened to undermine …": a verb that says only with its object
  // needs a subject that can speak.
  const mute = (frame: Frame, found: Attribution | undefined) =>
    !found ||
    (frame.withObject === true &&
      found.phrase?.kind === 'group' &&
      !QUANTIFIER_SUBJECT.test(found.phrase.name) &&
      !canSpeak(headWord(found.phrase)));
  // "The 190-country lending agency forecast Tuesday that …, down from the 2.9% it had estimated in July":
  // a verb that says only with its object and finds no speaker gives way to the sentence's next frame.
  const next = main.withObject ? frames.find((f) => f.at >= main.end && f.kind !== 'relative') : undefined;
  if (mute(main, result) && next) {
    main = next;
    result = fromFrame(main, masked, ctx);
  }
  // "The firm declined to say how many it sold, but said sales were …", "While only three games have been
  // announced, Early says …": a frame that gives no claim gives way to the next one after it that does.
  for (const later of frames) {
    if (!mute(main, result)) break;
    if (later.at < main.end || later.kind === 'relative') continue;
    const found = fromFrame(later, masked, ctx);
    if (!mute(later, found)) {
      main = later;
      result = found;
    }
  }
  // "Roe thanked the crews on X, writing that …", "welcomed the ruling, adding that …": when no frame gives
  // a claim, a participle of saying after a comma gives it, as with no finite verb of saying at all.
  if (!result || mute(main, result)) return participleClaim(masked, ctx);
  // "The election results suggest …", "data shows": findings, no one's claim (unless they "say").
  const head = result.phrase ? headWord(result.phrase) : '';
  if (
    result.phrase &&
    // "Estimates suggest …" opening a sentence: one capitalised word, read as a name, is the finding too.
    // ("New research suggests …": a phrase ending on a lower-case noun is no person's name either.)
    (result.phrase.kind !== 'person' || !/\s/.test(result.phrase.name) || /^\p{Ll}/u.test(head)) &&
    (FINDINGS.test(head) || (FINDINGS_WHEN_SHOWING.test(head) && SHOWING.test(main.verb))) &&
    !/^(?:say|says|said)$/.test(main.verb)
  )
    return undefined;
  // "The river rose again, reports suggest.", "new research suggests": bare reports or findings that only
  // show relay no claim either.
  const relayHead = lower(result.relay?.split(/\s+/).at(-1) ?? '');
  if (
    !result.phrase &&
    (/^(?:reports|accounts)$/.test(result.relay ?? '') || FINDINGS_WHEN_SHOWING.test(relayHead)) &&
    SHOWING.test(main.verb)
  )
    return undefined;
  // "Comments after the meeting indicated …": the finding heads a subject with a prepositional tail.
  const opening =
    /^\s*(?:(?:the|early|recent|new|initial|preliminary|latest|official)\s+)?(\p{L}+)\s+(?:of|from|after|by|in|on|at|about)\s[^,;]*$/iu.exec(
      masked.slice(0, main.at),
    );
  const openingHead = lower(opening?.[1] ?? '');
  if (
    (FINDINGS.test(openingHead) || (FINDINGS_WHEN_SHOWING.test(openingHead) && SHOWING.test(main.verb))) &&
    !/^(?:say|says|said)$/.test(main.verb)
  )
    return undefined;
  result.at = main.at;
  result.end = main.end;

  // "…, X reported." / "…, search warrant documents say." / "…, Cornett wrote.": a later frame at the
  // end of the unit relays the first one's words.
  const last = frames.at(-1) as Frame;
  // (Not a participle after the main frame's own words: "…, Roe said in a statement posted on X." — the
  // phrase before "posted" is the main verb's, no one who relays it.)
  if (
    last !== main &&
    last.at > main.at &&
    last.kind === 'active' &&
    isSentenceFinal(masked, last) &&
    masked.lastIndexOf(',', last.at) >= main.end
  ) {
    const relayer = subjectBefore(masked, last.at);
    const who = speakerOf(relayer, ctx);
    const relay = who.relay ?? (who.phrase && who.phrase.kind !== 'pronoun' ? who.phrase.name : undefined);
    if (relay && !result.relay && result.phrase?.name !== relay) result.relay = relay;
  }

  // "The ministry said it had traced every contact, according to the Daily Post" (or "per NPR", "per
  // Roe", a reporter of the article's): an outlet after the claim's own frame relays it.
  // "As Ana Roe reports for NPR, the ministry said …", "As Reuters reported, …": the outlet relays.
  const asReported =
    /^\s*As\s+([^,;]+?)\s+(?:reports|reported|writes|wrote|notes|noted|has reported)(?:\s+for\s+([^,;]+?))?\s*,/u.exec(
      masked,
    );
  if (
    !result.relay &&
    result.phrase &&
    asReported?.[1] &&
    asReported.index + asReported[0].length <= main.at
  ) {
    const outlet = ctx.outlets.of((asReported[2] ?? asReported[1]).trim());
    if (outlet?.name) result.relay = outlet.name;
  }
  // "said in a statement emailed to NBC News", "said in an email to The Associated Press": the outlet
  // the words were sent to relays them.
  const sentTo =
    /^\s*(?:\w+\s+)?in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|email|e-mail|letter|message|text)\s+(?:(?:e-?mailed|sent|provided|given|released)\s+)?to\s+([^,;.]+?)(?=\s+(?:that|on|late|earlier|this|last)\b|[,;.]|\s{3}|$)/u.exec(
      masked.slice(main.end),
    );
  if (!result.relay && result.phrase && sentTo?.[1]) {
    const outlet = ctx.outlets.of(sentTo[1].trim());
    if (outlet?.name) result.relay = outlet.name;
  }
  if (!result.relay && result.phrase) {
    const later = /\b(?:according to|per)\s+([^,;.]+?)(?=[,;.]|\s{3}|$)/g;
    later.lastIndex = main.end;
    for (let m = later.exec(masked); m; m = later.exec(masked)) {
      const object = (m[1] as string).trim();
      // "according to a Daily Post analysis": the outlet's own finding, no relay of this claim.
      if (object.split(/\s+/).some((w) => REPORT_NOUNS.has(lower(w)))) break;
      const outlet = ctx.outlets.of(object);
      if (outlet?.name && outlet.name !== result.phrase.name) {
        result.relay = outlet.name;
        break;
      }
    }
  }

  // An outlet that reports someone's saying: "Le Monde reported that Zelenskyy argued …".
  if (!result.phrase && result.relay) {
    const inner = frames.find((f) => f.at > main.end && f.kind === 'active');
    const clause = masked.slice(main.end).replace(/^\s*(?:on \w+\s+)?that\s+/i, '');
    if (inner) {
      const innerSubject = subjectBefore(masked, inner.at);
      const head = innerSubject.join(', ');
      if (head && clause.trimStart().startsWith(head.split(',')[0]?.trim() ?? '\0')) {
        const who = speakerOf(innerSubject, ctx);
        if (who.phrase && who.phrase.kind !== 'pronoun') result.phrase = who.phrase;
      }
    }
    if (!result.phrase) {
      const groups =
        /^\s*(?:that\s+)?((?:(?:two|three|several|some|many|senior|US|U\.S\.|American|European|Western|Ukrainian|Russian|unnamed|anonymous|Israeli|Chinese|government|administration|military|intelligence)\s+){0,3}(?:officials|sources|diplomats|people|negotiators|official|source|spokesman|spokeswoman))\b/i.exec(
          clause,
        );
      if (groups?.[1]) {
        const p = readPhrase([groups[1]]);
        if (p) result.phrase = p;
      }
    }
    if (!result.phrase) {
      const c = cited(masked, main.end);
      if (c) {
        const p = readPhrase([c]);
        if (p) result.phrase = p;
      }
    }
  }
  return result;
}

/**
 * The subject a clause opens on, past an opening adverbial ("However, in his closing remarks South African
 * foreign minister Ronald Lamola put …" → "South African foreign minister Ronald Lamola").
 */
function openingSubject(text: string): string | undefined {
  const clause = text.slice(text.lastIndexOf(';') + 1).trim();
  const words = clause.split(/\s+/).filter(Boolean);
  let i = 0;
  // "For his part, Milei …", "Late Thursday, three former attorneys …": an opening phrase up to its comma.
  if (words.length > 0 && DISCOURSE_OPENERS.test(words[0] as string)) {
    const comma = words.findIndex((w, k) => k < 10 && /,$/.test(w));
    if (comma >= 0) i = comma + 1;
  }
  // "Moments before, the senator …", "Two days later, she …": a time phrase up to its comma.
  const timeComma = words.findIndex((w, k) => k < 4 && /,$/.test(w));
  if (
    i === 0 &&
    timeComma >= 0 &&
    /^(?:before|after|later|earlier|ago|afterwards?),$/i.test(words[timeComma] as string)
  )
    i = timeComma + 1;
  // "in his closing remarks South African foreign minister …": a prepositional phrase with no comma.
  if (/^(?:in|on|at|during|after|before|amid|with)$/i.test(words[i] ?? '')) {
    i++;
    while (i < words.length && !isCapitalised(words[i] as string)) i++;
  }
  const subject: string[] = [];
  const head = (w: string | undefined) => {
    if (w === undefined) return false;
    const noun = lower(w).replace(/[,;:]$/u, '');
    return (
      isCapitalised(w) || isRoleWord(w) || isRoleWord(noun.replace(/s$/u, '')) || SPEAKER_NOUNS.has(noun)
    );
  };
  for (; i < words.length; i++) {
    const w = words[i] as string;
    const ok =
      head(w) ||
      // "congressional Democrats", "The utilities commission", "local health officials": a lower-case
      // word or two before the subject's head, while no head has been read (not a verb after it).
      (subject.every((x) => /^(?:the|a|an)$/i.test(x)) &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
        (head(words[i + 1]) || (/^\p{Ll}[\p{Ll}-]*$/u.test(words[i + 1] ?? '') && head(words[i + 2])))) ||
      /^(?:of|for|and|the|a|an|former|then|acting|deputy|senior|chief|top|vice|state|foreign|prime|interim|two|three|four|five|several|some|many)$/i.test(
        w,
      ) ||
      (subject.length === 0 && /^(?:he|she|they|it)$/i.test(w));
    if (!ok) break;
    subject.push(w);
    if (/[,;:]$/.test(w) || /^(?:he|she|they|it)$/i.test(w)) break;
  }
  while (subject.length > 0 && /^(?:of|for|and|the|a|an)$/i.test(subject.at(-1) ?? '')) subject.pop();
  const out = subject.join(' ').replace(/[,;:]$/u, '');
  return out && !DISCOURSE_OPENERS.test(out) && /[\p{Lu}]|^(?:he|she|they|it)$|s$/iu.test(out)
    ? out
    : undefined;
}
const DISCOURSE_OPENERS =
  /^(?:however|but|and|still|meanwhile|instead|for|amid|in|on|at|after|before|during|despite|while|as|with|speaking|earlier|later|late|early|last|next|then|finally|first|also|yesterday|today|separately|additionally|moreover|furthermore|similarly|likewise|afterwards?|eventually|ultimately|overall|again|now|lastly|subsequently),?$/i;

/** "…, saying the world was under threat": a claim with no finite verb of saying; the clause's opening subject says it. */
function participleClaim(masked: string, ctx: FrameContext): Attribution | undefined {
  const general = new Set(masked.includes('ing that') ? masked.matchAll(GENERAL_PARTICIPLE) : []);
  for (const m of [
    ...masked.matchAll(PARTICIPLE_FRAMES),
    ...(/\bby\s/i.test(masked) ? masked.matchAll(BY_PARTICIPLE) : []),
    ...masked.matchAll(PAPER_PARTICIPLE),
    ...masked.matchAll(SPENT_PARTICIPLE),
    ...general,
  ]) {
    // "They were near a deal when Trump scuttled the talks, citing Taliban violence": a reason cited is
    // the nearest clause's subject's (its "when", "but" or "and" opening on a name).
    // ("… even after Coca Cola took the fizz out of the rumours by denying …": a means, by whoever did the
    // nearest clause's deed, as with a reason cited.)
    const head = masked.slice(0, m.index);
    const clauseAt =
      /^citing$/i.test(m[1] ?? '') || /^by\s/i.test(m[0])
        ? [...head.matchAll(/\b(?:but|when|while|and|after|as)\s+(?=\p{Lu})/gu)].at(-1)
        : undefined;
    const subject = openingSubject(clauseAt ? head.slice(clauseAt.index + clauseAt[0].length) : head);
    // "We’ll start by noting that …": the writer's own words, no claim.
    if (!subject || /^(?:we|i)(?:['’]\p{L}+)?$/iu.test(subject)) continue;
    // A derived participle ("…, suggesting that …") follows figures as often as people ("Fares rose …,
    // suggesting that"): its subject is a pronoun, a phrase of two words or more, or a known name.
    if (
      general.has(m) &&
      !/^(?:he|she|they)$/i.test(subject) &&
      !/\S\s+\S/.test(subject) &&
      !tagsOf(subject).some((t) => /Name$|^Person$/.test(t))
    )
      continue;
    const who = speakerOf([subject], ctx);
    const p = who.phrase;
    if (!p) continue;
    // "The fire spread, claiming …": only people, bodies and groups that speak say things.
    if (p.kind === 'group' && !canSpeak(headWord(p))) continue;
    const out: Attribution = {
      phrase: p,
      cue: (m[1] ?? 'saying').toLowerCase().replace(/\s+/g, ' '),
      at: m.index,
      end: m.index + m[0].length,
    };
    if (who.relay) out.relay = who.relay;
    return out;
  }
  return undefined;
}

function fromFrame(frame: Frame, masked: string, ctx: FrameContext): Attribution | undefined {
  const cue = frame.verb;
  if (frame.kind === 'according') {
    const after = masked.slice(frame.end).trimStart();
    // "according to U.S. officials": the stops of an abbreviation end nothing (read with them hidden).
    // ("according to Mr. Marcus", "According to Gov. Ann Lee, …": a title's stop too.)
    const hidden = after
      .replace(/\b(?:\p{Lu}\.){2,}/gu, (x) => x.replace(/\./g, '·'))
      .replace(TITLE_STOP, '·');
    const found = /^([^,;.]+?)(?=[,;.]|\s{3}|$)/.exec(hidden);
    const m = found
      ? ([after.slice(0, found[0].length), after.slice(0, found[1]?.length ?? 0)] as const)
      : undefined;
    let who = (m?.[1] ?? '').trim();
    // "according to the team's coach, Ana Ruiz,", "in the words of the chief inspector, Paul Brennan": a
    // role, then the name in apposition; the name speaks and the role is theirs. (Also where the name ends
    // the sentence: "…, according to her uncle, Tom Kell.")
    const named = /^,\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*(?:,|\.?\s*$)/u.exec(
      after.slice(m?.[0].length ?? 0),
    );
    // ("according to his aunt, Jane Starner": a possessive before the role as well.)
    if (
      named?.[1] &&
      /^(?:the|a|an|his|her|their)\s/i.test(who) &&
      who.split(/\s+/).some((w) => isRoleWord(w)) &&
      // (A name ending the sentence only right after a short role: not "according to the Ministry over 345
      // pilgrims have died near Mecca, Saudi Arabia.")
      (named[0].trimEnd().endsWith(',') ||
        (who.split(/\s+/).length <= 4 && isRoleWord(who.split(/\s+/).at(-1) as string)))
    ) {
      const p = readPhrase([named[1]]);
      if (p?.kind === 'person')
        return { phrase: { ...p, role: who.replace(/^(?:the|a|an|his|her|their)\s+/i, '') }, cue };
    }
    // "according to data compiled by Bloomberg" in a Bloomberg story: the article's own figures, no claim.
    const ownData =
      /^(?:(?:the|an?)\s+)?(?:data|figures|numbers|calculations|estimates|analysis|tally|count|review)\s+(?:(?:compiled|calculated|gathered|collected|analy[sz]ed|conducted|done)\s+)?by\s+(.+)$/iu.exec(
        who,
      );
    if (ownData?.[1] && ctx.outlets.isOwn(ownData[1])) return undefined;
    // "according to a statement from the port authority": the paper speaks for whoever issued it.
    // "a 2014 report from the World Bank", "data released by MOTIE", "data calculated for Bloomberg by the
    // Center for Automotive Research": the issuer after the paper's noun and a participle.
    const asWritten = who;
    // ("a recent impact study by the country's State Planning Office": one word of the paper's own before
    // its noun, and the possessive of a common noun before the issuer's name, are neither's.)
    who = who.replace(
      /^(?:(?:a|an|the)\s+)?(?:(?:joint|written|brief|short|separate|official|new|recent|latest|annual|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s+)*(?:[\p{Ll}-]+\s+)?(?:statement|letter|report|release|press release|news release|notice|analysis|study|survey|estimates?|figures|data|research|projections?|forecasts?)\s+(?:(?:issued|released|published|compiled|calculated|conducted|prepared|commissioned|produced|provided)\s+(?:(?:last|this|earlier\s+this)\s+(?:year|month|week)\s+)?(?:for\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*\s+)?)?(?:from|by)\s+(?=\S)/iu,
      '',
    );
    if (who !== asWritten) who = who.replace(COMMON_POSSESSIVE, '');
    // "in April", "in 2019", "last month": when the paper came out is no part of its issuer.
    who = who.replace(ISSUED_WHEN, '');
    // "a Moody's Analytics report", "a Brookings analysis", "Labor Department data compiled by Bloomberg":
    // the capitalised name before the paper's noun issued it and speaks (an outlet's own is handled below).
    // ("an annual Southern Poverty Law Center report", "a Partners in Health statement", "her NASA
    // biography": the paper's own words before the name, a name's small words, a possessive's paper; "… report
    // that says …": the paper's clause after it.)
    const prenominal =
      /^(?:(?:a|an|the|his|her|its|their)\s+)?(?:(?:\d{4}|new|latest|recent|annual|current|monthly|quarterly|preliminary)\s+)*((?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+(?:(?:of|for|in|on|and|&)\s+(?=\p{Lu}))?){0,4}\p{Lu}[\p{L}\p{M}.&'’-]*)\s+(?:(?:new|latest|recent|annual|monthly|quarterly|preliminary)\s+)?(?:report|analysis|study|survey|forecast|estimates?|data|figures|projections?|research|poll|statement|press release|news release|biography)(?:\s+(?:compiled|released|published|calculated)\s+by\s+.+|\s+(?:that|which)\s+(?:says?|said|shows?|showed|found|finds|warns?|warned)\b.*)?$/u.exec(
        who,
      );
    if (prenominal?.[1] && !/^(?:The|A|An)$/.test(prenominal[1])) {
      // "Moody's Analytics'" → Moody's Analytics; "the Labor Department's" → Labor Department; a one-word
      // name's own "'s" ("Moody's", "McDonald's") is kept.
      const issuer = prenominal[1].replace(/['’]$/u, '').replace(/(\S\s+\S+)['’]s$/u, '$1');
      if (!ctx.outlets.of(issuer)) return { phrase: { kind: 'body', name: issuer }, cue };
    }
    // "According to Rathbun the property was returned …": with no comma, the source is the name run
    // before the clause that opens on a determiner or pronoun.
    const run =
      /^((?:\S+\s+)*?\p{Lu}[\p{L}\p{M}.'’-]*)\s+(?:the|a|an|he|she|it|they|this|these|his|her|its|their)\s/u.exec(
        `${who} `,
      );
    // ("According to Dr. Lee the virus …": a title says a name opens it, however short the clause.)
    if (run?.[1] && (who.split(/\s+/).length > 6 || /^\p{Lu}\p{Ll}{1,3}\.\s+\p{Lu}\S*$/u.test(run[1])))
      who = run[1];
    if (!who) return undefined;
    // "according to his LinkedIn profile": the page's owner speaks, the network relays.
    if (platformPage(who)) return { ...speakerOf([who], ctx), cue };
    // "according to sources and emails reviewed by Reuters": the sources speak, the outlet that saw the
    // papers relays; "according to an email seen by Reuters", "copies that AP viewed": papers, no speaker.
    // "according to court documents", "according to charging papers filed Monday": papers with no issuer
    // named relay what they say; no one is the speaker.
    // "According to court documents, SIGAR alleges that …": a paper opening the unit relays what the
    // clause after it attributes to its own subject.
    const opening = masked.slice(0, frame.at).trim() === '';
    const inner = (relay: string): Attribution => {
      const out: Attribution = { relay, cue };
      if (!opening) return out;
      const rest =
        ' '.repeat(frame.end + (m?.[0].length ?? 0) + 1) + masked.slice(frame.end + (m?.[0].length ?? 0) + 1);
      const f = framesOf(rest).find((x) => x.kind === 'active');
      if (!f) return out;
      const s = speakerOf(subjectBefore(rest, f.at), ctx);
      if (s.phrase && s.phrase.kind !== 'pronoun') out.phrase = s.phrase;
      return out;
    };
    const papers = COURT_PAPERS.exec(who.replace(/\s+(?:filed|released|seen|obtained|unsealed)\b.*$/iu, ''));
    if (papers?.[1] && !seenBy(who, ctx)) return inner(papers[1]);
    const accounts = ACCORDING_ACCOUNTS.exec(who);
    if (accounts?.[1]) return inner(accounts[1]);
    const document = documentRelay(who);
    if (document && !seenBy(who, ctx)) return inner(document);
    const paper = ACCORDING_PAPER.exec(who);
    if (paper?.[1] && !seenBy(who, ctx)) return inner(paper[1]);
    const seen = seenBy(who, ctx);
    if (seen) {
      who = who
        .replace(/\s+(?:(?:seen|reviewed|viewed|obtained)\s+by|that)\s+.*$/iu, '')
        .replace(
          /\s+and\s+(?:\w+\s+)?(?:emails?|documents?|letters?|copies|records|papers|notices|messages)$/iu,
          '',
        );
      // "the FBI Agents Association email seen by Reuters": a capitalised name before the paper issued it.
      who = who.replace(
        /^((?:(?:the|an?)\s+)?(?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+){0,5}\p{Lu}[\p{L}\p{M}.&'’-]*)\s+(?:emails?|letters?|memos?|messages?|statement)$/u,
        '$1',
      );
      const papers =
        /^(?:(?:an?|the|internal|\w+)\s+)?(?:emails?|documents?|letters?|copies|records|papers|notices|messages|memos?)$/iu;
      const p = papers.test(who) ? undefined : readPhrase(parts(who));
      return p ? { phrase: p, relay: seen, cue } : { relay: seen, cue };
    }
    // "according to a readout released by Chinese state media": the outlet that put the paper out relays.
    const released = /\b(?:released|published|issued|carried|broadcast)\s+by\s+(.+)$/i.exec(who);
    const publisher = released?.[1] ? ctx.outlets.of(released[1]) : undefined;
    if (
      publisher?.name &&
      /^(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:readout|statement|report|transcript|summary|video|interview)\b/i.test(
        who,
      )
    )
      return { relay: publisher.name, cue };
    const outlet = ctx.outlets.of(who);
    if (outlet) {
      // "According to Reuters, US officials said …": the speaker is in the rest of the unit.
      const rest =
        masked.slice(0, frame.at) +
        ' '.repeat(frame.end - frame.at + (m?.[0].length ?? 0) + 1) +
        after.slice((m?.[0].length ?? 0) + 1);
      const inner = framesOf(rest).find((f) => f.kind === 'active');
      const out: Attribution = { cue };
      if (outlet.name) out.relay = outlet.name;
      if (inner) {
        const s = speakerOf(subjectBefore(rest, inner.at), ctx);
        if (s.phrase) out.phrase = s.phrase;
      } else {
        // "According to ABC News, Basya also believes …": the outlet reports what a named person thinks.
        const thinks = new RegExp(
          `^\\s*,?\\s*((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){1,4}?)(?:also\\s+|still\\s+|now\\s+)?(?:${COGNITION_VERBS.join('|')})\\b`,
          'u',
        ).exec(after.slice(m?.[0].length ?? 0));
        const p = thinks?.[1] ? readPhrase(parts(thinks[1].trim())) : undefined;
        if (p && p.kind === 'person') out.phrase = p;
      }
      return out;
    }
    const p = readPhrase(parts(who));
    // "according to Ana Ruiz, president of the growers' association, …": the role in apposition is hers.
    if (p?.kind === 'person' && !p.role) {
      const next = subjectAfter(masked, frame.end)[1];
      const words = next?.replace(/^(?:the|a|an|its|his|her|their)\s+/iu, '').split(/\s+/) ?? [];
      if (
        next &&
        words.length <= 14 &&
        words.slice(0, 3).some((w) => isRoleWord(w)) &&
        !/^(?:(?:with|in|on|at|for|from|by|to|after|before|as|who|which|that|and|but|while|when|where)$|\d)/iu.test(
          words[0] ?? '',
        ) &&
        !/\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\s/u.test(` ${next} `)
      ) {
        const q = readPhrase([who, next]);
        if (q?.kind === 'person' && q.role) return { phrase: q, cue };
      }
    }
    return p ? { phrase: p, cue } : undefined;
  }
  if (frame.kind === 'accused-of') return { cue };
  // "Ana Roe is said to have proposed", "The offer was reported to have been cut": agentless saying; its
  // subject is what is said of, not who says it (a claim with no speaker).
  if (frame.kind === 'said-to') return { cue };
  if (frame.kind === 'possessive') {
    const owner = frame.by ?? '';
    const pronoun = ({ his: 'he', her: 'she', their: 'they', its: 'it' } as Record<string, string>)[
      owner.toLowerCase()
    ];
    const s = speakerOf([pronoun ?? owner], ctx);
    return s.phrase ? { ...s, cue } : undefined;
  }
  if (frame.kind === 'passive-by' && frame.verb !== 'was quoted as saying') {
    let after = subjectAfter(masked, frame.end, true);
    // "is accused by critics of promoting …": the agent ends before what it accuses of.
    if (frame.verb === 'accused by') after = after.map((p) => p.replace(/\s+of\s.*$/u, ''));
    // "announced by MOTIE in March", "by president Moon a year ago": a time after the agent is no part of it.
    after = after.map((p) => p.replace(TIME_AFTER_AGENT, ''));
    // "as reported by Quora and denied by the university": the first agent ends before the second passive.
    after = after.map((p) => p.replace(/\s+and\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by\s.*$/u, ''));
    const s = speakerOf(after.slice(0, 1), ctx);
    return s.phrase || s.relay ? { ...s, cue } : undefined;
  }
  if (frame.kind === 'quoted-as') {
    // "TASS quoted Peskov as saying …", "other media later quoted X as saying …".
    const after = masked.slice(frame.end);
    const m = /^(.{1,120}?)\s+as\s+(?:saying|telling|stating|writing)\b/.exec(after);
    if (!m?.[1]) return undefined;
    const subject = subjectBefore(masked, frame.at);
    const quoter = subject.join(' ').replace(/\s+(?:later|also|had|has)$/i, '');
    // An outlet the article does not know is still one when it is an acronym ("KCNA") or a publication
    // named by its noun ("local newspapers", "the state news agency"): whoever quotes words as said passes
    // them on.
    const relay =
      ctx.outlets.of(quoter)?.name ??
      (QUOTING_PUBLICATION.test(quoter) ? quoter.replace(/^(?:the|a|an)\s+/i, '') : undefined);
    if (!relay) return undefined;
    const p = readPhrase(parts(m[1]));
    const out: Attribution = { cue: 'quoted as saying', relay };
    if (p) out.phrase = p;
    return out;
  }
  const head = masked.slice(0, frame.at);
  const before =
    frame.kind === 'relative' ? relativeAntecedent(masked, frame.at) : subjectBefore(masked, frame.at);
  // "Dmitry Peskov, Kremlin spokesman, said …": a name and its appositive before the verb.
  const appositive = reachedBack || (before.length >= 2 && before.some((p) => endsWithName(p)));
  // "…, said GreatFire.org", "“…,” said X": nothing between the comma or quotation and the verb.
  const invertedHere =
    frame.kind === 'active' &&
    !frame.withObject &&
    !appositive &&
    (/[,”"]\s*$/.test(head) || head.trim() === '');
  let subject = invertedHere ? [] : before;
  let inverted = false;
  // "…arrested Ann Roe, 32, after …, said Lt. Ed Hale, police spokesman.": a person named right after a
  // comma's "said" is the inverted subject, whatever the clause before it reached back over.
  if (
    !invertedHere &&
    appositive &&
    frame.kind === 'active' &&
    /^(?:said|says)$/.test(frame.verb) &&
    /,\s*$/.test(head) &&
    // The verb and a name, perhaps a role after its comma, close the unit: "…, said Lt. Ed Hale, police
    // spokesman." (not "said Trump's moves were …").
    /^\s*\p{Lu}[^,;:]*(?:,[^,;:]*)?$/u.test(masked.slice(frame.end).replace(/[.!]\s*$/u, '')) &&
    // ("…, said Amnesty International on Tuesday, November 19.": a day after the name is no part of it.)
    endsWithName(
      (masked.slice(frame.end).split(',')[0] ?? '')
        .replace(/[.!]\s*$/u, '')
        .replace(/\s+(?:on|late|early|last)\s+\p{Lu}\p{Ll}+day$/u, ''),
    )
  ) {
    const after = subjectAfter(masked, frame.end);
    const p = after.length > 0 ? readPhrase(after) : undefined;
    if (
      (p?.kind === 'person' || p?.kind === 'body') &&
      !/\b(?:would|will|is|was|were|are|has|have|had)\b/.test(after[0] ?? '')
    ) {
      subject = after;
      inverted = true;
    }
  }
  if (subject.length === 0 || (subject.length === 1 && /^(?:and|but|or|so)$/i.test(subject[0] as string))) {
    subject = subjectAfter(masked, frame.end);
    // "…, said on social media platform X that …": a phrase opening on a preposition is where or when the
    // words were said, never the one who said them.
    if (/^(?:on|in|at|to|via|through|during)\s/i.test(subject[0] ?? '')) subject = [];
    inverted = true;
  }
  // "Luca Bianchi, undersecretary to the minister, said the tax would …": what follows the verb is a
  // clause (it has a verb of its own), no inverted subject.
  const clauseAfter =
    inverted &&
    /\b(?:would|will|is|was|were|are|has|have|had|could|can|should|may|might|must|did|does)\b/.test(
      subject[0] ?? '',
    );
  let who = clauseAfter ? {} : speakerOf(subject, ctx);
  // "The largest union, the American Federation of Government Employees, wrote on X": the comma closed
  // an appositive, not a quotation; nobody after the verb, so the subject is the one before it.
  if (inverted && invertedHere && !who.phrase && !who.relay && before.length > 0) {
    who = speakerOf(before, ctx);
    inverted = false;
  }
  if (!who.phrase && !who.relay && !who.fragment) return undefined;
  const out: Attribution = { cue: cue };
  if (who.phrase) out.phrase = who.phrase;
  if (who.relay) out.relay = who.relay;
  if (!inverted) {
    const next = masked.slice(frame.end).trimStart();
    if (/^that\b/i.test(next)) out.cue = `${cue} that`;
    // "told Reuters", "told the paper", "told affiliate KFSM": the outlet told relays.
    if (/^tell|^told$|^tells$/.test(frame.verb)) {
      out.relay ??= programmeRelay(masked, frame.end, ctx) ?? toldProgramme(masked, frame.end, ctx);
      const object = toldObject(masked, frame.end);
      // "told us" hears; "told US media" is a relay ("US" in capitals is no pronoun).
      if (object && (!HEARERS.test(object) || /^U\.?S\.?\s/.test(object))) {
        const outlet = ctx.outlets.of(object);
        if (outlet?.name) out.relay ??= outlet.name;
        // "told the Odessa American": a title after "the" that is neither a body nor a person is a paper.
        const title = /^the\s+((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)$/u.exec(object)?.[1];
        // "the U.N. General Assembly", cut at a stop by the object's reading, is no title.
        const cut = /^\p{Lu}\./u.test(masked.slice(frame.end).trimStart().slice(4));
        if (!out.relay && title && !cut && !isBodyName(title.split(/\s+/)) && !isRoleWord(title))
          out.relay = title;
      } else if (/^reporters\b/i.test(object)) out.cue = `${cue} reporters`;
      out.relay ??= toldOutletRun(masked, frame.end, ctx);
      // "told the Doha Forum", "told a Senate hearing": the occasion or assembly told hears; it relays nothing.
      if (out.relay && out.relay !== who.relay && isOccasion(out.relay)) delete out.relay;
    }
  }
  // "claimed to the outlet", "confirmed to CNN", "said to the newspaper": an outlet the words went to relays.
  if (!out.relay) {
    // (A stop inside a web address is no stop: "explains to Cincinnati.com:".)
    const to =
      /^\s*to\s+([^,;:]+?)(?=\s+(?:that|on|in|at|about|this|last)\b|[,;:]|\.(?!\p{L})|\s{3}|$)/u.exec(
        masked.slice(frame.end),
      );
    const outlet = to?.[1] && !HEARERS.test(to[1]) ? ctx.outlets.of(to[1]) : undefined;
    if (outlet?.name) out.relay = outlet.name;
    // "wrote to Snopes.com": a site named by its address, the words sent to it (a company's address as the
    // subject, "Amazon.com said", stays a speaker: only the addressee is read so).
    else if (to?.[1] && WEB_ADDRESS_NAME.test(to[1])) out.relay = to[1];
  }
  // "was quoted by the Daily Courier as saying": the agent relays, a known outlet or a title.
  if (!out.relay && frame.by) {
    const by = frame.by.replace(/^(?:the|a|an)\s+/i, '');
    out.relay = ctx.outlets.of(frame.by)?.name ?? (/^\p{Lu}/u.test(by) ? by : undefined);
  }
  // "… in an interview with the BBC", "speaking to Le Monde"; "said a spokesperson when contacted by
  // Reuters", "when reached by the paper": the outlet that asked relays; "Speaking on national
  // television", "appearing on Channel 9": the broadcaster the words went out on.
  if (!out.relay) {
    const m =
      /\b(?:in an interview with|an interview with|interview with|speaking to|speaking with|in remarks to|when (?:contacted|reached|asked) by|(?:contacted|reached) by|via)\s+([^,;:.]+?)(?=\s+(?:that|on|in|at|about)\b|[,;:.]|\s{3}|$)/i.exec(
        masked,
      );
    const outlet = m?.[1] ? ctx.outlets.of(m[1]) : undefined;
    if (outlet?.name) out.relay = outlet.name;
    // "said, via Ana Roe of the Daily Post": the outlet of the reporter the words came through.
    else if (m?.[1] && /^via\b/i.test(m[0])) {
      const reporter = /\s+(?:of|for|at)\s+(.+)$/u.exec(m[1])?.[1];
      const theirs = reporter ? ctx.outlets.of(reporter) : undefined;
      if (theirs?.name) out.relay = theirs.name;
    }
  }
  if (!out.relay) out.relay = broadcastOn(masked);
  // "said in a Fox News interview", "Speaking on a Fox News podcast", "signaled in the CNN interview".
  if (!out.relay) {
    const m = NAMED_SHOW.exec(masked);
    const outlet = m?.[1] ? ctx.outlets.of(m[1].trim()) : undefined;
    if (outlet?.name) out.relay = outlet.name;
  }
  // "In an exclusive interview on Harbor Morning today, Roe praised …": the programme.
  if (!out.relay) out.relay = interviewOn(masked, ctx.outlets);
  // "in an email to staff seen by Reuters", "Curtis said on CBS News' “Face the Nation.”".
  if (!out.relay)
    out.relay = seenBy(masked, ctx) ?? programmeRelay(masked, frame.end, ctx) ?? saidOn(masked, frame, ctx);
  // "Reuters said, citing two US officials, that …": the outlet relays the cited.
  if (out.relay && !out.phrase) {
    const c = cited(masked, frame.end);
    const p = c ? readPhrase([c]) : undefined;
    if (p) out.phrase = p;
  }
  return out;
}

/** "Speaking on national television", "appearing on NTV television": the broadcast, as written. */
function broadcastOn(masked: string): string | undefined {
  const m =
    /\b(?:speaking|appearing|interviewed)\s+on\s+(?:(?:the|a|an)\s+)?((?:[\p{L}\p{N}'’.&-]+\s+){0,3}?(?:television|radio|TV))\b/iu.exec(
      masked,
    );
  return m?.[1];
}

/** "… seen by Reuters", "… viewed by The Associated Press", "copies that AP viewed": the outlet that saw the paper. */
function seenBy(masked: string, ctx: FrameContext): string | undefined {
  const m =
    /\b(?:seen|reviewed|viewed|obtained)\s+by\s+([^,;.]+?)(?=\s+(?:that|on|in|at|and)\b|[,;.]|\s{3}|$)/i.exec(
      masked,
    ) ?? THAT_X_SAW.exec(masked);
  return m?.[1] ? ctx.outlets.of(m[1])?.name : undefined;
}

/** "X said on CBS News' “Face the Nation”", "told on Fox News": the programme the words were said on. */
function saidOn(masked: string, frame: Frame, ctx: FrameContext): string | undefined {
  const m = /^\s*on\s+([^,;.]+?)(?=\s+(?:that|on|in|at|about)\b|[,;.]|\s{3}|$)/i.exec(
    masked.slice(frame.end),
  );
  // "posted on his own social media network Truth Social": a platform, no outlet.
  if (!m?.[1] || /\bsocial\b|\bplatform\b|\baccount\b/i.test(m[1])) return undefined;
  return ctx.outlets.of(m[1].replace(/['’]s?\s*[“"]?$/u, ''))?.name;
}

/** "May, who said Ohio State …, got the ruling": the name the relative clause hangs on. */
function relativeAntecedent(masked: string, at: number): string[] {
  const before = masked.slice(0, at);
  const who = before.search(/,?\s*\b(?:who|which)\s+(?:\w+\s+){0,2}$/);
  if (who < 0) return [];
  const subject = subjectBefore(masked, who);
  // "… feel like Dana Roe, a mother of three, who said": an appositive in lower case that a name ends the
  // phrase before describes that name, the one the clause hangs on (the appositive its role).
  const described = subject.length === 1 ? (subject[0] as string).trim() : '';
  if (/^(?:a|an|the)\s+[^\p{Lu},]+$/u.test(described)) {
    const before = masked.slice(0, who);
    const at = before.lastIndexOf(described);
    const name = at > 0 ? NAME_AT_END.exec(before.slice(0, at).replace(/,\s*$/u, ''))?.[1] : undefined;
    if (name && /,\s*$/u.test(before.slice(0, at)) && isNamePhrase(name)) return [name, described];
  }
  return subject;
}
