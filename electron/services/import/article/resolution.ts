// Who "he", "she", "they", "it", "the official" and a bare surname stand for: the people and bodies the
// article has named, nearest first, agreeing in gender where the text shows it. No compatible referent
// nearby means no speaker: an empty field is better than a wrong one.
import {
  COMPANY_NOUNS,
  DESCRIPTION_NOUNS,
  FEMALE,
  MALE,
  NOT_DESCRIPTIONS,
  ORG_WORDS,
  ROLE_WORDS,
  TITLE_ABBREVIATIONS,
  UNNAMED_ONE_HEADS,
  WORD_FIRST_NAMES,
} from './lexicon';
import {
  type Gender,
  type Phrase,
  firstNameGender,
  frontedOpener,
  genderOfWords,
  isBodyName,
  isFirstName,
  isNameWord,
  isRoleWord,
  nameKey,
  tagsOf,
  personNames,
} from './recognition';
import { unicodeWords, wholeWord, wholeWordIndex } from './words';
import { withoutLeadingModifier } from './names';
import { isPersonDescriptionHead, isTradeHead } from './description-heads';

/**
 * The people's names a text gives, without the describing words a headline or a lead put at a name's head
 * ("Singapore-based Acme", "Secretive Zapchat"): those are a body's name and a modifier, no one's full name
 * for "Acme said" to widen to; a name left with one word is no full name.
 */
function namesIn(text: string): Array<{ name: string; at: number }> {
  return personNames(text).flatMap((n) => {
    const name = withoutLeadingModifier(n.name);
    if (name === n.name) return [n];
    return /\s/.test(name) ? [{ name, at: n.at + n.name.length - name.length }] : [];
  });
}

/**
 * The gender a person's first name tells: the lexicon's first names, and the first names that are also
 * English words ("Mark", "Grace": `WORD_FIRST_NAMES`), which the lexicon tags as the word only. Only for
 * whom "he" or "she" is: whether a capitalised word opens a name at all stays the lexicon's call
 * (`firstNameGender`), so "Will AT&T …?" in a headline is no one named Will.
 */
export function nameGender(word: string): Gender | undefined {
  return firstNameGender(word) ?? WORD_FIRST_NAMES.get(word);
}

/** Tags of compromise's lexicon that make a name a place. */
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** "Mr Joseph", "Mrs Thatcher", "Sir Keith". */
const HONORIFIC_NAME = unicodeWords(/\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu);
/** Two capitalised words or more, "of", "for" and "the" allowed between. */
const CAPITALISED_RUN = unicodeWords(
  /\b\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*)+/gu,
);
/** A capitalised word, whole ("Çelik" too). */
const CAPITALISED = unicodeWords(/\b\p{Lu}[\p{L}\p{M}'’-]+/gu);
/**
 * A sentence that opens on a name and a verb ("Unilever is to merge …", "The Grid Authority, which runs the
 * network, said …", "Dutch paint maker Vorlanda has cut …"): the name, for the "It" of the sentence after.
 */
const OPENED_ON_NAME = unicodeWords(
  /^(?:(?:But|And|However|Meanwhile|Still|Yet),?\s+)?(?:The\s+)?(?:[\p{L}-]+\s+){0,4}?(\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*){0,5})(?:\s*,[^,]{1,160},)?\s+(?:also\s+|now\s+|later\s+)?(?:is|was|are|were|has|had|have|will|would|said|says|announced|reported|released|issued|posted|cut|raised|plans|planned|blamed|cited|added|warned|told)\b/u,
);
/** A sentence that goes on about the body the one before opened on: "It said …", "However, it added …". */
const OPENS_ON_IT = /^(?:(?:But|And|However|Meanwhile|Still|Yet),?\s+)?(?:It|it)\s/u;

export interface Mention {
  name: string;
  kind: 'person' | 'body' | 'group';
  paragraph: number;
  role?: string;
  /** A speaker of a claim, not only a name in passing. */
  spoke?: boolean;
  /** Reached from a description of the person in view ("said the actor"), not a role given before. */
  described?: boolean;
}

/** A generation's suffix closing a name's key ("Donald B. Verrilli Jr."): the surname is the word before it. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * Whether two words differ by one letter added, dropped or changed, or two neighbours swapped — not by a
 * final "s" alone ("Reuter", "Reuters").
 */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (long === `${short}s`) return false;
    let i = 0;
    while (i < short.length && short[i] === long[i]) i++;
    return short.slice(i) === long.slice(i + 1);
  }
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

interface FullName {
  name: string;
  key: string[];
  /** Offset of its first mention in the article. */
  at: number;
  /** First named as someone's relative ("his son, Omar Example"): a bare surname is rather the other's. */
  relative?: boolean;
}

/** A relation one person is to another, as the patterns below read it (one list for all three). */
const KIN = String.raw`son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|stepson|stepdaughter|widow|fiancée?|partner`;

/** The words that may stand between a possessive and a relation: "his late son", "her younger sister". */
const KIN_AGE = String.raw`late|eldest|elder|oldest|younger|youngest|only|twin`;

/** Relations that introduce a relative of the person in view: "his son, Omar Example", "her husband Sam". */
const KIN_BEFORE = new RegExp(
  String.raw`\b(?:his|her|their|whose|the)\s+(?:(?:${KIN_AGE}|\d+-year-old)\s+)?(?:${KIN}|child|children|sons|daughters)\s*,?\s*$`,
  'iu',
);

/**
 * "the younger brother of celebrity heiress Paris Example": a relation's "of", then a few words of description,
 * before the name of the relative named to place the one in view.
 */
const KIN_OF_BEFORE = new RegExp(String.raw`\b(?:${KIN}|child)\s+of\s+(?:[\p{Ll}-]+\s+){0,3}$`, 'iu');

