// Who a phrase names: a person (with the role words around the name split off), a body (an acronym, an
// organisation, "the State Department"), a group ("US officials"), an outlet, or a pronoun. Works on the
// words of one subject phrase; compromise's lexicon tells first names (and their gender), surnames,
// places and role nouns apart in constant time per word, without tagging whole sentences.
import { lexicon } from './compromise-lexicon';
import {
  BODY_NOUN_HEADS,
  DESCRIBED_PEOPLE_NOUNS,
  DESCRIPTION_NOUNS,
  DISCOURSE,
  NEVER_NAME_WORDS,
  EXTRA_COUNTRIES,
  REGIONS_READ_AS_PEOPLE,
  FEMALE,
  FEMALE_ROLES,
  FILLER,
  HONORIFICS,
  SURNAME_HONORIFICS,
  MALE,
  MALE_ROLES,
  MONTHS,
  ORG_WORDS,
  OUTLET_NAME_ENDINGS,
  PARTY_AFFILIATIONS,
  POST_NOMINALS,
  PRINCIPAL_VOICES,
  REPRESENTATIVE_NOUNS,
  PLACE_WORDS,
  ROLE_ABBREVIATIONS,
  ROLE_WORDS,
  PLACE_INITIALS,
  ROLE_WORD_FIRST_NAMES,
  SPEAKER_NOUNS,
  STANDING_ADJECTIVES,
  WEEKDAYS,
  SPEECH_VERBS,
} from './lexicon';
import { withoutArticle } from './words';

export type Gender = 'm' | 'f';
export type Kind = 'person' | 'body' | 'group' | 'pronoun' | 'outlet';

export interface Phrase {
  kind: Kind;
  /** The name or phrase as the text writes it, determiner dropped. */
  name: string;
  role?: string;
  gender?: Gender;
  /** The gender is only the first name's, as the lexicon reads it ("Kristen"), not one the text states. */
  guessed?: boolean;
  /** "he", "she", "they", "it", or a definite noun to resolve ("the official", "the company"). */
  refers?: string;
  /** The head noun of a group described after it ("experts" of "experts on jail suicide"). */
  head?: string;
}

const COUNTRY_TAGS = ['Country'];
const REGION_AND_PERSON_TAGS = ['Region', 'Person'];
export const tagsOf = (word: string): string[] => {
  const l = word.toLowerCase();
  const t = lexicon[l];
  if (t === undefined) return EXTRA_COUNTRIES.has(l) ? COUNTRY_TAGS : [];
  if (REGIONS_READ_AS_PEOPLE.has(l)) return REGION_AND_PERSON_TAGS;
  return Array.isArray(t) ? t : [t];
};

/** Gender of a first name as compromise's lexicon has it. */
export function firstNameGender(word: string): Gender | undefined {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return undefined;
}

/**
 * A first name, gendered or not: compromise tags some first names without a gender ("Sue", "Mark",
 * "Grant", "Casey"), many of them common words too, so only places that expect a name there use it.
 */
export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== undefined || tagsOf(word).includes('FirstName');
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
export const nameKey = (s: string) =>
  // Most names are plain ASCII: no accents to fold (a hot path, run for every capitalised word).
  /^[\x20-\x7e]*$/.test(s)
    ? s
        .toLowerCase()
        .replace(/'s$/, '')
        .replace(/[^a-z0-9 ]+/g, '')
    : // "Müller" and "Mueller" are one name: German umlauts are written out before accents are dropped.
      fold(s.replace(/[üÜ]/gu, 'ue').replace(/[öÖ]/gu, 'oe').replace(/[äÄ]/gu, 'ae'))
        .replace(/['’]s$/u, '')
        .replace(/[^\p{L}\p{N} ]+/gu, '');

// Quantifiers too: "one IRS employee", "multiple agencies" name the employee and the agencies.
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'some',
  'another',
  'one',
  'multiple',
  'several',
  // "Most mainstream economists argue": the quantifier is no part of the group.
  'most',
  'numerous',
  'two',
  'three',
  'four',
  'five',
  // "Both Johnson and Corbyn": no part of a name.
  'both',
]);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'des',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'ibn',
  'dos',
  'das',
  'del',
  'della',
  'ter',
  'ten',
]);
const PREPOSITIONS = new Set(['with', 'from', 'of', 'at', 'for', 'in', 'on', 'to', 'by']);
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