/** "Lorien Example, his aunt, wrote": a relation in apposition after the name. */
const KIN_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:his|her|their)\s+(?:(?:${KIN_AGE})\s+)?(?:${KIN})\b`,
  'iu',
);

/**
 * Heads of an unnamed singular speaker that "he" or "she" can stand for: the lexicon's (a source, a
 * witness, the boyfriend), and any role or description of one person ("a Western diplomat", "one
 * envoy", "a university professor", "the economist").
 */
const ONE_PERSON_HEADS: ReadonlySet<string> = new Set([
  ...UNNAMED_ONE_HEADS,
  ...ROLE_WORDS,
  ...DESCRIPTION_NOUNS,
]);
/** The head and up to four words after it ("a source close to the probe"). */
const hasOnePersonHead = (name: string): boolean => {
  const words = name.toLowerCase().split(/\s+/);
  for (let i = Math.max(0, words.length - 5); i < words.length; i++)
    if (ONE_PERSON_HEADS.has(words[i] ?? '')) return true;
  return false;
};

/**
 * An unnamed speaker who is one person ("senior Ukrainian official", "a source close to the probe"): a
 * head noun `ONE_PERSON_HEADS` holds, and no capitalised word but a demonym, a place or an abbreviation ("U.S.")
 * — a name in capitals is a body's ("Office of the Ombudsman").
 */
/** A word for a people ("Danish", "British", "Congolese"), which the lexicon does not always tag so. */
const DEMONYM =
  /^\p{Lu}\p{Ll}+(?:ian|ese|ish|an|i)$|^(?:French|Dutch|Swiss|Greek|Thai|Western|Eastern|Northern|Southern|Arab)$/u;

function isUnnamedOne(name: string): boolean {
  if (!hasOnePersonHead(name)) return false;
  return name
    .split(/\s+/)
    .every(
      (w) =>
        !/^\p{Lu}/u.test(w) ||
        /^(?:\p{Lu}\.)+$/u.test(w) ||
        DEMONYM.test(w) ||
        tagsOf(w.toLowerCase()).some((t) => t === 'Demonym' || PLACE_TAGS.has(t)),
    );
}

/**
 * A capitalised word, then a subject pronoun right after a verb of saying ("Obama said he …", "Roe told
 * reporters she …") or a reflexive ("Clinton herself"): what the text says of that word's gender.
 */
const LONE_SURNAME_GENDER = unicodeWords(
  /\b(\p{Lu}[\p{L}\p{M}'’-]+)\s+(?:(?:(?:has|had|also|later|then)\s+)?(?:said|says|added|adds|told\s+\p{Ll}+|insisted|argued|noted|wrote)\s+(?:that\s+)?(he|she)|(himself|herself))\b/gu,
);

/** Tags of the lexicon that make a name a body's, never one person's. */
const BODY_TAGS = new Set(['Organization', 'SportsTeam']);
/** A people's name the lexicon may not tag ("British", "Japanese", "Dutch"): no first name ends so. */
const PLAIN_DEMONYM =
  /^\p{Lu}\p{Ll}+ese$|^(?:British|Irish|English|Scottish|Welsh|Spanish|Danish|Polish|Turkish|Finnish|Swedish|Kurdish|French|Dutch|Swiss|Greek|Thai|American|African|Asian|European|Australian|Canadian|Mexican|Korean|Russian|Indian|Italian|German|Ukrainian|Iranian|Iraqi|Syrian|Israeli|Palestinian|Egyptian|Nigerian|Brazilian|Afghan|Pakistani|Saudi)s?$/u;

/** A name of two words or more that opens on a country's name, no first name the lexicon knows: "Panama Papers". */
function countryFirst(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return (
    /\s/.test(name) && firstNameGender(first) === undefined && tagsOf(first.toLowerCase()).includes('Country')
  );
}

/** Definite nouns that stand for a body, not a person: "the airline said". */
const ORG_NOUNS =
  /^(?:airline|carrier|company|firm|union|agency|ministry|department|bank|group|organi[sz]ation|council|committee|commission|court|party|government|administration)$/;

/**
 * Whether a run the name finder read as a person's name can be one: "Environment Canada Archived" (a
 * category line) is a body and a place; a person's name past its first word holds no country or place
 * and no organisation's head word.
 */
/** Last words that make a name an event's or a feature's ("Black History Month", "Gulf of Carden"), no one's. */
const NOT_A_PERSON_HEAD =
  /^(?:week|month|day|year|festival|awards?|games|cup|olympics|championships?|summit|conference|expo|fair|parade|marathon|season|war|gulf|sea|ocean|bay|river|lake|strait|island|islands|peninsula|valley|desert|canal|coast|bridge|street|avenue|road|square|park|stadium|arena|hall)$/;

const personLike = new Map<string, boolean>();
function isPersonLike(name: string): boolean {
  let known = personLike.get(name);
  if (known === undefined) {
    known = computeIsPersonLike(name);
    // Bounded: names repeat within and across articles, but a pathological input must not grow it.
    if (personLike.size > 50_000) personLike.clear();
    personLike.set(name, known);
  }
  return known;
}

function computeIsPersonLike(name: string): boolean {
  const all = name.split(/\s+/);
  // "Kari Lake", "Doris Day": after a first name the head word is a surname.
  if (
    NOT_A_PERSON_HEAD.test((all.at(-1) ?? '').toLowerCase().replace(/['’]s$/u, '')) &&
    firstNameGender(all[0] ?? '') === undefined
  )
    return false;
  const words = all.slice(1);
  return !words.some((w) => {
    const lw = w.toLowerCase().replace(/['’]s$/u, '');
    return ORG_WORDS.has(lw) || tagsOf(lw).some((t) => t === 'Country' || t === 'Region');
  });
}

/** Small words a title before a name may hold: "Deputy Minister of Foreign Affairs", "the acting chief". */
const TITLE_GLUE =
  /^(?:of|for|the|and|deputy|vice|former|acting|chief|senior|general|then|interim|state|federal|district|foreign|defense|defence|prime|assistant|associate|executive|managing|national|security)$/;

/**
 * The title words right before a name ("Judge", "Ukrainian President", "U.S. District Judge"): the run of
 * capitalised, role and title words that ends at the name; none when a verb comes between ("the judge said
 * he'd appointed Paul Clement" gives Paul Clement no title).
 */
function titleBefore(text: string): string {
  // ("Republican Gov. Ana Roe": a title's abbreviation keeps its stop; no sentence ends there.)
  const kept = text.replace(/\b(\p{L}+)\.(?=\s)/gu, (all, w: string) =>
    TITLE_ABBREVIATIONS.has(w.toLowerCase()) ? `${w}\uE000` : all,
  );
  const words = (kept.split(/[,;:.”"()]/u).at(-1) ?? '')
    .replace(/\uE000/gu, '.')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    const lw = w.toLowerCase().replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(w) || isRoleWord(lw) || TITLE_GLUE.test(lw)) out.unshift(w);
    else break;
  }
  return out.join(' ');
}

/**
 * A title's abbreviations written out, the abbreviation kept beside ("gov. governor"): "Gov. Ana Roe" is
 * who "the governor said" names later.
 */
function spelledOut(role: string): string {
  return role.replace(/\b([a-z]+)\.(?=\s|$)/g, (all, abbr: string) => {
    const full = TITLE_ABBREVIATIONS.get(abbr);
    return full ? `${all} ${full}` : all;
  });
}

/** The gender an honorific right at the end of `before` gives the name after it ("Mr. ", "Ms "). */
function honorificGender(before: string): Gender | undefined {
  const m = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$/u.exec(before);
  if (!m) return undefined;
  return /^(?:Mr|Sir|Lord)$/.test(m[1] ?? '') ? 'm' : 'f';
}

/** A capitalised title, then one capitalised word and no more: "President Trump", "Gov. Newsom’s". */
const TITLE_AND_SURNAME = unicodeWords(
  /\b((?:Vice\s+|Prime\s+|Deputy\s+)?\p{Lu}[\p{L}.-]+)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu}|\s+(?:of|for)\s)/gu,
);

/**
 * A capitalised word used as a modifier after an article ("the Mac mini", "a Windows machine", "The Apple
 * computer"): a product's or a maker's name before its noun, no mention of a person however the article
 * names someone with that word.
 */
const MODIFIER_AFTER_ARTICLE = /\b(?:the|a|an)\s+$/iu;
function isModifierUse(text: string, index: number, word: string): boolean {
  if (!MODIFIER_AFTER_ARTICLE.test(text.slice(Math.max(0, index - 6), index))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(index + word.length, index + word.length + 3));
}

/** Tags of a word that is no part of a title before a name: a verb's, a pronoun's, a determiner's. */
const NOT_TITLE_TAGS = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Copula',
  'Modal',
  'Auxiliary',
  'Pronoun',
  'Possessive',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Adverb',
]);

/** The lexicon's tags of a common noun, which may end a body's name ("Donmar Warehouse", "National Archives"). */
const COMMON_NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Organization', 'Uncountable']);
/** Tags that make a last word no common noun's: an adjective ("Swift"), a place ("Los Angeles"), a verb. */
const NOT_NOUN_HEAD_TAGS = new Set([
  'Adjective',
  'Place',
  'Country',
  'City',
  'Region',
  'PresentTense',
  'ProperNoun',
]);

/** How far back (in paragraphs) a pronoun may reach. */
const REACH = 2;
/** Role words in lower case, then a capitalised run: what follows "Defence" in "Defence chief Martin Herem". */
const LOWER_TITLE_THEN_NAME = /^((?:\p{Ll}[\p{Ll}-]*\s+){1,3})((?:\p{Lu}[\p{L}\p{M}.'’-]*\s?){1,4})/u;
const OPENING = /^(?:(?:But|And|However|Still|Meanwhile|So|Yet),?\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s?){1,6})/u;

/**
 * Words in capitals with no lower-case letter, two or more ("TOYOTA RAV4 PRIME", "NISSAN SENTRA"): a heading
 * or a caption's subject, not a person's name; "Toyota says" under it is the maker, not "TOYOTA RAV4".
 */
const isHeadingInCapitals = (name: string) => !/\p{Ll}/u.test(name) && /\S\s+\S/u.test(name);

/**
 * "LiveU Picks Up $30 Million for Video Gear": a headline in title case (four words or more, every word
 * but the small ones capitalised, no closing stop), whose runs of capitals are not names as written.
 */
const isTitleCaseLine = (text: string): boolean => {
  const t = text.trim();
  if (/[.!?:"”’]$/u.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length >= 4 &&
    words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()))
  );
};
const HEADLINE_WORD_TAGS = new Set([
  'PresentTense',
  'PastTense',
  'Copula',
  'Preposition',
  'Adjective',
  'Infinitive',
  'Gerund',
  'Modal',
]);
const TITLE_SMALL_WORDS = new Set(
  'a an the of for to in on and or at by with from as vs but nor per via into over about after'.split(' '),
);

/** "C.K. Example aka “Lindsey”", "Ann Roe, also known as Annie": a name and the other name it goes by. */
const ALIAS = unicodeWords(
  /\b((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+),?\s+(?:aka|a\.k\.a\.?|also known as|better known as|who goes by)\s+(?:the\s+name\s+)?[“"‘']?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)[”"’']?/gu,
);

/** A royal style and a given name with no surname after it: "Prince Andrew", "Queen Elizabeth". */
const ROYAL = unicodeWords(
  /\b(Prince|Princess|King|Queen|Duke|Duchess|Emperor|Empress)\s+(\p{Lu}\p{Ll}+)\b(?!['’]?\s*\p{Lu}|\s+(?:of|von|de)\s)/gu,
);

/**
 * "Deputy Prime Minister John Prescott", "shadow chancellor Oliver Letwin", "Vice President Ana Roe": a word
 * before an office that makes it another, lower one. "The prime minister said" is none of them, though each
 * role holds the words "prime minister" whole.
 */
const LOWER_OFFICE = /\b(?:deputy|vice|assistant|associate|under|shadow)[\s-]+$/iu;

/**
 * Whether `role` is the office `words` name and not a lower one under it: the first of the words found in
 * the role with no "deputy", "vice", "shadow" … before it, unless the words themselves say so.
 */
export function isSameOffice(role: string, words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || LOWER_OFFICE.test(`${first} `)) return true;
  const at = wholeWord(first).exec(role);
  return at === null || !LOWER_OFFICE.test(role.slice(0, at.index));
}

/** "president of the American Farm Bureau", "chairman at Acme": the office `noun` names held in a body named after it. */
function officeOfABody(role: string, noun: string): boolean {
  const at = wholeWord(noun).exec(role);
  return at !== null && /^\s+(?:of|at|for)\s/iu.test(role.slice(at.index + at[0].length));
}

/**
 * The mentions given a role, kept by each word of their roles as well as in order: "the official" looks
 * only among those whose role says "official", not through every role of a long article.
 */
class RolesByWord {
  private readonly byWord = new Map<string, Array<Mention & { role: string }>>();

  /** The word a role is kept under for `word` ("vice-president" under "vice", as `push` splits roles). */
  private static keyOf(word: string): string {
    return (
      word
        .toLowerCase()
        .replace(/[^\p{L}-]/gu, '')
        .split('-')[0] ?? ''
    );
  }

  push(m: Mention & { role: string }): void {
    for (const w of new Set(m.role.toLowerCase().split(/[^\p{L}]+/u))) {
      if (!w) continue;
      const list = this.byWord.get(w);
      if (list) list.push(m);
      else this.byWord.set(w, [m]);
    }
  }

  /** The last mention whose role holds `word` whole (as `wholeWord` reads it) and passes `also`. */
  lastWith(
    word: string,
    also: (m: Mention & { role: string }) => boolean = () => true,
  ): (Mention & { role: string }) | undefined {
    const key = RolesByWord.keyOf(word);
    const pattern = wholeWord(word);
    return this.byWord.get(key)?.findLast((m) => pattern.test(m.role) && also(m));
  }

  private readonly lastSeen = new Map<
    string,
    { seen: number; found: (Mention & { role: string }) | undefined }
  >();

  /**
   * lastWith for a test `also` that answers the same of a mention every time, `same` naming it: the lists
   * only grow, so the mentions looked at by the last such call are not looked at again (a long article's
   * every "the minister said" went back over all its ministers).
   */
  lastWithSame(
    word: string,
    same: string,
    also: (m: Mention & { role: string }) => boolean,
  ): (Mention & { role: string }) | undefined {
    const key = RolesByWord.keyOf(word);
    const list = this.byWord.get(key);
    if (!list) return undefined;
    const id = `${word}\u0000${same}`;
    const known = this.lastSeen.get(id);
    const pattern = wholeWord(word);
    let found = known?.found;
    for (let i = list.length - 1; i >= (known?.seen ?? 0); i--) {
      const m = list[i] as Mention & { role: string };
      if (pattern.test(m.role) && also(m)) {
        found = m;
        break;
      }
    }
    this.lastSeen.set(id, { seen: list.length, found });
    return found;
  }
}

export class Referents {
  /** Full names (two words or more) by each of their words: "Obama" → "Barack Obama" in constant time. */
  private readonly byWord = new Map<string, FullName[]>();
  /** Other names a person goes by ("Lindsey" for "C.K. Walker aka “Lindsey”"), by their key. */
  private readonly aliases = new Map<string, string>();
  /** Where the article names each person in full (offsets, in order): the one it last named. */
  private readonly namedAt = new Map<string, number[]>();
  private readonly genders = new Map<string, Gender>();
  /** Genders the text states (an honorific, "his daughter …"), not guessed from a sentence's pronouns. */
  private readonly sureGenders = new Map<string, Gender>();
  /** People whose gender in `genders` is only the lexicon's reading of their first name. */
  private readonly guessedGenders = new Set<string>();
  /** The gender sentences give a surname written alone, by its key; null when they disagree. */
  private readonly loneGenders = new Map<string, Gender | null>();
  /** Mentions within reach of the current unit, oldest first. */
  private readonly mentions: Mention[] = [];
  /** Speakers with a role, for "the president said" however far back. */
  private readonly roles = new RolesByWord();
  /** People the text gives a role ("Director J.C. Example", "Ann Example, the director of …"), by offset. */
  private readonly titled: Array<{ name: string; role: string; paragraph: number }> = [];
  private position = 0;
  private opening: string | undefined;
  private openingParagraph = -1;
  /** People named so far, for the one a unit names for the first time. */
  private readonly seenPeople = new Set<string>();
  /** The one person the unit before named, for the first time and no one else: "… came from Ana Roe, …". */
  private introduced: { name: string; paragraph: number } | undefined;
  /**
   * Who spoke the unit the opening and the one introduced came from ("Ana Roe was anxious, Ms Kell said"):
   * a person named inside someone's words is what they talk about, less in view than they are.
   */
  private openingSpeaker: string | undefined;
  private introducedSpeaker: string | undefined;
  /** The last to speak in the unit being read (its claims are built before `advance` reads it). */
  private spokeHere: string | undefined;
  /** The body (no person) the sentence before opened on, for an "It" that finds no speaker it could be. */
  private openedOnBody: { name: string; paragraph: number } | undefined;

  /** Reads the whole article's person names once, before attribution, so later full names help too. */
  constructor(units: ReadonlyArray<{ text: string; paragraph: number }>) {
    let at = 0;
    const seen = new Set<string>();
    for (const u of units) {
      const headline = isTitleCaseLine(u.text);
      for (const n of this.namesOf(u.text)) {
        if (!isPersonLike(n.name) || isHeadingInCapitals(n.name)) continue;
        // In a headline a run with a verb, a preposition or an adjective in it ("Gaga Shares Photo", "LiveU
        // Picks Up") is the headline's words, no name ("Tottenham Hotspur", "Lady Gaga" are).
        if (headline && n.name.split(/\s+/).some((w) => tagsOf(w).some((t) => HEADLINE_WORD_TAGS.has(t))))
          continue;
        const key = nameKey(n.name).split(' ').filter(Boolean);
        const k = key.join(' ');
        const named = this.namedAt.get(k) ?? [];
        named.push(at + n.at);
        this.namedAt.set(k, named);
        if (seen.has(k)) continue;
        seen.add(k);
        const entry: FullName = { name: n.name, key, at: at + n.at };
        const leading = u.text.slice(Math.max(0, n.at - 60), n.at);
        if (
          KIN_BEFORE.test(leading.slice(-40)) ||
          KIN_OF_BEFORE.test(leading) ||
          // ("filed by a Scott Example, who appears to be the brother of the congressman": a name with an
          // indefinite article is someone in passing, not the one the surname stands for.)
          /(?:^|\s)a\s+$/u.test(leading) ||
          KIN_AFTER.test(u.text.slice(n.at + n.name.length, n.at + n.name.length + 40))
        )
          entry.relative = true;
        // The role words right before the name, or in the appositive after it.
        const before = titleBefore(u.text.slice(Math.max(0, n.at - 60), n.at));
        // The appositive right after the name ("Ann Example, the director of …"), not the words after a
        // clause's comma ("… where Ann Example was born, the minister said": no role of hers).
        const after = (
          /^\s*(?:\([^)]*\)\s*)?,\s*(?:the |a |an )?(?!["“”'‘’])([^,;.]{3,60})/u.exec(
            u.text.slice(n.at + n.name.length),
          )?.[1] ?? ''
        ).replace(/\s+(?:said|says|told|tells|added|stated)\b.*$/u, '');
        // ("In an interview with Deadline Hollywood, the director said": a name inside an opening adverbial
        // — a preposition's or a participle's object — is closed by the comma, not described by what follows.)
        const opening = /(?:^|[.!?;:]\s+)([^.!?;:,]*)$/u.exec(u.text.slice(0, n.at))?.[1] ?? '';
        const inAdverbial =
          frontedOpener(`${opening}${n.name}`) &&
          tagsOf((/(\p{Ll}+)\s+$/u.exec(opening)?.[1] ?? '').toLowerCase()).includes('Preposition');
        // "his daughter Ivanka Trump", "her husband, Sam Example": the word for a relation or a gendered
        // role right before the name tells the person's gender.
        const lead = u.text.slice(Math.max(0, n.at - 40), n.at);
        const kin = /(\p{L}+)\s*,?\s+$/u.exec(lead)?.[1];
        // "Steenburgen's son, filmmaker Charlie McDowell": the relation may stand before a role in apposition.
        let kinGender = kin ? genderOfWords([kin]) : undefined;
        if (kinGender === undefined && lead.includes(',')) {
          const kinApart = /(\p{L}+),\s+(?:[\p{Ll}-]+\s+){1,2}$/u.exec(lead)?.[1];
          if (kinApart) kinGender = genderOfWords([kinApart]);
        }
        if (kinGender && !this.sureGenders.has(nameKey(n.name))) {
          this.sureGenders.set(nameKey(n.name), kinGender);
          this.genders.set(nameKey(n.name), kinGender);
        }
        for (const role of inAdverbial ? [before] : [before, after])
          if (role.split(/\s+/).some((w) => isRoleWord(w)))
            this.titled.push({ name: n.name, role: spelledOut(role.toLowerCase()), paragraph: u.paragraph });
        for (const word of new Set(key)) {
          const list = this.byWord.get(word) ?? [];
          list.push(entry);
          this.byWord.set(word, list);
        }
        // "Müller" is also written "Muller": the name indexed under its letters with the marks dropped.
        if (/[üöäÜÖÄ]/u.test(n.name)) {
          const plain = nameKey(n.name.normalize('NFD').replace(/\p{M}/gu, '')).split(' ').filter(Boolean);
          const alias = { name: n.name, key: plain, at: at + n.at };
          for (const word of new Set(plain)) {
            const list = this.byWord.get(word) ?? [];
            list.push(alias);
            this.byWord.set(word, list);
          }
        }
      }
      if (/\b(?:aka|a\.k\.a|known as|goes by)\b/u.test(u.text))
        for (const m of u.text.matchAll(ALIAS)) {
          const full = (m[1] ?? '').trim();
          const alias = nameKey(m[2] ?? '');
          if (alias && nameKey(full) !== alias && !this.aliases.has(alias)) this.aliases.set(alias, full);
        }
      // "Prince Andrew", "Queen Elizabeth": a royal style and a given name, no surname, is how the press
      // names a royal; "Andrew said" later is "Prince Andrew".
      if (/\b(?:Prince|Princess|King|Queen|Duke|Duchess|Emperor|Empress)\s/u.test(u.text))
        for (const m of u.text.matchAll(ROYAL)) {
          const name = `${m[1]} ${m[2]}`;
          const key = nameKey(name).split(' ').filter(Boolean);
          if (seen.has(key.join(' '))) continue;
          seen.add(key.join(' '));
          const list = this.byWord.get(key[1] as string) ?? [];
          list.push({ name, key, at: at + m.index });
          this.byWord.set(key[1] as string, list);
        }
      // "President Trump", "Mayor Adams": a title and a surname alone, no first name anywhere near; "the
      // president said" later is that person.
      for (const m of u.text.matchAll(TITLE_AND_SURNAME)) {
        const title = m[1] ?? '';
        const surname = (m[2] ?? '').replace(/['’]s?$/u, '');
        if (!isRoleWord(title.split(/\s+/).at(-1) ?? '') || isRoleWord(surname) || !isNameWord(surname))
          continue;
        if (this.titled.some((t) => t.name === surname || t.name.endsWith(` ${surname}`))) continue;
        this.titled.push({ name: surname, role: spelledOut(title.toLowerCase()), paragraph: u.paragraph });
      }
      at += u.text.length + 1;
    }
    // Read again, every full name now known: the gender the text gives a surname written alone.
    for (const u of units) this.readLoneSurname(u.text);
  }

  /**
   * "Obama said he wants …", "Clinton herself" in an article that names only "Michelle Obama" (or also
   * "Bill Clinton") in full: the gender the text gives a surname written alone — a subject pronoun right
   * after its verb of saying, or a reflexive right after it — and no honorific before it. Sentences that
   * disagree leave it unknown.
   */
  private readLoneSurname(text: string): void {
    if (!/\b(?:he|she|himself|herself)\b/iu.test(text)) return;
    for (const m of text.matchAll(LONE_SURNAME_GENDER)) {
      const word = (m[1] ?? '').replace(/['’]s?$/u, '');
      if (!this.isPersonName(word) || honorificGender(text.slice(Math.max(0, m.index - 8), m.index)))
        continue;
      // (The full name written there is its own: "Ana Roe said she …" says nothing of "Roe" alone; a title
      // before it, "President Obama said he", is no part of a name.)
      const before = /(\p{Lu}[\p{L}\p{M}.'’-]*)\s+$/u.exec(
        text.slice(Math.max(0, m.index - 30), m.index),
      )?.[1];
      if (before !== undefined && !isRoleWord(before.replace(/\.$/u, ''))) continue;
      const key = nameKey(word);
      const gender: Gender = /^(?:he|himself)$/iu.test(m[2] ?? m[3] ?? '') ? 'm' : 'f';
      const known = this.loneGenders.get(key);
      this.loneGenders.set(key, known === undefined || known === gender ? gender : null);
    }
  }

  /**
   * namesIn's answer for a unit's text, kept: the constructor reads every unit's names, and `advance` reads
   * a unit's again (the same text when it holds no quotation).
   */
  private namesOf(text: string): Array<{ name: string; at: number }> {
    const known = this.namesByText.get(text);
    if (known) return known;
    const names = namesIn(text);
    this.namesByText.set(text, names);
    return names;
  }

  private readonly namesByText = new Map<string, Array<{ name: string; at: number }>>();

  /** Moves to the next unit (its offset in the article's text) and learns what it says about people. */
  advance(text: string, paragraph: number, offset: number): void {
    this.position = offset;
    const names = this.namesOf(text)
      .filter((n) => isPersonLike(n.name))
      .map((n) => this.fullName(n.name));
    // A known person by surname alone ("Zelenskyy’s refusal …") is a mention too; "Mr. Trump" is no
    // "Ivanka Trump" named before.
    for (const m of text.matchAll(CAPITALISED)) {
      const word = m[0].replace(/['’]s?$/u, '');
      const honoured = honorificGender(text.slice(Math.max(0, m.index - 8), m.index));
      // "Mr. Trump" is a person however the article names him, full name or none.
      if (!this.byWord.has(nameKey(word)) && !honoured) continue;
      if (!honoured && isModifierUse(text, m.index, m[0])) continue;
      const full = this.fullName(word, honoured);
      if ((full !== word || honoured) && !names.includes(full)) names.push(full);
    }
    for (const name of names) this.mentions.push({ name, kind: 'person', paragraph });
    const distinctNames = new Set(names);
    const fresh = [...distinctNames].filter((n) => !this.seenPeople.has(n));
    this.introducedSpeaker = this.spokeHere;
    this.introduced =
      distinctNames.size === 1 && fresh.length === 1 && /\s/.test(fresh[0] as string)
        ? { name: fresh[0] as string, paragraph }
        : undefined;
    for (const n of distinctNames) this.seenPeople.add(n);
    // "Mr Joseph", "Mrs Thatcher", "Sir Keith": honorifics tell gender.
    for (const m of text.matchAll(HONORIFIC_NAME)) {
      const gender = /^(?:Mr|Sir|Lord)$/.test(m[1] ?? '') ? 'm' : 'f';
      const key = nameKey(this.fullName((m[2] ?? '').replace(/['’]s?$/u, ''), gender));
      if (!this.sureGenders.has(key)) {
        this.sureGenders.set(key, gender);
        this.genders.set(key, gender);
      }
    }
    // Bodies of two capitalised words or more ("Indonesia AirAsia", "Food Standards Agency"), for "it" and "the airline".
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const run = m[0].replace(/['’]s$/u, '').split(/\s+/);
      if (isBodyName(run) || /air/i.test(m[0]))
        this.mentions.push({ name: run.join(' '), kind: 'body', paragraph });
    }
    // A sentence about one person that says "he" or "she" tells that person's gender.
    const distinct = [...new Set(names)];
    if (distinct.length === 1) {
      // (From where the person is first written on: a pronoun before them is someone's already in view,
      // "She told Harry about it" says nothing of Harry.)
      const firstAt = Math.min(
        ...(distinct[0] as string)
          .split(/\s+/)
          .map((w) => wholeWordIndex(text, w))
          .filter((i) => i >= 0),
      );
      const words = text
        .slice(Number.isFinite(firstAt) ? firstAt : 0)
        .toLowerCase()
        .split(/[^\p{L}\p{M}]+/u);
      const male = words.some((w) => MALE.has(w));
      const female = words.some((w) => FEMALE.has(w));
      const key = nameKey(distinct[0] as string);
      // Not against the person's first name: "… she has become angry …, a view voiced by her defence
      // minister, George Younger" is about someone else, named before.
      const named = nameGender((distinct[0] as string).split(' ')[0] ?? '');
      if (male !== female && !this.genders.has(key) && (named === undefined || named === (male ? 'm' : 'f')))
        this.genders.set(key, male ? 'm' : 'f');
    }
    // Who the unit opens on: "Zelenskyy’s refusal …" makes the next "He" Zelenskyy.
    const opened = OPENING.exec(text.trim());
    // "Defence chief Martin Herem met …", "Estonia's defence minister Anu Tamm visited …": role words in
    // lower case between the opening's capitals and the name; the sentence opens on the name after them.
    let openedEnd = opened?.[0].length ?? 0;
    let openRun = opened?.[1];
    let served = false;
    // ("NASA Goddard Institute for Space Studies climatologist Ana Roe": as often as they come.)
    for (let k = 0; opened && k < 4; k++) {
      const titled = LOWER_TITLE_THEN_NAME.exec(text.trim().slice(openedEnd));
      const between = (titled?.[1] ?? '').trim().split(/\s+/);
      // (A role word among them: "But the Fed and …" opens on no one.)
      // ("Plaid Cymru's local government spokesman Dai Lloyd", "Lib Dem home affairs spokesman Ana Roe": the
      // words that describe the role, nouns and adjectives, when a role word stands right before the name;
      // no verb, pronoun or determiner among them: "Acme fired its chief Ana Roe" opens on Acme.)
      const describing = (w: string) =>
        !tagsOf(w).some((t) => NOT_TITLE_TAGS.has(t)) &&
        !/(?:ed|ing|ly)$/.test(w) &&
        !/^(?:the|a|an|and|or|but|to|with|by|as|his|her|its|their|our|my|your|is|was|has|had|have|be|who|that|which)$/.test(
          w,
        );
      if (
        !titled ||
        !between.some((w) => isRoleWord(w)) ||
        !between.every(
          (w) => isRoleWord(w) || TITLE_GLUE.test(w) || (isRoleWord(between.at(-1) ?? '') && describing(w)),
        )
      )
        break;
      openRun = titled[2];
      openedEnd += titled[0].length;
      served = /^(?:of|for|at)$/.test(between.at(-1) ?? '');
    }
    // "A spokesman for Acme Builders, Dr Ravi Patel, told …": the body a role serves, then the role's holder
    // in apposition; the sentence opens on the holder.
    const holder = served
      ? /^\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s*,/u.exec(
          text.trim().slice(openedEnd),
        )
      : null;
    if (holder?.[1]) openRun = holder[1];
    // "His friend, Ana Roe, leader of …, lays …", "Her lawyer, Tom Lee, said …": a relation or a trade of
    // someone in view, then its holder in apposition; the sentence opens on the holder.
    const related =
      /^(?:His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})\s*,/u.exec(
        text.trim(),
      );
    if (related?.[1]) openRun = related[1];
    // "Rodrigo Almeida and Tomasz Nowak signed …": a sentence that opens on two people opens on neither.
    const two = opened ? /^\s*(?:and|&)\s+\p{Lu}/u.test(text.trim().slice(openedEnd)) : false;
    // ("The Mac mini also fell short …": an article, one capitalised word and a noun open on a thing.)
    const thing =
      openRun === opened?.[1] &&
      /^(?:The|A|An)\s+\S+\s*$/u.test(openRun ?? '') &&
      /^\p{Ll}/u.test(text.trim().slice(openedEnd));
    const open = two || thing ? undefined : openRun?.trim().replace(/['’]s$/u, '');
    const last = open?.split(/\s+/).at(-1);
    // "French Foreign Minister Jean-Noel Barrot, …": the name the opening ends on, role words left out.
    // A sentence that opens on "He" or "She" goes on about the person the one before opened on.
    if (!/^(?:He|She)\s/.test(text.trim()) || this.opening === undefined) {
      this.opening = last && this.byWord.has(nameKey(last)) ? this.fullName(last) : undefined;
      this.openingSpeaker = this.spokeHere;
    }
    this.openingParagraph = paragraph;
    if (!OPENS_ON_IT.test(text.trim())) {
      const body = OPENED_ON_NAME.exec(text.trim())?.[1];
      this.openedOnBody = body && this.isBodyOpening(body) ? { name: body, paragraph } : undefined;
    }
    this.spokeHere = undefined;
  }

  /**
   * A name a sentence opens on that is no person's: not a name the article gives a person, no first name
   * or honorific at its head, and, a single word, no word of the lexicon but a place's or a body's ("Shares",
   * "Here").
   */
  private isBodyOpening(name: string): boolean {
    const words = name.split(/\s+/);
    const first = words[0] ?? '';
    if (/^(?:It|He|She|They|We|I|This|That|These|Those|There|Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?$/u.test(first))
      return false;
    if (nameGender(first) !== undefined) return false;
    if (words.some((w) => this.byWord.has(nameKey(w.replace(/['’]s$/u, ''))))) return false;
    if (personNames(name).length > 0) return false;
    if (words.length === 1) {
      const tags = tagsOf(first.toLowerCase());
      if (tags.length > 0)
        return tags.some((t) => PLACE_TAGS.has(t) || t === 'Organization' || t === 'ProperNoun');
    }
    return true;
  }

  /**
   * The people a stretch of text names, in full ("Judy Avalos") or by a name the article gave in full
   * before ("When investigators questioned Avalos …, she said" names Judy Avalos).
   */
  namesIn(text: string): string[] {
    const names = namesIn(text).map((n) => n.name);
    for (const m of text.matchAll(CAPITALISED)) {
      const word = m[0].replace(/['’]s?$/u, '');
      if (!this.byWord.has(nameKey(word)) || isModifierUse(text, m.index, m[0])) continue;
      const full = this.fullName(word);
      if (full !== word && !names.includes(full)) names.push(full);
    }
    return names;
  }

  /**
   * The full name a short or partial name stands for, nearest before, else first after; itself otherwise.
   * With a gender (an honorific's: "Mr. Trump"), a full name of the other gender is not it ("Ivanka Trump").
   */
  fullName(name: string, gender?: Gender): string {
    const key = nameKey(name).split(' ').filter(Boolean);
    if (key.length === 0) return name;
    // "Lindsey wrote" after "C.K. Walker aka “Lindsey”": the name the person goes by is theirs.
    const alias = this.aliases.size > 0 ? this.aliases.get(key.join(' ')) : undefined;
    if (alias) return alias;
    const contains = (full: string[]) => {
      for (let i = 0; i + key.length <= full.length; i++)
        if (key.every((k, j) => full[i + j] === k)) return true;
      return false;
    };
    let matches = (this.byWord.get(key[0] as string) ?? []).filter(
      (f) => f.key.length > key.length && contains(f.key),
    );
    // "Te Kaurinui Parata" for "Te Kaurinui Robert Parata", "Dale Ho" for "Dale E. Ho": same first and last
    // names, the words in order with a middle name left out; only when one full name fits.
    if (matches.length === 0 && key.length >= 2) {
      const inOrder = (full: string[]) => {
        let i = 0;
        for (const w of full) if (w === key[i]) i++;
        return i === key.length;
      };
      const fits = (this.byWord.get(key[0] as string) ?? []).filter(
        (f) =>
          f.key.length > key.length && f.key[0] === key[0] && f.key.at(-1) === key.at(-1) && inOrder(f.key),
      );
      if (new Set(fits.map((f) => f.name)).size === 1) matches = fits;
    }
    // "Obama said" where the text makes the surname alone a man's and names only "Michelle Obama" in full:
    // no full name of the other gender is his; none left, the surname stays as written.
    const lone =
      gender === undefined && key.length === 1 ? this.loneGenders.get(key[0] as string) : undefined;
    if (gender || lone)
      matches = matches.filter((f) => {
        const g = this.sureGenders.get(nameKey(f.name)) ?? nameGender(f.name.split(' ')[0] ?? '');
        return g === undefined || g === (gender ?? lone);
      });
    // (None left that ends on the surname: the surname as written, not a body's name it opens, "Trump TV".)
    if (lone && !matches.some((f) => f.key.at(-1) === key[0])) return name;
    // "Microsoft announced" is no short form of "Microsoft Threat Intelligence": a company's or body's
    // name the lexicon knows is not widened with words after it (a person's surname is, with a first name
    // before it; a surname written first, "Liu" for "Liu Xiaming", is no organisation's).
    if (key.length === 1 && tagsOf(key[0] as string).includes('Organization'))
      matches = matches.filter((f) => f.key.at(-1) === key[0]);
    if (matches.length === 0 && key.length === 1) matches = this.misspelt(key[0] as string);
    if (matches.length === 0) return name;
    // "United Nations" is no short form of "United Nations High" (a person-like run cut from "United Nations
    // High Commissioner …"): a body's or a country's name of two words or more is whole as written (a
    // surname alone, "Paris", "Phoenix", still reaches the full name).
    const last = (key.at(-1) as string).toLowerCase();
    if (
      key.length >= 2 &&
      (ORG_WORDS.has(last) ||
        ORG_WORDS.has(last.replace(/s$/, '')) ||
        tagsOf(key.join(' ').toLowerCase()).some((t) => PLACE_TAGS.has(t) || t === 'Organization'))
    )
      return name;
    // "Amina Ali Nkeki" and "Amina Ali": one person named in full, then by the first words of the name
    // (the last one dropped, as a later mention may), is the fullest form — when the fuller name came
    // first and the words it adds are no word the lexicon knows ("Uma Thurman Abuse Claims", a headline's
    // run, is no fuller name; nor "Sally Ride Science", a body named after her later).
    const fuller = (f: FullName) =>
      matches.find(
        (g) =>
          g.key.length > f.key.length &&
          g.at < f.at &&
          f.key.every((w, j) => g.key[j] === w) &&
          g.key.slice(f.key.length).every((w) => tagsOf(w).length === 0 && !GENERATION.test(w)),
      ) ?? f;
    if (matches.length > 1) matches = matches.map(fuller);
    // "Mateen said" after "Seddique Mateen … his son, Omar Mateen": a surname shared with a relative the
    // article introduced by the relation is the other person's.
    if (key.length === 1 && new Set(matches.map((f) => f.name)).size > 1) {
      const own = matches.filter((f) => !f.relative);
      if (own.length > 0) matches = own;
    }
    // "Cross also said" after "Shannon Cross, an analyst at Cross Research": a surname alone is the person's
    // named in full, not the name of a firm it opens, when a first name the lexicon knows says so.
    const endsOn = (f: FullName) =>
      (f.key.at(-1) === key[0] ||
        (f.key.length >= 3 && GENERATION.test(f.key.at(-1) ?? '') && f.key.at(-2) === key[0])) as boolean;
    if (key.length === 1 && matches.some((f) => !endsOn(f))) {
      const surname = matches.filter(endsOn);
      if (surname.some((f) => firstNameGender(f.name.split(' ')[0] ?? '') !== undefined)) matches = surname;
    }
    // "Michael Bloomberg" and "Michael R. Bloomberg": one person named once with a middle name; the
    // fullest form is the name (each shorter one its first and last words, the middle left out).
    const distinct = [...new Map(matches.map((f) => [f.name, f])).values()];
    if (distinct.length > 1) {
      const longest = distinct.reduce((a, b) => (b.key.length > a.key.length ? b : a));
      const within = (f: FullName) => {
        let i = 0;
        for (const w of longest.key) if (w === f.key[i]) i++;
        return i === f.key.length && f.key[0] === longest.key[0] && f.key.at(-1) === longest.key.at(-1);
      };
      if (distinct.every(within)) return longest.name;
    }
    const before = matches.filter((f) => f.at <= this.position);
    // "Jones said" after "Ann Jones" and "Bob Jones" are both named: the one the article last named in
    // full before this unit, not the one it named first latest ("Jerry Jones … Stephen Jones … Jerry Jones
    // said …" then "Jones said" is Jerry).
    if (new Set(before.map((f) => f.name)).size > 1) {
      const last = (f: FullName) => {
        const named = this.namedAt.get(f.key.join(' ')) ?? [];
        let out = f.at;
        for (const x of named) if (x <= this.position && x > out) out = x;
        return out;
      };
      return before.reduce((a, b) => (last(b) >= last(a) ? b : a)).name;
    }
    return (before.at(-1) ?? matches[0])?.name ?? name;
  }

  /**
   * "Schelsinger said" after "Helmut Schlesinger", "Attiya" after "Ali Hamad al-Attiya": a surname that fits
   * no name the article gives, one letter off the surname of exactly one person it names in full (a letter
   * added, dropped or changed, or two swapped; the first letter kept) or that surname without its "al-",
   * is that person's, misspelt, as wire copy sometimes does. A word the lexicon knows, a plural's "s" or a
   * short word is never read so.
   */
  private misspelt(word: string): FullName[] {
    if (word.length < 5 || tagsOf(word).length > 0) return [];
    // (Every full name is read in the constructor, so a word's answer is fixed: asked again and again in a
    // long article, the walk over all its names made a megabyte's reading grow with its square.)
    const known = this.misspeltOf.get(word);
    if (known) return known;
    const found = this.misspeltAmongAll(word);
    this.misspeltOf.set(word, found);
    return found;
  }

  /** misspelt's answers, by word. */
  private readonly misspeltOf = new Map<string, FullName[]>();

  private misspeltAmongAll(word: string): FullName[] {
    const surnames = (this.surnames ??= this.readSurnames());
    const fits = [
      ...(surnames.byInitial.get(word[0] ?? '') ?? []).filter((s) => oneEdit(s.last, word)),
      ...surnames.withParticle.filter((s) => s.last.slice(2) === word),
    ]
      .sort((a, b) => a.order - b.order)
      .map((s) => s.name);
    return new Set(fits.map((f) => f.name)).size === 1 ? fits : [];
  }

  /**
   * Each full name once, in the order `byWord` holds them, with its surname: by the surname's first letter,
   * and apart those whose surname has an "al-" or "el-" (misspeltAmongAll's candidates, read once: every
   * full name is read in the constructor).
   */
  private surnames:
    | {
        byInitial: Map<string, Array<{ name: FullName; last: string; order: number }>>;
        withParticle: Array<{ name: FullName; last: string; order: number }>;
      }
    | undefined;

  private readSurnames(): NonNullable<Referents['surnames']> {
    const byInitial = new Map<string, Array<{ name: FullName; last: string; order: number }>>();
    const withParticle: Array<{ name: FullName; last: string; order: number }> = [];
    const seen = new Set<FullName>();
    for (const list of this.byWord.values())
      for (const f of list) {
        // ("Donald B. Verrilli Jr.": the surname before a generation's suffix.)
        const last = GENERATION.test(f.key.at(-1) ?? '') ? f.key.at(-2) : f.key.at(-1);
        if (!last || f.key.length < 2 || seen.has(f)) continue;
        seen.add(f);
        const entry = { name: f, last, order: seen.size };
        if (/^(?:al|el)-/iu.test(f.name.split(/\s+/).at(-1) ?? '')) withParticle.push(entry);
        else {
          const initial = byInitial.get(last[0] as string);
          if (initial) initial.push(entry);
          else byInitial.set(last[0] as string, [entry]);
        }
      }
    return { byInitial, withParticle };
  }

  /** Whether a word is the surname of a person the article names in full ("Bezos" for "Jeff Bezos"). */
  isPersonName(word: string): boolean {
    const key = nameKey(word);
    return (this.byWord.get(key) ?? []).some((f) => f.key.at(-1) === key);
  }

  /** A name something read as a person's: a gender the text or its first name gave, or a first name at its head. */
  private readAsSomeone(name: string): boolean {
    return (
      this.sureGenders.has(nameKey(name)) ||
      this.genderOf(name) !== undefined ||
      isFirstName((name.split(/\s+/)[0] ?? '').replace(/\./g, ''))
    );
  }

  /** A one-word name the article gives no one in full and no gender ("Zentrol said"): a body's, as it speaks. */
  private loneWordOfNoOne(name: string): boolean {
    return !/\s/.test(name) && !this.byWord.has(nameKey(name)) && this.genderOf(name) === undefined;
  }

  /**
   * A capitalised run read as a person's name that is likely no one's: no first name, no gender anything
   * gave it, never a speaker, and an acronym, a common noun or a place among its words ("BBC News", "Rust
   * Belt", "Florida State"). It is no rival to a person of the pronoun's gender; a name of unknown words
   * ("Judd Apatow") still is.
   */
  private nameOfNoOne(m: Mention, near: readonly Mention[]): boolean {
    if (this.readAsSomeone(m.name) || near.some((x) => x.name === m.name && x.spoke)) return false;
    return m.name
      .split(/\s+/)
      .some(
        (w) =>
          /^\p{Lu}{2,}$/u.test(w) ||
          tagsOf(w.toLowerCase()).some((t) => COMMON_NOUN_TAGS.has(t) || PLACE_TAGS.has(t)),
      );
  }

  /** A name read as a person's that is a plural of people ("Officials", "Environmentalists"): nothing made it someone's. */
  private pluralOfPeople(name: string): boolean {
    if (this.readAsSomeone(name)) return false;
    return tagsOf((name.split(/\s+/).at(-1) ?? '').toLowerCase()).includes('Plural');
  }

  /**
   * A name read as a person's that "he" or "she" cannot stand for, nothing having made it someone's (no
   * gender, no first name): a body, a team or a plural the lexicon knows ("Nato", "Arizona Cardinals",
   * "Investigators"), or a run that opens on a people's or a place's name ("British Transport" cut from
   * "British Transport police"). A gendered singular pronoun is a person's: better empty than a body.
   */
  private noOneByName(name: string): boolean {
    const words = name.split(/\s+/);
    const first = words[0] ?? '';
    const people = (w: string) => PLAIN_DEMONYM.test(w) || tagsOf(w.toLowerCase()).includes('Demonym');
    // ("British Transport police … said he …": a run that opens on a people's name is no one's, whatever
    // gender the sentence's pronouns gave it; only what the text states, or a first name, makes it someone's.)
    if (
      words.length > 1 &&
      people(first) &&
      !this.sureGenders.has(nameKey(name)) &&
      nameGender(first) === undefined &&
      !isFirstName(first)
    )
      return true;
    if (this.readAsSomeone(name)) return false;
    if (tagsOf(name.toLowerCase()).some((t) => BODY_TAGS.has(t))) return true;
    // ("PM EDT", "BBC", "TfL": letters in capitals only, or a short word of two capitals or more, are an
    // acronym's, a body's or a time's.)
    if (!/\p{Ll}/u.test(name) || /^(?=\p{L}{2,4}$)\p{Lu}\p{Ll}?\p{Lu}/u.test(name)) return true;
    const last = words.at(-1) ?? '';
    // ("Investigators", "New Yorkers", "East African": a plural or a people for its head word.)
    if (tagsOf(last.toLowerCase()).includes('Plural') || people(last)) return true;
    return words.length > 1 && tagsOf(first.toLowerCase()).some((t) => PLACE_TAGS.has(t));
  }

  /** A name of two words or more with no first name or gender known, its last word a common noun. */
  private nounHeadedName(name: string): boolean {
    if (this.readAsSomeone(name)) return false;
    const tags = tagsOf((name.split(/\s+/).at(-1) ?? '').toLowerCase());
    return tags.some((t) => COMMON_NOUN_TAGS.has(t)) && !tags.some((t) => NOT_NOUN_HEAD_TAGS.has(t));
  }

  /**
   * The person the unit read last opened on ("Mr Valentine, who …, agreed.", "Environment Secretary Ana
   * Roe rejected the plan."), when that unit is in `paragraph` and no one spoke in it: the one a quotation
   * standing alone right after it goes on about. Read before `advance` takes the quotation's own unit.
   */
  openedOnInNarration(paragraph: number): string | undefined {
    if (this.openingParagraph !== paragraph || this.openingSpeaker !== undefined) return undefined;
    return this.opening;
  }

  genderOf(name: string): Gender | undefined {
    return this.genders.get(nameKey(name)) ?? nameGender(name.split(' ')[0] ?? '');
  }

  /** Everyone who spoke, latest last, however far back (the last 200). */
  private readonly speakers: Mention[] = [];
  /** Bodies that spoke, latest last, however far back: "the airline said" may reach any of them. */
  private readonly bodies: Mention[] = [];
  private remember(name: string, paragraph: number): void {
    const i = this.bodies.findIndex((b) => b.name === name);
    if (i >= 0) this.bodies.splice(i, 1);
    this.bodies.push({ name, kind: 'body', paragraph });
    if (this.bodies.length > 200) this.bodies.shift();
  }

  /** Records a speaker the text attributed a claim to: the nearest referent for what follows. */
  spoke(phrase: Phrase, paragraph: number): void {
    if (phrase.kind === 'pronoun' || phrase.kind === 'outlet') return;
    if (phrase.kind === 'person' && phrase.gender) {
      const key = nameKey(phrase.name);
      if (!this.genders.has(key)) {
        this.genders.set(key, phrase.gender);
        // (Only the lexicon's reading of the first name, "Kristen": nothing the text says.)
        if (phrase.guessed) this.guessedGenders.add(key);
      }
    }
    const m: Mention = { name: phrase.name, kind: phrase.kind, paragraph, spoke: true };
    this.spokeHere = phrase.name;
    if (phrase.role) {
      m.role = phrase.role;
      this.roles.push(m as Mention & { role: string });
    }
    this.mentions.push(m);
    this.speakers.push(m);
    if (this.speakers.length > 200) this.speakers.shift();
    if (phrase.kind === 'body') this.remember(phrase.name, paragraph);
  }

  /**
   * The body that spoke last, when it spoke in this paragraph or the one before: what "it said", "the
   * group said" and an unnamed "spokesman said" go on with ("Allianz said …. However, it said …"; "the
   * Roe Institute said …. The group added …"); none when the last to speak was a person, or (`named`)
   * was no body the text names.
   * (A one-word name the article gives no one in full and no gender, "Allianz said", is a body's.)
   */
  bodyThatSpoke(paragraph: number, named = false): Mention | undefined {
    const speaker = this.mentions.findLast((m) => m.spoke);
    if (!speaker || paragraph - speaker.paragraph > 1) return undefined;
    // (Named, its last word no lower-case word: "Sources within the party" or "the company" is no body named.)
    if (named && /^\p{Ll}/u.test(speaker.name.split(/\s+/).at(-1) ?? '')) return undefined;
    const bodyLike =
      speaker.kind === 'body' ||
      (speaker.kind === 'person' && this.loneWordOfNoOne(speaker.name)) ||
      // "The National Archives said …. It added …": a name of two words or more the lexicon reads as a
      // person's, with no first name, no gender anything gave it, and a common noun for its last word
      // ("Warehouse", "Archives", "Aid"; not "Swift", which is no noun), is a body's.
      (speaker.kind === 'person' && /\s/.test(speaker.name) && this.nounHeadedName(speaker.name));
    return bodyLike ? { ...speaker, kind: 'body' } : undefined;
  }

  /**
   * The body that spoke last however far back, among those `accept` takes: "the company says" paragraphs
   * after "Big Machine says …" with no business named in view.
   */
  lastBodyThatSpoke(accept: (name: string) => boolean): string | undefined {
    // (A body; a name the text gave a body's noun as its role, "The group that owns it, Big Machine, says";
    // a one-word name the article gives no one in full and no gender, "Zentrol said", as `bodyThatSpoke`
    // reads it. Not a group of people: "Owners of the T-90".)
    const bodyRole = (role: string | undefined) =>
      role !== undefined &&
      [role.split(/\s+/)[0], role.split(/\s+/).at(-1)].some(
        (w) => w !== undefined && (ORG_NOUNS.test(w) || COMPANY_NOUNS.has(w)),
      );
    const body = (m: Mention) =>
      /^\p{Lu}/u.test(m.name) && (m.kind === 'body' || bodyRole(m.role) || this.loneWordOfNoOne(m.name));
    return this.speakers.findLast((m) => body(m) && accept(m.name))?.name;
  }

  /** The person the text gave a role holding all these words ("prime minister"), nearest before. */
  private roleHolder(words: readonly string[], paragraph: number): Mention | undefined {
    if (words.length < 2) return undefined;
    // The words' patterns built once, not once per role looked at (a long article gives many roles).
    const patterns = words.map(wholeWord);
    const has = (role: string) => patterns.every((p) => p.test(role)) && isSameOffice(role, words);
    const spoke = this.roles.lastWithSame(
      words[0] ?? '',
      words.join('\u0000'),
      (m) => m.kind === 'person' && has(m.role),
    );
    if (spoke) return spoke;
    // "Austria's interior minister said …" then "Interior Minister Ana Roe" within two paragraphs after.
    // (The people whose role holds the words are picked out of all the article's once per words: every
    // "the minister said" of a long article looked at them all again.)
    const key = words.join('\u0000');
    let holders = this.titledWith.get(key);
    if (!holders) {
      holders = this.titled.filter((t) => has(t.role));
      this.titledWith.set(key, holders);
    }
    const titled =
      holders.findLast((t) => t.paragraph <= paragraph) ?? holders.find((t) => t.paragraph <= paragraph + 2);
    return titled ? { name: titled.name, kind: 'person', paragraph } : undefined;
  }

  /** roleHolder's people of `titled` (fixed after the constructor) whose role holds each list of words. */
  private readonly titledWith = new Map<string, Array<{ name: string; role: string; paragraph: number }>>();

  /**
   * "The head of the Red Cross delegation said": the person the text gave that role in that body
   * ("Pierre Dupont, the head of the Red Cross delegation"), or undefined when it named no one so.
   */
  holderOfRoleIn(role: string, body: string, paragraph: number): Mention | undefined {
    const words = `${role} ${body}`
      .split(/\s+/)
      .filter((w) => w !== '' && !/^(?:the|of|a|an|for|and)$/i.test(w));
    return this.roleHolder(words, paragraph);
  }

  /** The speaker a pronoun or definite noun refers to, or undefined when nothing compatible is near. */
  resolve(
    refers: string,
    gender: Gender | undefined,
    paragraph: number,
    before: readonly string[] = [],
    initial = false,
    tag = false,
    after: readonly string[] = [],
  ): Mention | undefined {
    // Older mentions are out of reach for good: dropping them keeps long articles linear.
    while (this.mentions.length > 0 && paragraph - (this.mentions[0] as Mention).paragraph > REACH)
      this.mentions.shift();
    // Names earlier in the same unit ("When investigators questioned Avalos …, she said") come first.
    const here: Mention[] = before.map((name) => ({ name: this.fullName(name), kind: 'person', paragraph }));
    const all = [...here.reverse(), ...[...this.mentions].reverse()];
    // "He described Roe as …", "she said Roe had left": a person the pronoun's own clause names after it
    // is someone else (a name never stands for the pronoun that governs it).
    const barred = new Set(after.map((n) => this.fullName(n)));
    const near = barred.size > 0 ? all.filter((m) => m.kind !== 'person' || !barred.has(m.name)) : all;
    if (refers === 'he' || refers === 'she') {
      const fits = (m: Mention) => {
        // "the boyfriend", "a source close to the probe": one person, unnamed, of the noun's gender if it has one.
        // ("a senior Ukrainian official told reporters": read as a body by its demonym, still one person.)
        if (m.kind !== 'person' && m.spoke && isUnnamedOne(m.name)) {
          const g = genderOfWords(m.name.toLowerCase().split(/\s+/));
          return g === undefined || gender === undefined || g === gender;
        }
        if (m.kind !== 'person') return false;
        // "the United States announced …" then "She spoke out …": a country is no one "he" or "she" is.
        if (tagsOf(m.name.toLowerCase().replace(/^the\s+/, '')).some((t) => PLACE_TAGS.has(t))) return false;
        // "the Panama Papers …. He says": a name that opens on a country's, no first name the lexicon knows
        // ("Chad Roe" is someone), is a thing's or a body's ("Panama Papers", "Kenya Airways").
        if (countryFirst(m.name) || this.noOneByName(m.name)) return false;
        const g = this.genderOf(m.name);
        return g === undefined || gender === undefined || g === gender;
      };
      // The person the previous sentence opened on; else the last speaker, if the pronoun fits them;
      // else the nearest person it fits, unless another person it fits is as near (same paragraph,
      // different name): two candidates of the gender leave it empty.
      // One person named earlier in the same sentence, of the pronoun's gender as the text states it
      // ("Thomas' sister pleaded with him …, but he replied"), before anyone further back.
      const sure = (m: Mention) => {
        const g = this.sureGenders.get(nameKey(m.name)) ?? nameGender(m.name.split(' ')[0] ?? '');
        return gender !== undefined && g === gender;
      };
      const inUnit = new Set(here.filter((m) => fits(m)).map((m) => m.name));
      const own = here.find(sure);
      // Not in a tag after the words it reports ("Mr Roe has failed the country, he said"): a person named
      // in them is what the speaker in view, who spoke last, talks about.
      const talking = near.find((m) => m.spoke);
      const reported = tag && talking !== undefined && talking.name !== own?.name && fits(talking);
      if (inUnit.size === 1 && own && !reported) return own;
      const open = near.find((m) => m.name === this.opening && m.kind === 'person');
      if (open && fits(open) && paragraph - this.openingParagraph <= 1) {
        // "Tom Bale was anxious, Ms Kell said. “…,” she said": the one whose words the opening stood in,
        // of the pronoun's gender as the text or a first name states it, before the person they spoke of,
        // whose gender nothing states.
        const teller = this.openingSpeaker;
        const told =
          teller !== undefined && teller !== open.name
            ? near.find((m) => m.spoke && m.name === teller && m.kind === 'person')
            : undefined;
        return told && fits(told) && sure(told) && !sure(open) ? told : open;
      }
      const speaker = near.find((m) => m.spoke);
      // "One dissenting voice was Ana Roe, an analyst at Acme. She said: …": a sentence that opens on the
      // pronoun, after one that named one person, for the first time and no one else, goes on about them.
      const fresh = this.introduced;
      // (Not one named inside the words of the last to speak, whom the pronoun fits: "… differences with his
      // predecessor, Tom Bale, the mayor added. He said …" goes on with the mayor.)
      const inTheirWords =
        this.introducedSpeaker !== undefined &&
        this.introducedSpeaker === speaker?.name &&
        speaker.name !== fresh?.name &&
        fits(speaker);
      if (
        initial &&
        fresh &&
        paragraph - fresh.paragraph <= 1 &&
        speaker?.name !== fresh.name &&
        !inTheirWords
      ) {
        const m = near.find((x) => x.name === fresh.name && x.kind === 'person');
        // (Of the pronoun's gender by the first name or an honorific: a capitalised run read as a name, "ABC
        // News", is not enough.)
        if (m && fits(m) && sure(m)) return m;
      }
      if (speaker && fits(speaker)) return speaker;
      // "A spokesman for Acme said the risk was low. “…,” he said": the body one unnamed person just spoke
      // for goes on speaking through them (the pronoun is the spokesman's, whom the body stands for).
      if (
        speaker?.kind === 'body' &&
        speaker.role !== undefined &&
        hasOnePersonHead(speaker.role) &&
        paragraph - speaker.paragraph <= 1
      ) {
        const g = genderOfWords(speaker.role.toLowerCase().split(/\s+/));
        if (g === undefined || gender === undefined || g === gender) return speaker;
      }
      // "Ana Roe of Acme said …. The association disagreed …. “…,” she added.": a body or a group that
      // spoke since leaves the last person who spoke in view; the pronoun, which no body is, goes on with
      // that person when the text or the first name makes them of its gender, and no one else of it was
      // named since (a person who spoke since and does not fit stops the search). Not when one person
      // spoke for what spoke since ("a spokeswoman for the airline said", "a county mechanic said"): the
      // pronoun may be theirs.
      const lastPerson =
        speaker && speaker.kind !== 'person' ? near.find((m) => m.spoke && m.kind === 'person') : undefined;
      const since = lastPerson ? near.slice(0, near.indexOf(lastPerson)) : [];
      const spokeForOne = (m: Mention) => {
        if (m.kind === 'person' || !m.spoke) return false;
        // (A body read off words in lower case, "formerly managed by …", is a description, maybe a person's.)
        if (
          m.role === undefined &&
          !hasOnePersonHead(m.name) &&
          !(m.kind === 'body' && /^\p{Ll}/u.test(m.name))
        )
          return false;
        const g = genderOfWords(`${m.role ?? ''} ${m.name}`.toLowerCase().split(/\s+/));
        return g === undefined || gender === undefined || g === gender;
      };
      if (
        lastPerson &&
        fits(lastPerson) &&
        sure(lastPerson) &&
        paragraph - lastPerson.paragraph <= 1 &&
        !since.some(
          (m) => spokeForOne(m) || (m.kind === 'person' && m.name !== lastPerson.name && fits(m) && sure(m)),
        )
      )
        return lastPerson;
      // "Prime Minister Kristen Michal said …. “…,” he added.": the person the sentence before opened on,
      // given a role there and the last to speak, is the one "he" goes on about, whatever the lexicon reads
      // off the first name, when nothing the text says of them (an honorific, a pronoun) gave their gender.
      // Not when someone else named since the sentence opened fits the pronoun as the lexicon or the text
      // tells ("… voiced by her defence minister, George Younger. He told …" is no "Margaret Thatcher").
      if (
        open &&
        speaker?.name === open.name &&
        speaker.role &&
        paragraph - this.openingParagraph <= 1 &&
        !this.sureGenders.has(nameKey(open.name)) &&
        (!this.genders.has(nameKey(open.name)) || this.guessedGenders.has(nameKey(open.name))) &&
        !near.some(
          (m) =>
            m.kind === 'person' &&
            m.name !== open.name &&
            m.paragraph >= this.openingParagraph &&
            sure(m) &&
            fits(m),
        )
      )
        return speaker;
      const nearest = near.find(fits);
      if (!nearest) return undefined;
      // "Estonia's prime minister, Kristen Michal, said …. He told …", Defence Minister Dovile Sakaliene
      // having spoken two paragraphs up: the pronoun goes on with the speaker of this paragraph or the one
      // before, given a role there, whom it does not fit only by the lexicon's reading of a first name
      // (nothing the text says), rather than reach back past them to someone whose gender nothing shows
      // either — the text shows neither, and the last speaker is the nearer.
      const unknown = (m: Mention) =>
        !this.sureGenders.has(nameKey(m.name)) && this.genderOf(m.name) === undefined;
      if (
        gender !== undefined &&
        speaker?.kind === 'person' &&
        speaker.name !== nearest.name &&
        paragraph - speaker.paragraph <= 1 &&
        speaker.paragraph >= nearest.paragraph &&
        speaker.role !== undefined &&
        !this.sureGenders.has(nameKey(speaker.name)) &&
        this.genderOf(speaker.name) !== undefined &&
        this.genderOf(speaker.name) !== gender &&
        unknown(nearest)
      )
        return speaker;
      const rival = near.find(
        (m) =>
          m !== nearest &&
          m.name !== nearest.name &&
          m.kind === 'person' &&
          m.paragraph === nearest.paragraph &&
          fits(m) &&
          // ("Stuart Hensel told BBC News …": a run read as a name that is no one's rivals no man.)
          !(sure(nearest) && this.nameOfNoOne(m, near)),
      );
      return rival ? undefined : nearest;
    }
    if (refers === 'they') {
      // ("Environmentalists say …. They note …": a capitalised plural the sentence opened on, read as a
      // name, is a group of people, which "they" stands for.)
      const group = (m: Mention): Mention | undefined =>
        m.kind !== 'person' ? m : this.pluralOfPeople(m.name) ? { ...m, kind: 'group' } : undefined;
      // "… but at a slower pace, they said" after "western diplomats said …": the group or body that spoke
      // last, within the paragraph before, before one the text only named since.
      const speaker = near.find((m) => m.spoke);
      const spokeAsGroup = speaker && group(speaker);
      if (spokeAsGroup && paragraph - spokeAsGroup.paragraph <= 1) return spokeAsGroup;
      for (const m of near) {
        const g = group(m);
        if (g) return g;
      }
      return undefined;
    }
    if (refers === 'it') {
      // "Allianz said it did not know …. However, it said …": the body that spoke last, within the
      // paragraph before, before a body the text only named since ("… told the Financial Times").
      const spoke = this.bodyThatSpoke(paragraph);
      if (spoke) return spoke;
      const body = near.find((m) => m.kind === 'body');
      if (body) return body;
      // "Dutch paint maker Vorlanda is to close two plants …. It blamed …": the body the sentence before
      // opened on, named by no two-word run the text records as a body.
      const opened = this.openedOnBody;
      return opened && paragraph - opened.paragraph <= 1
        ? { name: opened.name, kind: 'body', paragraph }
        : undefined;
    }
    if (refers === 'we' || refers === 'i') return undefined;
    return this.definite(refers, paragraph, near) ?? this.inView(refers, gender, paragraph, near, here);
  }

  /**
   * "said the actor", "the British royal denied", "the California Republican said": a description of a
   * person, when no one was given it as a role, is the person in view — the last speaker, else the person
   * the sentence before opened on, else the nearest person named — of the description's gender; none when
   * two people fit as near, when the unit names one itself, or when the noun brings in someone new ("the
   * official", "the mother").
   */
  private inView(
    refers: string,
    gender: Gender | undefined,
    paragraph: number,
    near: readonly Mention[],
    here: readonly Mention[],
  ): Mention | undefined {
    const words = refers.split(/\s+/);
    const head = words.at(-1) ?? '';
    // "the former studio head", "the former minister": an office the person no longer holds is found through
    // no holder of it now, so it is a description of the one the text is on, as a trade is.
    const former = /^(?:former|ex-)/.test(words[0] ?? '') && words.length > 1 && ROLE_WORDS.has(head);
    if (NOT_DESCRIPTIONS.has(head) || !(isPersonDescriptionHead(head) || former)) return undefined;
    // A trade ("the carpet fitter", "the Swiss banker") is the one the text is on, the last speaker or the
    // person the sentence before opened on — not whoever was named last; and never someone's or something's
    // ("the plane's pilot" is someone new).
    const trade = isTradeHead(head) || former;
    if (trade && words.some((w) => /['’]s$/u.test(w))) return undefined;
    const g = gender ?? genderOfWords(words);
    // A person the text names with a first name or an honorific (not a run read as a name, "Manchester
    // United"), of the description's gender as the name or the text states it.
    const fits = (m: Mention) => {
      if (m.kind !== 'person') return false;
      const key = nameKey(m.name);
      const sure = this.sureGenders.get(key) ?? nameGender(m.name.split(' ')[0] ?? '');
      const mg = sure ?? this.genders.get(key);
      // A name with no first name the lexicon knows: a person only if the text spoke of them as one (a
      // pronoun beside them, a claim of theirs).
      if (mg === undefined && !(m.spoke && /\s/.test(m.name))) return false;
      return mg === undefined || g === undefined || mg === g;
    };
    const described = (m: Mention): Mention => ({ name: m.name, kind: 'person', paragraph, described: true });
    // A person the unit itself names before the description ("The house where Ana Kell was born …, the
    // minister said") is what it reports on, as likely as its speaker: none chosen.
    // ("We don't know if Ana Roe was asked, but the singer made her position clear": a description that is
    // no title, one person named before it in the unit and no other, is that person.)
    if (here.some(fits)) {
      const named = new Set(here.filter((m) => m.kind === 'person').map((m) => m.name));
      const only = here.find(fits);
      if (named.size === 1 && only && !ROLE_WORDS.has(head)) return described(only);
      // ("As for the scene in which Roe choked Lee, the director told Deadline": of those the unit names,
      // the one who spoke last, in this paragraph or the one before, goes on speaking.)
      const last = near.find((m) => m.spoke);
      return last &&
        last.kind === 'person' &&
        named.has(last.name) &&
        fits(last) &&
        paragraph - last.paragraph <= 1
        ? described(last)
        : undefined;
    }
    const speaker = near.find((m) => m.spoke);
    const open = near.find((m) => m.name === this.opening && m.kind === 'person');
    // "… said Ana Roe. [new paragraph] Tom Lee has addressed the meeting. The chairman said …": the person
    // the sentence before opened on, in this paragraph, is nearer than a speaker of the paragraph before.
    if (
      open &&
      speaker &&
      open.name !== speaker.name &&
      fits(open) &&
      this.openingParagraph === paragraph &&
      speaker.paragraph < paragraph
    )
      return described(open);
    if (speaker && fits(speaker) && paragraph - speaker.paragraph <= 1) return described(speaker);
    if (open && fits(open) && paragraph - this.openingParagraph <= 1) return described(open);
    if (trade) return undefined;
    const nearest = near.find(fits);
    if (!nearest) return undefined;
    const rival = near.find(
      (m) => m.name !== nearest.name && m.kind === 'person' && m.paragraph === nearest.paragraph && fits(m),
    );
    return rival ? undefined : described(nearest);
  }

  /** A definite noun's referent: someone or some body named before with that role or noun. */
  private definite(refers: string, paragraph: number, near: readonly Mention[]): Mention | undefined {
    // "the French official", "the former official": the unnamed speaker described with those words.
    const modifiers = refers
      .split(/\s+/)
      .slice(0, -1)
      .filter((w) => !tagsOf(w).includes('Demonym') && !/^(?:former|new|same|other|local)$/.test(w));
    if (/\s/.test(refers)) {
      const words = refers.split(/\s+/);
      const described = near.find(
        (m) =>
          m.spoke && m.kind !== 'person' && words.every((w) => m.name.toLowerCase().split(/\s+/).includes(w)),
      );
      if (described) return described;
      // "the then prime minister", "the Ukrainian president": the person named with that role before.
      const core = words.filter((w) => !/^(?:then|former|current|new|same|late)$/.test(w));
      const holder =
        this.roleHolder(core, paragraph) ??
        this.roleHolder(
          core.filter((w) => !tagsOf(w).includes('Demonym')),
          paragraph,
        );
      if (holder) return holder;
      refers = words.at(-1) ?? refers;
    }
    // "the official": the last unnamed speaker so described, when no one was given that role.
    // "the president", "the official", "the airline": someone named before with that role or name.
    const word = wholeWord(refers);
    // "the airline", "the union", "the agency": a body before a person whose role mentions it.
    if (ORG_NOUNS.test(refers)) {
      // "the state health department" is no "Ector County Health Department": its own words must fit too.
      const modifierPatterns = modifiers.map(wholeWord);
      const fitsWords = (name: string) => modifierPatterns.every((p) => p.test(name));
      const named = (m: Mention) =>
        m.kind === 'body' &&
        fitsWords(m.name) &&
        (word.test(m.name) || (refers === 'airline' && /\bair/i.test(m.name)));
      if (modifiers.length > 0) return near.find(named) ?? this.bodies.findLast(named);
      const body =
        near.find(named) ??
        this.roles.lastWith(refers, (m) => m.kind === 'body') ??
        this.bodies.findLast(named);
      // A body's noun never stands for a person ("the airline" is not its chief executive).
      return body;
    }
    const role = this.roles.lastWith(refers, (m) => isSameOffice(m.role, [refers]));
    // "John Williams, the president of the Federal Reserve Bank of New York, said …" paragraphs back, then
    // "the president says": a bare office is the one the article gives bare ("President Trump"), not the
    // same word's office in another body, once that holder is no longer the one speaking.
    if (
      role &&
      modifiers.length === 0 &&
      paragraph - role.paragraph > 1 &&
      officeOfABody(role.role, refers)
    ) {
      const bare = this.titled.findLast(
        (t) =>
          t.paragraph <= paragraph &&
          !officeOfABody(t.role, refers) &&
          word.test(t.role) &&
          isSameOffice(t.role, [refers]),
      );
      if (bare && bare.name !== role.name)
        return {
          name: /\s/.test(bare.name)
            ? bare.name
            : this.fullName(bare.name, this.sureGenders.get(nameKey(bare.name))),
          kind: 'person',
          paragraph,
        };
    }
    if (role) return role;
    // "the director said": the person the text named with that role, nearest before; of two or more so
    // named ("Gov. Ana Roe … Kentucky Gov. Tom Lee"), the one the text spoke of since, nearest first.
    // ("the Iranian foreign minister": a "prime minister" is no holder of that office when one named
    // with its words is.)
    const named = this.titled.filter(
      (t) => t.paragraph <= paragraph && word.test(t.role) && isSameOffice(t.role, [refers]),
    );
    const officeWords = modifiers.map(wholeWord);
    const office = named.filter((t) => officeWords.every((p) => p.test(t.role)));
    const holders = office.length > 0 ? office : named;
    const inView =
      office.length > 0 && new Set(office.map((t) => t.name)).size > 1
        ? near.find((m) => m.kind === 'person' && holders.some((t) => t.name === m.name))
        : undefined;
    const titled = inView ? holders.findLast((t) => t.name === inView.name) : holders.at(-1);
    // A surname alone is the full name given before, of the gender its honorific gives ("Mr. Trump").
    if (titled)
      return {
        name: /\s/.test(titled.name)
          ? titled.name
          : this.fullName(titled.name, this.sureGenders.get(nameKey(titled.name))),
        kind: 'person',
        paragraph,
      };
    if (refers === 'airline') return near.find((m) => /\bair/i.test(m.name) && m.kind !== 'group');
    // "the official said" after "a French military official said": that unnamed official.
    return near.find((m) => m.spoke && m.kind !== 'person' && word.test(m.name) && !/s$/.test(m.name));
  }
}