const bare = (w: string) => w.replace(/^[("“‘'[]+|[)"”’,;:.!?\]]+$/gu, '');
const lower = (w: string) => bare(w).toLowerCase();
const isCapitalised = (w: string) => /^\p{Lu}/u.test(bare(w));
const isAcronym = (w: string) =>
  /^(?:\p{Lu}\.?){2,}s?$/u.test(bare(w).replace(/['’]s$/u, '')) && !/^(?:I|A)$/.test(bare(w));
/** "Mr", "Ms.", "Dr": an honorific a bare surname follows. */
const isSurnameHonorific = (w: string | undefined) =>
  w !== undefined && SURNAME_HONORIFICS.has(lower(w).replace(/\.$/u, ''));

/** A word that is a role, by our list or compromise's Actor nouns ("physicist", "oceanographer"). */
const isRoleWord = (w: string) => {
  const l = lower(w).replace(/['’]s$/u, '');
  if (
    ROLE_WORDS.has(l) ||
    ROLE_WORDS.has(`${l}.`) ||
    (l.startsWith('co-') && ROLE_WORDS.has(l.replace('-', ''))) ||
    (!isCapitalised(w) && tagsOf(l).includes('Actor'))
  )
    return true;
  // "President Elect Trump", "Minister Designate Ana Roe": the role to come written apart, no name's word.
  if (/^(?:elect|designate)$/.test(l) && isCapitalised(w)) return true;
  // "vice-chancellor", "co-chair", "deputy-director": a compound whose last part is a role;
  // "president-elect", "minister-designate": a role to come.
  const dash = l.lastIndexOf('-');
  if (dash > 0 && /^(?:elect|designate|nominee)$/.test(l.slice(dash + 1)))
    return ROLE_WORDS.has(l.slice(0, dash));
  return dash > 0 && ROLE_WORDS.has(l.slice(dash + 1));
};
/** Weekdays, and months written in full or abbreviated with a stop: "Jan" or "May" alone may be a name. */
const isDateWord = (w: string) => {
  const l = lower(w);
  if (WEEKDAYS.includes(l)) return true;
  const full =
    MONTHS.has(l) && l.length > 3 && l !== 'may' && l !== 'june' && l !== 'april' && l !== 'august';
  return full || (/\.$/.test(w) && MONTHS.has(l));
};

/** A word that can be part of a person's name: capitalised, not a role, date or small word. */
const nameWordCache = new Map<string, boolean>();
function isNameWord(w: string): boolean {
  // Most words open on a small letter or a digit: no name, and no need to look them up.
  const c = w.charCodeAt(0);
  // "Suleiman al-Amr", "Ahmed bin-Salem": an Arabic surname's particle joined by a hyphen.
  if (c >= 97 && c <= 122 && /^(?:al|el|ad|ash|as|at|bin|ibn|abu|bint)-\p{Lu}/u.test(w)) return true;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || Number.isNaN(c)) return false;
  let known = nameWordCache.get(w);
  if (known === undefined) {
    known = computeIsNameWord(w);
    // Bounded: a pathological input must not grow the cache without end.
    if (nameWordCache.size > 50_000) nameWordCache.clear();
    nameWordCache.set(w, known);
  }
  return known;
}
/** Participles that open an adjunct clause ("Calling Britain a …, she said"): capitalised, yet no name. */
const OPENING_PARTICIPLES = new Set(
  `calling saying speaking describing citing quoting addressing asking writing noting responding referring
  adding warning arguing insisting praising criticizing criticising accusing urging announcing explaining
  following`.split(/\s+/),
);

/**
 * "Blaming Britain's decline on …, she": a capitalised "-ing" form the lexicon knows as a gerund, or of a
 * verb it knows ("stop", "warn"), is a participle opening a clause; it opens no name (it may end one:
 * "Helen Fielding").
 */
function isParticiple(l: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(l)) return false;
  const tags = tagsOf(l);
  if (tags.some((t) => /Name$/.test(t) || t === 'Place' || t === 'City')) return false;
  if (tags.includes('Gerund')) return true;
  const stem = l.slice(0, -3);
  const stems = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return stems.some(
    (x) => x.length >= 3 && tagsOf(x).includes('Infinitive') && firstNameGender(x) === undefined,
  );
}

function computeIsNameWord(w: string): boolean {
  const b = bare(w);
  if (!b || !isCapitalised(b)) return false;
  // "Sonya A. Zoghlin", "Mary I. Ortiz": a middle initial is a name word, not the article "A" or "I".
  if (/^\p{Lu}\.$/u.test(w)) return true;
  const l = b.toLowerCase().replace(/['’]s$/u, '');
  if (OPENING_PARTICIPLES.has(l)) return false;
  if (
    DETERMINERS.has(l) ||
    DISCOURSE.has(l) ||
    NEVER_NAME_WORDS.has(l) ||
    PRONOUN.test(l) ||
    POSSESSIVES.has(l)
  )
    return false;
  if (isRoleWord(b) || isDateWord(b) || HONORIFICS.has(l)) return false;
  return true;
}

/**
 * "He" written as a surname: "He Yongqian", "He Lifeng" — capitalised, with a name word right after it and
 * no comma between. The pronoun is never followed by a capitalised word that is no verb.
 */
function isSurnameHe(word: string, next: string | undefined): boolean {
  return word === 'He' && next !== undefined && isNameWord(next);
}

/** The run of name words ending at `end` (inclusive), with particles ("van Sebille") inside. */
function nameRunEnding(words: readonly string[], end: number): number {
  let start = end;
  for (let i = end - 1; i >= 0; i--) {
    const w = words[i] as string;
    // "MMQB's Peter King", "American Airlines' Kent Powell": the possessive is the affiliation, no name.
    // ("… from the United States,“ Trump said": an opening mark closes a quotation too, and ends the name.)
    if (/[,;:(”"]["“”]?$|^[(“"]/.test(w) || /['’]s?$/u.test(w)) break;
    if (isNameWord(w) && !isParticiple(lower(w))) start = i;
    // "spokesperson He Yongqian": the surname He (Chinese 何/贺) before a given name, not the pronoun.
    else if (isSurnameHe(w, words[i + 1]) && start === i + 1) start = i;
    // ("Ursula von der Leyen": two particles in a row.)
    else if (
      PARTICLES.has(lower(w)) &&
      i > 0 &&
      (isNameWord(words[i - 1] as string) ||
        (PARTICLES.has(lower(words[i - 1] as string)) && i > 1 && isNameWord(words[i - 2] as string)))
    )
      start = i;
    else break;
  }
  return start;
}

/** True when a run of capitalised words reads as a body, not a person: "World Health Organization", "WHO". */
export function isBodyName(run: readonly string[]): boolean {
  const last = lower(run.at(-1) ?? '').replace(/['’]s$/u, '');
  // "Sarah Post", "Jim Caldwell": a first name makes a person, whatever the surname.
  if (
    run.length >= 2 &&
    run.length <= 3 &&
    // ("Sue Essex": a first name the lexicon gives no gender makes a person too.)
    isFirstName(bare(run[0] as string)) &&
    !/^(?:department|ministry|agency|organization|organisation|university|institute|foundation|council|committee|party|bank|group|company)$/.test(
      last,
    )
  )
    return false;
  // "the U.S. Centers …", "Gun Owners of America": a plural head is the body's too.
  if (ORG_WORDS.has(last) || (/s$/.test(last) && ORG_WORDS.has(last.slice(0, -1)))) return true;
  if (run.length === 1 && isAcronym(run[0] as string)) return true;
  if (run.some((w) => /\.(?:org|com|net|gov)$/i.test(bare(w)))) return true;
  const tags = tagsOf(last);
  if (tags.includes('Organization') || tags.includes('Country') || tags.includes('Region')) return true;
  // A place alone ("Ukraine", "South Africa") speaks for its government.
  if (
    run.length <= 3 &&
    run.every((w) => tagsOf(lower(w)).some((t) => t === 'Country' || t === 'City' || t === 'Place'))
  )
    return true;
  return false;
}

/** Last words of an organisation's name that are no head word: "Council on American-Islamic Relations". */
const ORG_NAME_TAILS = new Set('relations affairs studies rights sciences services resources'.split(' '));

/** A word that ends an organisation's or a place's name: a person's name does not go on past it. */
const isPlaceName = (name: string) =>
  tagsOf(name).some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place');

/** "to Luca", "to the United States Joseph Mwangi": the word before a run is a preposition, or one and "the". */
const afterPreposition = (before: string | undefined, twoBefore: string | undefined) =>
  PREPOSITIONS.has(lower(before ?? '')) ||
  (lower(before ?? '') === 'the' && PREPOSITIONS.has(lower(twoBefore ?? '')));

function endsOrgOrPlace(w: string): boolean {
  const l = lower(w).replace(/['’]s$/u, '');
  if (ORG_WORDS.has(l) || (/s$/.test(l) && ORG_WORDS.has(l.slice(0, -1))) || ORG_NAME_TAILS.has(l))
    return true;
  // "New York Daily News London Rene" (a caption's credit run into the text): an outlet's last word.
  if (OUTLET_NAME_ENDINGS.has(l) && isCapitalised(w)) return true;
  return isPlaceName(l);
}

/**
 * Where the person's name starts in a run of capitalised words that opens on the body or place they are
 * with: "CEO of the Refugee Council Enver Solomon" → "Enver Solomon"; after a preposition ("a nurse at
 * University of Ohio Columbus Dana Pruitt") a known first name opens the name too. The name keeps at
 * least its last two words.
 */
export function personStart(run: readonly string[], start: number, afterPreposition: boolean): number {
  let cut = start;
  // "Browns DL Sheldon Richardson", "CBS Sports NFL Insider Jason La Canfora": a word in capitals (no
  // stops: "J.C." is initials) is a body's or a role's, never a person's; a first name after it starts
  // the name.
  for (let i = run.length - 3; i >= start; i--)
    if (/^\p{Lu}{2,5}$/u.test(bare(run[i] as string).replace(/['’]s$/u, ''))) {
      for (let k = i + 1; k <= run.length - 2; k++)
        if (firstNameGender(bare(run[k] as string)) !== undefined) return k;
      // "Acmetel CIO Varun Oskarsdottir": no first name we know, yet two or three words after the word in
      // capitals are the name.
      const rest = run.slice(i + 1);
      if (
        rest.length <= 3 &&
        !isPlaceName(lower(run[i] as string)) &&
        !isBodyName(rest) &&
        rest.every((w) => !/^\p{Lu}{2,}/u.test(bare(w)) && !endsOrgOrPlace(w))
      )
        return i + 1;
      // "UNSW Health Policy Consultant Bill Roe": longer, the two words after a job noun are the name.
      const job = run[run.length - 3] as string;
      if (rest.length > 3 && (isRoleWord(job) || tagsOf(lower(job)).includes('Actor'))) return run.length - 2;
      break;
    }
  // "Plumber Tom Hollis", "Farmer Ann Lee": a job noun (compromise's Actor, capitalised as the sentence's or
  // the role's first word) before a first name is the role.
  for (let i = start; i <= run.length - 3; i++)
    if (
      tagsOf(lower(run[i] as string)).includes('Actor') &&
      firstNameGender(bare(run[i] as string)) === undefined &&
      firstNameGender(bare(run[i + 1] as string)) !== undefined
    )
      return i + 1;
  for (let i = run.length - 3; i >= start; i--)
    if (
      endsOrgOrPlace(run[i] as string) ||
      // "the United States Joseph Mwangi": a place of two words ends where the name begins.
      (i > start && isPlaceName(`${lower(run[i - 1] as string)} ${lower(run[i] as string)}`))
    ) {
      cut = i + 1;
      break;
    }
  if (afterPreposition)
    for (let i = Math.max(cut, start + 1); i <= run.length - 2; i++)
      if (firstNameGender(bare(run[i] as string)) !== undefined) return i;
  // "Investor Advocate Rick Fleming", "Health Policy Consultant Ann Roe": a first name and a surname at
  // the run's end, after two words or more that are no first names or initials (or one that is a job
  // noun), is the person; the words before are the role ("Kwame Anthony Appiah" keeps its first word).
  const first = run.length - 2;
  const lead = run.slice(cut, first);
  if (
    lead.length >= 1 &&
    // ("Finance Minister Sue Essex": a first name compromise gives no gender opens the name too.)
    isFirstName(bare(run[first] as string)) &&
    lead.every(
      (w) =>
        firstNameGender(bare(w)) === undefined && !/^\p{Lu}\.$/u.test(bare(w)) && !PARTICLES.has(lower(w)),
    ) &&
    (lead.length >= 2 || isRoleWord(lead[0] as string) || tagsOf(lower(lead[0] as string)).includes('Actor'))
  )
    return first;
  return cut;
}

export function genderOfWords(words: readonly string[]): Gender | undefined {
  for (const w of words) {
    const l = lower(w);
    if (MALE_ROLES.has(l)) return 'm';
    if (FEMALE_ROLES.has(l)) return 'f';
  }
  return undefined;
}

/** Strips determiners, discourse words and fillers off the ends of a phrase's words. */
function trimWords(words: string[]): string[] {
  let out = words.filter((w) => bare(w) !== '' || /^[—–-]+$/.test(w) === false);
  for (;;) {
    const first = out[0];
    if (first === undefined) break;
    const l = lower(first);
    if (DISCOURSE.has(l) || DETERMINERS.has(l) || l === '') out = out.slice(1);
    // "at least one Russian official", "a second person briefed on …": a bound or an ordinal before the
    // noun counts the speakers and is no part of them (written in lower case: "Second Lady" is a title).
    else if (l === 'at' && /^(?:least|most)$/i.test(bare(out[1] ?? '')) && out.length > 3) out = out.slice(2);
    else if (/^(?:least|second|third|fourth|fifth)$/.test(bare(first)) && out.length > 1) out = out.slice(1);
    else break;
  }
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) break;
    const l = lower(last);
    // "he quietly uttered", "the minister sharply denied": a lower-case adverb before the verb is no name.
    if (
      FILLER.has(l) ||
      l === '' ||
      /^(?:late|early)$/.test(l) ||
      (/^\p{Ll}{3,}ly$/u.test(bare(last)) && out.length > 1)
    )
      out = out.slice(0, -1);
    else if (isDateWord(last) && out.length > 1) {
      // "the WHO on Monday said", "Pfannes said Monday": a date next to the verb is no part of the subject.
      out = out.slice(0, -1);
      while (out.length > 0 && /^(?:on|late|early|last|this)$/i.test(bare(out.at(-1) ?? '')))
        out = out.slice(0, -1);
    } else if (
      out.length > 2 &&
      /^(?:week|weekend|month|year)$/i.test(bare(last)) &&
      /^(?:last|this|next|that)$/i.test(bare(out.at(-2) ?? ''))
    ) {
      // "the court last week ruled": a time next to the verb is no part of the subject.
      out = out.slice(0, -2);
    } else if (/^\d+(?:st|nd|rd|th)?,?$/.test(bare(last)) && isDateWord(out.at(-2) ?? '')) {
      out = out.slice(0, -2);
      while (out.length > 0 && /^(?:on|late|early|last|this)$/i.test(bare(out.at(-1) ?? '')))
        out = out.slice(0, -1);
    } else break;
  }
  return out;
}

const join = (words: readonly string[]) =>
  words
    .join(' ')
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, '')
    .replace(/^[("“]+|[)"”]+$/gu, '')
    .trim();

/** "MMQB's" as a role is the affiliation "MMQB". */
const tidyRole = (role: string) => {
  const r = trimRole(role.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,;:]+$/u, ''));
  return /^[\p{Lu}][^\s]*(?:\s+\p{Lu}[^\s]*)*['’]s?$/u.test(r) ? r.replace(/['’]s?$/u, '') : r;
};

/** A lower-case agent noun ("sociologist", "investor", "retiree", "coauthor"), not "other", "after". */
const AGENT_NOUN =
  /^(?!(?:other|another|under|over|after|never|ever|later|whether|either|neither|rather|together|however|former|latter|order|error|major|minor|prior|senior|junior|interior|exterior|superior|inferior|color|colour|honor|honour|favor|favour|labor|labour|mirror|floor|door|poor|four|year|river|water|summer|winter|number|paper|power|tower|corner|border|matter|letter|center|member|manner|dinner|offer|cover|fewer|lower|upper|inner|outer|higher|bigger|smaller|larger|longer|better|greater|newer|older|earlier|further|trustee|committee|guarantee|employee)$)\p{Ll}[\p{Ll}-]{3,}(?:ist|ee|ian|or|er)$/u;

/** "a Virginia Democrat", "a Republican from Utah": a party (and a state), no role. */
const PARTY_SEGMENT =
  /^(?:an?\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:Democrat|Republican)(?:\s+from\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?$/u;

/** Words a body's own description ends on ("a London-based rights group"), as data. */
const BODY_DESCRIPTION_HEAD =
  /\b(?:group|organi[sz]ation|firm|company|agency|nonprofit|non-profit|charity|think[\s-]tank|institute|consultancy|watchdog|lobby|coalition|network)$/i;

/**
 * A role is what the person is, not what is said of them after it: "professor who has written several
 * books" → professor; a body's own description after its name ("director for Amnesty International, a
 * London-based rights group") is the body's, not the person's; a clause word the subject ran over ("what
 * coach", "only when his chief strategist"), "another", "one" before a noun, a preposition left dangling
 * ("spokesperson at") are no part of it.
 */
export function trimRole(role: string): string {
  let r = role;
  const who = /\s+who\s/u.exec(r);
  if (who && who.index > 0) r = r.slice(0, who.index);
  // "…, a London-based rights group", "…, the largest buyer of …" after a capitalised body's name.
  const described = /(\p{Lu}[\p{L}\p{M}.&'’-]*),\s+(?:a|an)\s+([^,]+)$/u.exec(r);
  if (
    described &&
    BODY_DESCRIPTION_HEAD.test((described[2] as string).replace(/\s+(?:in|based in|of)\s.*$/u, ''))
  )
    r = r.slice(0, (described.index as number) + (described[1] as string).length);
  // "Senator, a Virginia Democrat": a party (and a state) after the role is no part of it.
  r = r.replace(
    /(?<=\S),\s+(?:an?\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:Democrat|Republican)(?:\s+from\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?$/u,
    '',
  );
  r = r.replace(/^(?:only\s+)?(?:what|where|when|while|whom)\s+(?:(?:his|her|their|its)\s+)?(?=\p{L})/iu, '');
  r = r.replace(/^(?:another|one)\s+(?!of\b)(?=\p{Ll})/u, '');
  r = r.replace(/\s+(?:at|of|for|with|in|on)$/u, '');
  return r.trim();
}

/** "Economists, however, say …": a word or phrase between commas that links the sentence to the one before. */
export const isDiscourseAside = (segment: string): boolean =>
  /^(?:for example|for instance|in turn|too|as well|however|though|meanwhile|also|for (?:his|her|its|their|our|my) part|in response|by contrast|in return|for now|at the time)$/i.test(
    segment.trim(),
  );

/** A segment of a subject (between commas) is a relative clause, an age, or a phrase of a role. */
export function segmentKind(segment: string): 'relative' | 'age' | 'aside' | 'other' {
  const s = segment.trim();
  if (/^(?:who|whose|whom|which|that)\b/.test(s)) return 'relative';
  if (/^\d{1,3}$/.test(s)) return 'age';
  // Post-nominal letters ("Tom Harker, QC, said"): no role, no name.
  if (/^(?:QC|KC|SC|MP|MEP|MSP|MBE|OBE|CBE|KBE|Esq\.?|Jr\.?|Sr\.?)$/.test(s)) return 'aside';
  // "Sen. Ben Sasse, R-Neb., called …": a party and state are no name and no role.
  if (/^[RDI]-\p{Lu}[\p{L}.]*$/u.test(s)) return 'aside';
  // "Rep. Ana Roe, D-Md., …", "Ana Roe, Md., …": a state's abbreviation is no role.
  if (
    /^\p{Lu}\p{Ll}{1,4}\.$/u.test(s) &&
    !/^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Rev|Gen|Col|Sgt|Lt|Capt|Prof)\.$/.test(s)
  )
    return 'aside';
  // "…, as he sits by the machine": a clause of the moment, no role.
  if (/^as\s+(?:he|she|they|we|I)\s/u.test(s)) return 'aside';
  // "Dmitry Peskov, cited by the state agency Tass, called …", "Ana Roe, speaking to reporters, said …": how
  // the words came (the relay is read apart), no role and no name.
  if (
    /^(?:as\s+)?(?:(?:cited|quoted)\s+(?:by|in)|interviewed\s+by)\s|^(?:speaking|talking|writing)\s+(?:to|with|on|in)\s/u.test(
      s,
    )
  )
    return 'aside';
  // "Eddie Foreman, 40, of Opelika, Alabama, said": where the person is from, no role and no name.
  const from =
    /^(?:of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)$/u.exec(
      s,
    );
  if (from?.[1] && isPlaceName(from[1])) return 'aside';
  // "Tony Roe, of Burnley, said", "Ana Roe, 26, from Wales, said", "Ana Roe, of the Example Trust, said":
  // where the person is from or an affiliation alone, no name and no role (the labels' convention).
  if (
    /^(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|and|&|the|\p{Lu}[\p{L}.'’&-]*|\d+))*$/u.test(s)
  )
    return 'aside';
  // "Yesterday, the Post reported": a day told from the article's own is when, not who.
  if (/^(?:yesterday|today|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week))$/i.test(s))
    return 'aside';
  if (
    isDiscourseAside(s) ||
    /^(?:in a statement|in an? \w+)$/i.test(s) ||
    // "said X, a role, in an email to staff", "declared a later chancellor, in 1897": where and when, no role.
    /^(?:in|on|during|after|before|via|through|while)\s/i.test(s) ||
    // "Davis Florick, …, also attending the reception, thanked …": a participle clause, no role.
    /^(?:also\s+|then\s+)?[a-z]+ing\s/.test(s) ||
    // "The report, released in response to a records request, affirms …", "Mr Dee, 31, treated for shock
    // in hospital, said …": a past participle's clause (any regular one, or these irregular ones). Not
    // "signed by": a letter's or a motion's signers are who speak in it ("A motion, signed by 98 MPs, …").
    /^(?:also\s+|first\s+)?(?:(?!signed\b)[a-z]{2,}ed|written|seen|made|sent|hurt|caught|taken|thrown|struck|hit|shot|held|brought|left)\s+(?:in|on|by|to|at|from|for|with|last|this|after|before|under)\b/.test(
      s,
    )
  )
    return 'aside';
  return 'other';
}

/**
 * "equity strategist at Miller Tabak", "Head of Research at ICICI Securities", "NASA's associate
 * administrator of …": up to five words before the first "at", "of", "for" or "with", one of them a role
 * word, none a name (small words, role words, a body's possessive), and a capitalised word after it.
 */
function roleBeforeBody(words: readonly string[]): boolean {
  const at = words.findIndex((w, i) => i > 0 && /^(?:at|of|for|with)$/.test(w));
  // "… for the attorney general's office": a body's head word, lower case, serves as its name.
  const served = words.slice(at + 1);
  if (
    at < 1 ||
    at > 5 ||
    !(
      served.some(isCapitalised) ||
      (/^(?:the|a|an|its|his|her|their)$/i.test(served[0] ?? '') && ORG_WORDS.has(lower(served.at(-1) ?? '')))
    )
  )
    return false;
  const lead = words.slice(0, at);
  return (
    lead.some((w) => isRoleWord(w)) &&
    lead.every(
      (w, i) =>
        isRoleWord(w) ||
        /^[\p{Ll}-]+$/u.test(w) ||
        // "Senior Vice President of Sales for …": a title's capitalised modifiers.
        /^(?:Senior|Vice|Executive|Deputy|Chief|Assistant|Associate|Managing|General|Acting|Interim|Global|Regional)$/.test(
          w,
        ) ||
        (i === 0 && /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(w) && isBodyName([w.replace(/['’]s$/u, '')])),
    )
  );
}

/**
 * A body's words, then a role word in small letters: up to three capitalised words or one possessive
 * first (no first name the lexicon knows among them: "Ann Roe director" is a name), small describing
 * words before the role word, and after it nothing, or "and" and another role, or a preposition.
 */
function bodyThenRole(words: readonly string[]): boolean {
  const role = words.findIndex((w) => /^\p{Ll}/u.test(w) && isRoleWord(w));
  if (role < 1 || role > 5) return false;
  const lead = words.slice(0, role);
  const capitals = lead.filter(isCapitalised);
  if (capitals.length < 1 || capitals.length > 3) return false;
  if (!lead.every((w, i) => (isCapitalised(w) ? i < capitals.length : /^[\p{Ll}-]+$/u.test(w)))) return false;
  if (capitals.some((w) => firstNameGender(bare(w).replace(/['’]s$/u, '')) !== undefined)) return false;
  if (capitals.some((w, i) => /['’]s?$/u.test(w) && i !== capitals.length - 1)) return false;
  const next = lower(words[role + 1] ?? '');
  return next === '' || /^(?:of|at|for|in|with|and|on)$/.test(next);
}

/** True when a segment names no one itself and only describes ("the Kremlin spokesman", "one of …", "MD"). */
/** Words after a participle that opens a phrase ("Turning to", "Speaking at", "Looking back on"). */
const PARTICIPLE_OBJECT =
  /^(?:to|on|at|about|with|for|from|in|into|over|after|before|back|forward|through|his|her|their|its|the|a|an)$/;
export function isAppositive(segment: string): boolean {
  const words = segment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const first = words[0] as string;
  const fl = lower(first);
  if (PRONOUN.test(fl) && !isSurnameHe(first, words[1])) return false;
  // A clause ("The deal was close") is no appositive.
  // A long description is an appositive only when it opens on a determiner ("the first cabinet-level
  // United Nations ambassador … since the end of the Cold War").
  // "Ann Roe, prosecuting, said", "Tom Lee, defending, told the court": counsel's side in court is the
  // role the unit gives the name before it.
  if (/^(?:prosecuting|defending)$/.test(segment.trim())) return true;
  // "Turning to his brother, Harry said": a participle phrase opening the sentence describes no one.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(first) && words.length > 1 && PARTICIPLE_OBJECT.test(words[1] as string))
    return false;
  const limit = DETERMINERS.has(lower(words[0] as string)) ? 24 : 16;
  if (
    words.length > limit ||
    /\b(?:is|was|were|are|has|have|had|will|would|could|did|does|do)\b/i.test(segment)
  )
    return false;
  if (
    DETERMINERS.has(fl) ||
    POSSESSIVES.has(fl) ||
    /^(?:one|then|now|himself|herself|both|formerly)$/.test(fl)
  )
    return true;
  if (/^(?:MD|PhD|Ph\.D\.|M\.D\.|Jr\.?|Sr\.?)$/.test(bare(first))) return true;
  // "Ann Roe, of the nurses' union, said", "Tom Lee, from the league, told", "Ana Ruiz, for the Greens,
  // said": a person's side or body, in a phrase on a preposition of belonging, describes the name before it.
  // (In small letters: "For the Greens, Ana Ruiz said" opens the sentence on its own phrase.)
  if (/^(?:of|from|for)$/.test(first) && words.length >= 2 && words.length <= 8) return true;
  // "Edmunds' executive director of industry analysis", "the agency's chief": a body's role.
  // ("Acme's senior vice president responsible for exploration", "Acme's Americas president and head of
  // sales": the role word among the three words after the possessive.)
  if (
    /^\p{Lu}[\p{L}.&-]*['’]s?$/u.test(first) &&
    words.length >= 2 &&
    words.slice(1, 4).some((w) => isRoleWord(w))
  )
    return true;
  // "Vindman's superior", "Ford's longtime editor": a person's or body's possessive, then a lower-case
  // noun of one to three words.
  if (
    /^\p{Lu}[\p{L}.&-]*['’]s?$/u.test(first) &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w)) &&
    // (one person's: "Ford's family", "Trump's advisers" are groups, no appositive of a name)
    !SPEAKER_NOUNS.has(lower(words.at(-1) as string)) &&
    !/s$/.test(lower(words.at(-1) as string))
  )
    return true;
  // "head of the agency", "spokesman for the ministry"; "Kremlin spokesman" (capitalised, then a role word).
  if (isRoleWord(first) && !isCapitalised(first)) return true;
  // "equity strategist at Miller Tabak", "CEO of Take-Two", "NASA's associate administrator of the …",
  // "senior vice president for space at Boeing": role words, then the body they serve after a preposition.
  if (roleBeforeBody(words)) return true;
  // "ERAA director of air transport", "USI associate professor of art history", "Acme's national director in
  // Ruritania": a body's name (capitalised, or its possessive), then a role word in small letters with at
  // most its describing words, then nothing or what the role serves.
  if (bodyThenRole(words)) return true;
  const last = words.at(-1) as string;
  const l = lower(last);
  return isCapitalised(first) && isRoleWord(last) && !(SPEAKER_NOUNS.has(l) && l.endsWith('s'));
}

/**
 * True when a part is a person's name with at most its role words ("Dmitry Peskov", "Kremlin spokesman
 * Dmitry Peskov"), not a clause that happens to end on a name ("… Tobacco, Firearms and Explosives").
 */
/**
 * "Allegedly, Thomas' sister pleaded …": a sentence adverb standing alone before a comma is no name
 * (a name or place ending in -ly, "Kelly", "Italy", is known to compromise's lexicon).
 */
export const isLoneAdverb = (part: string): boolean =>
  SENTENCE_ADVERB.test(part.trim()) ||
  (/^\p{Lu}\p{Ll}{2,}ly$/u.test(part.trim()) &&
    !tagsOf(part.trim()).some((t) => /Name|Place|Country|City|Region|Organization/.test(t)));
/**
 * Whether a phrase opens on an adverbial, no subject: a preposition ("Unlike", "Within", "After"), an adverb
 * in -ly ("Shortly"), a participle ("Asked", "Speaking"); "According" is cited() 's.
 */
export function frontedOpener(phrase: string): boolean {
  const first = /^(\p{Lu}\p{Ll}+)\s+\S/u.exec(phrase.trim())?.[1];
  if (!first || first === 'According') return false;
  const w = first.toLowerCase();
  if (firstNameGender(first) !== undefined) return false;
  const tags = tagsOf(w);
  return (
    tags.includes('Preposition') ||
    (/ly$/.test(w) && tags.length === 0 && !/(?:ll|ly)y$/.test(w)) ||
    ((tags.includes('PastTense') || tags.includes('Gerund')) && !tags.includes('Noun'))
  );
}

/**
 * "Next, the attorney accused …", "Finally, Nagel pushed …": a sentence adverb without "-ly" that opens a
 * sentence before its comma is no name either.
 */
const SENTENCE_ADVERB =
  /^(?:Next|Then|Finally|First|Second|Third|Also|Still|Instead|Meanwhile|However|Now|Later|Earlier|Yesterday|Today|Tonight|Afterwards?|Again|Overall|Elsewhere|Likewise|Moreover|Furthermore|Besides|Thus|Nonetheless|Nevertheless|Indeed|Otherwise|Hence|Therefore|Lastly|Subsequently)$/u;

export function isNamePhrase(part: string): boolean {
  if (!endsWithName(part) || isLoneAdverb(part)) return false;
  // "Speaking in the Commons, the MP said": a participle phrase that ends on a name is no name.
  const [first, second] = part.trim().split(/\s+/);
  if (/^\p{Lu}\p{Ll}+ing$/u.test(first ?? '') && PARTICIPLE_OBJECT.test(second ?? '')) return false;
  const words = part
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const start = nameRunEnding(words, words.length - 1);
  const rest = words.slice(0, start);
  return (
    rest.length <= 6 &&
    rest.every(
      (w) =>
        isCapitalised(w) ||
        isRoleWord(w) ||
        DETERMINERS.has(lower(w)) ||
        DISCOURSE.has(lower(w)) ||
        /['’]s?$/u.test(w) ||
        /^(?:former|then|acting|deputy|senior|chief|top|vice|state|foreign|prime|interim|of|for)$/i.test(
          bare(w),
        ),
    ) &&
    !rest.some((w) => /^(?:and|or)$/i.test(bare(w)))
  );
}

/** True when a part is only a body's name: "The AFGE", "the State Department", "Indonesia AirAsia". */
export function isBodyPhrase(part: string): boolean {
  const words = part.trim().split(/\s+/).filter(Boolean);
  const run = DETERMINERS.has(lower(words[0] ?? '')) ? words.slice(1) : words;
  return (
    run.length > 0 &&
    run.length <= 6 &&
    run.every((w) => isCapitalised(w) || /^(?:of|for|and|the)$/.test(w)) &&
    isBodyName(run.filter(isCapitalised))
  );
}

/** True when a part ends with a person's name ("Dmitry Peskov", "State Sen. Dawn Addiego (R-Burlington)"). */
export function endsWithName(part: string): boolean {
  const words = part
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const last = words.at(-1);
  if (!last || !isNameWord(last)) return false;
  const start = nameRunEnding(words, words.length - 1);
  const run = words.slice(start);
  return run.length <= 4 && !isBodyName(run);
}

/**
 * Reads a subject phrase (already cut to the words before or after the verb): its speaker and role.
 * `segments` are its comma-separated parts in text order; the caller has dropped relative clauses.
 */
/**
 * A role phrase opening on an article, its role word in small letters before "of"/"for"/"at" and what it
 * serves ("the chief executive of Acme", "an uncle of Ben Roe"), or a noun for a person before "in"/"from"
 * and where they are ("a woman in Tokyo"), then a part that is a person's name alone.
 */
function roleOfThenName(role: string, name: string): boolean {
  const words = role.trim().split(/\s+/);
  if (!/^(?:the|a|an)$/i.test(words[0] ?? '')) return false;
  // ("A woman in Tokyo, Ana Roe, said", "a doctor from Hebron, Ana Roe,": a person noun and where they are.)
  const at = words.findIndex((w, i) => i > 1 && /^(?:of|for|at|in|from)$/.test(w));
  if (at < 0 || at > 4 || !words.slice(1, at).every((w) => /^[\p{Ll}-]+$/u.test(w))) return false;
  const personNoun = (w: string) =>
    isRoleWord(w) || (/^(?:in|from)$/.test(words[at] as string) && DESCRIBED_PEOPLE_NOUNS.has(w));
  if (!words.slice(1, at).some(personNoun)) return false;
  // ("A spokesman for Acme, Dr Ravi Patel,", "…, Dr Patel,": an honorific before the name, a surname alone after it.)
  const honoured = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+(?=\p{Lu})/u.exec(name.trim());
  const named = name
    .trim()
    .slice(honoured?.[0].length ?? 0)
    .split(/\s+/);
  return (
    named.length >= (honoured ? 1 : 2) &&
    named.length <= 4 &&
    endsWithName(name) &&
    nameRunEnding(named, named.length - 1) === 0 &&
    !isBodyName(named)
  );
}

/** Words before an indefinite article inside a noun phrase ("such a man", "not a single one"). */
const INDEFINITE_LEAD =
  /^(?:and|or|but|nor|such|quite|rather|half|many|what|than|as|like|not|only|just|is|was|be|been|being|to|into|onto|about|by|with|without|per|via|through|against|among|between|within|behind|beyond|toward|towards)$/;

/** Prepositions that say where a person described in small letters is from or what they serve. */
const DESCRIPTION_PLACE_PREPOSITIONS = new Set(['in', 'from', 'of', 'near']);

/**
 * "The gutter cleaner from nearby Addington", "a rabbi in Scarsdale", "prosecutor of Bath": capitalised
 * words after a preposition that ends a description of a person in small letters (a role or a noun for
 * people) say where that person is or what they serve; they are not the speaker's name, however unknown
 * to the lexicon the place is. A known first name opens a person's name there ("a friend of Ben Roe").
 * The preposition's index, else -1.
 */
function placeInDescription(words: readonly string[], start: number): number {
  let at = start - 1;
  while (at > 0 && /^(?:nearby|the)$/.test(bare(words[at] as string))) at--;
  if (at < 1 || !DESCRIPTION_PLACE_PREPOSITIONS.has(bare(words[at] as string))) return -1;
  if (firstNameGender(bare(words[start] ?? '')) !== undefined || isSurnameHonorific(words[start])) return -1;
  // ("a spokesperson from the Severn Valley Police": a body after the preposition is whom the one described
  // speaks for, not where they are.)
  if (isBodyName(words.slice(start))) return -1;
  const described = words.slice(0, at);
  if (DETERMINERS.has(lower(described[0] as string))) described.shift();
  const ok =
    described.length > 0 &&
    described.every((w) => /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w)) &&
    described.some((w) => isRoleWord(w) || DESCRIBED_PEOPLE_NOUNS.has(w) || AGENT_NOUN.test(w));
  return ok ? at : -1;
}

/** A body's name (capitalised words ending on its head word), then "in" and a place ("…, Hawaii"). */
const BODY_IN_PLACE =
  /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+){0,5}(\p{Lu}[\p{L}\p{M}'’-]*))\s+in\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s*){1,3}(?:,\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*\s*){1,3})?$/u;

/** Words up to a closing bracket that opened before the part, and the word after it. */
const UNOPENED_BRACKET = /^[^()]*\)\s*(?=(\p{L}+))/u;

/**
 * "the German military joint forces command in Potsdam", "the Acme Shopping Centre in Leeds": a body after
 * a spokesperson's "for" named with where it is; the place is no part of its name (up to three capitalised
 * words after "in" are cut when a body's lower-case or head word stands before "in").
 */
function withoutPlace(words: string[]): string[] {
  const at = words.findLastIndex((w) => w === 'in');
  if (at < 2 || at === words.length - 1) return words;
  const place = words.slice(at + 1).map((w) => w.replace(/,$/u, ''));
  const before = words[at - 1] as string;
  if (place.length > 3 || !place.every(isCapitalised)) return words;
  if (!/^[\p{Ll}-]+$/u.test(before) && !ORG_WORDS.has(lower(before))) return words;
  return words.slice(0, at);
}

/** "… Research or ICMR": an acronym given beside the name. */
const OR_ACRONYM = /(?<=\p{L})\s+or\s+\p{Lu}[\p{Lu}&.-]+(?=\s*$|\s+(?:had|has|have|was|were|is|are)\b)/u;

export function readPhrase(segments: readonly string[]): Phrase | undefined {
  const parts = segments
    // "the Indian Council of Medical Research (ICMR)" and "… Research or ICMR": the acronym given beside
    // the name is no part of it.
    .map((s) => {
      // ("Getty/Twitter) Sources close to the probe": a bracket closing with no opening in the part ends a
      // credit or an aside begun before it, no part of the subject — unless a clause word follows it.)
      const t = s
        .replace(/\([^)]*\)/g, ' ')
        .replace(UNOPENED_BRACKET, (m, next: string) => (DISCOURSE.has(next.toLowerCase()) ? m : ''));
      return (t.includes(' or ') ? t.replace(OR_ACRONYM, ' ') : t).trim();
    })
    .filter((s) => s !== '' && segmentKind(s) !== 'age' && segmentKind(s) !== 'aside');
  if (parts.length > 0) parts[0] = unglued(parts[0] as string);
  if (parts.length === 0 || parts[0] === '') return undefined;
  // "The Joint Storm Warning Centre in Pearl Harbor, Hawaii": where a body is, after the head word that
  // ends its name of three words or more, is no part of the name (a short one, "the Health Ministry in
  // Gaza", is told apart by its place).
  const located = BODY_IN_PLACE.exec(parts[0] as string);
  if (
    located?.[1] &&
    ORG_WORDS.has(lower(located[2] ?? '').replace(/s$/u, '')) &&
    located[1].replace(/^the\s+/iu, '').split(/\s+/).length >= 3
  )
    parts[0] = located[1];
  // "The chief executive of Acme, Ana Roe, said", "An uncle of Ben Roe, Carl Roe, told": a role of a body
  // or a person, then the name of the one who holds it: that name speaks, the role is the phrase before it
  // (the body or person after "of" is no speaker).
  if (parts.length === 2 && roleOfThenName(parts[0] as string, parts[1] as string))
    return readPhrase([parts[1] as string, parts[0] as string]);
  const family = FAMILY_OF_NAME.exec((parts[0] as string).trim());
  if (family?.[1] && parts.length === 1)
    return { kind: 'group', name: `${family[1]}${family[2] ?? ''} family` };
  // "people close to Ms. Haley", "three people familiar with the discussions", "a source with knowledge
  // of the talks": unnamed people described by what they know; the whole description is the speaker (the
  // person they are close to is not).
  // "the British royal", "the California Republican": a description of a person, though capitalised.
  const described = /^the\s+(.+)$/iu.exec(parts[0] as string)?.[1]?.split(/\s+/);
  if (described && /^\p{Lu}/u.test(described.join(' ')) && isPersonDescription(described)) {
    const out: Phrase = { kind: 'group', name: join(described), refers: described.map(lower).join(' ') };
    const g = genderOfWords(described);
    if (g) out.gender = g;
    if (parts.length > 1) out.role = tidyRole(parts.slice(1).join(', '));
    return out;
  }
  // "Many Tunisians", "Most Americans": a quantifier and a people's name, plural, are those people.
  const people = /^(\p{L}+)\s+(\p{Lu}\p{Ll}+s)$/u.exec((parts[0] as string).trim());
  if (
    people?.[1] &&
    people[2] &&
    QUANTIFIER.test(people[1].toLowerCase()) &&
    tagsOf(people[2].toLowerCase().replace(/s$/u, '')).includes('Demonym')
  )
    return { kind: 'group', name: people[2] };
  const knowing = KNOWING.exec(parts[0] as string);
  if (knowing?.[1]) return { kind: 'group', name: knowing[1] };
  const describedGroup = describedPeople(parts[0] as string);
  if (describedGroup) return { kind: 'group', name: describedGroup.name, head: describedGroup.head };
  // "Trump and Musk contend", "Both the school district and the Police Department have asserted": two
  // speakers named in full, coordinated, speak together (each name is resolved on its own later).
  const coordinated =
    parts.length === 1
      ? /^(?:both\s+)?(.+?)\s+(?:and|&)\s+(.+?)(?:\s+(?:has|have|had|also|both|all|jointly|together))*$/iu.exec(
          parts[0] as string,
        )
      : null;
  if (coordinated?.[1] && coordinated[2]) {
    const whole = (text: string) => {
      const p = readPhrase([text]);
      const bareText = withoutArticle(text.trim());
      return p && (p.kind === 'person' || p.kind === 'body') && !p.role && p.name === bareText
        ? p
        : undefined;
    };
    const a = whole(coordinated[1]);
    if (a && whole(coordinated[2])) return { kind: 'group', name: `${a.name} and ${coordinated[2].trim()}` };
  }
  // "The Inspector General for Veterans Affairs", "the Office for the Eastern District of New York": one
  // name, capitalised words joined by "of"/"for" (and "and", "the"), whose words after its last "of" or
  // "for" end on a body's or place's word and open on no first name: the title or the body speaks whole.
  const whole = wholeTitledName(parts[0] as string);
  if (whole) {
    const body: Phrase = { kind: 'body', name: whole };
    const described = parts.slice(1).filter((p) => segmentKind(p) === 'other');
    if (described.length > 0) body.role = tidyRole(described.join(', '));
    return body;
  }
  // "A Transport for London spokesman": one who speaks for such a name, the name before the noun.
  const speaking = SPEAKER_AFTER_NAME.exec(parts[0] as string);
  const spokenFor = speaking?.[1] ? wholeTitledName(speaking[1]) : undefined;
  if (spokenFor && speaking?.[2] && parts.length === 1)
    return { kind: 'body', name: spokenFor, role: lower(speaking[2]) };
  // "the U.S. Centers for Disease Control and Prevention", "Center for European Policy Analysis": a body
  // whose name goes on after its head with "for" or "of" (not a person before a prepositional tail).
  // "Gun Owners of America, a gun rights group": a plural head that is no one's first name names a body too.
  const named = BODY_WITH_OF.exec(parts[0] as string);
  const head = lower(named?.[2] ?? '');
  if (
    named?.[1] &&
    // "American Federation of Government Employees President J. David Cox Sr.": a title and a person's
    // name (an initial or a first name) after the body's name make it the person's role.
    !titledPersonAfter(named[1]) &&
    // "The Kremlin on Sunday": a date after "on" is when, not the body's name.
    !(named[3] === 'on' && isDateWord(/\son\s+(?:the\s+)?(\S+)/.exec(named[1])?.[1] ?? '')) &&
    (ORG_WORDS.has(head.replace(/s$/u, '')) ||
      // "the National Institute on Drug Abuse", "Council on Foreign Relations": "on" after a body's head only.
      (named[3] !== 'on' &&
        /s$/.test(head) &&
        firstNameGender(bare(named[1].split(' ')[0] ?? '')) === undefined))
  ) {
    const body: Phrase = { kind: 'body', name: named[1] };
    const described = parts.slice(1).filter((p) => segmentKind(p) === 'other');
    if (described.length > 0) body.role = tidyRole(described.join(', '));
    return body;
  }
  // The part that names someone: the first with a person's name at its end, else the first part.
  let best: { index: number; words: string[]; start: number; end: number } | undefined;
  let placed: { words: string[]; head: string } | undefined;
  parts.forEach((part, index) => {
    if (best) return;
    let words = trimWords(part.split(/\s+/));
    // "James Hall with the New York Police Department": the name before a prepositional tail.
    let end = words.length - 1;
    for (let i = 1; i < words.length - 1; i++) {
      if (PREPOSITIONS.has(lower(words[i] as string)) && isNameWord(words[i - 1] as string)) {
        const runStart = nameRunEnding(words, i - 1);
        const run = words.slice(runStart, i);
        if (!isBodyName(run) && !words.slice(0, runStart).some((w) => PREPOSITIONS.has(lower(w)))) {
          end = i - 1;
          break;
        }
      }
    }
    words = words.slice(0, end + 1);
    const tail = words.findIndex(
      (w, i) => i > 0 && /^with$/i.test(bare(w)) && SPEAKER_NOUNS.has(lower(words[i - 1] as string)),
    );
    if (tail > 0) return;
    const last = words.at(-1);
    // "Peter King", "Ann Bishop": a capitalised role word after a first name is a surname; so it is after
    // an honorific ("Mr King", "Ms Bishop").
    const honoured = isSurnameHonorific(words.at(-2));
    const surname =
      last !== undefined &&
      isCapitalised(last) &&
      isRoleWord(last) &&
      (firstNameGender(bare(words.at(-2) ?? '')) !== undefined || honoured);
    if (!last || !(isNameWord(last) || surname)) return;
    let start = nameRunEnding(words, words.length - 1);
    // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Sergey Lavrov": the role's words.
    if (start >= 2 && lower(words[start - 1] as string) === 'of' && isRoleWord(words[start - 2] as string))
      while (words.length - start > 2 && firstNameGender(bare(words[start] as string)) === undefined) start++;
    start = personStart(words, start, start > 0 && afterPreposition(words[start - 1], words[start - 2]));
    // ("The gutter cleaner from nearby Addington", "a rabbi in Scarsdale": where the one described is.)
    const at = placeInDescription(words, start);
    if (at > 0) {
      // ("the chairman of the Tory Party": a body after "of" speaks through its holder, read below.)
      if (bare(words[at] as string) !== 'of') placed ??= { words, head: lower(words[at - 1] as string) };
      return;
    }
    const run = words.slice(start);
    // ("Ms Essex", "Mr Wellington": a place's name after an honorific is a surname, below.)
    const honouredPlace =
      run.length === 1 && isPlaceName(lower(run[0] as string)) && isSurnameHonorific(words[start - 1]);
    if (isBodyName(run) && !honouredPlace) return;
    // A single capitalised word after role words is a name ("Oceanographer Pattiaratchi"); alone, a place is no person.
    // After an honorific it is a surname ("Mr Wellington", "Ms Essex").
    if (run.length === 1 && isPlaceName(lower(run[0] as string)) && !isSurnameHonorific(words[start - 1]))
      return;
    best = { index, words, start, end: words.length };
  });

  if (best) {
    const { index, words, start } = best;
    const before = words.slice(0, start);
    // "the Administrative Office of the U.S. Courts", "Department of Conservation": a body named with "of".
    const ofAt =
      before.length >= 3 && lower(before.at(-1) ?? '') === 'the' ? before.length - 2 : before.length - 1;
    const head = before[ofAt - 1] ?? '';
    if (
      ofAt >= 1 &&
      /^(?:of|for|on)$/.test(lower(before[ofAt] ?? '')) &&
      isCapitalised(head) &&
      ORG_WORDS.has(lower(head).replace(/s$/u, ''))
    ) {
      let from = ofAt - 1;
      // "Germany’s Kiel Institute for the World Economy": the possessive is no part of the name.
      while (
        from > 0 &&
        isCapitalised(before[from - 1] ?? '') &&
        !isRoleWord(before[from - 1] ?? '') &&
        !/['’]s$/u.test(before[from - 1] ?? '')
      )
        from--;
      const others = parts.filter((_, i) => i > index).map((p) => p.trim());
      const earlier = parts.filter((_, i) => i < index).map((p) => p.trim());
      const body: Phrase = { kind: 'body', name: join(words.slice(from)).replace(/['’]s$/u, '') };
      // "The largest federal workers' union, the American Federation of …": what the body is.
      const described = [...earlier, ...others].filter((p) => segmentKind(p) === 'other');
      if (described.length > 0) body.role = tidyRole(described.join(', '));
      return body;
    }
    const honor = before.filter((w) => HONORIFICS.has(lower(w)));
    // Role words before the name: capitalised words, role words, possessives and the words compounding a
    // role ("study co-author"); a clause ahead of them ("papers show Mrs Thatcher") is no role.
    let from = before.length;
    // "sociologist Ana Roe", "planetary geologist Ana Roe", "early retiree Ana Roe": an agent noun right
    // before the name is a title though the lexicon lacks it.
    const agent = (i: number) => i === before.length - 1 && AGENT_NOUN.test(bare(before[i] ?? ''));
    while (from > 0) {
      const w = before[from - 1] as string;
      const next = before[from];
      const ok =
        isCapitalised(w) ||
        isRoleWord(w) ||
        agent(from - 1) ||
        (next !== undefined && agent(from) && /^[a-z-]+$/.test(w) && !/^(?:the|a|an)$/.test(w)) ||
        /['’]s?$/u.test(w) ||
        /^(?:former|then|acting|deputy|senior|chief|top|vice|state|foreign|prime|interim|incoming|outgoing|of|the|for|and|at|on)$/i.test(
          bare(w),
        ) ||
        (next !== undefined && isRoleWord(next) && /^[a-z-]+$/.test(w)) ||
        // "ambassador to the United States", "adviser to the president": a role's "to".
        (/^to$/i.test(w) && isRoleWord(before[from - 2] ?? ''));
      if (!ok || /^\d/.test(w)) break;
      from--;
    }
    const title = before
      .slice(from)
      .filter(
        (w) =>
          !HONORIFICS.has(lower(w)) && !/^(?:Father|Sister|Brother|Mother|Rev\.?|Reverend)$/.test(bare(w)),
      );
    while (title.length > 0 && /^(?:of|the|for|and|at)$/i.test(bare(title[0] as string))) title.shift();
    let roleBefore = join(title);
    // "The tuft cell, Herbert said", "These days, Baz says": a phrase fronted before the name is the
    // speaker's role only with a role word in it ("A Syrian refugee, Omar Haddad, said").
    const earlier = parts
      .filter((_, i) => i < index)
      .map((p) => p.trim().replace(/^(?:the|a|an)\s+/i, ''))
      .filter((p) =>
        p
          .split(/\s+/)
          .some(
            (w) =>
              isRoleWord(w) ||
              isRoleWord(w.replace(/s$/u, '')) ||
              ORG_WORDS.has(lower(w)) ||
              BODY_DESCRIPTION_HEAD.test(lower(w)) ||
              /^\p{Ll}[\p{Ll}-]{3,}(?:er|or|ist|ian)s?$/u.test(bare(w)),
          ),
      );
    // "…, says Buser, is Google's built-in infrastructure": the sentence going on after the name is none.
    const others = parts
      .filter((_, i) => i > index)
      .map((p) => p.trim())
      .filter((p) => !/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b/u.test(p));
    // "Lt. Matt Harris, police spokesman", "General Ana Roe, chairman of …": a rank alone before the name
    // gives way to the role the appositive gives.
    // "said Professor Ana Roe, a presidential scholar at …", "Rep. Ana Roe, D-Md., the second ranking
    // Democrat": the title before the name gives way to the role the appositive gives, as a rank does.
    if (
      title.length > 0 &&
      others.some((o) => segmentKind(o) === 'other' && /^(?:the|a|an)\s/i.test(o) && !PARTY_SEGMENT.test(o))
    )
      roleBefore = '';
    else if (
      title.length > 0 &&
      title.every((w) => RANKS.has(lower(w))) &&
      others.some((o) => segmentKind(o) === 'other')
    )
      roleBefore = '';
    // "One of the bill's authors, Republican Sen. Ana Roe", "The officer ordered him to stop, Captain Ana
    // Roe said": a title right before the name is the role; what stands before its comma is not.
    const role = [...(roleBefore ? [] : earlier), roleBefore, ...others].filter((r) => r !== '').join(', ');
    const name = join(words.slice(start)).replace(/['’]s$/u, '');
    // A name of one word is mostly a surname ("Graham said" after "Julie Graham"): a first name's gender
    // is read only from a name of two words or more.
    const stated = genderOfWords([...honor, ...before, ...others.join(' ').split(/\s+/)]);
    const gender =
      stated ?? (words.length - start >= 2 ? firstNameGender(bare(words[start] ?? '')) : undefined);
    const out: Phrase = { kind: 'person', name };
    if (role) out.role = tidyRole(role);
    if (gender) out.gender = gender;
    if (gender && !stated) out.guessed = true;
    return out;
  }

  // A person described with where they are and named nowhere in the phrase: the description speaks, a
  // person as a noun does ("a doctor from Hebron" is "he" after), not the place inside it.
  if (placed && parts.length === 1) {
    const out: Phrase = { kind: 'group', name: join(placed.words), head: placed.head };
    const g = genderOfWords(placed.words);
    if (g) out.gender = g;
    return out;
  }
  // No person: a pronoun, a body, a group, or a body's spokesperson.
  const definiteStart = /^the\s/i.test((parts[0] as string).trim());
  let words = trimWords((parts[0] as string).split(/\s+/));
  // "a former U.S. official with extensive experience in Central Asia": the speaker, not the tail.
  const withAt = words.findIndex(
    (w, i) => i > 0 && /^with$/i.test(bare(w)) && SPEAKER_NOUNS.has(lower(words[i - 1] as string)),
  );
  if (withAt > 0 && words.slice(withAt).some(isCapitalised)) words = words.slice(0, withAt);
  // "European leaders backing Ukraine": the group, not the clause describing it.
  const clause = words.findIndex(
    (w, i) => i > 0 && (/^[a-z]+ing$/.test(bare(w)) || /^(?:who|which|that|whose)$/.test(bare(w))),
  );
  if (clause > 0) words = words.slice(0, clause);
  // "At one point a woman", "Addressing the mourners one man": a fronted phrase run into the subject with
  // no comma; an indefinite article after a word in small letters (no preposition, conjunction or
  // quantifier: "for a union", "such a man") opens the subject itself.
  const opens = words.findLastIndex(
    (w, i) =>
      i > 0 &&
      /^(?:a|an|one|another)$/.test(w) &&
      !/^of$/i.test(bare(words[i + 1] ?? 'of')) &&
      /^\p{Ll}+$/u.test(words[i - 1] as string) &&
      !PREPOSITIONS.has(words[i - 1] as string) &&
      !DETERMINERS.has(words[i - 1] as string) &&
      !INDEFINITE_LEAD.test(words[i - 1] as string),
  );
  // (Only a short phrase ahead, in small letters but its first word: a longer run is a clause.)
  if (opens > 0 && opens <= 3 && words.slice(1, opens).every((w) => /^\p{Ll}/u.test(w)))
    words = words.slice(opens + 1);
  if (words.length === 0) return undefined;
  let text = join(words);
  // "He's said", "She’s told": the pronoun with its auxiliary run on.
  if (words.length === 1 && /^(?:he|she|they|it|we)['’](?:s|ve|d)$/iu.test(bare(text)))
    text = bare(text).replace(/['’]\p{L}+$/u, '');
  if (words.length === 1 && PRONOUN.test(bare(text))) {
    const p = lower(text);
    const out: Phrase = { kind: 'pronoun', name: p, refers: p };
    if (MALE.has(p)) out.gender = 'm';
    if (FEMALE.has(p)) out.gender = 'f';
    return out;
  }
  const role = parts
    .slice(1)
    .map((p) => p.trim())
    .join(', ');
  // "the company’s CEO said", "the agency’s spokesman": the body the noun stands for, through the role.
  const owner = /^(\p{Ll}+)['’]s$/u.exec(words[0] as string)?.[1];
  if (
    owner &&
    definiteStart &&
    BODY_NOUN_HEADS.has(owner) &&
    words.length >= 2 &&
    words.length <= 4 &&
    isRoleWord(words.at(-1) as string) &&
    words.slice(1).every((w) => !isCapitalised(w) || isRoleWord(w))
  )
    return { kind: 'body', name: owner, refers: owner, role: join(words.slice(1)) };
  // "his spokesman said": the spokesman speaks for whoever "his" is.
  const possessive = ({ his: 'he', her: 'she', its: 'it', their: 'they' } as Record<string, string>)[
    lower(words[0] as string)
  ];
  // "his attorneys have said", "their lawyers said": a group of people who speak for themselves, not
  // for the one "his" stands for (a spokesman is the voice of a principal; attorneys are a group).
  const noun = lower(words.at(-1) ?? '');
  if (
    possessive &&
    words.length >= 2 &&
    /s$/.test(noun) &&
    !/ss$/.test(noun) &&
    (SPEAKER_NOUNS.has(noun) || isRoleWord(noun.slice(0, -1)))
  )
    return { kind: 'group', name: join(words.slice(1)) };
  // "His attorney said", "according to her father": a relative or a lawyer speaks for themselves, one person
  // unnamed (the one "his" stands for is who they are related to, not the speaker).
  if (possessive && words.length === 2 && OWN_VOICE.test(noun)) return { kind: 'group', name: noun };
  if (possessive && words.length >= 2 && words.slice(1).every((w) => isRoleWord(w) || /^[a-z-]+$/.test(w))) {
    const out: Phrase = { kind: 'pronoun', name: possessive, refers: possessive, role: join(words.slice(1)) };
    if (possessive === 'he') out.gender = 'm';
    if (possessive === 'she') out.gender = 'f';
    return out;
  }
  // "a number of analysts": the analysts.
  if (/^number$/i.test(bare(words[0] as string)) && /^of$/i.test(bare(words[1] ?? ''))) {
    words = words.slice(2);
    // "a number of" and nothing after it: no one is named.
    if (words.length === 0) return undefined;
  }
  text = join(words);
  // "a Singapore-based spokesman for Google": the body speaks, through the role.
  // ("a spokesperson from the Acme Transport Police": "from" as "for" after one who speaks for a body; not
  // after people, "councillors from Nottingham", who come from where they are.)
  const forAt = words.findIndex(
    (w, i) =>
      i > 0 &&
      isRoleWord(words[i - 1] as string) &&
      (/^(?:for|of|at)$/i.test(bare(w)) ||
        (/^from$/i.test(bare(w)) &&
          REPRESENTATIVE_NOUNS.has(lower(words[i - 1] as string)) &&
          !/s$/.test(lower(words[i - 1] as string)))),
  );
  if (forAt > 0) {
    const body = withoutPlace(trimWords(words.slice(forAt + 1)));
    if (body.length > 0 && isCapitalised(body[0] as string)) {
      return { kind: 'body', name: join(body), role: tidyRole(join(words.slice(0, forAt))) };
    }
    // "a spokesperson for the agency": the agency named before speaks, through the role.
    const noun = lower(words[forAt + 1] === 'the' ? (words[forAt + 2] ?? '') : '');
    if (words.length === forAt + 3 && BODY_NOUN_HEADS.has(noun))
      return { kind: 'body', name: noun, refers: noun, role: tidyRole(join(words.slice(0, forAt))) };
    // "a spokesman for the ambulance service", "an official at the state health department": the body of
    // that kind named before, its other words fitting.
    const described = words.slice(forAt + 2).map((w) => lower(w));
    if (
      lower(words[forAt + 1] ?? '') === 'the' &&
      described.length >= 2 &&
      described.length <= 4 &&
      words.slice(forAt + 2).every((w) => /^[\p{Ll}-]+$/u.test(w)) &&
      BODY_NOUN_HEADS.has(described.at(-1) as string)
    )
      return {
        kind: 'body',
        name: described.join(' '),
        refers: described.join(' '),
        role: tidyRole(join(words.slice(0, forAt))),
      };
  }
  const lastWord = words.at(-1) as string;
  const represented = principalsOwnVoice(words) ?? representedHolder(words) ?? quantifiedGroup(words);
  if (represented) return represented;
  // "a senior State Department official", "top Acme executives": a rank before one who speaks for a body
  // the phrase names is the role's (the body speaks, role "senior official"); "a senior law enforcement
  // official", no body named, stays the speaker as written (session 19).
  if (
    words.length >= 3 &&
    /^(?:senior|top)$/i.test(words[0] as string) &&
    isCapitalised(words[1] as string)
  ) {
    const ranked = readPhrase([join(words.slice(1))]);
    // (Not a people or a place: "a senior British official" names no body.)
    const people = (w: string) =>
      DEMONYM_LIKE.test(w) ||
      tagsOf(lower(w)).some((t) => /^(?:Demonym|Adjective|Country|City|Place|Region)$/.test(t));
    if (
      ranked?.kind === 'body' &&
      ranked.role &&
      REPRESENTATIVE_NOUNS.has(lower(ranked.role)) &&
      !ranked.name.split(/\s+/).every(people)
    )
      return { ...ranked, role: `${lower(words[0] as string)} ${ranked.role}` };
  }
  // "a GE spokesman", "A navy spokesman": the body, and the role word.
  if (
    words.length >= 2 &&
    isRoleWord(lastWord) &&
    /^(?:spokesman|spokeswoman|spokesperson|official|source|representative)$/i.test(bare(lastWord))
  ) {
    const body = words.slice(0, -1);
    // "a French military official", "a Western official": no body named, the phrase is the speaker.
    const isDescriptive = (w: string) =>
      isCapitalised(w) &&
      (tagsOf(lower(w)).some((t) => t === 'Demonym' || t === 'Adjective') ||
        /^(?:U\.?S\.?|UN|U\.N\.|EU)$/.test(bare(w)));
    // "an airport official", "a law enforcement official": no body named (all lower case), the phrase is
    // the speaker (settled in session 19); "a navy spokesman" still speaks for the navy.
    // ("a foreign trade ministry official": a government body's own noun still names it.)
    const unnamed =
      /^official$/i.test(bare(lastWord)) &&
      body.every((w) => !isCapitalised(w)) &&
      !GOVERNMENT_BODY_NOUN.test(lower(body.at(-1) ?? ''));
    const describes =
      unnamed ||
      (body.some(isDescriptive) &&
        body.every((w) => !isCapitalised(w) || isDescriptive(w)) &&
        !body.some((w) => isCapitalised(w) && ORG_WORDS.has(lower(w))));
    if (
      !describes &&
      // A capitalised role word inside a body's name ("Justice Department") is the name.
      !body.some(
        (w) =>
          (isRoleWord(w) && !(isCapitalised(w) && body.some((b) => ORG_WORDS.has(lower(b))))) ||
          /^(?:senior|former|top|unnamed|anonymous)$/i.test(bare(w)),
      )
    )
      return { kind: 'body', name: join(body), role: bare(lastWord) };
  }
  // "Both sides said", "both men": the quantifier is no part of the speaker.
  if (words.length >= 2 && /^both$/i.test(bare(words[0] as string)) && !isCapitalised(words[1] as string)) {
    words = words.slice(1);
    text = join(words);
  }
  // "Many Tunisians", "all four executives", "Large crowds of protesters", "fellow councilmembers",
  // "someone at the meeting": quantifiers, collectives and what places the unnamed are no part of them.
  const unquantified = withoutQuantity(words);
  if (unquantified !== words) {
    words = unquantified;
    text = join(words);
  }
  if (words.length === 0) return undefined;
  const firstLower = lower(words[0] as string);
  const kind: Kind = words.some(isCapitalised) ? 'body' : 'group';
  // "a French military official and two diplomats": the quantifier goes after "and" as before it.
  text = text.replace(
    /\b(and|or)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+/giu,
    '$1 ',
  );
  const out: Phrase = { kind, name: text };
  if (role && segmentKind(role) === 'other') out.role = tidyRole(role);
  // "the official", "the company", "the president": a definite noun that may stand for someone named before.
  const definite = /^(?:the)$/i.test(bare((parts[0] as string).trim().split(/\s+/)[0] ?? ''));
  const possessor = words.length >= 2 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[0] as string);
  const roleWords = possessor ? words.slice(1) : words;
  // "the Department announced", "the Church denied": a body's head noun, capitalised, stands for it too.
  if (
    definite &&
    words.length === 1 &&
    (!isCapitalised(words[0] as string) || BODY_NOUN_HEADS.has(firstLower))
  )
    out.refers = firstLower;
  // "the South Korean automaker", "the German carmaker": a body's noun with what describes it.
  else if (
    definite &&
    words.length <= 4 &&
    BODY_NOUN_HEADS.has(lower(lastWord)) &&
    words
      .slice(0, -1)
      .every(
        (w) =>
          isCapitalised(w) &&
          (/^(?:north|south|east|west)$/.test(lower(w)) ||
            tagsOf(lower(w)).some((t) => t === 'Demonym' || t === 'Adjective')),
      )
  )
    out.refers = words.map(lower).join(' ');
  // "the French official", "the former official": the unnamed speaker described so before.
  else if (
    definite &&
    words.length <= 3 &&
    SPEAKER_NOUNS.has(lower(lastWord)) &&
    words.every(
      (w) => !isCapitalised(w) || tagsOf(lower(w)).some((t) => t === 'Demonym' || t === 'Adjective'),
    )
  )
    out.refers = words.map(lower).join(' ');
  // "the then prime minister", "the Ukrainian president", "Russia's deputy foreign minister": a role that
  // may stand for its holder named before (a country's or body's possessive is as definite as "the").
  else if (
    (definite || (possessor && !isRoleWord(words[0] as string))) &&
    roleWords.length <= 4 &&
    isRoleWord(lower(lastWord)) &&
    roleWords.every(
      (w) =>
        !isCapitalised(w) ||
        tagsOf(lower(w)).some((t) => t === 'Demonym' || t === 'Adjective') ||
        // "the US President", "the U.S. Secretary of State": a country's letters and role words, capitalised.
        // (a title, capitalised: "the former U.S. official" is an unnamed speaker, not a title's holder).
        (definite &&
          isCapitalised(lastWord) &&
          (isRoleWord(w) || /^(?:U\.?S\.?|U\.?K\.?|E\.?U\.?|UN|U\.N\.)$/u.test(bare(w)))),
    )
  )
    out.refers = roleWords.map(lower).join(' ');
  // "the British royal", "the California Republican", "the singer and guitarist", "the 56-year-old": a
  // description of a person, for the person in view when no one was given it as a role.
  else if (definite && isPersonDescription(words)) out.refers = words.map(lower).join(' ');
  const g = genderOfWords(words);
  if (g) out.gender = g;
  return out;
}

/**
 * The subject without the adverbs and clause words the sentence glued to it: "Apparently Lindsey" →
 * Lindsey, "Whether Karenga" → Karenga, "Karenga matter-of-factly", "He instead", "The company flat-out"
 * → Karenga, He, The company. An "-ly" word is an adverb when
 * the lexicon knows it as no name ("Kelly", "Beverly" stay).
 */
function unglued(part: string): string {
  let words = part.split(/\s+/).filter(Boolean);
  while (words.length > 1 && gluedOpener(words[0] as string)) words = words.slice(1);
  while (words.length > 1 && GLUED_AFTER.test(bare(words.at(-1) as string))) words = words.slice(0, -1);
  return words.join(' ');
}
/** An "-ly" adverb the lexicon knows as no name, or a clause word: "Apparently", "Whether". */
function gluedOpener(w: string): boolean {
  const b = bare(w);
  if (GLUED_OPENERS.test(b)) return true;
  return (
    // An adverb's ending, not a name's ("Rosaly", "Vassily", "Nathaly").
    /^\p{L}\p{Ll}+(?:ally|ently|antly|ously|edly|ately|ibly|ably|fully|lessly|ively|ingly|ortly|ctly|stly)$/u.test(
      b,
    ) && tagsOf(b.toLowerCase()).every((t) => t === 'Adverb' || t === 'Adjective')
  );
}
/**
 * A sentence's first word that asks or bids, not names: a question word ("Why", "How"), a copula or an
 * auxiliary ("Is", "Are", "Did"), or a verb's bare form ("Ask", "Meet") before a first name; never a
 * first name itself ("Will", "Grant", "Mark").
 */
function questionOrImperative(w: string, next: string): boolean {
  const b = bare(w);
  const l = b.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(b)) return false;
  const tags = tagsOf(l);
  if (tags.some((t) => /Name$/.test(t) || t === 'Person' || t === 'ProperNoun' || t === 'Place'))
    return false;
  if (tags.includes('QuestionWord') || tags.includes('Copula')) return true;
  if (/^(?:do|does|did|can|could|should|would|has|have|had)$/.test(l)) return true;
  // "Replied Stephen, with some delicacy, …", "Added Ana Roe": a verb of saying opening an inverted frame.
  if (SPEECH_VERBS.has(l) && /(?:ed|es|s)$/.test(l) && !/\p{Lu}/u.test(bare(next).slice(1))) return true;
  // A verb's bare form: the lexicon's infinitive, or a word whose "-ed" form is a past tense ("ask").
  const verb =
    tags.includes('Infinitive') ||
    tagsOf(`${l}ed`).includes('PastTense') ||
    tagsOf(`${l}d`).includes('PastTense');
  return verb && firstNameGender(bare(next)) !== undefined;
}
/** Clause words that open a subordinate clause, glued to its subject: "Whether Karenga …". */
const GLUED_OPENERS = /^(?:Whether|Whereas|Unless|Apparently|Evidently|Ironically|Interestingly|Notably)$/;
/** Adverbs after a subject, before its verb, that the "-ly" rule misses: "matter-of-factly", "flat-out". */
const GLUED_AFTER =
  /^(?:[\p{Ll}-]+-[\p{Ll}]+ly|flat-out|instead|too|himself|herself|themselves|itself|alone)$/u;

/** A description's words: up to four, ending on a person's noun, the others lower-case or describing. */
function isPersonDescription(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  const head = lower(bare(words.at(-1) as string));
  if (!DESCRIPTION_NOUNS.has(head) && !/^\d+-year-old$/.test(head)) return false;
  return words.slice(0, -1).every(
    (w) =>
      /^[\p{Ll}-]+$/u.test(bare(w)) ||
      /^\d+-(?:time|year-old)$/.test(bare(w)) ||
      // "British", "Japanese", "French": demonyms compromise does not tag.
      /^\p{Lu}\p{Ll}+(?:ish|ese)$|^(?:French|Dutch|Swiss|Greek|Thai)$/u.test(bare(w)) ||
      (isCapitalised(w) &&
        tagsOf(lower(bare(w))).some((t) =>
          /^(?:Demonym|Adjective|Country|City|Region|Place|Organization)$/.test(t),
        )) ||
      // "the Pentagon chief", "the Janata Party leader", "the Conservative MP", "the PAHO Director": a
      // body's or party's name before the noun describes the person too ("the Argus Leader" is a name).
      (isCapitalised(w) &&
        /^(?:[\p{Ll}-]+|\p{Lu}{2,3}|Director|Minister|Chief)$/u.test(bare(words.at(-1) as string))),
  );
}

/**
 * A principal speaking through an office or a campaign of their own (`PRINCIPAL_VOICES`): "Clinton's
 * campaign", "The Roe campaign" → the person (widened later to the full name), role campaign; "Cameron's
 * Downing Street office" → Cameron, role "Downing Street office" (the fixtures README: a person speaking
 * through a representative named by a possessive or a modifier is the speaker, the noun the role). A body's
 * or a cause's campaign ("the Bring Back Our Girls campaign") is no person's and stays as written, and so is
 * an office named by its title ("the sheriff's office", "the medical examiner's office"), a body of its own.
 */
function principalsOwnVoice(words: readonly string[]): Phrase | undefined {
  const noun = lower(words.at(-1) ?? '');
  if (words.length < 2 || words.length > 5 || !PRINCIPAL_VOICES.has(noun)) return undefined;
  const k = words.findIndex((w) => /['’]s$/u.test(w));
  // "The Roe campaign": a person's name alone as the modifier (an office is named by a possessive only).
  const holder = k >= 0 ? words.slice(0, k + 1) : noun === 'campaign' ? words.slice(0, -1) : [];
  const rest = words.slice(holder.length);
  if (holder.length === 0 || holder.length > 3) return undefined;
  // Between the holder and the noun, only the place or kind of the office: "Downing Street office", "press office".
  if (!rest.slice(0, -1).every((w) => isCapitalised(w) || /^(?:press|media|private|national)$/.test(w)))
    return undefined;
  if (!holder.every(isCapitalised)) return undefined;
  const p = readPhrase([join(holder).replace(/['’]s$/u, '')]);
  return p?.kind === 'person' && !p.role ? { ...p, role: join(rest) } : undefined;
}

/**
 * A holder speaking through those who represent it (`REPRESENTATIVE_NOUNS`): "Swift's rep" → Swift (a
 * person, widened later to the full name), role rep; "NASA's scientists", "China's health chiefs" → the
 * body or country; "agency officials", "a company spokesperson", "Company management" → the body the
 * definite noun stands for, the phrase the role; "DHS officials", "Scientology officials" → the body named.
 * Nationalities and kinds ("US officials", "Ukrainian officials", "State health officials") and places
 * ("Beijing officials") stay groups as written.
 */
function representedHolder(words: readonly string[]): Phrase | undefined {
  const noun = lower(words.at(-1) ?? '');
  // "The victim's mother testified", "Morrison's lawyer said": a relative or a lawyer unnamed speaks in
  // their own voice, whoever's they are.
  if (words.length === 2 && /['’]s$/u.test(words[0] as string) && OWN_VOICE.test(noun))
    return { kind: 'group', name: noun };
  // "a family spokeswoman": one who speaks for a family is that family's spokeswoman, in her own voice (the
  // family is no body to speak through, as a relative or a lawyer unnamed is not).
  if (words.length === 2 && /^family$/i.test(words[0] as string) && /^spokes/.test(noun))
    return { kind: 'group', name: lower(join(words)) };
  if (words.length < 2 || words.length > 5 || !REPRESENTATIVE_NOUNS.has(noun)) return undefined;
  // "Swift's rep", "NASA's scientists": capitalised words ending on a possessive, then small words.
  const k = words.findIndex((w) => /['’]s?$/u.test(w));
  if (k >= 0) {
    const holder = words.slice(0, k + 1);
    const rest = words.slice(k + 1);
    if (
      rest.length >= 1 &&
      rest.length <= 2 &&
      holder.every(isCapitalised) &&
      rest.every((w) => /^[\p{Ll}-]+$/u.test(w))
    ) {
      const p = readPhrase([join(holder).replace(/['’]s?$/u, '')]);
      if (p && (p.kind === 'person' || p.kind === 'body') && !p.role)
        return { ...p, role: join(rest) } as Phrase;
      // "President Ana Roe's spokesman": the title is the holder's, the role the spokesman's.
      if (p?.kind === 'person') return { ...p, role: join(rest) };
    }
    return undefined;
  }
  const mods = words.slice(0, -1);
  // "agency officials", "a company spokesperson", "Company management": the body the noun stands for.
  if (mods.length === 1 && BODY_NOUN_HEADS.has(lower(mods[0] as string)) && !isAcronym(mods[0] as string)) {
    const head = lower(mods[0] as string);
    return { kind: 'body', name: head, refers: head, role: join(words) };
  }
  // "DHS officials", "White House officials", "Obama administration officials": a body's name, plural.
  if (noun.endsWith('s') && !/^(?:spokesman|spokeswoman)$/.test(noun)) {
    const last = mods.at(-1) as string;
    const named =
      mods.every((w, i) => isCapitalised(w) || (i === mods.length - 1 && ORG_WORDS.has(lower(w)))) &&
      (isBodyName(mods) ||
        (mods.length === 1 && /^\p{Lu}[\p{Lu}&]*&\p{Lu}$/u.test(bare(mods[0] as string)))) &&
      !mods.every((w) => tagsOf(lower(w)).some((t) => /^(?:Country|City|Place|Region|Demonym)$/.test(t))) &&
      !mods.some(
        (w) => tagsOf(lower(w)).some((t) => t === 'Demonym' || t === 'Adjective') && !isCapitalised(last),
      ) &&
      !mods.some((w) => /^(?:U\.?S\.?|UN|U\.N\.|EU|E\.U\.|UK|U\.K\.)$/.test(bare(w)));
    if (named) return { kind: 'body', name: join(mods), role: noun };
    // "Con Edison officials", "Environmental Protection officials": capitalised words no place, people or person's name
    // (a body the article may name in full, widened later), before those who speak for a body.
    if (
      SPEAK_FOR_BODY.test(noun) &&
      mods.length >= 2 &&
      mods.length <= 3 &&
      mods.every((w) => /^\p{Lu}[\p{Ll}&-]+$/u.test(w) && !isRoleWord(w) && !isDateWord(w)) &&
      !mods.some((w) =>
        tagsOf(lower(w)).some((t) =>
          /^(?:Country|City|Place|Region|Demonym|Adjective|FirstName|MaleName|FemaleName|Honorific|Verb|Pronoun)$/.test(
            t,
          ),
        ),
      ) &&
      !mods.some((w) => firstNameGender(w) !== undefined || DEMONYM_LIKE.test(w))
    )
      return { kind: 'body', name: join(mods), role: noun };
  }
  return undefined;
}

/** Those who speak for a body, not for a place or a kind of people: "Con Edison officials". */
const SPEAK_FOR_BODY = /^(?:officials|executives|spokespeople|representatives|managers)$/;
/** "Ukrainian", "Chinese", "Swiss": demonyms compromise may not tag. */
const DEMONYM_LIKE =
  /^\p{Lu}\p{Ll}+(?:ian|ese|ish|an|i)$|^(?:French|Dutch|Swiss|Greek|Thai|Federal|State|City|County|National|Local|Party|Government|Senior|Top|Former)$/u;

/**
 * Quantified groups lose their quantifier (a label convention): "most of the companies" → companies;
 * "executives of both companies" → companies, role executives (those who speak for them, as
 * `REPRESENTATIVE_NOUNS` has it).
 */
function quantifiedGroup(words: readonly string[]): Phrase | undefined {
  if (words.length < 4 || words.length > 6 || lower(words[1] ?? '') !== 'of') return undefined;
  const first = lower(words[0] as string);
  const det = lower(words[2] as string);
  const rest = words.slice(3);
  if (!/^(?:the|these|those|both|all|its|their)$/.test(det) || !rest.every((w) => /^[\p{Ll}-]+$/u.test(w)))
    return undefined;
  if (/^(?:most|many|some|all|several|few|half)$/.test(first) && /s$/.test(lower(rest.at(-1) ?? '')))
    return { kind: 'group', name: join(rest) };
  if (REPRESENTATIVE_NOUNS.has(first) && /s$/.test(first) && det === 'both')
    return { kind: 'group', name: join(rest), role: first };
  return undefined;
}

/** A government body's own noun ("ministry", "department"), which names a body even in lower case. */
const GOVERNMENT_BODY_NOUN =
  /^(?:ministry|department|agency|office|bureau|commission|authority|administration|service|police|government|embassy|council|committee|court|army|navy|military)$/;
/** Quantifiers before a plural ("many", "all four"), as data. */
const QUANTIFIER =
  /^(?:many|most|numerous|several|some|all|few|fellow|various|countless|other|our|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;
/** Collective nouns before "of" and a plural ("crowds of protesters", "a group of parents"), as data. */
const COLLECTIVE = /^(?:crowds?|groups?|dozens|hundreds|thousands|scores|number|handful|couple)$/;

/**
 * The plural a quantified group names: "Many Tunisians" → Tunisians, "all four executives" → executives,
 * "Large crowds of protesters" → protesters, "fellow councilmembers" → councilmembers; "someone at the
 * meeting", "someone in the public" → someone. The words as given otherwise (the same array).
 */
function withoutQuantity(words: string[]): string[] {
  const amount = withoutAmount(words);
  if (amount !== words) return amount;
  const l = words.map((w) => lower(w));
  if (l.length >= 2 && /^(?:someone|somebody)$/.test(l[0] as string) && PREPOSITIONS.has(l[1] as string))
    return words.slice(0, 1);
  let i = 0;
  // "Large crowds of protesters", "a group of parents".
  const of = l.indexOf('of');
  if (
    of >= 1 &&
    of <= 2 &&
    COLLECTIVE.test(l[of - 1] as string) &&
    l.length - of - 1 <= 2 &&
    of + 1 < l.length
  )
    i = of + 1;
  else while (i < l.length - 1 && QUANTIFIER.test(l[i] as string)) i++;
  if (i === 0) return words;
  const rest = words.slice(i);
  const head = lower(rest.at(-1) ?? '');
  // A plural noun (lower case or a people's name: "Tunisians"), no date, no name of one.
  if (rest.length > 2 || !/s$/.test(head) || isDateWord(rest.at(-1) as string)) return words;
  if (rest.length === 2 && isCapitalised(rest[0] as string) !== isCapitalised(rest[1] as string))
    return words;
  return rest;
}

/**
 * How many of a group spoke, written before it: "Nearly six in 10 Ohio voters", "Just under three-quarters
 * of respondents", "More than two dozen Fox News women", "Other public sector unions", "many EU leaders",
 * "many in the space community" → the group (quantifiers are no part of a speaker: a label convention).
 */
const AMOUNT =
  /^(?:(?:just|nearly|almost|about|around|roughly|some|more|fewer|less|over|under|than|a|record-breaking)\s+)*(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|half|(?:one|two|three)-(?:quarters?|thirds?|fifths?))(?:\s+(?:in|out\s+of)\s+(?:\d+|ten))?(?:\s+(?:dozen|hundred|thousand|million))?(?:\s+of(?:\s+(?:the|these|those|its|their))?)?\s+/iu;
const PLURAL_HEAD = /(?:[^s]s|^(?:wo)?men|people|children|staff|public)$/;
function withoutAmount(words: string[]): string[] {
  const text = words.join(' ');
  const amount = AMOUNT.exec(text);
  const others = /^(?:other|many)\s+(?=\S+\s+\S)/i.exec(text);
  const among = /^(?:many|some|most|few)\s+(?:in|at|within)\s+the\s+(?=\p{Ll})/u.exec(text);
  const m = amount ?? others ?? among;
  if (!m) return words;
  const rest = text.slice(m[0].length).trim().split(/\s+/).filter(Boolean);
  const head = lower(rest.at(-1) ?? '');
  // A plural noun of up to four words, lower-case but for the words before its head ("EU leaders").
  if (
    rest.length === 0 ||
    rest.length > 4 ||
    (!among && !PLURAL_HEAD.test(head)) ||
    isCapitalised(rest.at(-1) as string) ||
    isDateWord(rest.at(-1) as string) ||
    (among && rest.length > 3) ||
    (!among && rest.length === 1 && !amount)
  )
    return words;
  return rest;
}

/** Unnamed people and what describes them after their noun: "Experts on jail suicide", "residents of Mosul". */
const DESCRIBED_PEOPLE =
  /^(?:(?:[Aa]lthough|[Tt]hough|[Bb]ut|[Ww]hile|[Aa]nd)\s+)?(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal)\s+)?((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(on|of|in|from|with|representing|inside)\s+(.+))$/u;

/**
 * Unnamed people described by a phrase after their noun ("Experts on sexual activity in prisons", "Health
 * officials in Falluja", "backers of tariffs", "Deputies from three provinces", "an official with a
 * background screening company"): the whole phrase, as the text gives it, is the
 * speaker (the labels' convention for unnamed speakers: the noun phrase without its determiner), not the
 * place or name inside it. A representative of a body the phrase names ("officials at the State
 * Department", "a spokesman for the ministry", "members of Congress") speaks for that body as before, so
 * a representative noun keeps the whole only before a place or a lower-case description; names ("Lord
 * Walker of Gestingthorpe", "Partners in Health") are not read here (their words are capitalised).
 */
function describedPeople(part: string): { name: string; head: string } | undefined {
  // ("Critics of the plan have long said": the auxiliaries and adverbs before the verb are no part of it.)
  const m = DESCRIBED_PEOPLE.exec(
    part.trim().replace(/(?:\s+(?:have|has|had|also|both|all|still|already|long|\p{Ll}{3,}ly))+$/u, ''),
  );
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return undefined;
  const all = m[1].split(/\s+/);
  const before = all.slice(0, all.length - m[4].split(/\s+/).length - 2);
  const head = lower(m[2]);
  const object = m[4].trim();
  const objectWords = object.split(/\s+/);
  if (objectWords.length > 7 || /[;:"“”()]/.test(object)) return undefined;
  if (!(DESCRIBED_PEOPLE_NOUNS.has(head) || /^\p{Ll}{3,}(?:ers|ists|ians|ors)$/u.test(head)))
    return undefined;
  // The noun and the words before it are common words: lower case, or capitalised only as the first word
  // of the phrase ("Health officials", "Experts"), and no name ("Lord Walker", "Walker of …").
  const nounWords = [...before.filter(Boolean), m[2]];
  if (
    nounWords.some(
      (w, i) =>
        (isCapitalised(w) && i > 0) ||
        (isCapitalised(w) && tagsOf(lower(w)).some((t) => /Name$|^Person$|^Honorific$/.test(t))),
    ) ||
    nounWords.some((w) => isRoleWord(w) && isCapitalised(w) && HONORIFICS.has(lower(w)))
  )
    return undefined;
  // "directors of the company", "officials at the agency": a body named before, whose people they are.
  if (/^(?:the|its|their)\s+\p{Ll}+$/u.test(object) && BODY_NOUN_HEADS.has(lower(objectWords.at(-1) ?? '')))
    return undefined;
  const bareObject = withoutArticle(object);
  const capitalisedObject = /^\p{Lu}/u.test(bareObject);
  const place =
    isPlaceName(bareObject) ||
    /^\p{Ll}+(?:\s+\p{Ll}+)*\s+(?:state|province|region|city|town|county)\s+of\s+\p{Lu}/u.test(bareObject);
  const prep = m[3];
  // ("a group of parents": a collective before "of" names its members, `withoutQuantity`.)
  if (prep === 'of' && COLLECTIVE.test(head)) return undefined;
  // ("officials in Falluja": a capitalised name after "in" with no organisation's word is a place.)
  const inPlace = prep === 'in' && capitalisedObject && !objectWords.some((w) => ORG_WORDS.has(lower(w)));
  if (REPRESENTATIVE_NOUNS.has(head) || /^(?:members?|staff|employees|delegates)$/.test(head)) {
    if (!place && !inPlace && (capitalisedObject || /^(?:at|for|of)$/.test(prep))) return undefined;
  } else if (capitalisedObject && !place && !/^(?:of|on|who)$/.test(prep)) return undefined;
  // ("the official with …" was named before: a definite singular noun refers back, and is read as before.)
  if (/^the\s/i.test(part.trim()) && !/s$/.test(head)) return undefined;
  return { name: join(m[1].split(/\s+/)), head };
}

/** People who speak in their own voice after "his", "her", "their": relatives and lawyers, as data. */
const OWN_VOICE =
  /^(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|grandmother|grandfather|attorney|lawyer|family|parents|relatives)$/;

/**
 * "Mr Tice's family", "the Roe family": a named person's family speaks as the family, not as that person
 * (the labels' "Collett's family", "Messi family"), as "his family" is a relative's own voice; a title before
 * the name is dropped, the name kept as the text gives it.
 */
const FAMILY_OF_NAME =
  /^(?:[Tt]he\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(['’]s)?\s+family$/u;

/** A name, then the one who speaks for it: "A Transport for London spokesman". */
const SPEAKER_AFTER_NAME = /^(?:(?:a|an|the)\s+)?(.+?)\s+(spokes(?:man|woman|person)|representative)$/iu;

/** Unnamed people described by what they know ("people familiar with the matter"), as data. */
const KNOWING =
  /^(?:(?:the|a|an|some|several|two|three|four|five|six|\d+|other|many)\s+)?((?:people|persons?|sources?|officials?|aides?|insiders?|diplomats?|executives?|allies)\s+(?:close\s+to|familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about|with\s+ties\s+to)\s+\S.*)$/iu;

/** Last words of a title's or a body's name after its "of"/"for": "… for Human Rights", "… of Health". */
const NAME_TAIL_WORDS = new Set(
  `rights affairs relations studies sciences services resources prevention development protection security
  justice health education safety research policy enforcement investigation environment trade industry
  commerce defense defence labor labour transportation transport finance agriculture refugees housing
  welfare veterans immigration elections energy`.split(/\s+/),
);

/**
 * A subject that is one capitalised name with "of"/"for" inside ("United Nations High Commissioner for
 * Human Rights", "U.S. Attorney’s Office for the Western District of New York"), not a title before a
 * person ("Secretary of State Ana Ruiz": a first name after the "of"): the whole name, else undefined.
 */
function wholeTitledName(part: string): string | undefined {
  const words = part.trim().split(/\s+/).filter(Boolean);
  if (DETERMINERS.has(lower(words[0] ?? ''))) words.shift();
  if (words.length < 3 || words.length > 14) return undefined;
  const inner = (w: string) => /^(?:of|for|and|the|&)$/.test(w);
  if (!words.every((w) => inner(w) || isCapitalised(w))) return undefined;
  if (inner(words[0] as string) || inner(words.at(-1) as string)) return undefined;
  const lastOf = words.findLastIndex((w) => w === 'of' || w === 'for');
  if (lastOf < 1) return undefined;
  const tail = words.slice(lastOf + 1).filter((w) => !inner(w));
  // A person anywhere in it ("Dr. Ana Roe of …", "Sen. Jack Reed of Rhode Island", "Ana J. Roe for …"):
  // an honorific, a first name or an initial; then it is no one name.
  if (
    tail.length === 0 ||
    words.some(
      (w) =>
        HONORIFICS.has(lower(w)) ||
        (firstNameGender(bare(w)) !== undefined && !isPlaceName(lower(w))) ||
        /^\p{Lu}\.$/u.test(w),
    )
  )
    return undefined;
  const last = lower(tail.at(-1) as string).replace(/['’]s$/u, '');
  const ends =
    NAME_TAIL_WORDS.has(last) ||
    ORG_WORDS.has(last) ||
    (/s$/.test(last) && ORG_WORDS.has(last.slice(0, -1))) ||
    isPlaceName(tail.map(lower).join(' ')) ||
    isPlaceName(last);
  // The word before the first "of"/"for" is a role or a body's head ("Commissioner", "Office"), not a
  // surname ("… Reed of Rhode Island"); a field's noun alone before "for" heads a body too ("Transport for
  // London", "Health for Wales": a body named for what it runs, then where).
  const firstOf = words.findIndex((w) => w === 'of' || w === 'for');
  const h = words[firstOf - 1] ?? '';
  const hl = lower(h).replace(/['’]s$/u, '');
  const head =
    isRoleWord(h) ||
    ORG_WORDS.has(hl) ||
    ORG_WORDS.has(hl.replace(/s$/u, '')) ||
    (firstOf === 1 && words[1] === 'for' && NAME_TAIL_WORDS.has(hl));
  return ends && head ? join(words).replace(/['’]s$/u, '') : undefined;
}

/** Ranks before a name, which give way to a role in apposition. */
const RANKS = new Set(
  `general gen. gen lieutenant lt. lt sergeant sgt. sgt colonel col. col captain capt. capt major maj. maj
  admiral adm. adm corporal cpl. cpl private pvt. commander cmdr. brigadier brig.`.split(/\s+/),
);

/** A capitalised role word followed by an initial or a known first name, past the first word. */
function titledPersonAfter(text: string): boolean {
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] as string;
    const next = bare(words[i + 1] as string);
    if (
      isCapitalised(w) &&
      isRoleWord(w) &&
      (/^\p{Lu}\.?$/u.test(words[i + 1] as string) || firstNameGender(next))
    )
      return true;
  }
  return false;
}

const BODY_WITH_OF =
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?((?:\p{Lu}[\p{L}.&-]*\s+){0,4}(\p{Lu}[\p{L}'’-]*)\s+(of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|of\s+|the\s+|for\s+)?\p{Lu}[\p{L}.'’-]*)*)$/u;

const NAME_TAG = /Name$|^(?:Person|Place|Country|City|Region|Demonym|Organization|ProperNoun)$/;
/** A common word, by the lexicon: a noun, verb or adjective it gives no name's tag. */
function commonWord(w: string): boolean {
  const tags = tagsOf(w.toLowerCase());
  return (
    tags.length > 0 &&
    !tags.some((t) => NAME_TAG.test(t)) &&
    tags.some((t) => /^(?:Singular|Plural|Infinitive|PresentTense|Adjective|Uncountable)$/.test(t))
  );
}
/** A heading's verb ("Breaks", "Accuses") or a plural noun ("Claims"), capitalised as a heading writes it. */
function headingVerbOrPlural(w: string): boolean {
  const l = w.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || !commonWord(w)) return false;
  const tags = tagsOf(l);
  return (
    tags.includes('Plural') ||
    tags.includes('PresentTense') ||
    tagsOf(l.slice(0, -1)).includes('Infinitive') ||
    (/es$/.test(l) && tagsOf(l.slice(0, -2)).includes('Infinitive'))
  );
}

/** Person-like name runs of a text (two words or more), for the article's list of people. */
/**
 * The article's units are read for names twice (once ahead for full names, then again in turn, with
 * quotations blanked: the same text when the unit quotes nothing), so the last answers are kept.
 */
const personNamesCache = new Map<string, ReadonlyArray<{ name: string; at: number }>>();

/** Forgets the names read from the previous article (each article is read afresh; none is timed warm). */
export function forgetArticleNames(): void {
  personNamesCache.clear();
}

export function personNames(text: string): Array<{ name: string; at: number }> {
  const known = personNamesCache.get(text);
  if (known) return known.map((n) => ({ ...n }));
  const out = findPersonNames(text);
  // Bounded: enough for the longest article's units, never growing without end.
  if (personNamesCache.size > 20_000) personNamesCache.clear();
  personNamesCache.set(
    text,
    out.map((n) => ({ ...n })),
  );
  return out;
}

/**
 * A first name the lexicon knows that is also a role word ("Dean", "Earl"), then a surname and a comma and
 * an appositive in small letters: the two words are a person's name ("said Dean Roe, principal analyst").
 */
function roleFirstName(
  words: ReadonlyArray<{ w: string; at: number }>,
  i: number,
): { name: string; at: number } | undefined {
  const w = words[i]?.w ?? '';
  const surname = words[i + 1]?.w ?? '';
  if (!ROLE_WORD_FIRST_NAMES.has(w)) return undefined;
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*,$/u.test(surname)) return undefined;
  const bareSurname = surname.slice(0, -1);
  // (A surname that is a first name too, "Dean Boyd,", is one: a first name alone before the comma would be
  // a person's first name after a role word, which news prose does not write.)
  if (!isNameWord(bareSurname) || isRoleWord(bareSurname)) return undefined;
  const after = words[i + 2]?.w ?? '';
  const next = bare(after);
  if (!/^\p{Ll}/u.test(next) && !/^(?:a|an|the)$/i.test(next)) return undefined;
  const before = words[i - 1]?.w ?? '';
  // ("A spokesman for the Port Authority, Dean Roe, said": a comma before it ends what came before.)
  if (/^\p{Lu}/u.test(before) && !/[.!?:"”,]$/u.test(before) && i > 0) return undefined;
  if (isRoleWord(bare(before)) || tagsOf(lower(before)).includes('Actor')) return undefined;
  return { name: `${w} ${bareSurname}`, at: words[i]?.at ?? 0 };
}

/** A first name or initials, a nickname in quotation marks or brackets, a surname: 'C.J. "Pete" Roe'. */
const NICKNAMED =
  /(?<![\p{L}\p{M}.'’-])((?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?)\s+("\p{Lu}\p{Ll}+"|“\p{Lu}\p{Ll}+”|\(\p{Lu}\p{Ll}+\))\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}])/gu;

function findPersonNames(text: string): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  const words: Array<{ w: string; at: number; dash?: boolean }> = [];
  // "Bill Polian—Stephen is …": a dash between words with no space ends a name as a space and a comma would.
  for (const m of text.matchAll(/[^\s—–]+|[—–]+/g)) {
    const next = text[m.index + m[0].length];
    words.push(
      next === '—' || next === '–' ? { w: m[0], at: m.index, dash: true } : { w: m[0], at: m.index },
    );
  }
  const initial = (w: string) => /^(?:\p{Lu}\.){1,3}$/u.test(w);
  // A word whose punctuation ends the run ("Jersey,\"", "(R-Warren)"), unless it is an initial ("K.").
  const ends = (k: number) => {
    const x = words[k];
    if (!x) return true;
    // (A plural's possessive, "Jenkins'", ends it too.)
    // ("the United States,“ Trump said": an opening mark written for a closing one, after a comma, too.)
    return x.dash === true || (!initial(x.w) && (/[,;:.!?)”"’]["“]?$/u.test(x.w) || /['’]s$|s'$/u.test(x.w)));
  };
  for (let i = 0; i < words.length; i++) {
    // "said Dean Roe, principal analyst at …", "Earl Roe, a farmer, …": a first name that is also a role
    // word, before a surname and an appositive that gives the role, opens the name — the role is the
    // appositive's. A capitalised word or a role word before it ("Law School Dean Ann Roe") keeps the title.
    const two = roleFirstName(words, i);
    if (two) {
      out.push(two);
      i++;
      continue;
    }
    // "a pianist (Rob Kessel)": a name in brackets, the bracket closing on its last word.
    const bracketed =
      (words[i]?.w ?? '').startsWith('(') &&
      !(words[i]?.w ?? '').endsWith(')') &&
      words.slice(i + 1, i + 4).some((x) => /^[^()]*\)[,;.]?$/u.test(x.w));
    if (
      !isNameWord(words[i]?.w ?? '') ||
      (/^[(“"‘]/u.test(words[i]?.w ?? '') && !bracketed) ||
      isParticiple(lower(words[i]?.w ?? ''))
    )
      continue;
    let j = i;
    while (
      j + 1 < words.length &&
      !ends(j) &&
      !/^[(“"‘]/u.test(words[j + 1]?.w ?? '') &&
      (isNameWord(words[j + 1]?.w ?? '') ||
        // "Charles A Roe": a middle initial written without its stop, between a first name the lexicon
        // knows and a surname, is no article.
        (j === i &&
          (words[j + 1]?.w === 'A' || words[j + 1]?.w === 'I') &&
          firstNameGender(bare(words[j]?.w ?? '')) !== undefined &&
          isNameWord(words[j + 2]?.w ?? '') &&
          !isRoleWord(bare(words[j + 2]?.w ?? ''))) ||
        (PARTICLES.has(lower(words[j + 1]?.w ?? '')) &&
          (isNameWord(words[j + 2]?.w ?? '') ||
            (PARTICLES.has(lower(words[j + 2]?.w ?? '')) && isNameWord(words[j + 3]?.w ?? '')))))
    )
      j++;
    // "co-host Gayle King", "Dr. Ann Bishop": a role word after a first name, no name after it, is the
    // surname ("King", "Bishop", "Judge").
    if (
      j === i &&
      !ends(j) &&
      firstNameGender(bare(words[i]?.w ?? '')) !== undefined &&
      !isRoleWord(words[i]?.w ?? '') &&
      isRoleWord(words[j + 1]?.w ?? '') &&
      /^\p{Lu}\p{Ll}+[,;.]?$/u.test(bare(words[j + 1]?.w ?? '') + '') &&
      !/['’]s$/u.test(words[j + 1]?.w ?? '') &&
      (ends(j + 1) || !isNameWord(words[j + 2]?.w ?? ''))
    )
      j++;
    // "Secretary of State Marco Rubio": the words after "<role> of" are the role's.
    let from = i;
    if (lower(words[i - 1]?.w ?? '') === 'of' && isRoleWord(words[i - 2]?.w ?? ''))
      while (j - from + 1 > 2 && firstNameGender(bare(words[from]?.w ?? '')) === undefined) from++;
    from =
      i +
      personStart(
        words.slice(i, j + 1).map((x) => x.w),
        from - i,
        afterPreposition(words[i - 1]?.w, words[i - 2]?.w),
      );
    // "Journalist-turned-politician Kari Lake": a capitalised compound of common words is a role.
    const compound = from;
    while (j - from + 1 > 2 && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(bare(words[from]?.w ?? ''))) from++;
    // "Apparently Lindsey", "Whether Karenga": an adverb or a clause word opening the sentence is no name.
    while (j - from + 1 >= 2 && gluedOpener(words[from]?.w ?? '')) from++;
    // "Why Lena Ortiz …", "Is Ortiz …", "Ask Lena Ortiz": a question word, an auxiliary or an imperative
    // opening a sentence (a heading's, mostly) is no part of the name after it.
    if (
      from === i &&
      j - from + 1 >= 2 &&
      (i === 0 || /[.!?:]["”’]?$/u.test(words[i - 1]?.w ?? '')) &&
      questionOrImperative(words[from]?.w ?? '', words[from + 1]?.w ?? '')
    )
      from++;
    // "In the U.S. Roe said": after a preposition, a place's dotted capitals are the place, no initials of
    // the name after them (a single word or a first name the lexicon knows after them; "U.S. Indo-Pacific
    // Command" is a body's name, and "U.S. Customs and …" opening a sentence one too).
    if (
      j - from + 1 >= 2 &&
      from === i &&
      PLACE_INITIALS.has(words[from]?.w ?? '') &&
      afterPreposition(words[i - 1]?.w, words[i - 2]?.w) &&
      (j - from + 1 === 2 || firstNameGender(bare(words[from + 1]?.w ?? '')) !== undefined)
    )
      from++;
    // "Longtime Donald Trump advocate …", "Veteran Ana Roe": an adjective before a first name and a
    // surname is no part of the name.
    // At a sentence's start an adjective of standing ("Incumbent Goodluck Jonathan conceded …") needs no
    // first name the lexicon knows after it.
    if (
      j - from + 1 >= 3 &&
      (firstNameGender(bare(words[from + 1]?.w ?? '')) !== undefined ||
        (from === i &&
          j - from + 1 === 3 &&
          STANDING_ADJECTIVES.has(lower(bare(words[from]?.w ?? ''))) &&
          // (after a dateline's agency in brackets, "(CNN) Incumbent …", too)
          (i === 0 || /[.!?]["”’]?$|^\([^()]+\)$/u.test(words[i - 1]?.w ?? '')) &&
          !endsOrgOrPlace(bare(words[j]?.w ?? '')) &&
          !isPlaceName(`${lower(bare(words[from]?.w ?? ''))} ${lower(bare(words[from + 1]?.w ?? ''))}`) &&
          !isPlaceName(lower(bare(words[from + 1]?.w ?? ''))))) &&
      firstNameGender(bare(words[from]?.w ?? '')) === undefined &&
      tagsOf(lower(words[from]?.w ?? '')).includes('Adjective') &&
      !tagsOf(lower(words[from]?.w ?? '')).some((t) =>
        /Name$|^(?:Person|Place|Demonym|Country|City)$/.test(t),
      )
    )
      from++;
    // "Church Elder L. Roe Ames", "founder NR Narayana Roe": initials right before a first name the lexicon
    // knows are the name's (two or three capitals without stops only opening the run, after a small word).
    if (from > i) {
      const x = words[from - 1]?.w ?? '';
      if (
        (initial(x) && firstNameGender(bare(words[from]?.w ?? '')) !== undefined) ||
        (from - 1 === i &&
          /^\p{Lu}{2,3}$/u.test(x) &&
          !ROLE_ABBREVIATIONS.has(x) &&
          isRoleWord(words[i - 1]?.w ?? ''))
      )
        from--;
    }
    // After a role ("politician Kari Lake"), a place word at the end is a surname.
    const titled = from > compound || isRoleWord(words[from - 1]?.w ?? '');
    // "Tory Ann Roe", "Democrat Ann Roe": a party word before the name is an affiliation, no name word.
    if (
      j - from + 1 >= 3 &&
      PARTY_AFFILIATIONS.has(bare(words[from]?.w ?? '')) &&
      isNameWord(words[from + 1]?.w ?? '')
    )
      from++;
    // "Ann Roe QC", "Ann Roe MP": letters after the name are no part of it.
    let to = j;
    if (to - from + 1 >= 3 && POST_NOMINALS.has(bare(words[to]?.w ?? '').replace(/[,.;:]$/u, ''))) to--;
    // "Quentin Tarantino Breaks Silence on …", "Ana Roe Abuse Claims": a heading's words in capitals after
    // a first name and a surname — a verb or a plural among them — are no part of the name; it ends at the
    // first common word.
    if (
      to - from + 1 >= 3 &&
      firstNameGender(bare(words[from]?.w ?? '')) !== undefined &&
      words.slice(from + 2, to + 1).some((x) => headingVerbOrPlural(bare(x.w)))
    ) {
      const k = words.slice(from + 2, to + 1).findIndex((x) => commonWord(bare(x.w)));
      if (k >= 0) to = from + 1 + k;
    }
    const run = words
      .slice(from, to + 1)
      .map((x) => bare(x.w).replace(/['’]s$|(?<=s)['’]$/u, '') + (initial(x.w) ? '.' : ''));
    const tail = lower(run.at(-1) ?? '');
    const named =
      run.length >= 2 &&
      run.length <= 4 &&
      !isBodyName(run) &&
      (!PLACE_WORDS.has(tail) || titled) &&
      // "Fort Knox", "Lake Tahoe", "Camp David": places.
      !/^(?:fort|mount|mt|lake|port|cape|camp)$/.test(lower(run[0] as string)) &&
      !tagsOf(lower(run[0] as string)).includes('Demonym');
    if (named)
      out.push({
        name: run.join(' ').replace(/\.\.$/, '.'),
        at: (words[from]?.at ?? 0) + ((words[from]?.w ?? '').startsWith('(') ? 1 : 0),
      });
    i = j;
  }
  // 'C.J. "Pete" Roe', "James E. (Jim) Roe": a nickname in quotation marks or brackets between the first
  // name (or initials) and the surname is part of the name as the text gives it; the parts the loop read on
  // either side of it are no names of their own.
  if (/["“(]/u.test(text)) {
    for (const m of text.matchAll(NICKNAMED)) {
      const [whole, first, nick, surname] = m as unknown as [string, string, string, string];
      const given = first.split(/\s+/);
      const opens = given[0] as string;
      if (
        !(/^(?:\p{Lu}\.){1,3}$/u.test(opens) || firstNameGender(opens) !== undefined) ||
        isRoleWord(opens) ||
        PLACE_INITIALS.has(opens) ||
        isRoleWord(nick.slice(1, -1)) ||
        isRoleWord(surname) ||
        !isNameWord(surname)
      )
        continue;
      const at = m.index;
      const end = at + whole.length;
      for (let k = out.length - 1; k >= 0; k--) {
        const o = out[k] as { name: string; at: number };
        if (o.at >= at && o.at < end) out.splice(k, 1);
      }
      out.push({ name: whole, at });
    }
    out.sort((a, b) => a.at - b.at);
  }
  // "Coach (Frank) Vogel", "Sen. (Joe) Manchin": a first name the writer adds in brackets, in a quotation
  // that gave only the title and surname, makes the full name.
  if (text.includes('(')) {
    for (const m of text.matchAll(/(\S+)\s+\((\p{Lu}\p{Ll}+)\)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu)) {
      const title = m[1] as string;
      if (
        (isRoleWord(title) || HONORIFICS.has(lower(title))) &&
        !isRoleWord(m[2] as string) &&
        isNameWord(m[3] as string)
      )
        out.push({ name: `${m[2]} ${m[3]}`, at: m.index + title.length + 1 });
    }
    out.sort((a, b) => a.at - b.at);
  }
  return out;
}

export { isNameWord, isRoleWord, isPlaceName, bare, lower, isCapitalised, nameRunEnding };
